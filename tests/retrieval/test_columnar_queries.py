"""Query trees on the posting cache give Whoosh's own hits and scores: evaluate, full, within.

The index has segments and deletions (a build in two workers, then an update), so each kind of
query part meets a segment without the term, deleted documents and ties. Whoosh answers the same
query objects with its own matchers on the same searcher.
"""

import math
import random

import numpy as np
import pytest
from whoosh.query import (
    And,
    AndMaybe,
    AndNot,
    DisjunctionMax,
    FuzzyTerm,
    Not,
    NullQuery,
    Or,
    Prefix,
    Term,
    TermRange,
    Wildcard,
)

from search.retrieval import columnar
from search.retrieval.columnar import Unsupported
from search.retrieval.columnar_queries import estimate, evaluate, full, within
from search.retrieval.reader import open_index
from tests.retrieval.test_columnar import segmented_index


@pytest.fixture(scope="module")
def index(tmp_path_factory):
    """Two built segments, then an update: a third segment, and deleted documents."""
    with open_index(segmented_index(tmp_path_factory.mktemp("columnar-queries"), random.Random(7), 5)) as opened:
        yield opened


@pytest.fixture(scope="module")
def searcher(index):
    return index.searcher()


@pytest.fixture(scope="module")
def postings(searcher):
    found = columnar.postings_for(searcher)
    assert found is not None
    return found


def stem(searcher, word, field="text"):
    """Return the indexed form of a word, through the field's own analyzer."""
    return next(iter(searcher.schema[field].process_text(word, mode="query")))


def queries(searcher):
    """Return (name, query) of every kind the module evaluates."""
    salud, gobierno, vacuna, paz, china = (stem(searcher, word) for word in
                                           ("salud", "gobierno", "vacuna", "paz", "China"))
    t = lambda text, field="text": Term(field, text)  # noqa: E731
    return [
        ("term", t(salud)),
        ("absent term", t("ausentísimo")),
        ("title term", t(stem(searcher, "acuerdo", "title"), "title")),
        ("boosted term", Term("text", salud, boost=2.5)),
        ("and", And([t(salud), t(gobierno)])),
        ("and of three", And([t(salud), t(gobierno), t(vacuna)])),
        ("or", Or([t(salud), t(paz), t(china)])),
        ("boosted or", Or([t(salud), t(paz)], boost=1.5)),
        ("or across fields", Or([t(salud), t(stem(searcher, "salud", "title"), "title")])),
        ("and maybe", AndMaybe(t(gobierno), t(salud))),
        ("and not", AndNot(t(gobierno), t(salud))),
        ("not inside and", And([t(gobierno), Not(t(salud))])),
        ("not of not", And([t(paz), Not(Not(t(china)))])),
        ("disjunction max", DisjunctionMax([t(salud), t(stem(searcher, "salud", "title"), "title")])),
        ("prefix", Prefix("text", "vacun")),
        ("prefix in and", And([Prefix("text", "gob"), t(paz)])),
        ("date range", TermRange("date", "2020-03-01", "2020-05-31")),
        ("year range", TermRange("year", "2019", "2020")),
        ("nested", Or([And([t(salud), Or([t(paz), t(china)])]), AndMaybe(t(vacuna), t(gobierno))])),
        ("and not, the negative first", AndNot(t(vacuna), t(gobierno))),
        ("null", NullQuery),
    ]


LABELS = ["term", "absent term", "title term", "boosted term", "and", "and of three", "or", "boosted or",
          "or across fields", "and maybe", "and not", "not inside and", "not of not", "disjunction max", "prefix",
          "prefix in and", "date range", "year range", "nested", "and not, the negative first", "null"]


def test_the_labels_name_every_query(searcher):
    assert [label for label, _ in queries(searcher)] == LABELS


def as_dict(pairs):
    return {int(doc): float(score) for doc, score in pairs}


def whoosh_hits(searcher, query):
    """Return {global docnum: score} of Whoosh's own search, every hit."""
    results = searcher.search(query, limit=None)
    return {hit.docnum: hit.score for hit in results}


def expected_hits(searcher, query):
    """Return {global docnum: score} the cache must give: Whoosh's hits, but where its matchers are wrong."""
    if type(query) is DisjunctionMax:
        # Whoosh's DisjunctionMaxMatcher takes the max of both parts' scores even where one part sits
        # on a later document; the cache takes the largest of the parts that match, each scored by Whoosh.
        parts = [whoosh_hits(searcher, part) for part in query.subqueries]
        return {doc: max(part[doc] for part in parts if doc in part) for doc in whoosh_hits(searcher, query)}
    if type(query) is AndNot:
        # Whoosh's AndNotMatcher keeps the first document of `a` when `b` holds it and starts before it
        # (_find_first compares only the first ids): the cache excludes it, as the query means.
        wanted, unwanted = whoosh_hits(searcher, query.a), whoosh_hits(searcher, query.b)
        return {doc: score for doc, score in wanted.items() if doc not in unwanted}
    return whoosh_hits(searcher, query)


