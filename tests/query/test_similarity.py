"""Edit distances and Lucene's fuzzy similarity."""

import pytest

from search.query.similarity import edits, similarity


@pytest.mark.parametrize("first, second, distance", [
    ("cooperasion", "cooperacion", 1),
    ("vacnua", "vacuna", 1),  # a swap is one edit
    ("salud", "saldo", 2),
    ("salud", "salud", 0),
    ("", "abc", 3),
    ("año", "ano", 1),  # ñ is a letter of its own
])
def test_edits(first, second, distance):
    assert edits(first, second) == edits(second, first) == distance


@pytest.mark.parametrize("typed, word, expected", [
    ("salud", "salud", 1.0),
    ("salud", "saldo", 0.6),
    ("cooperasion", "cooperacion", 1 - 1 / 11),
    ("ab", "xyz", 0.0),
])
def test_similarity(typed, word, expected):
    assert similarity(typed, word) == pytest.approx(expected)
