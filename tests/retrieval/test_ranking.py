from whoosh.query import AndMaybe, Or

from search.retrieval.ranking import (
    Ranking,
    analyzed_words,
    proximity_bonus,
    question_query,
    weighting,
)
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
