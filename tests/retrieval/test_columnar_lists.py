"""One segment's posting lists as numpy arrays: unions, terms among candidates, expansions."""

import numpy as np
import pytest
from whoosh.query import And, AndMaybe, NullQuery, Or, Prefix, Term, TermRange

from search.retrieval import columnar_queries
from search.retrieval.columnar_lists import (
    every_live,
    expanded,
    of_terms,
    sums_within,
    term_within,
    union,
    words_within,
)
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


def _general_or(query, view, candidates):
    """within()'s general Or, part by part with masks: what words_within must give, bit for bit."""
    found, scores = np.zeros(len(candidates), dtype=bool), np.zeros(len(candidates))
    for part in query.subqueries:
        part_found, part_scores = columnar_queries.within(part, view, candidates)
        found |= part_found
        scores += np.where(part_found, part_scores, 0.0)
    return found, np.where(found, scores * query.boost if query.boost != 1.0 else scores, 0.0)


WORDS = ("salud", "vacuna", "gobierno", "palabraausente", "presidente")


@pytest.mark.parametrize("inner, outer", [(1.0, 1.0), (0.5, 1.0), (1.0, 2.5), (3.0, 0.25)])
def test_an_or_of_words_in_text_and_title_among_candidates_gives_the_general_floats(
        searcher, postings, inner, outer):  # noqa: F811
    """A question's optional words (each an Or of text and title, or a lone Term) give the
    very floats of the general Or, on the whole index and in each segment."""
    words = [stem(searcher, word) or word for word in WORDS]
    parts = [Or([Term("text", word), Term("title", word, boost=0.5)], boost=inner) for word in words[:-1]]
    query = Or(parts + [Term("text", words[-1], boost=2.0)], boost=outer)
    assert of_terms(query)
    for view in [postings.whole, *postings.segments]:
        live = every_live(view)
        for candidates in (live, live[::5], live[:40]):
            found, scores = words_within(query, view, candidates)
            expected_found, expected = _general_or(query, view, candidates)
            assert found.tolist() == expected_found.tolist() and found.any()
            assert scores.tolist() == expected.tolist()  # bit for bit, zero where not found
            assert not scores[~found].any()


def test_an_and_maybe_of_optional_words_adds_the_same_floats_as_with_a_mask(searcher, postings):  # noqa: F811
    salud, vacuna = stem(searcher, "salud"), stem(searcher, "vacuna")
    optional = Or([Or([Term("text", vacuna), Term("title", vacuna, boost=0.5)]), Term("exact", "vacunas")])
    query = AndMaybe(Or([Term("text", salud), Term("title", salud, boost=0.5)]), optional)
    docs, scores = columnar_queries.full(query, postings.whole)
    base_docs, base = columnar_queries.full(query.a, postings.whole)
    found, extra = _general_or(optional, postings.whole, base_docs)
    assert docs.tolist() == base_docs.tolist()
    assert scores.tolist() == (base + np.where(found, extra, 0.0)).tolist()


def _term_by_term(groups, view, candidates):
    """Each term looked up and scored alone, added where found in order (the loop sums_within replaces)."""
    found, total = np.zeros(len(candidates), dtype=bool), np.zeros(len(candidates))
    for boost, terms in groups:
        part = np.zeros(len(candidates))
        for term in terms:
            held = view.term(term.fieldname, term.text)
            if held is None:
                continue
            docs, weights = held
            where = np.isin(candidates, docs)
            at = np.searchsorted(docs, candidates[where])
            scores = view.scores(term.fieldname, term.text, docs[at], weights[at])
            part[where] += scores * term.boost if term.boost != 1.0 else scores
            found |= where
        total += part * boost if boost != 1.0 else part
    return found, total


@pytest.mark.parametrize("fields", [("exact",), ("text",), ("text", "title")])
def test_terms_among_candidates_are_scored_at_once_with_the_floats_of_one_at_a_time(
        searcher, postings, fields):  # noqa: F811
    """One BM25 for the postings of several terms (each its own idf and boost; one field, or
    term by term when they differ), and each group's sums by bincount: bit for bit the floats
    of scoring each term alone and adding them in order, on the whole index and per segment."""
    words = [stem(searcher, word) or word for word in WORDS]
    if fields == ("exact",):
        words = list(WORDS)
    terms = [Term(fields[n % len(fields)], word, boost=(0.5, 1.0, 2.0)[n % 3]) for n, word in enumerate(words)]
    groups = [(1.0, terms[:2]), (0.25, terms[2:3]), (1.0, []), (3.0, terms[3:])]
    for view in [postings.whole, *postings.segments]:
        live = every_live(view)
        for candidates in (live, live[::3], live[:25]):
            for chosen in (groups, groups[:1], [(2.0, terms)]):
                found, scores = sums_within(chosen, view, candidates)
                expected_found, expected = _term_by_term(chosen, view, candidates)
                assert found.tolist() == expected_found.tolist()
                assert scores.tolist() == expected.tolist()
        assert sums_within(groups, view, live)[0].any()


@pytest.mark.parametrize("query, expected", [
    (Term("text", "a"), True),
    (Term("text", "a", boost=float("inf")), True),  # added where found only
    (Or([Term("text", "a"), Or([Term("text", "b"), Term("title", "b")], boost=0.5)]), True),
    (Or([Term("text", "a")], boost=float("inf")), False),  # 0 * inf is not 0
    (Or([Or([Term("text", "b")], boost=float("nan"))]), False),
    (Or([Or([Or([Term("text", "b")])])]), False),  # deeper than an Or of terms
    (Or([And([Term("text", "a"), Term("text", "b")])]), False),
    (NullQuery, False),
])
def test_of_terms_tells_the_queries_whose_scores_are_zero_where_not_found(query, expected):
    assert of_terms(query) is expected
