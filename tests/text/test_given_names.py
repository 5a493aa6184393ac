"""Tests for search.text.given_names: the given-name lexicon, by hand and from Faker's person providers."""

import pytest

from search.text.given_names import GIVEN_NAMES, first_given_name, is_given_name


@pytest.mark.parametrize(
    ("word", "given"),
    [
        # names of Spain and Latin America that the hand-made list lacked
        ("Xiomara", True), ("Yuridia", True), ("Anahí", True), ("Itzel", True), ("Maite", True),
        # however written: capitals, no accent, a compound's first part
        ("XIOMARA", True), ("Anahi", True), ("Maite-Lucía", True),
        # an accent the listed name lacks makes another word: verbs at a sentence's start
        ("Verá", False), ("Será", False), ("Dará", False),
        # surnames, common nouns, particles and titles are no given names
        ("Pineda", False), ("Cosecha", False), ("Del", False), ("Don", False), ("Durante", False),
    ],
)
def test_given_names(word, given):
    assert is_given_name(word) is given


def test_the_lexicon_holds_thousands_of_names_written_in_lower_case():
    assert len(GIVEN_NAMES) > 2000 and all(name == name.lower() and " " not in name for name in GIVEN_NAMES)


@pytest.mark.parametrize("words, start, stop, found", [
    ("Colegio Oficial de Médicos Ana Ruiz", 1, 5, 4),
    ("Centro Democrático María Cabal", 1, 3, 2),
    ("Sumar Alberto Ibáñez", 1, 2, 1),
    ("Sumar Alberto Ibáñez", 2, 2, None),  # the name's last word is never where it starts
    ("Grupo Ruiz Sáez", 1, 2, None),  # surnames only
])
def test_the_first_given_name_after_a_body(words, start, stop, found):
    assert first_given_name(words.split(), start, stop) == found
