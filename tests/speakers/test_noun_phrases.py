"""Tests for search.speakers.noun_phrases: the person a noun phrase names. Rows of our own wording."""

import pytest

from search.speakers import paragraph_speakers
from search.speakers.noun_phrases import PERSON_NOUN


@pytest.mark.parametrize(("word", "expected"), [
    ("tabasqueño", True), ("mexiquense", True), ("sindicalista", True), ("banquera", True),
    ("neumóloga", True), ("mesa", False), ("pero", False), ("casa", False),
])
def test_a_noun_of_origin_trade_or_allegiance_is_told_by_its_ending(word, expected):
    assert bool(PERSON_NOUN.match(word)) == expected


@pytest.mark.parametrize(("paragraphs", "expected"), [
    # a role and its name
    (["Titular", "El alcalde de Soria, Nuria Bravo, dijo que el puente abrirá en mayo."], [["Nuria Bravo"]]),
    # a role alone, resolved to the one the text gave it
    (["Titular", "El canciller chileno, Tomás Ibarra, visitó Lima.",
      "El canciller chileno afirmó que el acuerdo llegará pronto."], [[], ["Tomás Ibarra"]]),
    # a demonstrative: the person just followed
    (["Titular", "«Hay que invertir», explica la economista Irene Campos.",
      "Esta experta añadió que los precios bajarán."], [["Irene Campos"], ["Irene Campos"]]),
    # negative: a body's name in the noun phrase speaks for no person
    (["Titular", "El ayuntamiento de Soria dijo que el puente abrirá en mayo."], [[]]),
])
def test_a_noun_phrase_names_the_person_the_document_resolves(paragraphs, expected):
    assert paragraph_speakers(paragraphs)[1:] == expected
