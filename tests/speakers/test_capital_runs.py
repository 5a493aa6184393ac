"""Runs of capitalised words, with what a name holds inside."""

import pytest

from search.speakers.capital_runs import CapitalRuns
from search.speakers.people import People


def runs(text):
    tokens = text.split()
    return [tokens[start:end] for start, end in CapitalRuns(tokens, [t.lower() for t in tokens], People()).raw()]


@pytest.mark.parametrize("text, expected", [
    ("habló Ana de la Rosa ayer", [["Ana", "de", "la", "Rosa"]]),
    ("el rey Felipe VI dijo", [["Felipe", "VI"]]),  # a regnal number
    ("lo dijo Martin Luther King III", [["Martin", "Luther", "King", "III"]]),
    ("habló Jordi Giró i Ribas", [["Jordi", "Giró", "i", "Ribas"]]),  # Catalan surnames joined by `i`
    ("vinieron Jordi i Marta", [["Jordi"], ["Marta"]]),  # two people joined by `i`
    ("coincidieron Maradona y Maluma", [["Maradona"], ["Maluma"]]),  # and by `y` (namewords.PARTICLES)
    ("habló Piero della Francesca", [["Piero", "della", "Francesca"]]),
    ("habló Pieter van der Berg", [["Pieter", "van", "der", "Berg"]]),
    ("dijo Tareck El Aissami", [["Tareck", "El", "Aissami"]]),
    ("habló Hélène Carrère d'Encausse", [["Hélène", "Carrère", "d'Encausse"]]),
    ("firmó Pedro Ramírez de la O", [["Pedro", "Ramírez", "de", "la", "O"]]),
    ("en Madrid y en Sevilla", [["Madrid"], ["Sevilla"]]),
    ("lo dijo Ana VIVES", [["Ana"]]),  # words in capitals are no name words, and VIVES no numeral
])
def test_raw_runs(text, expected):
    assert runs(text) == expected


@pytest.mark.parametrize("text, start, opening", [
    ("Ana dijo", 0, True), ("— Ana dijo", 1, True), ("dijo : « Ana", 3, True), ("y dijo Ana", 2, False),
    ("dijo : \" Ana", 3, True),
])
def test_opening(text, start, opening):
    tokens = text.split()
    assert CapitalRuns(tokens, [t.lower() for t in tokens], People()).opening(start) is opening


def test_words_keep_an_initial_with_its_full_stop():
    tokens = "David A . Semonian".split()
    assert CapitalRuns(tokens, [t.lower() for t in tokens], People()).words(0, 4) == ["David", "A.", "Semonian"]
