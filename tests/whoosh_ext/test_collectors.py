import json

import pytest
from whoosh.collectors import TopCollector
from whoosh.query import AndMaybe, Or, Term

from search import budget as budgets
from search.retrieval.ranking import weighting
from search.retrieval.reader import open_index
from search.storage.build import build_index
from search.whoosh_ext import collectors
from search.whoosh_ext.collectors import RecordingSortingCollector, RecordingTopCollector
from tests.conftest import Countdown


@pytest.fixture(scope="module")
def searcher(tmp_path_factory):
    folder = tmp_path_factory.mktemp("collect")
    lines = [{"id": f"p{n}", "title": "Lluvia" if n % 5 == 0 else "Otro",
              "text": "lluvia" + " fuerte" * (n % 7) + (" granizo" if n % 3 == 0 else ""),
              "date": f"2020-01-{n % 28 + 1:02d}"} for n in range(400)]
    (folder / "tiempo.jsonl").write_text("\n".join(json.dumps(line) for line in lines) + "\n")
    build_index([folder], folder / "ix")
    with open_index(folder / "ix", weighting()) as index:
        yield index.searcher()


def run(searcher, query, collector):
    searcher.search_with_collector(query, collector)
    return collector


@pytest.mark.parametrize("query", [Term("text", "lluvi"), Or([Term("text", "granizo"),
                                                                Term("text", "fuert")])])
def test_the_top_hits_are_whooshs(searcher, query):
    ours = run(searcher, query, RecordingTopCollector(10, usequality=False)).results()
    whoosh = run(searcher, query, TopCollector(10, usequality=False)).results()
    assert [(hit.docnum, hit.score) for hit in ours] == [(hit.docnum, hit.score) for hit in whoosh]


def test_every_match_is_kept_and_counted(searcher):
    query = AndMaybe(Term("text", "lluvi"), Term("title", "lluvi", boost=0.5))
    every = sorted(searcher.docs_for_query(query))
    for collector in (RecordingTopCollector(10, usequality=False),
                      RecordingSortingCollector("date", 10)):
        run(searcher, query, collector)
        kept = sorted(offset + docnum for (leaf, docnums), (_, offset)
                      in zip(collector.segments, searcher.leaf_searchers()) for docnum in docnums)
        assert kept == every
    assert run(searcher, query, RecordingTopCollector(10, usequality=False)).total == len(every)


def test_whooshs_own_collector_would_undercount_here(searcher):
    # What RecordingTopCollector fixes: with titles boosted, once its top ten are full,
    # Whoosh's loop prunes the matches that can't reach them.
    query = AndMaybe(Term("text", "lluvi"), Term("title", "lluvi", boost=0.5))
    whoosh = run(searcher, query, TopCollector(10, usequality=False))
    assert whoosh.total < len(list(searcher.docs_for_query(query)))


@pytest.mark.parametrize("collector", [lambda: RecordingTopCollector(10, usequality=False),
                                       lambda: RecordingSortingCollector("date", 10)])
def test_collecting_stops_when_the_budget_is_spent(searcher, monkeypatch, collector):
    monkeypatch.setattr(collectors, "CLOCK_EVERY", 16)
    every = len(list(searcher.docs_for_query(Term("text", "lluvi"))))
    budget = Countdown(looks=2)
    token = budgets._current.set(budget)
    try:
        found = run(searcher, Term("text", "lluvi"), collector())
    finally:
        budgets._current.reset(token)
    kept = sum(len(docnums) for _, docnums in found.segments)
    assert budget.cut and 0 < kept < every and found.results().scored_length() == 10
