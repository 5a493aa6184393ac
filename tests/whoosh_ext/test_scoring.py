from math import log

from whoosh.scoring import BM25FScorer

from search.whoosh_ext.lengths import preload_lengths
from search.whoosh_ext.scoring import LuceneBM25F, MemoryBM25FScorer


def test_lucene_idf(seed_searcher):
    total = seed_searcher.doc_count_all()
    n = seed_searcher.doc_frequency("text", "garrot")
    assert LuceneBM25F().idf(seed_searcher, "text", "garrot") == \
        log(1 + (total - n + 0.5) / (n + 0.5))


def test_scores_from_lengths_in_memory_are_whoosh_bm25_exactly(seed_searcher):
    model = LuceneBM25F(B=0.4, K1=0.9)
    leaf = preload_lengths(seed_searcher).leaf_searchers()[0][0]
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
