"""Tests for search.speakers.things: capitalised words that name a thing or a group, not a person."""

import pytest

from search.speakers.things import names_thing, plural_of_people


@pytest.mark.parametrize(
    "name, expected",
    [
        # heads of bodies, works, prizes and events, in Spanish and in English, wherever they stand
        ("Club de Leones", True),
        ("Premios Platino", True),
        ("Copa Oro", True),
        ("Centro Médico Siglo XXI", True),
        ("Harbor Research", True),
        ("Northfield College London", True),
        ("Lakeview Stadium", True),
        # English function words and `New` open no person's name
        ("The Morning Ledger", True),
        ("This Week Tonight", True),
        ("New Hampshire", True),
        # spelled numbers and currencies
        ("Quinientos Pesos", True),
        ("Mil Dólares", True),
        # plural nouns for people
        ("Jubilados de Pemex", True),
        ("Senadores del PAN", True),
        ("Porteños", True),
        # people: surnames that look like words of the lists, and English names
        ("Reyes Heroles", False),
        ("Ana Cruz", False),
        ("Fuentes Mares", False),
        ("Lady Gaga", False),
        ("Trent Holloway", False),
        ("Dos Santos", False),
        ("An Cheol", False),
        ("Emma Castillo", False),
    ],
)
def test_names_thing(name, expected):
    assert names_thing(name.split()) is expected


@pytest.mark.parametrize(
    "word, expected",
    [("jugadores", True), ("diputadas", True), ("pobladores", True), ("vecinos", True), ("reyes", False),
     ("papas", False), ("fuentes", False), ("flores", False), ("morales", False), ("dolores", False)],
)
def test_plural_of_people(word, expected):
    assert plural_of_people(word) is expected
