"""A text's graph of compounds read around them in a long text: windows cut at whitespace,
merged, never longer than the text, and every compound looked at (phrase_graph.py)."""

import pytest

from search.text.phrase_graph import LONG_TEXT, FormGraph, compound_windows, holds_joined, spaced_windows
from search.text.phrase_match import PhraseMatcher
from search.text.words import phrase_forms


@pytest.mark.parametrize("text, phrase, places", [
    ("La vacuna anti-COVID llegó", "vacuna anticovid llegó", [(1, 4)]),
    ("La vacuna anti-COVID llegó", "vacuna anti covid", [(1, 3)]),
    ("anti-COVID y anti-COVID", "anticovid", [(0, 1), (3, 4)]),
    ("La vacuna anti-COVID llegó", "vacuna anticovid no", []),
])
def test_a_graph_s_places_run_along_its_words_or_its_compounds(text, phrase, places):
    assert list(FormGraph(text).places(phrase_forms(phrase))) == places


@pytest.mark.parametrize("text, phrase, joined", [
    ("La vacuna anti-COVID llegó", "vacuna anticovid llegó", True),
    ("La vacuna anti-COVID llegó", "vacuna anti covid llegó", False),  # the line's: not asked here
    ("La vacuna anticovid llegó", "vacuna anticovid llegó", False),  # no compound
])
def test_holds_joined_answers_only_through_a_compound_s_joined_word(text, phrase, joined):
    assert holds_joined(text, phrase_forms(phrase)) is joined


@pytest.mark.parametrize("count", [0, 257])
@pytest.mark.parametrize("phrase, found", [
    ("vacuna anticovid llegó ayer", True), ("la vacuna anticovid llegó", True),
    ("vacuna anticovid llegó tarde", False), ("la vacuna anticovid no", False),
])
def test_a_phrase_through_any_compound_of_a_long_text_is_found(count, phrase, found):
    """Every compound of a long text that the phrase may go through is looked at, however
    many come first: a bound by count (the first 256) missed the others (fix16)."""
    far = "La comisión revisó los informes del trimestre con cuidado y sin prisa alguna. " * 16
    text = "".join(f"{far}Vino la vacuna anti-COVID número {n}. " for n in range(count))
    text += far * (LONG_TEXT // len(far) + 1) + "Al final la vacuna anti-COVID llegó ayer al puerto."
    assert len(text) > LONG_TEXT
    assert PhraseMatcher(phrase_forms(phrase))(text) is found


# A long paragraph whose words a space parts only now and then (a list of tags, a feed's
# field of values joined by commas): each compound's window once widened to the whole
# stretch, MAX_WINDOWS graphs of it (37 s for a `"vacuna anticovid llegó tarde"` search of a
# 320,000-character paragraph; review25).
LISTS = [
    "la,vacuna,anti-COVID,llegó,ayer,al,país,y,la,crisis,llegó,tarde," * 2000,
    ("la,vacuna,anti-COVID,llegó,ayer,al,país,y,la,crisis,llegó,tarde," * 100 + " ") * 20,
    "la vacuna anti-COVID llegó ayer al país y la crisis llegó tarde " * 2000,
]


@pytest.mark.parametrize("text", LISTS)
@pytest.mark.parametrize("phrase, expected", [
    ("vacuna anticovid llegó tarde", False),
    ("la vacuna anticovid llegó ayer", True),
])
def test_a_long_text_is_read_once_around_its_compounds_however_its_words_are_parted(text, phrase, expected):
    """The windows around a long text's compounds are merged where they meet, and widened to
    whitespace reading each stretch once: never more characters than the text has."""
    forms = phrase_forms(phrase)
    assert len(text) > LONG_TEXT
    assert sum(map(len, compound_windows(text, forms))) <= len(text)
    assert PhraseMatcher(forms)(text) is expected


@pytest.mark.parametrize("text, places, expected", [
    ("aa bb cc dd ee", [(4, 5)], [(3, 5)]),  # widened to whitespace, both sides
    ("aa bb cc dd ee", [(0, 1), (4, 5)], [(0, 2), (3, 5)]),
    ("aa bb cc dd ee", [(0, 3), (4, 5)], [(0, 5)]),  # met once widened: merged
    ("aa bb cc dd ee", [(0, 1), (10, 11)], [(0, 2), (9, 11)]),
    ("aa,bb,cc dd,ee", [(4, 5), (12, 13)], [(0, 8), (9, 14)]),  # no space within: to the stretch's ends
    ("aa\xa0bb\ncc", [(4, 4)], [(3, 5)]),  # any whitespace
    ("aa bb", [(-50, 50)], [(0, 5)]),  # bounds past the text
])
def test_spaced_windows_cut_at_whitespace_and_merge(text, places, expected):
    assert list(spaced_windows(text, places)) == expected
