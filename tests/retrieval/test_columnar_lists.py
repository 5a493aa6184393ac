"""One segment's posting lists as numpy arrays: unions, terms among candidates, expansions."""

import numpy as np
import pytest
from whoosh.query import NullQuery, Or, Prefix, Term, TermRange

from search.retrieval.columnar_lists import every_live, expanded, term_within, union
from tests.retrieval.test_columnar_queries import index, postings, searcher, stem  # noqa: F401 (fixtures)


def pair(docs, scores):
    return np.array(docs, dtype=np.int32), np.array(scores, dtype=np.float64)


@pytest.mark.parametrize("size", [4, 1000])  # dense (one array the segment's size) and sorted
def test_a_union_adds_the_scores_of_each_document_or_keeps_the_largest(size):
    parts = [pair([1, 3], [1.0, 2.0]), pair([0, 3], [0.5, 4.0]), pair([], [])]
    docs, scores = union(parts, size)
    assert docs.tolist() == [0, 1, 3] and scores.tolist() == [0.5, 1.0, 6.0]
    docs, scores = union(parts, size, largest=True)
    assert docs.tolist() == [0, 1, 3] and scores.tolist() == [0.5, 1.0, 4.0]
    assert [len(found) for found in union([pair([], [])], size)] == [0, 0]


def test_a_term_among_candidates_is_found_either_way_round(searcher, postings):  # noqa: F811
    salud = stem(searcher, "salud")
    looked = 0
    for view in postings.segments:
        if view.term("text", salud) is None:  # a segment without the word
            assert not term_within(Term("text", salud), view, every_live(view))[0].any()
            continue
        looked += 1
        docs, _ = view.live_docs(*view.term("text", salud))
        live = every_live(view)
        for candidates in (live, live[::7], docs[:3]):  # longer, shorter than the postings
            found, scores = term_within(Term("text", salud), view, candidates)
            assert set(candidates[found].tolist()) == set(docs.tolist()) & set(candidates.tolist())
            assert (scores[found] > 0).all() and not scores[~found].any()
    assert looked


def test_every_live_document_leaves_out_the_deleted(postings):  # noqa: F811
    for view in postings.segments:
        live = every_live(view)
        assert len(live) == (view.size if view.live is None else int(view.live.sum()))


def test_a_prefix_or_a_range_is_the_or_of_its_terms_in_the_segment(searcher, postings):  # noqa: F811
    view = postings.segments[0]
    found = expanded(Prefix("text", "vacun"), view)
    terms = [part.text for part in (found.subqueries if isinstance(found, Or) else [found])]
    assert terms and all(term.startswith("vacun") for term in terms)
    assert expanded(Prefix("text", "zzzz"), view) is NullQuery
    dates = expanded(TermRange("date", "2020-03-01", "2020-03-31"), view)
    assert all("2020-03-01" <= part.text <= "2020-03-31" for part in dates.subqueries)
