"""Running a Whoosh query: the posting cache's answer is Whoosh's, sorted by score or by date."""

import pytest
from whoosh.query import Not, Or, Term

from search.retrieval import columnar
from search.retrieval.running import columnar_matches, run_query, top_hits


def whoosh_only(monkeypatch):
    monkeypatch.setattr(columnar, "postings_for", lambda searcher: None)


QUERIES = [Term("text", "chin"), Or([Term("text", "rusi"), Term("text", "garrot")]),
           Not(Term("text", "garrot"))]


@pytest.mark.parametrize("query", QUERIES, ids=repr)
@pytest.mark.parametrize("sort", ["relevance", "-date", "date"])
def test_the_cache_and_whoosh_give_the_same_total_and_ranking(seed_searcher, monkeypatch, query, sort):
    total, ranked, matches = run_query(seed_searcher, query, 5, sort)
    assert columnar_matches(seed_searcher, query) is not None  # the cache answered
    with monkeypatch.context() as patched:
        whoosh_only(patched)
        assert columnar_matches(seed_searcher, query) is None
        whoosh_total, whoosh_ranked, _ = run_query(seed_searcher, query, 5, sort)
    assert total == whoosh_total > 0 and len(ranked) == min(5, total)
    assert [round(score, 9) for _, score in ranked] == [round(score, 9) for _, score in whoosh_ranked]
    assert sum(len(docnums) for _, docnums in matches.segments) == total  # for facets
    if sort == "relevance":
        assert [score for _, score in ranked] == sorted((score for _, score in ranked), reverse=True)


def test_top_hits_are_the_best_first(seed_searcher, monkeypatch):
    query = Or([Term("text", "rusi"), Term("text", "garrot")])
    best = top_hits(seed_searcher, query, 3)
    with monkeypatch.context() as patched:
        whoosh_only(patched)
        assert [round(score, 9) for _, score in top_hits(seed_searcher, query, 3)] == \
            [round(score, 9) for _, score in best]
    assert len(best) == 3 and best[0][1] >= best[-1][1]
