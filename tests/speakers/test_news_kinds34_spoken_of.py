"""A role as the subject of a verb of saying names the holder the text introduced, past another holder of that
office whom the statement speaks of (`El presidente dijo que «el régimen de Maduro…»`, `«El alcalde X nunca nos
ayudó», dijo el alcalde`): before, the one spoken of, met last, won and the line had no speaker
(search.speakers.people.People._by_role). Issue 14, sp34: Chilean news (blind33); rows of my own wording."""

import pytest

from search.speakers import paragraph_speakers


@pytest.mark.parametrize(
    ("intro", "line", "expected"),
    [
        ("La ministra Carla Soto llegó a la región.",
         "La ministra dijo que «la decisión de la ministra Ana Gil fue un error».", ["Carla Soto"]),
        ("El alcalde Pedro Díaz habló con la prensa.",
         "«El alcalde Luis Mora nunca nos ayudó», dijo el alcalde.", ["Pedro Díaz"]),
        ("El senador Juan Ríos visitó el puerto.",
         "El senador afirmó que el senador Pablo Vera se equivoca.", ["Juan Ríos"]),
        ("El presidente Gabriel Boric visitó la zona.",
         "El mandatario afirmó que el gobierno de Maduro debe entregar las actas.", ["Gabriel Boric"]),
        ("La jueza Marta Ibáñez leyó el fallo.",
         "La magistrada sostuvo que la jueza Rosa Leal había actuado bien.", ["Marta Ibáñez"]),
        # as before: the one spoken of is never the speaker; no holder introduced, no speaker
        ("El portavoz Tomás Rey habló con la prensa.",
         "La ministra dijo que «la decisión de la ministra Ana Gil fue un error».", []),
    ],
)
def test_a_role_names_its_holder_not_another_one_the_statement_speaks_of(intro, line, expected):
    assert paragraph_speakers(["Declaraciones", intro, line])[2] == expected
