"""The ways a query is tried, in order (the searches themselves: test_typo_fallback.py)."""

import pytest

from search.query.parser import parse
from search.retrieval.fallbacks import all_words_count, attempts
from search.retrieval.reader import open_index
from search.retrieval.searching import search
from tests.conftest import build_texts_index


@pytest.mark.parametrize("query, modes", [
    ("Rusia China", ["all", "typos", "any", "fuzzy"]),
    ("Rusia", ["all", "fuzzy"]),  # one word: nothing for any-word to drop
    ("paz ONU", ["all", "any"]),  # no word of 5 letters: no typos
    ("Rusia OR China", ["all", "fuzzy"]),
])
def test_the_order_of_the_attempts(seed, query, modes):
    assert [mode for mode, _ in attempts(parse(query), seed.searcher(), seed)] == modes


# The count of a query offered or checked (a suggestion, the dates as words, an offer of what
# someone says) is what the search then finds: the same build, titles, typos and patterns too.
TITLED = {"2021-02-03.txt": "Informe semanal de salud\n" + "\n".join(
    ["El doctor López-Gatell habló de las vacunas."] * 30 + ["Gatel lo dijo de nuevo.", "La salud pública."]) + "\n"}


@pytest.fixture(scope="module")
def titled(tmp_path_factory):
    with open_index(build_texts_index(tmp_path_factory, "titled", TITLED)) as opened:
        yield opened


@pytest.mark.parametrize("query", [
    "Gatell informe",  # `informe` is in the title alone
    "semanal vacunas",
    "Gatell vacunas",
    "vacun?s Gatell",  # a pattern: the vocabulary's words
    "vac* semanal",
    "Gatell~1 informe",
    "Gatel semanal",
])
def test_a_count_is_what_the_search_finds(titled, query):
    results = search(titled, query)
    assert results.mode == "all"
    assert all_words_count(titled, titled.searcher(), query) == results.total > 0


@pytest.mark.parametrize("query, suggestion", [
    ("Gatel informe", "Gatell informe"),  # `informe` in the title: 30 paragraphs against 1
    ("Gatel semanal", "Gatell semanal"),
    ("Gatel", "Gatell"),
])
def test_a_respelling_counted_with_titles_is_offered(titled, query, suggestion):
    assert search(titled, query).suggestion == suggestion
