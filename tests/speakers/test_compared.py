"""A name in a fronted comparison (`Al igual que X, …`, `Como X, …`) is not the subject of the clause after its comma
(search.speakers.clause_bounds.compared_with): kind 2 of issue 14's round 16, a statement credited to a second
person, the one the speaker is compared with. Rows of my own wording."""

import pytest

from search.speakers import paragraph_speakers
from search.speakers.clause_bounds import compared_with

INTRO = ["Debate en el congreso", "«Votaré en contra», dijo el senador Luis Ramírez.",
         "La vecina Marta Ibáñez llegó tarde a la sesión."]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # the person compared with is no subject: a description after the comma is someone else
        ("Igual que Ramírez, la vecina sostuvo que la ley es injusta.", []),
        ("Como Ramírez, la madre de tres hijos afirmó que no pagará.", []),
        ("Lo mismo que Ramírez, la vecina de Ibáñez aseguró que no irá.", []),
        ("Al igual que Ramírez, ella aseguró que votará en contra.", []),
        # a named subject after the comparison speaks
        ("Al igual que Ramírez, el diputado Hugo Sosa aseguró que no apoyará la ley.", ["Hugo Sosa"]),
        ("Como Ramírez, la jueza Eva Ortiz sostuvo que la norma es ilegal.", ["Eva Ortiz"]),
        # no comparison: `como` before a verb of saying, or the name as the subject before the comma's verb
        ("Como dijo Ramírez, la economía crece.", ["Luis Ramírez"]),
        ("Como Ramírez dijo ayer, la economía crece.", ["Luis Ramírez"]),
    ],
)
def test_a_name_compared_with_is_not_the_subject(line, expected):
    assert paragraph_speakers([*INTRO, line])[3] == expected


@pytest.mark.parametrize(
    ("text", "at", "end", "expected"),
    [
        ("al igual que ana , ella dijo", 3, 4, True),
        ("pero , igual que ana , ella dijo", 4, 5, True),
        ("como ana , ella dijo", 1, 2, True),
        ("otros , como ana , dijeron", 3, 4, False),  # examples of the plural before them
        ("como ana dijo , ella calló", 1, 2, False),  # no comma right after the name
        ("habló tal vez como ana , dijo", 4, 5, False),  # the comparison does not open the clause
    ],
)
def test_compared_with(text, at, end, expected):
    lower = text.split()
    assert compared_with(lower, at, end, len(lower) - 1) == expected
