"""A name right before a cue, found from the cue (search.speakers.name_before): the matches one regular expression
`(FULL_NAME)` + between + cue gives, in time linear in the text."""

import re

import pytest

from search.speakers.name_before import NAME_REACH, NameBeforeCue
from search.speakers.names import FULL_NAME

BETWEEN, CUE = r"\s*,?\s*\(?(?:mejor\s+)?", r"(?:conocid[oa]|apodad[oa])\s+(?:como\s+)?«((?:El|La)\s[^»\n]{3,40})»"
ONE_PATTERN = re.compile("(" + FULL_NAME + ")" + BETWEEN + CUE)


def found(text):
    return [(name, match.group(1), match.span(1)) for name, match in NameBeforeCue(BETWEEN, CUE).finditer(text)]


@pytest.mark.parametrize(
    "text",
    [
        "César Millán, conocido como «El encantador de perros», llegó.",
        "El entrenador César Millán (mejor conocido como «El encantador de perros»).",
        "Lo dijo Ana de la Rosa, apodada «La dama de hierro», y Pedro Gil, conocido como «El rey del sur».",
        "Ana Ruiz, conocida como «La dama de hierro» conocida como «La otra señora».",  # two cues, one name
        "conocido como «El encantador de perros» sin nombre antes",
        "Ana conocida como «La dama de hierro»: un nombre de una palabra no basta.",
        "Juan Pérezconocido como «El hombre del saco»",  # the name's last word ends where the cue starts
        "Ana Ruiz, conocida como «La dama de hierro sin cerrar. Luis Gil, apodado «El del sur».",
        "ANA RUIZ DE LA PEÑA Y GIL, apodada «La dama de hierro»",
    ],
)
def test_the_same_matches_as_one_regular_expression(text):
    assert found(text) == [(m.group(1), m.group(2), m.span(2)) for m in ONE_PATTERN.finditer(text)]


def test_a_run_of_names_longer_than_the_reach_gives_its_end():
    names = "Juan Pérez " * 100
    (name, nickname, _), = found(names + "conocido como «El hombre del saco»")
    assert nickname == "El hombre del saco" and names.endswith(name + " ") and len(name) <= NAME_REACH


@pytest.mark.parametrize("unit, matches", [
    ("JUAN PEREZ ", 0), ("Juan Pérez ", 0), ("Aa ", 0), ("A", 0), ("Juan Pérez, conocido como ", 0),
    ("Juan Pérez " * 30 + "conocido como «El hombre del saco» ", 1),
])
def test_a_long_run_of_names_costs_linear_time(unit, matches):
    # one regular expression takes minutes on these (70 s for 33,000 characters of `JUAN PEREZ `)
    text = unit * (400_000 // len(unit))
    assert len(found(text)) == matches * (400_000 // len(unit))
