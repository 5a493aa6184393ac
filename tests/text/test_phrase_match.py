from unittest import mock

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from search.text.phrase_match import PhraseMatcher, SloppyMatcher, contains_sequence
from search.text.words import TOKEN, phrase_forms

PIECES = ["de", "De", "DE", "la", "él", "el", "El", "que", "qué", "lo", "y", "en", "los", "más",
          "mas", "presidente", "Presidentes", "salud", "pública", "publica", "casa", "EE.UU.",
          "d.e.", "l'el", "O'Donnell", "1.500", "COVID-19", "chino-rusas", "año", "ano", "ñandú",
          "x" * 60, "se", "si", "sí", "EE. UU.", "A. B.", "2,5", "1.500’EE"]
GLUE = [" ", "  ", ", ", ". ", "\n", "\t", "\xa0", "-", "—", " (", ") ", "'", "«", "»", "", ",", ".", ".\xa0", "’"]


@st.composite
def texts(draw):
    words = draw(st.lists(st.sampled_from(PIECES), min_size=1, max_size=60))
    glue = draw(st.lists(st.sampled_from(GLUE), min_size=len(words), max_size=len(words)))
    return "".join(word + between for word, between in zip(words, glue))


@st.composite
def text_and_phrase(draw):
    text = draw(texts())
    tokens = TOKEN.findall(text)
    if tokens and draw(st.booleans()):  # a run of the text's own words, often found
        start = draw(st.integers(0, len(tokens) - 1))
        size = draw(st.integers(1, min(5, len(tokens) - start)))
        phrase = " ".join(tokens[start:start + size])
    else:
        phrase = " ".join(draw(st.lists(st.sampled_from(PIECES), min_size=1, max_size=4)))
    return text, phrase


@settings(max_examples=400, deadline=None)
@given(text_and_phrase())
def test_the_fast_check_agrees_with_every_form_of_the_text(case):
    """The words read around each place are the text's own (token_cuts.py), wherever the
    windows cut it (MARGIN is small here, so that they do). What the line lacks, the graph
    of compounds may hold (holds_joined: `presidente'en` is also `presidenteen`, tested
    against every line of the graph below)."""
    from search.text.phrase_graph import holds_joined

    text, phrase = case
    forms = phrase_forms(phrase)
    expected = contains_sequence(phrase_forms(text), forms) or holds_joined(text, forms)
    with mock.patch("search.text.phrase_match.MARGIN", 2):
        assert PhraseMatcher(forms)(text) is expected
    assert PhraseMatcher(forms)(text) is expected


@pytest.mark.parametrize("text, phrase, found", [
    ("La ministra de Vivienda habló", "ministra de vivienda", True),
    ("La ministra y vivienda", "ministra de vivienda", False),
    ("Tratados de Buena Vecindad", "tratado de buena vecindad", True),
    ("Él dijo: «el presidente»", "el presidente", True),
    ("Dijo más. Más tarde", "más tarde", True),
    ("los EE.UU. de América", "de américa", True),
    ("la d.e. la casa", "de la casa", False),
    (" ".join(["palabra"] * 300) + " de la casa", "de la casa", True),
    ("1.500de ", "de", True),  # a word may start right after a number
    ("de de de él él él dede", "él él dede", True),  # places of the stop words overlap
    ("él él él", "él él él", True),
    ("él, él", "él él él", False),
    # an acronym written with spaces is one word: the words before a place are read from a
    # cut (token_cuts.py), not from the space inside it (these two failed when they were)
    ("Los EE. UU." + "-" * 40 + "de la casa", "eeuu de la casa", True),
    ("Los EE. UU." + "-" * 40 + "de la casa", "uu de la casa", False),
    ("1.500’EE" + "," * 40 + "de la casa", "500 de la", False),
    ("1.500’EE" + "," * 40 + "de la casa", "1.500 ee de la", True),
])
def test_phrases_in_texts(text, phrase, found):
    assert PhraseMatcher(phrase_forms(phrase))(text) is found


def test_matching_phrases_loads_no_whoosh():
    # The word rules live in words.py, which needs no Whoosh: a caller of words (a phrase's
    # forms, a paragraph's match) imports them from there, not through the analyzer.
    import subprocess
    import sys

    code = "import sys, search.text.words, search.text.phrase_match; print('whoosh' in sys.modules)"
    assert subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=True).stdout.strip() == "False"


def _lines(text):
    """Every line of forms through the text's graph of compounds: a compound either as its
    parts or as its joined form (a reference, slow: all the combinations)."""
    from itertools import product

    from search.text.words import compound_spans

    tokens = list(TOKEN.finditer(text))
    forms = phrase_forms(text)
    spans = list(compound_spans(text, tokens))
    for chosen in product((False, True), repeat=min(len(spans), 6)):
        line, at = [], 0
        for (first, last, joined), take in zip(spans, chosen):
            if take and first >= at:
                line += forms[at:first] + [joined]
                at = last + 1
        yield line + forms[at:]


JOINED_PIECES = ["anti", "COVID", "19", "e", "mail", "anticovid", "covid19", "email", "O", "Donnell",
                 "odonnell", "de", "la", "vacuna"]


@st.composite
def graph_and_phrase(draw):
    words = draw(st.lists(st.sampled_from(JOINED_PIECES), min_size=1, max_size=20))
    glue = draw(st.lists(st.sampled_from([" ", "-", "'", ", "]), min_size=len(words), max_size=len(words)))
    text = "".join(word + between for word, between in zip(words, glue))
    lines = list(_lines(text))
    line = draw(st.sampled_from(lines))
    if line and draw(st.booleans()):  # a run of one of the text's lines, often found
        start = draw(st.integers(0, len(line) - 1))
        forms = line[start:start + draw(st.integers(1, 4))]
    else:
        forms = phrase_forms(" ".join(draw(st.lists(st.sampled_from(JOINED_PIECES), min_size=1, max_size=3))))
    return text, forms, lines


