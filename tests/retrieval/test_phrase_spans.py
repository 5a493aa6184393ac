"""Tests for search.retrieval.phrase_spans: phrases marked whole, words inside them not again."""

import pytest

from search.retrieval.phrase_spans import AS_WRITTEN, marked_spans, phrase_spans, with_phrases
from search.text.words import exact_form, index_form, phrase_forms


@pytest.mark.parametrize("text, phrase, marked", [
    ("la política exterior y la política interior", "política exterior", ["política exterior"]),
    ("la Politica Exterior", "política exterior", ["Politica Exterior"]),  # accents and case fold
    ("Secretaría de Salud y secretaría de salud", "Secretaría de Salud",
     ["Secretaría de Salud", "secretaría de salud"]),  # stop words included
    ("llegó la vacuna anti-COVID ayer", "vacuna anticovid", ["vacuna anti-COVID"]),  # along the compounds
    ("la política interior", "política exterior", []),
])
def test_a_phrase_is_marked_where_its_forms_follow_one_another(text, phrase, marked):
    assert [text[start:end] for start, end, _ in phrase_spans(text, [tuple(phrase_forms(phrase))])] == marked


def test_a_word_as_written_is_marked_where_it_is_written_so():
    text = "la salud y la sal salen"
    assert [text[start:end] for start, end, _ in phrase_spans(text, [(AS_WRITTEN + exact_form("salud"),)])] == ["salud"]


def test_a_word_inside_a_marked_phrase_is_not_marked_again():
    text = "la política exterior y la política interior"
    spans = marked_spans(text, {index_form("política")}, [tuple(phrase_forms("política exterior"))])
    assert [text[start:end] for start, end, _ in spans] == ["política exterior", "política"]


@pytest.mark.parametrize("spans, kept", [
    ([(0, 5, "a"), (0, 10, "b"), (2, 4, "c"), (12, 14, "d")], [(0, 10, "b"), (12, 14, "d")]),
    ([(3, 8, "phrase"), (3, 8, "word")], [(3, 8, "phrase")]),  # of two alike, the first listed
    ([], []),
    ([(0, 3, "a"), (3, 6, "b"), (9, 12, "a")], [(0, 3, "a"), (3, 6, "b"), (9, 12, "a")]),  # apart: as they are
    ([(4, 6, "b"), (0, 3, "a")], [(0, 3, "a"), (4, 6, "b")]),  # out of order: sorted
    ([(0, 9, "ab"), (0, 4, "a"), (5, 9, "b")], [(0, 9, "ab")]),  # a compound holding its parts
])
def test_only_the_outermost_spans_are_marked(spans, kept):
    assert with_phrases("x" * 20, spans, ()) == kept
