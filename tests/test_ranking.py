from math import log

from whoosh.query import AndMaybe, Or
from whoosh.scoring import BM25FScorer

from search.ranking import (
    LuceneBM25F,
    MemoryBM25FScorer,
    Ranking,
    analyzed_words,
    question_query,
    title_boosted,
)


def test_lucene_idf(seed_searcher):
    total = seed_searcher.doc_count_all()
    n = seed_searcher.doc_frequency("text", "garrot")
    assert LuceneBM25F().idf(seed_searcher, "text", "garrot") == \
        log(1 + (total - n + 0.5) / (n + 0.5))


def test_question_requires_only_the_rarest_terms(seed_searcher):
    terms = analyzed_words(seed_searcher.schema, "relaciones China Rusia garrote virus")
    query = question_query(seed_searcher, terms)
    assert isinstance(query, AndMaybe)
    required = {text for _, text in query.a.iter_all_terms()}
    assert "garrot" in required and "chin" not in required
    plain = question_query(seed_searcher, terms, Ranking(required_terms=None))
    assert isinstance(plain, Or)


def test_title_boost_is_optional_and_can_be_off(seed_searcher):
    query = Or([])
    assert isinstance(title_boosted(query, {"chin"}), AndMaybe)
    assert title_boosted(query, {"chin"}, Ranking(title_boost=0)) is query
    assert title_boosted(query, set()) is query


def test_proximity_bonus_counts_words_that_stand_together():
    from search.ranking import proximity_bonus
    terms = {"garrot", "sancion", "unilateral"}
    assert proximity_bonus("el gran garrote de sanciones unilaterales", terms) == 1.0
    assert proximity_bonus("garrote " + "x " * 10 + "sanciones", terms) == 0.0
    assert proximity_bonus("garrote", {"garrot"}) == 0.0


def test_scores_from_lengths_in_memory_are_whoosh_bm25_exactly(seed_searcher):
    model = LuceneBM25F(B=0.4, K1=0.9)
    leaf = seed_searcher.leaf_searchers()[0][0]
    for field, stem in (("text", "chin"), ("text", "garrot"), ("title", "chin")):
        fast = model.scorer(leaf, field, stem)
        assert isinstance(fast, MemoryBM25FScorer)
        whoosh = BM25FScorer(leaf, field, stem, model.B, model.K1)
        matcher = leaf.postings(field, stem)
        scores = []
        while matcher.is_active():
            scores.append((fast.score(matcher), whoosh.score(matcher)))
            matcher.next()
        assert scores and all(ours == theirs for ours, theirs in scores)
