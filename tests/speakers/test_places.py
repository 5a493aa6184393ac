"""Places: demonyms name their country, and places are never read as people."""

import pytest

from search.speakers import paragraph_speakers
from search.speakers.places import COUNTRIES, COUNTRY_NAMES, PLACES


@pytest.mark.parametrize("demonym, country", [("rusos", "rusia"), ("estadounidense", "eeuu"),
                                              ("andaluza", "andalucia"), ("croata", "croacia")])
def test_demonyms_name_their_country(demonym, country):
    assert COUNTRIES[demonym] == country


@pytest.mark.parametrize("place", ["malta", "sri lanka", "bruselas", "moscú", "rusia"])
def test_places(place):
    assert place in PLACES


def test_country_names_are_places_and_no_demonyms():
    assert COUNTRY_NAMES <= PLACES
    assert "croata" not in COUNTRY_NAMES


@pytest.mark.parametrize("sentence", ["Malta asegura que cumplirá las normas.",
                                      "Bruselas advirtió que habrá sanciones."])
def test_a_place_that_says_something_is_no_speaker(sentence):
    assert paragraph_speakers([sentence]) == [[]]
