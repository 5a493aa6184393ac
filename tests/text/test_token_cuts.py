"""Cuts: offsets from which TOKEN reads a text's own tokens (token_cuts.py)."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from search.text.token_cuts import cut_before, is_cut
from search.text.words import TOKEN

PIECES = ["a", "A", "EE", "U", "1", "2", " ", ".", ",", "'", "’", "-", "\xa0", "_", "\n", "EE. UU.", "O'",
          "d.", "A. B. ", "1.500", "2,5", "S.A.", "ñ"]


@pytest.mark.parametrize("text, position, cut", [
    ("la casa", 3, True),  # after a space
    ("EE. UU.", 4, False),  # the space of an acronym written with spaces
    ("la,casa", 3, True), ("2,5", 2, False), ("a,5", 2, True), ("2,a", 2, True),  # a comma in a number
    ("1.500", 2, False), ("S.A.", 2, False), ("-.a", 2, True),  # a dot after a letter or digit
    ("O'Donnell", 2, False), ("'a", 1, True), ("a' b", 2, True),  # an apostrophe inside a word
    ("anti-COVID", 5, True), ("«la»", 1, True), ("casa", 2, False),
    ("casa", 0, True), ("casa", 4, True),  # the text's ends
])
def test_a_cut_is_where_no_token_can_go_on(text, position, cut):
    assert is_cut(text, position) is cut


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(PIECES), min_size=1, max_size=30), st.data())
def test_tokens_read_from_a_cut_are_the_text_s_own(pieces, data):
    text = "".join(pieces)
    position = data.draw(st.integers(0, len(text)))
    floor = data.draw(st.integers(0, position))
    real = [(token.start(), token.end()) for token in TOKEN.finditer(text)]
    cut = cut_before(text, position, floor)
    every = [at for at in range(floor, position + 1) if is_cut(text, at)]
    assert cut == (every[-1] if every else None)
    if cut is not None:
        assert [(token.start(), token.end()) for token in TOKEN.finditer(text, cut)] == \
            [span for span in real if span[0] >= cut]
        assert not any(start < cut < end for start, end in real)


def test_a_cut_far_back_is_found_chunk_by_chunk():
    text = "a" * 5000 + " " + "b" * 5000
    assert cut_before(text, 9000, 0) == 5001
    assert cut_before(text, 9000, 6000) is None
    assert cut_before(text, 4000, 0) == 0


# fix17: cut_before reads back with patterns.last_match, as word_windows does for its edges;
# a chunk of 1 to 3 characters puts chunk edges everywhere, inside every case above.
@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(PIECES), min_size=1, max_size=30), st.data(), st.integers(1, 3))
def test_a_cut_read_back_in_small_chunks_is_the_last_cut(pieces, data, chunk):
    from search.text import token_cuts

    text = "".join(pieces)
    position = data.draw(st.integers(-2, len(text) + 2))
    floor = data.draw(st.integers(-2, len(text) + 2))
    every = [at for at in range(max(0, floor), min(len(text), position) + 1) if is_cut(text, at)]
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(token_cuts, "CHUNK", chunk)
        assert cut_before(text, position, floor) == (every[-1] if every else None)


@pytest.mark.parametrize("text, position, floor, cut", [
    ("la casa", 7, 0, 7), ("la casa", 7, 8, None),  # the text's end; a floor past it
    ("la casa", 5, 3, 3), ("la casa", 5, 4, None),  # the cut at the floor itself
    ("2,5 y", 2, 0, 0), ("2,a", 2, 0, 2),  # the comma's look-ahead past the position
    ("casa", -3, 0, None), ("casa", 2, -5, 0),  # offsets before the text: no cut, and the floor clipped
])
def test_cut_before_at_its_bounds(text, position, floor, cut):
    assert cut_before(text, position, floor) == cut
