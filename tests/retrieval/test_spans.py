"""Where a query's words are in texts (search/retrieval/spans.py): as a word-by-word scan
finds them, a page of texts at once as each on its own, the byte scan as the regular one."""

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from search.retrieval import spans
from search.retrieval.phrase_spans import with_phrases
from search.retrieval.spans import match_spans, page_spans
from search.text.analysis import spanish_analyzer
from search.text.compound_runs import COMPOUND
from search.text.folding import fold
from search.text.words import ACRONYM_SPACES, catenated, index_form, word_forms
from tests.conftest import FIXTURES


def terms(text):
    return {token.text for token in spanish_analyzer()(text)}


def test_match_spans_uses_analyzed_forms():
    spans = match_spans("Años y años", terms("año"))
    assert [(s, e) for s, e, _ in spans] == [(0, 4), (7, 11)]


def word_by_word(text, terms):
    """The words and compounds (words.catenated) of the whole text whose forms are terms."""
    words = [(start, end, form) for start, end, form in word_forms(text) if form in terms]
    return sorted(words + [(start, end, form) for start, end, joined in catenated(text)
                           if (form := index_form(joined)) in terms])


def test_a_words_form_less_its_last_letter_begins_the_folded_word():
    # What match_spans relies on to look only where a term's prefix starts a word.
    lines = (FIXTURES / "snowball_spanish.tsv").read_text("utf-8").splitlines()
    for word in (line.split("\t")[0] for line in lines):
        form = index_form(word)
        assert form is None or fold(word.lower()).startswith(form[:-1]), word


TRICKY = ["política", "POLÍTICAS", "politico", "Año", "años", "ano", "EE.UU.", "1.500", "1,5",
          "O'Donnell", "d’Alembert", "Dvořák", "İstanbul", "Straße", "chino-rusas", "«Paz»",
          "competencia", "competente", "cooperación", "COVID-19", "niño", "Niños", "_x_",
          "presidente", "presidencia", "México", "ﬁn", "e\u0301l", "ÁRBOL", "a", "apolítica",
          "vicepresidente"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(TRICKY) | st.text(max_size=6), max_size=30),
       st.lists(st.sampled_from(TRICKY), min_size=1, max_size=4),
       st.sampled_from([" ", "", ", ", ". ", "—", "’", "."]))
def test_match_spans_finds_what_a_word_by_word_scan_finds(words, query, glue):
    text = glue.join(words)
    terms = {form for word in query if (form := index_form(word))}
    assert match_spans(text, terms) == word_by_word(text, terms)


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="ab1_é中 .,'’-\n", max_size=12))
def test_the_inner_mark_check_finds_what_its_plain_definition_finds(text):
    """INNER_MARK scans for the mark first; it must find a mark between two word characters
    exactly when the plain pattern does (EE.UU., 1.500, O'Donnell send the word-by-word scan)."""
    import re

    from search.retrieval.spans import INNER_MARK

    assert bool(INNER_MARK.search(text)) == bool(re.search(r"\w[.,'’]\w", text))


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="aoñéEU1_ .,'’-«\n", max_size=40),
       st.lists(st.sampled_from(["eeuu", "a", "ao", "o'a", "1", "1.1", "e", "ño", "aa"]), min_size=1, max_size=3))
@example("a-o_", ["ao"])  # `o_` is no part of a compound: nothing joins
def test_marked_runs_give_the_tokens_of_the_whole_text(text, query):
    # Words glued by marks (a.o, 1,1, o'a, e’e) are read token by token inside their runs.
    terms = {form for word in query if (form := index_form(word))}
    assert match_spans(text, terms) == word_by_word(text, terms)


@pytest.mark.parametrize("text", [
    "EE.UU. y la O'Donnell: 1.500 años, 2,5 años.Años",
    "a." * 60 + "años " + "años.años",  # a run past MAX_RUN: the word-by-word scan
    "x" * 150 + ".años años",
    "años" + "x" * 98 + ".y años",
])
def test_runs_with_marks_long_or_short_match_as_word_by_word(text):
    found = match_spans(text, terms("años"))
    assert found == word_by_word(text, terms("años")) and found


