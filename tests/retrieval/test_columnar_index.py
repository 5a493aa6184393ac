"""The whole index as one segment (columnar_index.py) answers as the segments one by one do.

Same documents, same scores to the last bit for a term, and to float precision for a query
(an intersection may add its parts in another order, starting from the rarest in the whole
index rather than in each segment), on an index of several segments with deletions.
"""

import math
import random

import numpy as np
import pytest
from whoosh.query import And, AndMaybe, AndNot, DisjunctionMax, Not, Or, Prefix, Term

from search.query.builder import build_query
from search.query.parser import parse
from search.retrieval import columnar, columnar_index, columnar_queries
from search.retrieval.columnar_index import IndexView, supported
from search.retrieval.ranking import RANKING
from search.retrieval.reader import open_index
from tests.retrieval.test_columnar import WORDS, segmented_index


@pytest.fixture(scope="module")
def index(tmp_path_factory):
    """Two built segments, then an update: a third segment, and deleted documents."""
    with open_index(segmented_index(tmp_path_factory.mktemp("columnar-index"), random.Random(11), 6)) as opened:
        yield opened


@pytest.fixture(scope="module")
def postings(index):
    found = columnar.postings_for(index.searcher())
    assert len(found.segments) >= 2
    assert any(view.live is not None for view in found.segments)
    return found


def terms(index, field="text"):
    schema = index.searcher().schema
    return sorted({term for word in WORDS for term in schema[field].process_text(word, mode="query")})


def per_segment(postings, query, monkeypatch):
    """Return the Matches of a query evaluated segment by segment (as before the whole index)."""
    with monkeypatch.context() as patched:
        patched.setattr(columnar_queries, "supported", lambda query, terms=None: False)
        return columnar_queries.evaluate(postings, query)


def as_dict(matches):
    return dict(matches.top(matches.total))


@pytest.mark.parametrize("field", ["text", "title", "exact"])
def test_a_terms_scores_are_the_segments_own_floats(index, postings, field):
    """Every live posting of each term, with the very floats SegmentView.scores gives."""
    view = IndexView(postings)
    asked = 0
    for term in terms(index, field) + ["ausentísimo"]:
        expected_docs, expected_scores = [], []
        for segment in postings.segments:
            found = segment.term(field, term)
            if found is not None:
                docs, weights = segment.live_docs(*found)
                expected_docs.append(docs + segment.offset)
                expected_scores.append(segment.scores(field, term, docs, weights))
        found = view.term(field, term)
        if not expected_docs or not sum(map(len, expected_docs)):
            assert found is None
            continue
        docs, weights = found
        assert docs.tolist() == np.concatenate(expected_docs).tolist()
        scores = view.scores(field, term, docs, weights)
        assert scores.tolist() == np.concatenate(expected_scores).tolist()  # bit for bit
        places = np.arange(0, len(docs), 2)  # some postings: the same floats as among all
        assert view.scores(field, term, docs[places], weights[places]).tolist() == scores[places].tolist()
        asked += 1
    assert asked >= 5


def test_kept_postings_are_read_only(index, postings):
    view = IndexView(postings)
    docs, weights = view.term("text", terms(index)[0])
    scores = view.scores("text", terms(index)[0], docs, weights)
    for array in (docs, weights, scores):
        with pytest.raises(ValueError):
            array[0] = 0


@pytest.mark.parametrize("field", ["text", "title", "exact"])
@pytest.mark.parametrize("longest", [columnar_index.LONGEST_KEPT, 1])
def test_terms_read_ahead_are_those_read_one_by_one(index, postings, field, longest, monkeypatch):
    """read_ahead keeps, for each term, the very postings `term` reads (absent terms too); a
    term longer than LONGEST_KEPT is not kept, whether the index is larger than it (its
    length counted first) or not (no term can be longer: not counted)."""
    monkeypatch.setattr(columnar_index, "LONGEST_KEPT", longest)
    asked = terms(index, field) + ["ausentísimo"]
    one_by_one, ahead = IndexView(postings), IndexView(postings)
    ahead.read_ahead([Term(field, term) for term in asked])
    for term in asked:
        expected, found = one_by_one._read(field, term), ahead._kept.get((field, term))
        if len(expected[0]) > longest:
            assert found is None
            continue
        assert found is not None
        assert found[0].tolist() == expected[0].tolist() and found[1].tolist() == expected[1].tolist()


def test_only_a_query_of_many_terms_reads_ahead(index, postings, monkeypatch):
    """A keyword query's few terms are read when asked; a question's many, ahead."""
    asked = []
    monkeypatch.setattr(IndexView, "read_ahead", lambda self, terms: asked.append(len(terms)))
    few = Or([Term("text", term) for term in terms(index)[:columnar_queries.READ_AHEAD_TERMS - 1]])
    many = Or([Term("text", term) for term in terms(index)[:columnar_queries.READ_AHEAD_TERMS]])
    columnar_queries.evaluate(postings, few)
    assert asked == []
    columnar_queries.evaluate(postings, many)
    assert asked == [columnar_queries.READ_AHEAD_TERMS]


