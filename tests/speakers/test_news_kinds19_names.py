"""Issue 14, round 19 (sp19b): recall where no mechanism fired, a name the mention finder missed. Rows of my own
wording, other names and shapes, with negatives.

- A run of name words that opens with a given name, holds two words or more and no `de`, is a person's name though a
  later word may name a body or a place (`Irene Barrio`, `Tomás Cadena`, `Sara Cámara`), and so is a given name that
  is a body's word too (`Blanca Esteve`): Spanish writes a body's name head first (`Casa Blanca`, `Barrio de
  Salamanca`, `Cadena SER`), so a given name first opens a person's (search.speakers.namewords.name_after_given).
"""

import pytest

from search.speakers import paragraph_speakers
from search.speakers.namewords import name_after_given


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Irene Barrio, portavoz de la asociación vecinal, dijo que el parque se cerrará en mayo.", ["Irene Barrio"]),
        ("«No hay fecha para las obras», lamentó Tomás Cadena, presidente de la cooperativa.", ["Tomás Cadena"]),
        ("La diputada Sara Cámara aseguró que votará en contra.", ["Sara Cámara"]),
        ("«Faltan médicos en verano», advierte Blanca Esteve, enfermera del centro de salud.", ["Blanca Esteve"]),
        ("La geóloga Lucía Corte, de la Universidad de Oviedo, explicó que el terreno cede.", ["Lucía Corte"]),
        ("Según Raúl Junta, el plazo vence el lunes.", ["Raúl Junta"]),
        # negatives: a body's or place's name that opens with its head noun, or with `de`, or English's head last
        ("La Casa Blanca dijo que no habrá cambios.", []),
        ("Cadena SER informó de que el partido se aplaza.", []),
        ("El Barrio de Salamanca celebra sus fiestas con un concierto.", []),
        ("Henry Ford Hospital anunció que ampliará sus camas.", []),
        ("Santiago de Chile amaneció con lluvia, informó la prensa local.", []),
    ],
)
def test_a_given_name_opens_a_persons_name(line, expected):
    assert paragraph_speakers([line]) == [expected]


@pytest.mark.parametrize(
    ("words", "index", "expected"),
    [
        ("Irene Barrio", 1, True),
        ("Blanca Esteve", 0, True),
        ("Ana Blanca Ruiz", 1, True),
        ("Casa Blanca", 1, False),  # no given name first
        ("Blanca", 0, False),  # one word: the given name alone may be the body's word
        ("Barrio de Salamanca", 0, False),
        ("Henry Ford Hospital", 2, False),  # English's head noun last
        ("Luis Hospital Pérez", 1, True),  # English's head noun not last: a surname
    ],
)
def test_name_after_given(words, index, expected):
    tokens = words.split()
    assert name_after_given(tokens, 0, index, len(tokens)) is expected
