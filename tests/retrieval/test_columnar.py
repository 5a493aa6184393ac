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

from search.query import phrases
from search.retrieval import columnar, columnar_queries
from search.retrieval.reader import open_index
from search.retrieval.searching import rank_ids, search
from search.storage.build import build_index
from search.storage.postcache_sections import DamagedCache
from search.storage.update import update_index
from tests.conftest import budget_spent_after

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
            title = " ".join(rng.sample(WORDS, rng.randint(0, 3))) or "Nota"
            if rng.random() < 0.2:  # stop words in titles: a title phrase that requires no term
                title += " de la casa"
            record = {"id": f"f{number}-{paragraph}-{version}", "doc": f"doc{number}", "text": text,
                      "title": title}
            if rng.random() < 0.7:
                record["date"] = f"2020-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
            if rng.random() < 0.5:
                record["speakers"] = rng.sample(SPEAKERS, rng.randint(1, 2))
            lines.append(json.dumps(record, ensure_ascii=False))
        (folder / f"f{number:02d}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")


def segmented_index(root, rng, rewritten):
    """Build root/ix from a random corpus: two built segments, then an update of `rewritten`
    files (a third segment, and deletions). Return its directory."""
    write_corpus(root / "docs", rng)
    build_index([root / "docs"], root / "ix", procs=2)
    for number in rng.sample(range(FILES), rewritten):  # rewritten files: their old records deleted
        path = root / "docs" / f"f{number:02d}.jsonl"
        path.write_text(path.read_text(encoding="utf-8").replace("salud", "paz"), encoding="utf-8")
    update_index([root / "docs"], root / "ix")
    return root / "ix"


@pytest.fixture(scope="module")
def index_dir(tmp_path_factory):
    """An index of two built segments, then an update: a third segment and deletions."""
    return segmented_index(tmp_path_factory.mktemp("columnar"), random.Random(15), 4)


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


def test_searchers_count_documents_from_the_cache_as_whoosh_does(index):
    """doc_frequency comes from the posting cache (reader.py): Whoosh's numbers, deleted included."""
    searcher = index.searcher()
    reader = searcher.reader()
    asked = 0
    for fieldname in ("text", "title", "speaker", "date", "doc"):
        terms = [term for _, term in zip(range(40), reader.lexicon(fieldname))]
        for term in terms + [b"ausente", "ausente", "salud"]:
            assert searcher.doc_frequency(fieldname, term) == reader.doc_frequency(fieldname, term)
            asked += 1
    assert asked > 60


def same_ranking(ours, theirs):
    """Assert two [(docnum, score)] rankings agree: scores to float precision, ties alike."""
    assert len(ours) == len(theirs)
    for (_, score), (_, other_score) in zip(ours, theirs):
        assert math.isclose(score, other_score, rel_tol=1e-9, abs_tol=1e-12)
    # The scores agree rank by rank, so documents may differ only where scores tie to the
    # last bits: there the order, and at the last rank which of the tied is kept, may differ.
    scores = dict(theirs)
    for doc, score in ours:
        if doc in scores:
            assert math.isclose(scores[doc], score, rel_tol=1e-9, abs_tol=1e-12)
        else:
            assert any(math.isclose(score, other, rel_tol=1e-9, abs_tol=1e-12)
                       for _, other in theirs[-1:])  # a tie at the cut