def boolean_queries(index):
    a, b, c, d = terms(index)[:4]
    t = lambda text, field="text", boost=1.0: Term(field, text, boost=boost)  # noqa: E731
    title = terms(index, "title")[0]
    return [
        t(a), And([t(a), t(b)]), And([t(a), t(b), t(c)]), Or([t(a), t(b), t(c, boost=2.0)]),
        Or([t(a), t(title, "title", 0.5)]), AndMaybe(t(a), Or([t(b), t(c)])), AndNot(t(a), t(b)),
        And([t(a), Not(t(b))]), Not(t(d)), DisjunctionMax([t(a), t(title, "title")]),
        Or([And([t(a), Or([t(b), t(c)])]), AndMaybe(t(d), t(a))]),
    ]


def test_boolean_queries_match_the_segment_by_segment_evaluation(index, postings, monkeypatch):
    for query in boolean_queries(index):
        assert supported(query)
        ours, theirs = columnar_queries.evaluate(postings, query), per_segment(postings, query, monkeypatch)
        assert ours.total == theirs.total, query
        ours, theirs = as_dict(ours), as_dict(theirs)
        assert ours.keys() == theirs.keys(), query
        for doc, score in ours.items():
            assert math.isclose(score, theirs[doc], rel_tol=1e-12), query


def test_searches_built_from_text_match_the_segment_by_segment_evaluation(index, postings, monkeypatch):
    """What a search runs: every word, its titles, its exact forms, accented variants."""
    searcher = index.searcher()
    rng = random.Random(3)
    for _ in range(40):
        text = " ".join(rng.sample(WORDS, rng.randint(1, 4)))
        for joiner in ("and", "or"):
            query = build_query(parse(text), searcher, index.store, joiner, title_boost=RANKING.title_boost,
                                columnar=postings).query
            ours, theirs = columnar_queries.evaluate(postings, query), per_segment(postings, query, monkeypatch)
            assert ours.total == theirs.total
            for (doc, score), (other_doc, other_score) in zip(ours.top(10), theirs.top(10)):
                assert math.isclose(score, other_score, rel_tol=1e-12)
                assert doc == other_doc or math.isclose(score, other_score, rel_tol=1e-12)
            assert [(view.offset, docs.tolist()) for view, docs in ours.segments] == \
                [(view.offset, docs.tolist()) for view, docs in theirs.segments]  # for facets


def test_parts_that_need_a_segment_go_segment_by_segment(index, postings):
    a = terms(index)[0]
    for query in (Prefix("text", a[:3]), And([Term("text", a), Prefix("text", a[:2])])):
        assert not supported(query)
        assert columnar_queries.evaluate(postings, query).total > 0


def test_kept_postings_stay_within_their_bound(index, postings, monkeypatch):
    monkeypatch.setattr(columnar_index, "KEPT_POSTINGS", 40)
    monkeypatch.setattr(columnar_index, "LONGEST_KEPT", 10)
    view = IndexView(postings)
    first = {}
    for term in terms(index):
        found = view.term("text", term)
        first[term] = None if found is None else found[0].tolist()
        assert view._kept_postings <= 40
        assert view._kept_postings == sum(len(entry[0]) for entry in view._kept.values())
        assert all(len(entry[0]) <= 10 for entry in view._kept.values())
        assert list(view._order) == list(view._kept)  # evicted oldest first, from the queue
    assert len(view._kept) < len(terms(index))  # some were evicted
    for term in terms(index):  # read again after their eviction: the same postings
        found = view.term("text", term)
        assert (None if found is None else found[0].tolist()) == first[term]


def test_threads_sharing_a_view_get_the_same_answers(index, postings, monkeypatch):
    """A server's threads share one searcher's view: terms read at once, kept and evicted meanwhile."""
    import threading

    monkeypatch.setattr(columnar_index, "KEPT_POSTINGS", 60)
    monkeypatch.setattr(columnar_index, "LONGEST_KEPT", 30)
    queries = boolean_queries(index)
    expected = [as_dict(per_segment(postings, query, monkeypatch)) for query in queries]
    monkeypatch.setattr(postings, "whole", IndexView(postings))
    problems = []

    def run(seed):
        order = list(range(len(queries))) * 5
        random.Random(seed).shuffle(order)
        for number in order:
            found = as_dict(columnar_queries.evaluate(postings, queries[number]))
            if found.keys() != expected[number].keys() or any(
                    not math.isclose(score, expected[number][doc], rel_tol=1e-12) for doc, score in found.items()):
                problems.append(queries[number])

    threads = [threading.Thread(target=run, args=(seed,)) for seed in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not problems
    assert postings.whole._kept_postings <= 60


@pytest.mark.parametrize("field", ["text", "title", "exact", "pairs"])
def test_terms_starting_lists_what_whoosh_expand_prefix_lists(index, postings, field):
    """A prefix's terms from the cache's sorted term tables (a compound part's `+email `
    spellings, compound_words.terms_from): Whoosh's own, in its order, across segments
    with deletions."""
    reader = index.searcher().reader()
    if field not in reader.schema:
        pytest.skip(f"no {field} field")
    listed = [term.decode("utf-8") for term in reader.lexicon(field)]
    prefixes = sorted({term[:size] for term in listed for size in (1, 2, 3)}) + ["zzz", "ñu", listed[-1] + "a"]
    for prefix in prefixes:
        expected = [term.decode("utf-8") if isinstance(term, bytes) else term
                    for term in reader.expand_prefix(field, prefix)]
        assert postings.terms_starting(field, prefix) == expected, prefix
