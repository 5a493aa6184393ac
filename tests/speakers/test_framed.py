"""Tests for search.speakers.framed: verbs that report only with a noun of what is said. Rows of our own wording."""

import pytest

from search.speakers import paragraph_speakers
from search.speakers.framed import framed_object_after, framed_relative


@pytest.mark.parametrize(("text", "verb", "expected"), [
    ("publicó en su cuenta un mensaje", "publicó", True),
    ("hizo estas declaraciones ante la prensa", "hizo", True),
    ("hizo la compra , y luego un mensaje", "hizo", False),  # the clause ends before the noun
    ("hizo que todos llegaran", "hizo", False),
])
def test_a_framed_verb_reports_when_its_object_follows_in_its_clause(text, verb, expected):
    words = text.split()
    assert framed_object_after(words, words.index(verb)) == expected


@pytest.mark.parametrize(("text", "verb", "expected"), [
    ("las palabras que la alcaldesa ha dirigido", "dirigido", True),
    ("las denuncias que hizo", "hizo", True),
    ("las casas que hizo", "hizo", False),
])
def test_a_framed_verb_reports_when_its_object_comes_before_in_a_relative(text, verb, expected):
    words = text.split()
    assert framed_relative(words, words.index(verb)) == expected


@pytest.mark.parametrize(("paragraphs", "expected"), [
    (["Titular", "La alcaldesa Rosa Vidal hizo estas declaraciones tras el pleno."], [["Rosa Vidal"]]),
    (["Titular", "La alcaldesa Rosa Vidal hizo la compra tras el pleno."], [[]]),
])
def test_a_framed_verb_credits_its_subject_only_in_its_frame(paragraphs, expected):
    assert paragraph_speakers(paragraphs)[1:] == expected
