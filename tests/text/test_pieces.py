"""Tests for search.text.pieces: where a huge text is cut, and which piece holds an offset."""

import pytest

from search.text.pieces import piece_bounds, piece_of


@pytest.mark.parametrize("text, chars, pieces", [
    ("uno dos tres cuatro", 8, ["uno dos ", "tres ", "cuatro"]),
    ("abcdefghij", 4, ["abcd", "efgh", "ij"]),  # no space: cut at the bound
    ("cancio\u0301n", 6, ["canci", "o\u0301n"]),  # never between a letter and its accent
    ("corto", 10, ["corto"]),
])
def test_pieces_end_after_a_space_or_at_the_bound(text, chars, pieces):
    assert [text[start:end] for start, end in piece_bounds(text, chars)] == pieces


@pytest.mark.parametrize("place, piece", [(0, 1), (7, 1), (8, 2), (12, 2), (13, 3), (18, 3), (99, 3)])
def test_the_piece_of_an_offset_is_the_one_whose_bounds_hold_it(place, piece):
    assert piece_of("uno dos tres cuatro", place, 8) == piece


def test_a_short_text_is_shown_whole_in_no_piece():
    assert piece_of("corto", 3, 8) == 0 and piece_of("x" * 8, 7, 8) == 0