DIALOGUE = ["—Sí —dijo—. No “lo” sé… ‘nada’ 3,5 € • l’été", "O’Donnell y d’Alembert.", "¿Qué? ¡Ya!"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.lists(st.sampled_from(TRICKY + DIALOGUE) | st.text(max_size=6), max_size=12), max_size=6),
       st.lists(st.sampled_from(TRICKY), min_size=1, max_size=4),
       st.sampled_from([" ", "", ", ", "—", "’", "\n"]))
def test_a_page_of_texts_finds_what_each_text_alone_finds(texts, query, glue):
    """Texts joined by line breaks and scanned at once: no token, mark or prefix crosses one."""
    page = [glue.join(words) for words in texts]
    found = {form for word in query if (form := index_form(word))}
    assert page_spans(page, found) == [word_by_word(text, found) for text in page]


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="aoñéEU1_ .,'’-«—“\n?ßł", max_size=40))
def test_the_byte_scan_reads_a_text_as_the_regular_expressions_do(text):
    """Where the byte scan answers, its folded text and marked runs are _unicode_scan's."""
    scanned = spans._byte_scan(text)
    if scanned is None:
        return  # beyond Latin-1 and PUNCTUATION: only the regular expressions read it
    regular = spans._unicode_scan(text)
    if not scanned:
        assert regular is None
    else:
        assert scanned[:2] == regular[:2]


@settings(max_examples=2000, deadline=None)
@given(st.text(alphabet="AÉÑBa1. \u00a0\n-", max_size=16))
def test_a_spaced_acronym_is_found_from_its_dot_as_the_pattern_finds_it(text):
    assert spans.spaced_acronym(text) == bool(ACRONYM_SPACES.search(text))


@pytest.mark.parametrize("text, spaced", [
    ("Llegó a EE. UU. ayer", True), ("la OMS. A. Pérez", False), ("Dijo E. U. A.", True),
    ("EE.UU.", False), ("la OMS. La OPS.", False), ("OMS. A. Pérez", False), ("fin. A. B.", True),
    ("a.\u00a0B.", False), (" A.\u00a0B.", True), ("", False),
])
def test_spaced_acronyms_in_sentences(text, spaced):
    assert spans.spaced_acronym(text) == spaced == bool(ACRONYM_SPACES.search(text))


def test_the_byte_classes_are_the_regular_expressions_classes():
    for byte in range(256):
        char, cls = chr(byte), spans.CLASSES[byte:byte + 1]
        folded_apart = char in spans.FOLDED and char not in spans.ONE_TO_ONE
        assert (cls == spans.OTHER) == folded_apart
        if not folded_apart:
            assert (cls == spans.WORD) == bool(spans.WORD_CHAR.match(char))
            assert (cls != spans.NEITHER) == bool(spans.TOKEN_CHAR.match(char))


COMPOUND_TEXTS = [
    "La campaña anti-COVID empezó en marzo.",
    "Según O'Donnell y d’Alembert, el COVID-19 llegó pronto.",
    "Las relaciones chino-rusas y el eje franco‑alemán (guion que no corta).",
    "Casos de SARS-CoV-2 en la Ciudad de México, 12-10-2020.",
    "Un texto sin compuestos.",
]


@pytest.mark.parametrize("text", COMPOUND_TEXTS)
def test_every_word_the_index_holds_is_marked_where_it_stands(text):
    # A compound is indexed as its parts and its joined word (words.catenated): each of
    # them, searched alone, marks the place it was indexed from, the joined word the
    # compound whole.
    tokens = [(token.text, token.startchar, token.endchar) for token in
              spanish_analyzer()(text, mode="index", chars=True, removestops=True) if not token.stopped]
    for term, start, end in tokens:
        assert (start, end, term) in page_spans([text], {term})[0], (term, text[start:end])


