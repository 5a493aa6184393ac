"""The posting cache answers as Whoosh does: random queries through both, same hits and scores.

The index has several segments and deleted documents (a build, then an update), speakers,
dates and titles, so every kind of query part meets the cases that differ: a word only in
titles, a deleted paragraph, a segment without the word, ties.
"""

import json
import math
import random

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from search.retrieval import columnar
from search.retrieval.reader import open_index
from search.retrieval.searching import rank_ids, search
from search.storage.build import build_index
from search.storage.update import update_index

WORDS = ["salud", "gobierno", "gobiernos", "vacuna", "vacunas", "vacunación", "presidente",
         "México", "China", "Rusia", "cooperación", "política", "políticas", "económica",
         "acuerdo", "casa", "pandemia", "hospital", "médicos", "año", "años", "ano", "paz"]
SPEAKERS = ["Hugo López-Gatell", "Wang Yi", "Sergey Lavrov", "Ana Pérez"]
FILES = 60  # enough for a build in two worker processes: two segments


def write_corpus(folder, rng, version=0):
    folder.mkdir(parents=True, exist_ok=True)
    for number in range(FILES):
        lines = []
        for paragraph in range(rng.randint(3, 9)):
            text = " ".join(rng.choice(WORDS + ["de", "la", "el"]) for _ in range(rng.randint(1, 25)))
            record = {"id": f"f{number}-{paragraph}-{version}", "doc": f"doc{number}", "text": text,
                      "title": " ".join(rng.sample(WORDS, rng.randint(0, 3))) or "Nota"}
            if rng.random() < 0.7:
                record["date"] = f"2020-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
            if rng.random() < 0.5:
                record["speakers"] = rng.sample(SPEAKERS, rng.randint(1, 2))
            lines.append(json.dumps(record, ensure_ascii=False))
        (folder / f"f{number:02d}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")


@pytest.fixture(scope="module")
def index_dir(tmp_path_factory):
    """An index of two built segments, then an update: a third segment and deletions."""
    root = tmp_path_factory.mktemp("columnar")
    rng = random.Random(15)
    write_corpus(root / "docs", rng)
    build_index([root / "docs"], root / "ix", procs=2)
    for number in rng.sample(range(FILES), 4):  # rewritten files: their old records deleted
        path = root / "docs" / f"f{number:02d}.jsonl"
        path.write_text(path.read_text(encoding="utf-8").replace("salud", "paz"), encoding="utf-8")
    update_index([root / "docs"], root / "ix")
    return root / "ix"


@pytest.fixture(scope="module")
def index(index_dir):
    with open_index(index_dir) as opened:
        yield opened


def whoosh_only(monkeypatch):
    monkeypatch.setattr(columnar, "postings_for", lambda searcher: None)


def test_the_index_has_segments_and_deletions(index):
    searcher = index.searcher()
    leaves = searcher.reader().leaf_readers()
    assert len(leaves) >= 2
    assert any(leaf.has_deletions() for leaf, _ in leaves)
    assert columnar.postings_for(searcher) is not None


def same_ranking(ours, theirs):
    """Assert two [(docnum, score)] rankings agree: scores to float precision, ties alike."""
    assert len(ours) == len(theirs)
    for (doc, score), (other_doc, other_score) in zip(ours, theirs):
        assert math.isclose(score, other_score, rel_tol=1e-9, abs_tol=1e-12)
        if doc != other_doc:  # only a tie may differ in the last bits, never in order
            assert math.isclose(dict(ours).get(other_doc, -1), other_score, rel_tol=1e-9)


PART = st.one_of(
    st.sampled_from(WORDS),
    st.sampled_from(WORDS).map(lambda word: word[:4] + "*"),
    st.sampled_from(WORDS).map(lambda word: f"titulo:{word}"),
    st.sampled_from(WORDS).map(lambda word: f"NOT {word}"),
    st.sampled_from(["orador:lopez", 'orador:"Wang Yi"', "orador:lavrov", "fecha:2020-03",
                     "fecha:[2020-02 TO 2020-05]", "fecha:>2020-10-15", "doc:doc1*", "ausente",
                     '"salud de"', '"gobierno casa"', "OR", "Y", "(", ")"]),
)
QUERY = st.lists(PART, min_size=1, max_size=5).map(" ".join)


