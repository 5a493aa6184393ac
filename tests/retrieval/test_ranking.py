import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from whoosh.query import AndMaybe, Or

from search.retrieval import columnar
from search.retrieval.ranking import (
    Ranking,
    analyzed_words,
    proximity_bonus,
    question_query,
    weighting,
)
from search.retrieval.searching import search
from search.whoosh_ext.scoring import LuceneBM25F


def test_question_requires_only_the_rarest_terms(seed_searcher):
    terms = analyzed_words(seed_searcher.schema, "relaciones China Rusia garrote virus")
    query = question_query(seed_searcher, terms)
    assert isinstance(query, AndMaybe)
    required = {text for _, text in query.a.iter_all_terms()}
    assert "garrot" in required and "chin" not in required
    plain = question_query(seed_searcher, terms, Ranking(required_terms=None))
    assert isinstance(plain, Or)


def test_proximity_bonus_counts_words_that_stand_together():
    terms = {"garrot", "sancion", "unilateral"}
    assert proximity_bonus("el gran garrote de sanciones unilaterales", terms) == 1.0
    assert proximity_bonus("garrote " + "x " * 10 + "sanciones", terms) == 0.0
    assert proximity_bonus("garrote", {"garrot"}) == 0.0


def test_the_shipped_weighting_is_lucene_bm25_with_the_tuned_knobs():
    model = weighting()
    assert isinstance(model, LuceneBM25F)
    assert (model.B, model.K1) == (Ranking().B, Ranking().K1)


@pytest.mark.parametrize("question, required", [
    # an absent word takes a required place, but is never required itself
    ("¿Qué dijo Zumárraga de garrote y virus?", {"garrot", "virus"}),
    ("¿Zumárraga Xochimilco Quetzal garrote China Rusia?", {"garrot"}),  # one at least
    ("¿Zumárraga Xochimilco Quetzal?", None),  # none known: nothing to find
])
def test_a_word_the_index_lacks_is_never_required(seed_searcher, question, required):
    query = question_query(seed_searcher, analyzed_words(seed_searcher.schema, question))
    if required is None:
        assert isinstance(query, Or) and not query.subqueries
        return
    found = query.a if isinstance(query, AndMaybe) else query
    assert {text for _, text in found.iter_all_terms()} == required


def proximity_by_definition(text, terms, window=3):
    """Every indexed word's place, and query words at most `window` places apart."""
    from search.text.words import word_forms

    positions = [(place, form) for place, (_, _, form) in enumerate(word_forms(text))
                 if form in terms]
    close = {word for (first, a), (second, b) in zip(positions, positions[1:])
             if a != b and second - first <= window for word in (a, b)}
    return len(close) / len(terms)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["China", "Rusia", "cooperación", "de", "la", "y", "EE.UU.",
                                 "relaciones", "países", "chino-rusas", "1.500", "año"]),
                max_size=40))
def test_the_proximity_bonus_is_that_of_the_indexed_words_places(words):
    text = " ".join(words)
    terms = {"chin", "rusi", "cooper", "relacion"}
    assert proximity_bonus(text, terms) == proximity_by_definition(text, terms)


@pytest.mark.parametrize("path", ["columnar", "whoosh"])
@pytest.mark.parametrize("query, options, added", [
    ("Rusia", {"date_from": "2019", "date_to": "2021"}, 1),
    ("Rusia fecha:2019..2021", {}, 1),
    ("Rusia", {"speaker": "Wang Yi"}, 1),
    ("Rusia", {"speaker": "Wang Yi", "date_from": "2019"}, 2),
    ("Rusia -garrote", {}, 1),
])
def test_a_filter_adds_one_to_every_score_and_keeps_the_order(seed, monkeypatch, path, query, options, added):
    """As «Scores» in docs/commands.md says (a decision, fix19): each filter or exclusion adds 1 to
    every hit it keeps, on both scoring paths, and the order is the unfiltered one."""
    if path == "whoosh":
        monkeypatch.setattr(columnar, "postings_for", lambda searcher: None)
    plain = {hit.id: hit.score for hit in search(seed, "Rusia", limit=100).hits}
    filtered = search(seed, query, limit=100, **options).hits
    assert filtered and [hit.id for hit in filtered] == [id_ for id_ in plain if id_ in {hit.id for hit in filtered}]
    assert all(hit.score == pytest.approx(plain[hit.id] + added, abs=1e-4) for hit in filtered)