@pytest.mark.parametrize("query, text, marked", [
    ("anticovid", "La campaña anti-COVID empezó.", ["anti-COVID"]),
    ("odonnell", "Lo dijo O'Donnell ayer.", ["O'Donnell"]),
    ("covid19", "Del COVID-19 y del covid.", ["COVID-19"]),
    ("sarscov2", "Casos de SARS-CoV-2 hoy.", ["SARS-CoV-2"]),
    # the parts inside a marked compound are not marked again (the proximity still reads
    # them: page_spans keeps them); outside it, they are
    ("anticovid covid", "La campaña anti-COVID y el COVID.", ["anti-COVID", "COVID"]),
    # a part alone still marks its part only
    ("covid", "La campaña anti-COVID.", ["COVID"]),
    # no compound: a dash between words, a date
    ("anticovid", "La campaña anti — COVID.", []),
    ("31122024", "El 31-12-2024 llegó.", []),
])
def test_a_compound_is_marked_whole_when_its_joined_word_is_searched(query, text, marked):
    found = page_spans(["Otro texto.", text], {index_form(word) for word in query.split()})
    assert found[0] == [] and [text[start:end] for start, end, _ in with_phrases(text, found[1], ())] == marked


def compounds_in_the_whole_text(text, found, terms):
    """The joined words of text's compounds as COMPOUND finds them in the whole text (page_spans
    looks for them only in the runs around their marks, spans._compound_runs)."""
    prefixes = tuple({term[:-1] or term for term in terms})
    joined = [(compound.start() + start, compound.start() + end, form)
              for compound in COMPOUND.finditer(text)
              for start, end, word in catenated(compound.group())
              if fold(word.lower()).startswith(prefixes) and (form := index_form(word)) in terms]
    return sorted(found + joined) if joined else found


RUN_WORDS = ["anti-COVID", "O'Donnell", "SARS-CoV-2", "chino‑rusas", "a_b-covid", "covid-_x", "Σ-ΑΣ'Β",
             "l’été", "--", "-covid", "anti-", "x" * 120 + "-covid", "anti-" + "covid-" * 30, "1-2-3"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.lists(st.sampled_from(RUN_WORDS) | st.text(alphabet="aoñéC1_-'’‐—.ΣΑ ", max_size=8),
                         max_size=8), min_size=1, max_size=4),
       st.lists(st.sampled_from(RUN_WORDS + ["anticovid", "odonnell", "covid", "sarscov2", "ete", "σας"]),
                min_size=1, max_size=3),
       st.sampled_from([" ", "", "-", "'", "\n"]))
@example([["x" * 150 + "-covid y anti-" + "covid-" * 40]], ["anticovid", "xcovid"], " ")
def test_compounds_are_found_in_their_runs_as_in_the_whole_text(texts, query, glue):
    page = [glue.join(words) for words in texts]
    found = {form for word in query for form in [index_form(word), *terms(word)] if form}
    words = [spans._word_spans([text], found)[0] for text in page]
    assert page_spans(page, found) == [compounds_in_the_whole_text(text, alone, found) if found else alone
                                       for text, alone in zip(page, words)]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(TRICKY + RUN_WORDS) | st.text(alphabet="aoñéC1_-'’.Σ ", max_size=8), max_size=12),
       st.lists(st.sampled_from(TRICKY + RUN_WORDS + ["anticovid", "odonnell", "eeuu", "1500", "covid19"]),
                min_size=1, max_size=3),
       st.sampled_from([" ", "", "-", "'", ". ", "\n"]))
def test_a_text_may_match_wherever_its_words_are_found(words, query, glue):
    text = glue.join(words)
    terms = {form for word in query if (form := index_form(word))}
    if terms and page_spans([text], terms)[0]:
        assert spans.may_match([text], terms) == [text]


@pytest.mark.parametrize("title, query, kept", [
    ("Conferencia de prensa, 2020-07-31", "vacunas", False),
    ("Conferencia de prensa, 2020-07-31", "conferencias", True),
    ("Gabriel Miró: Del huerto provinciano", "miro", True),  # folded and in lower case
    ("Vacuna anti-COVID en EE. UU.", "anticovid", True),  # a compound's joined word
    ("Vacuna anti-COVID en EE. UU.", "eeuu", True),  # a spaced acronym's
    ("Vacuna anti-COVID en EE. UU.", "cubrebocas", False),
    ("Informe de 12,5 millones", "12,5", True),  # a prefix of other characters: never ruled out
    ("", "salud", False),
])
def test_a_title_no_term_can_match_is_ruled_out(title, query, kept):
    terms = {form for word in query.split() if (form := index_form(word))}
    assert spans.may_match([title], terms) == ([title] if kept else [])
    if not kept:
        assert page_spans([title], terms) == [[]]