PART = st.one_of(
    st.sampled_from(WORDS),
    st.sampled_from(WORDS).map(lambda word: word[:4] + "*"),
    st.sampled_from(WORDS).map(lambda word: f"titulo:{word}"),
    st.sampled_from(WORDS).map(lambda word: f"NOT {word}"),
    st.sampled_from(WORDS).map(lambda word: f'"{word}"'),  # a word as typed (the exact field)
    st.sampled_from(WORDS).map(lambda word: f"={word}"),
    st.sampled_from(WORDS).map(lambda word: f'-"{word}"'),
    st.sampled_from(WORDS).map(lambda word: f'titulo:"{word}"'),
    st.sampled_from(["orador:lopez", 'orador:"Wang Yi"', "orador:lavrov", "fecha:2020-03",
                     "fecha:[2020-02 TO 2020-05]", "fecha:>2020-10-15", "doc:doc1*", "ausente",
                     '"salud de"', '"gobierno casa"', 'titulo:"de la"', '-"salud de"',
                     "-(China O paz)", "O (-China -vacu*)", 'NOT (-"salud de")', "NOT (NOT paz)",
                     "OR", "Y", "(", ")", '"politica economica"', '"vacunacion de la"',
                     '-"cooperacion politica"', "orador:(lavrov OR wang)", "doc:doc12",
                     "fecha:{2020-02 TO 2020-05}", "fecha:2020-03-10..2020-06",
                     "vac?na", "*ción", "p*z", "titulo:gob?erno", "-salud", "salud | paz",
                     "~salud", "AND", "--paz", "+vacuna", '"vacunas de la"', '"la vacuna"', '"salud paz"~3',
                     '"de la"~2', '"politicas economica"', '"Gobierno de la casa"', "=vacun*",
                     # a facet's values, any of them (filter_values.py), as the query writes them
                     'orador:(lopez OR "Wang Yi")', "orador:(lavrov | perez | nadie)", "fecha:(2020-03 OR 2020-07)",
                     "fecha:(2020-01-05 OR 2020-02 OR [2020-10 TO 2020-11])", "(orador:wang OR fecha:2020-04)",
                     "-orador:(lopez OR lavrov)", "orador:(lopez OR"]),
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
@given(text=QUERY, speaker=st.sampled_from([None, "López", '"Sergey Lavrov"', "nadie", ["López", '"Wang Yi"'],
                                            ['"Sergey Lavrov"', '"Ana Pérez"', "nadie"]]),
       date_from=st.sampled_from([None, "2020-03", "2020"]), date_to=st.sampled_from([None, "2020-09"]),
       dates=st.sampled_from([None, ["2020-02", "2020-08"], ["2020-05-01..2020-06-15", "sin fecha"], ["2020"]]))
def test_filters_give_whoosh_hits(index, monkeypatch, text, speaker, date_from, date_to, dates):
    ours, theirs = both(index, monkeypatch, text=text, speaker=speaker, date_from=date_from,
                        date_to=date_to, dates=dates, facets=True)
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
    from search.retrieval.running import run_query

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


@pytest.mark.parametrize("text", ['titulo:"de la"', 'titulo:"de la" salud', '"de la"', '"de la"^2 O "la casa"',
                                  'salud -"salud de"',
                                  'vacu* -(China O paz)', '(vacu* O gobi*) "salud de"',
                                  'salud O (-vacu* -"salud de")', "paz (-China -gobierno)",
                                  'paz NOT (-"salud de")', "salud NOT (NOT gobierno)"])
def test_the_cache_answers_title_phrases_of_stop_words_and_exclusions(index, monkeypatch, text):
    from search.query.builder import build_query
    from search.query.parser import parse
    from search.retrieval.ranking import RANKING
    from search.retrieval.running import columnar_matches

    searcher = index.searcher()
    query = build_query(parse(text), searcher, index.store, "and",
                        title_boost=RANKING.title_boost).query
    assert columnar_matches(searcher, query) is not None  # not Whoosh's matchers
    ours, theirs = both(index, monkeypatch, text=text, limit=50)
    assert ours.total == theirs.total and ours.total
    same_ranking([(hit.id, hit.score) for hit in ours.hits],
                 [(hit.id, hit.score) for hit in theirs.hits])


def test_a_search_on_the_cache_affords_a_larger_budget_of_expansions(index, monkeypatch):
    from search.query import expansion

    monkeypatch.setattr(expansion, "EXPANSION_TERMS", 1)  # Whoosh's matchers: one word
    monkeypatch.setattr(expansion, "COLUMNAR_TERMS", 1_000)
    ours, theirs = both(index, monkeypatch, text="gob* O vacu*")
    cut = ("abarca muchas palabras", "se ignor")
    assert not any(words in message for message in ours.messages for words in cut)
    assert any(words in message for message in theirs.messages for words in cut)
    assert ours.total > theirs.total


def test_a_phrase_check_on_the_cache_stops_when_the_budget_is_spent(index, monkeypatch):
    monkeypatch.setattr(phrases, "CHECK_BATCH", 1)  # a look at the clock per paragraph read
    text = '"gobierno casa"'  # two content words: their order is checked in the text
    whole = search(index, text, limit=100)
    assert whole.complete and 3 < whole.total <= 100
    checked = []
    holds = columnar_queries._phrase_holds
    monkeypatch.setattr(columnar_queries, "_phrase_holds",
                        lambda query, view, docs: checked.append(len(docs)) or holds(query, view, docs))
    budgets = budget_spent_after(monkeypatch, looks=4)  # one before the search, three paragraphs
    cut = search(index, text)
    assert sum(checked) > 3  # the cache's path, with more to check than the budget let it
    assert budgets[0].cut and not cut.complete and "tiempo máximo" in cut.messages[-1]
    assert "quedó sin terminar la comprobación de las frases" in cut.messages[-1]
    assert 0 < cut.total <= 3 and {hit.id for hit in cut.hits} <= {hit.id for hit in whole.hits}


def test_a_view_replaced_after_a_damaged_cache_stays_whole_until_its_searcher_closes(index_dir):
    """A search's later fallbacks still read the view it began with (fallbacks.search_options):
    reopened leaves it whole, and forget releases both when the searcher closes."""
    with open_index(index_dir) as opened:
        searcher = opened.searcher()
        old = columnar.postings_for(searcher)
        term = next(iter(searcher.reader().lexicon("text")))  # not asked of `old` before: not kept
        problem = DamagedCache(old.segments[0].cache.file.path, "dañada a propósito")
        new = columnar.reopened(searcher, problem)
        assert new is not old and old.whole is not None
        frequency = searcher.reader().doc_frequency("text", term)
        assert old.doc_frequency("text", term) == new.doc_frequency("text", term) == frequency > 0
        columnar.forget(searcher)
        assert old.segments == new.segments == []


@pytest.mark.parametrize("speaker, dates", [
    (("López", '"Wang Yi"'), ()),
    ((), ("2020-02", "2020-08-03", "sin fecha")),
    (('"Sergey Lavrov"', "nadie"), ("2020-05-01..2020-06-15",)),
])
def test_the_cache_answers_filters_of_several_values(index, speaker, dates):
    """A filter of several values (a DisjunctionMax of its values: filter_values.py) is the cache's
    to answer, not left to Whoosh's path: the matches are Whoosh's, as found by the cache."""
    from search.retrieval.fallbacks import speaker_groups_of
    from search.retrieval.searching import filter_query

    searcher = index.searcher()
    query = filter_query(searcher, speaker, None, None, [], speaker_groups_of(index), None, dates)
    found = columnar_queries.evaluate(columnar.postings_for(searcher), query)  # raises Unsupported if not
    assert found.total == len(list(query.docs(searcher))) > 0
