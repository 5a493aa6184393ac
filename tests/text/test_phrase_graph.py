"""A text's graph of compounds read around them in a long text: windows cut where no token spans,
merged, never longer than the text, and every compound looked at (phrase_graph.py)."""

import pytest

from search.text.phrase_graph import LONG_TEXT, FormGraph, compound_windows, holds_joined
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
    an edge (word_windows.EDGE) reading each stretch once: never more characters than the text has."""
    forms = phrase_forms(phrase)
    assert len(text) > LONG_TEXT
    assert sum(map(len, compound_windows(text, forms))) <= len(text)
    assert PhraseMatcher(forms)(text) is expected


# A long text's windows around a compound cut where no token spans, and hold the phrase's
# words however far apart: cut at any whitespace, `EE. UU.` was read `UU`, and a neighbour
# past 120 characters a word was out of the window (review26a). The phrase's answer on the
# long text must be its answer on the short one.
FAR = "palabra " * 3000
NEAR_COMPOUNDS = [
    ("EE. UU." + "—" * 300 + "anti-COVID llegó", "uu anticovid"),
    ("EE. UU." + "—" * 300 + "anti-COVID llegó", "EE.UU. anticovid"),
    ("vacuna anti-COVID" + "—" * 300 + "EE. UU. fin", "anticovid ee"),
    ("vacuna anti-COVID" + "—" * 300 + "EE. UU. fin", "anticovid EE.UU. fin"),
    ("vacuna" + " " * 300 + "anti-COVID llegó", "vacuna anticovid"),
    ("vacuna anti-COVID" + " " * 300 + "llegó", "anticovid llegó"),
    ("vacuna anti-COVID" + "\n" * 300 + "llegó", "anticovid llegó"),
    ("la vacuna anti-COVID-19-B de Pfizer", "la vacuna anticovid19b de pfizer"),
    ("EE.\xa0UU. anti-COVID", "eeuu anticovid"),
]


@pytest.mark.parametrize("near, phrase", NEAR_COMPOUNDS)
def test_a_long_text_s_compound_window_holds_the_phrase_s_words_and_no_part_of_a_token(near, phrase):
    forms = phrase_forms(phrase)
    assert PhraseMatcher(forms)(FAR + near + " " + FAR) is PhraseMatcher(forms)(near)
