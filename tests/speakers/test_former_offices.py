"""A former office (`como dijo el exgobernador de Tumbes`, `la exministra`) names whom the text introduced with it
(sp18b, issue 14), in news. Rows of my own wording, other names and shapes, with negatives.

- The introduction may write the office with a body or a place in capitals before the name and no comma (`El
  exalcalde de Tumbes Ramiro Castillo`, `la alcaldesa de Lima Ana Ruiz`), or after the name (`Ramiro Castillo,
  exalcalde de Tumbes,`): the person holds the role either way (search.speakers.roles.role_span, mentions).
- A former office nobody was introduced with names nobody who holds a present office (the engineer who spoke last),
  nor a person of the other gender; a person with no office may still be meant (`Ronaldinho…`, `el exjugador`).
- `a través de` before a person gives the voice a collective speaks through (`La oposición, a través de la senadora
  X, calificó…`), not a complement.
"""

import pytest

from search.speakers import paragraph_speakers

HEADLINE = "El puerto de Tumbes cerrará en mayo"
OTHER = "El ingeniero Marcos Vidal nos dijo: “el puerto seguirá abierto”."
LAST = "No se puede afirmar que cerrará, como dijo {office}."


@pytest.mark.parametrize(
    ("intro", "office", "expected"),
    [
        ("El exalcalde de Tumbes Ramiro Castillo asegura que el puerto cerrará.", "el exalcalde de Tumbes",
         ["Ramiro Castillo"]),
        ("El exalcalde de Tumbes Ramiro Castillo asegura que el puerto cerrará.", "el exalcalde", ["Ramiro Castillo"]),
        ("Ramiro Castillo, exalcalde de Tumbes, asegura que el puerto cerrará.", "el exalcalde", ["Ramiro Castillo"]),
        ("La exministra de Pesca Lucía Herrera asegura que el puerto cerrará.", "la exministra", ["Lucía Herrera"]),
        # negatives: nobody introduced with it; the engineer who spoke last holds a present office
        ("Ramiro Castillo asegura que el puerto cerrará.", "el exalcalde de Tumbes", []),
        ("El empresario Ramiro Castillo asegura que el puerto cerrará.", "el exalcalde", []),
        ("La alcaldesa de Tumbes Lucía Herrera asegura que el puerto cerrará.", "la exministra", []),
    ],
)
def test_a_former_office_names_whom_the_text_introduced_with_it(intro, office, expected):
    found = paragraph_speakers([HEADLINE, intro, "La autoridad portuaria lo niega.", OTHER,
                                LAST.format(office=office)])
    assert found[4] == expected


@pytest.mark.parametrize(
    ("line", "later", "expected"),
    [
        ("El alcalde de Tumbes Ramiro Castillo asegura que el puerto cerrará.", "El alcalde", ["Ramiro Castillo"]),
        ("La presidenta de Pesca Norte Lucía Herrera asegura que el puerto cerrará.", "La presidenta",
         ["Lucía Herrera"]),
    ],
)
def test_an_office_with_a_place_before_the_name_is_the_persons(line, later, expected):
    found = paragraph_speakers([HEADLINE, line, later + " aseguró que no habrá despidos."])
    assert found[1] == found[2] == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("La oposición, a través de la senadora del Partido Verde Lucía Rangel, calificó el cierre de error.",
         ["Lucía Rangel"]),
        ("La oposición, a través de la senadora Lucía Rangel, calificó el cierre de error.", ["Lucía Rangel"]),
        ("La carta llegó a través de la senadora Lucía Rangel al ministerio.", []),  # no statement
    ],
)
def test_through_whom_a_collective_speaks(line, expected):
    found = paragraph_speakers([HEADLINE, "El ministro Otto Pérez defendió el cierre.", line])
    assert found[2] == expected