@settings(max_examples=400, deadline=None)
@given(graph_and_phrase())
def test_a_phrase_is_found_along_any_line_of_the_compounds_graph(case):
    """PhraseMatcher (the line, then the graph) agrees with every line through the graph."""
    text, forms, lines = case
    assert PhraseMatcher(forms)(text) is any(contains_sequence(line, forms) for line in lines)


@pytest.mark.parametrize("text, phrase, found", [
    ("La vacuna anti-COVID llegó", "vacuna anticovid llegó", True),
    ("La vacuna anti-COVID llegó", "vacuna anti covid llegó", True),
    ("La vacuna anticovid llegó", "vacuna anticovid llegó", True),
    ("La anti-COVID-19 llegó", "anticovid19 llegó", True),
    ("La anti-COVID-19 llegó", "anticovid 19 llegó", False),  # one joined word of the whole compound
    ("Dijo O'Donnell que sí", "dijo odonnell que", True),
    ("La vacuna anti-COVID no llegó", "anticovid llegó", False),
    ("Castilla-La Mancha y Madrid", "castillala mancha y", True),
])
def test_phrases_along_compounds(text, phrase, found):
    assert PhraseMatcher(phrase_forms(phrase))(text) is found


@pytest.mark.parametrize("text, slop, expected", [
    ("pública " * 20000 + "salud " * 20000, 2, False),  # every `pública` before every `salud`
    ("pública " * 20000 + "salud " * 20000 + "pública", 2, True),
    ("salud " * 20000 + "de la pública", 2, True),
    ("salud " * 20000 + "de la gran pública", 2, False),
])
def test_a_sloppy_phrase_in_a_paragraph_of_repeats_answers_in_one_pass(text, slop, expected):
    """The next word's places are bisected, not scanned from the start for each place of
    the first (20,000 repeats each took 4 s, n²; now about 0.05 s)."""
    assert SloppyMatcher(phrase_forms("salud pública"), slop)(text) is expected


@settings(max_examples=300, deadline=None)
@given(graph_and_phrase(), st.sampled_from(["", "x " * 30, "y, " * 50 + "vacuna "]))
def test_a_long_text_is_walked_as_a_graph_around_its_compounds_only(case, pad):
    """Past LONG_TEXT, the graph is walked within as many words as the phrase has of each compound
    whose joined form the phrase holds (holds_joined): the answers are those of every line.
    The bounds are made small here, so that windows cut these texts; a word of JOINED_PIECES
    and its glue are at most 12 characters."""
    text, forms, lines = case
    with mock.patch("search.text.phrase_graph.LONG_TEXT", 10), mock.patch("search.text.word_windows.WORD_GUESS", 1):
        found = PhraseMatcher(forms)(pad + text + " " + pad)
    padded = [line for line in lines] if not pad else [
        phrase_forms(pad) + line + phrase_forms(pad) for line in lines]
    assert found is any(contains_sequence(line, forms) for line in padded)


def test_a_long_paragraph_with_a_compound_deep_inside_is_checked_around_it():
    filler = "La comisión revisó los informes del trimestre. " * 4000
    text = filler + "Llegó la vacuna anti-COVID al puerto. " + filler
    assert PhraseMatcher(phrase_forms("la vacuna anticovid al"))(text)
    assert not PhraseMatcher(phrase_forms("la comisión anticovid"))(text)


# Long paragraphs whose words no space parts, or with few cuts (token_cuts.py) to read a
# place's words from: each of the comma list's 4,000 `la`s once read it whole (44 s CPU for
# one check; fix16). Words joined by dots after letters, or by apostrophes, have no cut at all.
UNSPACED = [
    "la,vacuna,anti-COVID,llegó,ayer,al,país,y,la,crisis,llegó,tarde," * 2000,
    "la.vacuna.anti-COVID.llegó.ayer.al.país.y.la.crisis.llegó.tarde." * 2000,
    "la'vacuna'llegó'ayer'al'país'y'la'crisis'llegó'tarde'" * 2000,
    "1,5,la,vacuna,2,5,llegó,ayer,3,5,y,la,crisis,4,5,llegó,tarde," * 2000,
    "EE. UU. la vacuna EE. UU. llegó ayer. A. B. y la crisis. C. D. llegó tarde. " * 1500,
    "la\xa0vacuna\xa0llegó\xa0ayer.\xa0y\xa0la\xa0crisis.\xa0llegó\xa0tarde.\xa0" * 2000,
]


@pytest.mark.parametrize("text", UNSPACED)
@pytest.mark.parametrize("phrase", ["la vacuna llegó ayer", "y la crisis llegó", "la crisis llegó ayer",
                                    "ayer al país y la", "la vacuna anticovid llegó ayer"])
def test_a_phrase_check_of_a_long_text_reads_it_in_linear_time_however_its_words_are_parted(text, phrase):
    """The words around each place are read within characters of it, and the text whole once
    its places have cost LINE_WORK times its length: the same answers, in a fraction of a
    second (44 s CPU before, for the comma list)."""
    import time

    forms = phrase_forms(phrase)
    started = time.process_time()
    found = PhraseMatcher(forms)(text)
    assert time.process_time() - started < 3  # 0.05-0.15 s here
    expected = contains_sequence(phrase_forms(text), forms) or "anti-COVID" in text and "anticovid" in phrase
    assert found is expected
