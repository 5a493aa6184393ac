"""Tests for search.text.word_sets."""

from search.text.word_sets import word_set


def test_a_word_set_splits_at_any_whitespace_and_drops_repeats():
    assert word_set(" dijo\tafirmó\n dijo ") == frozenset({"dijo", "afirmó"})
    assert word_set("") == frozenset()