def both(index, monkeypatch, **options):
    """Return (ours, Whoosh's) Results of one search."""
    ours = search(index, **options)
    with monkeypatch.context() as patched:
        whoosh_only(patched)
        theirs = search(index, **options)
    return ours, theirs


@settings(max_examples=300, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=QUERY, sort=st.sampled_from(["relevance", "-date", "date"]),
       page=st.integers(1, 3), limit=st.integers(1, 12))
def test_searches_give_whoosh_hits_scores_totals_and_facets(index, monkeypatch, text, sort, page,
                                                           limit):
    ours, theirs = both(index, monkeypatch, text=text, sort=sort, page=page, limit=limit,
                        facets=True)
    assert (ours.total, ours.mode, ours.messages, ours.facets) == \
        (theirs.total, theirs.mode, theirs.messages, theirs.facets)
    same_ranking([(hit.id, hit.score) for hit in ours.hits],
                 [(hit.id, hit.score) for hit in theirs.hits])


@settings(max_examples=100, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=QUERY, speaker=st.sampled_from([None, "López", '"Sergey Lavrov"', "nadie"]),
       date_from=st.sampled_from([None, "2020-03", "2020"]), date_to=st.sampled_from([None, "2020-09"]))
def test_filters_give_whoosh_hits(index, monkeypatch, text, speaker, date_from, date_to):
    ours, theirs = both(index, monkeypatch, text=text, speaker=speaker, date_from=date_from,
                        date_to=date_to, facets=True)
    assert (ours.total, ours.facets) == (theirs.total, theirs.facets)
    same_ranking([(hit.id, hit.score) for hit in ours.hits],
                 [(hit.id, hit.score) for hit in theirs.hits])


@settings(max_examples=150, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(words=st.lists(st.sampled_from(WORDS + ["de", "ausente", "xyz"]), min_size=1, max_size=9))
def test_questions_rank_as_whoosh_does(index, monkeypatch, words):
    question = "¿" + " ".join(words) + "?"
    ours = rank_ids(index, question, 10)
    with monkeypatch.context() as patched:
        whoosh_only(patched)
        theirs = rank_ids(index, question, 10)
    assert ours == theirs


def test_run_query_scores_are_whoosh_floats(index, monkeypatch):
    from search.query.builder import build_query
    from search.query.parser import parse
    from search.retrieval.ranking import RANKING
    from search.retrieval.searching import run_query

    searcher = index.searcher()
    for text in ["salud", "gobierno vacuna", "México OR China", "política NOT paz", "pandemia"]:
        built = build_query(parse(text), searcher, index.store, "or",
                            title_boost=RANKING.title_boost)
        query = built.query
        total, ours, _ = run_query(searcher, query, 50, "relevance")
        with monkeypatch.context() as patched:
            whoosh_only(patched)
            whoosh_total, theirs, _ = run_query(searcher, query, 50, "relevance")
        assert total == whoosh_total and total
        same_ranking(ours, theirs)


@pytest.mark.parametrize("sort", ["date", "-date"])
def test_sorted_by_date_undated_paragraphs_come_last_in_both_orders(index, monkeypatch, sort):
    ours, theirs = both(index, monkeypatch, text="acuerdo pandemia", sort=sort, limit=100,
                        page=1)
    for results in (ours, theirs):
        assert results.total == len(results.hits)
        dates = [hit.date for hit in results.hits]
        dated = [date for date in dates if date]
        assert dates[:len(dated)] == dated and len(dated) < len(dates)  # undated at the end
        assert dated == sorted(dated, reverse=sort == "-date")