def test_whoosh_and_not_keeps_a_document_of_its_negative_part(searcher):
    """The case the cache gets right and Whoosh's matcher not: why expected_hits mends it."""
    query = dict(queries(searcher))["and not, the negative first"]
    assert whoosh_hits(searcher, query).keys() & whoosh_hits(searcher, query.b).keys()
    assert not expected_hits(searcher, query).keys() & whoosh_hits(searcher, query.b).keys()


def same_scores(ours, theirs):
    assert ours.keys() == theirs.keys()
    for doc, score in ours.items():
        assert math.isclose(score, theirs[doc], rel_tol=1e-9, abs_tol=1e-12), doc


def test_the_index_has_segments_with_deletions(postings):
    assert len(postings.segments) >= 2
    assert any(view.live is not None and not view.live.all() for view in postings.segments)


@pytest.mark.parametrize("label", LABELS)
def test_evaluate_gives_whoosh_hits_and_scores(searcher, postings, label):
    query = dict(queries(searcher))[label]
    matches = evaluate(postings, query)
    ours = {int(doc) + view.offset: float(score) for view, docs, scores in matches.per_segment
            for doc, score in zip(docs, scores)}
    theirs = expected_hits(searcher, query)
    same_scores(ours, theirs)
    assert matches.total == len(theirs)
    if label not in ("absent term", "null", "and of three"):
        assert theirs, label  # a query that matches nothing proves little


def test_full_gives_each_segments_hits_sorted_and_live(searcher, postings):
    for _, query in queries(searcher):
        theirs = expected_hits(searcher, query)
        for view in postings.segments:
            docs, scores = full(query, view)
            assert docs.dtype == np.int32 and scores.dtype == np.float64 and len(docs) == len(scores)
            assert (np.diff(docs) > 0).all()  # sorted, no repeats
            if view.live is not None:
                assert view.live[docs].all()
            in_segment = {doc - view.offset: score for doc, score in theirs.items()
                          if view.offset <= doc < view.offset + view.size}
            same_scores(as_dict(zip(docs, scores)), in_segment)


@pytest.mark.parametrize("share", [0.0, 0.1, 0.5, 1.0])
def test_within_agrees_with_full_on_any_candidates(searcher, postings, share):
    rng = random.Random(int(share * 10))
    for label, query in queries(searcher):
        for view in postings.segments:
            live = np.flatnonzero(view.live) if view.live is not None else np.arange(view.size)
            candidates = np.array(sorted(rng.sample(list(live), int(len(live) * share))), dtype=np.int32)
            found, scores = within(query, view, candidates)
            assert found.dtype == bool and len(found) == len(scores) == len(candidates)
            docs, full_scores = full(query, view)
            expected = as_dict(zip(docs, full_scores))
            assert {int(doc) for doc in candidates[found]} == set(expected) & {int(doc) for doc in candidates}, label
            for doc, score in zip(candidates[found], scores[found]):
                assert math.isclose(score, expected[int(doc)], rel_tol=1e-9, abs_tol=1e-12), label
            # Callers read scores only where found: AndNot leaves its first part's score on what it excludes.
            assert type(query) is AndNot or not scores[~found].any(), label


def test_estimate_of_a_term_is_its_postings_in_the_segment(searcher, postings):
    salud = stem(searcher, "salud")
    for view in postings.segments:
        found = view.term("text", salud)
        assert estimate(Term("text", salud), view) == (len(found[0]) if found else 0)
        assert estimate(Term("text", "ausentísimo"), view) == 0
        assert estimate(NullQuery, view) == 0
        gobierno = Term("text", stem(searcher, "gobierno"))
        assert estimate(And([Term("text", salud), gobierno]), view) == min(
            estimate(Term("text", salud), view), estimate(gobierno, view))
        assert estimate(Or([Term("text", salud), gobierno]), view) == (
            estimate(Term("text", salud), view) + estimate(gobierno, view))
        assert estimate(And([Not(gobierno)]), view) == view.size  # only an excluded part: anything


@pytest.mark.parametrize("query", [Wildcard("text", "v*a"), FuzzyTerm("text", "salud"),
                                   DisjunctionMax([Term("text", "salud"), Term("text", "paz")], tiebreak=0.5)],
                         ids=["wildcard", "fuzzy", "tiebreak"])
def test_parts_it_does_not_know_raise_unsupported(postings, query):
    with pytest.raises(Unsupported):
        evaluate(postings, query)
