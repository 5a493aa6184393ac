"""Tests for search.retrieval.advice: "Quizás quiso decir"."""

import pytest

from search.query.parser import parse
from search.retrieval.advice import (
    FEW_RESULTS,
    advise,
    same_case,
    suggestion_for,
    vocabulary_of,
)
from search.retrieval.results import Results

NO_FILTERS = (None, None, None)
SPELLING = "Pruebe con otra forma de escribir las palabras, o con un sinónimo."
FEWER = "Pruebe con menos palabras, o con palabras más generales."
QUOTED_WORD = "Pruebe sin comillas: entre comillas se busca la palabra tal cual, no sus otras formas."
QUOTES = "Pruebe sin comillas: entre comillas se buscan las palabras tal cual, juntas y en ese orden."


@pytest.mark.parametrize("typed, word, expected", [
    ("rusiaa", "rusia", "rusia"),
    ("Rusiaa", "rusia", "Rusia"),
    ("RUSIAA", "rusia", "RUSIA"),
    ("Cooperasion", "cooperación", "Cooperación"),
    ("A", "a", "A"),  # one capital is a capitalized word, not a word in capitals
    ("ñandu", "ñandú", "ñandú"),
    ("ÑANDU", "ñandú", "ÑANDÚ"),
    ("", "ano", "ano"),
])
def test_same_case(typed, word, expected):
    assert same_case(typed, word) == expected


@pytest.mark.parametrize("text, expected", [
    ("cooperasion antipandemica", "cooperación antipandémica"),
    ("Cooperasion", "Cooperación"),
    ("China Rusiaa", "China Rusia"),
    ("RUSIAA", "RUSIA"),
    ("cooperasion orador:Lavrov", "cooperación orador:Lavrov"),
    ("China Rusia", None),  # every word known
    ("virus politico", None),  # known through político: only the accent differs
    ("unilateral", None),  # known through its stem
    ("zzqxw", None),  # nothing near enough to suggest
])
def test_suggestion_corrects_unknown_words_and_restores_accents(seed, text, expected):
    assert suggestion_for(seed, text, parse(text), seed.searcher()) == expected


def test_a_correction_replaces_the_first_occurrence_as_typed(seed):
    text = "Rusiaa y rusiaa"
    assert suggestion_for(seed, text, parse(text), seed.searcher()) == "Rusia y rusia"


@pytest.mark.parametrize("total, mode, suggested", [
    (0, "all", True), (FEW_RESULTS - 1, "all", True), (FEW_RESULTS, "all", False),
    (50, "fuzzy", True), (50, "any", True),
])
def test_advise_suggests_after_few_results_or_a_fallback(seed, total, mode, suggested):
    text = "cooperasion antipandemica"
    results = Results(query=text, total=total, mode=mode)
    advise(seed, seed.searcher(), results, text, parse(text), NO_FILTERS)
    assert (results.suggestion == "cooperación antipandémica") == suggested
    assert results.tips == ([FEWER] if total == 0 else [])


@pytest.mark.parametrize("text", ["", "   "])
def test_advise_says_nothing_on_an_empty_query(seed, text):
    results = Results(query=text)
    advise(seed, seed.searcher(), results, text, parse(text), NO_FILTERS)
    assert results.suggestion is None and results.tips == []


def test_the_vocabulary_is_loaded_once_per_state_of_the_index(seed):
    assert vocabulary_of(seed) is vocabulary_of(seed)
    assert "cooperación" in vocabulary_of(seed) and "cooperacion" in vocabulary_of(seed)


class CountingSearcher:
    """A real searcher that counts the document frequencies asked of it."""

    def __init__(self, searcher):
        self.searcher, self.asked = searcher, []

    def __getattr__(self, name):
        return getattr(self.searcher, name)

    def doc_frequency(self, fieldname, term):
        self.asked.append((fieldname, term))
        return self.searcher.doc_frequency(fieldname, term)


@pytest.mark.parametrize("text", ["China en Rusia", "ninos de China", "China con un sub secretario"])
def test_a_word_s_written_count_is_looked_up_once_and_a_stop_word_s_never(seed, text):
    """fix17: seldom_written and enye_less each looked up every word's count as typed."""
    searcher = CountingSearcher(seed.searcher())
    results = Results(query=text, total=FEW_RESULTS, mode="all")
    advise(seed, searcher, results, text, parse(text), NO_FILTERS)
    exact = [term for fieldname, term in searcher.asked if fieldname == "exact"]
    assert exact.count("china") == 1
    assert not {"en", "eñ", "con", "coñ", "un", "uñ", "de"} & set(exact)


@pytest.mark.parametrize("text, speaker, date_from, offered", [
    # trial 18: nothing found, and a suggestion that finds nothing either (a phrase whose respelled words
    # never stand together, a filter that excludes every paragraph) is not offered, as `collate` prunes
    ('"dos TO', None, None, None),
    ('"Rusiaa China"', None, None, None),
    ("Lavrof", None, "2021", None),
    ("Lavrof fecha:2019", None, None, None),
    ('"virus politicx"', "Lavrov", None, None),  # Putin's paragraph says it
    # a suggestion that finds something is offered
    ('"China Rusiaa"', None, None, '"China Rusia"'),
    ('"Sergey Lavrof" fecha:2020', None, None, '"Sergey Lavrov" fecha:2020'),
    ('"cooperasion antipandemica"', "Lavrov", None, '"cooperación antipandémica"'),
    ('"virus politicoo"', "Putin", None, '"virus político"'),
])
def test_a_search_that_found_nothing_offers_only_a_suggestion_that_finds(seed, text, speaker, date_from, offered):
    from search.retrieval.searching import search

    results = search(seed, text, speaker=speaker, date_from=date_from)
    assert results.total == 0
    assert results.suggestion == offered
    if offered is None:
        assert {SPELLING, QUOTES, QUOTED_WORD} & set(results.tips), results.tips
