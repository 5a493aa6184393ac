"""Windows of a long text around places: cut where no token spans, holding the words asked
on each side, merged, never overlapping (word_windows.py)."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from search.text import word_windows as word_windows_module
from search.text.word_windows import word_windows
from search.text.words import TOKEN


@pytest.mark.parametrize("text, places, words, expected", [
    ("aa bb cc dd ee", [(6, 8)], 1, [(3, 11)]),  # a word each side, cut at spaces
    ("aa bb cc dd ee", [(6, 8)], 2, [(0, 14)]),
    ("aa bb cc dd ee ff gg hh", [(0, 2), (21, 23)], 1, [(0, 5), (18, 23)]),
    ("aa bb cc dd ee", [(0, 2), (6, 8)], 2, [(0, 14)]),  # met once widened: merged
    ("aa" + " " * 50 + "bb cc", [(52, 54)], 1, [(0, 57)]),  # a neighbour far off is still one
    ("aa,bb,cc dd,ee", [(3, 5), (12, 14)], 1, [(0, 8), (9, 14)]),  # no edge within: to the stretch's ends
    ("xx EE. UU. bb cc", [(11, 13)], 1, [(3, 16)]),  # not the acronym's space
    ("aa anti-COVID-19 bb cc", [(20, 22)], 2, [(3, 22)]),  # a compound is one word
    ("aa bb", [(-50, 50)], 1, [(0, 5)]),  # places past the text
])
def test_word_windows_hold_the_words_asked_and_cut_where_no_token_spans(text, places, words, expected, monkeypatch):
    monkeypatch.setattr(word_windows_module, "WORD_GUESS", 1)  # read back a character a word at first
    assert list(word_windows(text, places, words)) == expected


PIECES = ["la", "vacuna", "EE.", "UU.", "anti-COVID", "1.500", "—", ",", " ", "  ", "\xa0", ". ", "\n"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(PIECES), min_size=1, max_size=40), st.data())
def test_a_window_reads_the_text_s_own_tokens_and_its_words(pieces, data):
    """Each window's tokens are the text's within it, and hold each place's token with
    `words` tokens on each side (fewer where the text ends)."""
    text = "".join(pieces)
    tokens = list(TOKEN.finditer(text))
    if not tokens:
        return
    chosen = sorted(set(data.draw(st.lists(st.integers(0, len(tokens) - 1), min_size=1, max_size=4))))
    words = data.draw(st.integers(1, 3))
    windows = list(word_windows(text, [tokens[n].span() for n in chosen], words))
    assert all(high <= low for (_, high), (low, _) in zip(windows, windows[1:]))
    for low, high in windows:
        inside = [token.span() for token in tokens if low <= token.start() and token.end() <= high]
        assert [(start + low, end + low) for start, end in
                (match.span() for match in TOKEN.finditer(text[low:high]))] == inside
    for n in chosen:
        low, high = next((low, high) for low, high in windows if low <= tokens[n].start() < high)
        assert low <= tokens[max(0, n - words)].start() and tokens[min(len(tokens) - 1, n + words)].end() <= high


# fix17: _edge_before reads back with patterns.last_match, as token_cuts.cut_before does.
EDGE_PIECES = ["aa", "EE.", " ", "\xa0", ". ", "\n", "\t", ",", "UU."]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(EDGE_PIECES), min_size=1, max_size=30), st.data(), st.integers(1, 3))
def test_the_edge_before_a_place_is_the_last_edge_read_back_in_any_chunk(pieces, data, chunk):
    from search.text.word_windows import EDGE, _edge_before

    text = "".join(pieces)
    position = data.draw(st.integers(-20, len(text) + 2))
    floor = data.draw(st.integers(0, len(text)))
    edges = [match.start() + 1 for match in EDGE.finditer(text, floor, max(floor, min(len(text), position)))]
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(word_windows_module, "CHUNK", chunk)
        assert _edge_before(text, position, floor) == (edges[-1] if edges else floor)


@pytest.mark.parametrize("text, position, floor, edge", [
    ("aa bb", 5, 0, 3), ("aa bb", 2, 0, 0), ("aa bb", 5, 4, 4),  # none after the floor: the floor
    ("xx EE. UU.", 10, 0, 3),  # not the acronym's space
    ("aa bb", -16, 0, 0), ("aa bb", 99, 0, 3),  # offsets past the text
])
def test_the_edge_before_at_its_bounds(text, position, floor, edge):
    from search.text.word_windows import _edge_before

    assert _edge_before(text, position, floor) == edge
