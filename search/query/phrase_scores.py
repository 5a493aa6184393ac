"""The score of a phrase of stop words only (`"no habrá"`, `"lo que"`): BM25 of the phrase as one word.

A phrase scores as its content words do (phrases.py). One made of stop words alone has
none: it scored 1 in every paragraph, so its matches came in the order of the index. It
now scores as BM25 scores a word found once in each: the phrase weighs more in a short
paragraph than in a long one (the paragraph's length in indexed words, against the
average, as BM25's `b` weighs it), from K1 + 1 in the shortest to near 0 in the longest.
How often the phrase occurs in each paragraph would be better still, but the index keeps
no count of a pair (search/text/pairs.py) and reading every matching text (`"lo que"` is in
a third of the paragraphs) costs too much: each match counts once, as Lucene's
`match_phrase` would if its phrase frequency were 1. No idf: the terms that would give one
differ with the index's structure of pairs (or there are none, in an index built before
them), and a phrase must score the same whichever answers it (tests/query/test_phrases.py).

The Whoosh path (PhraseQuery.matcher) and the columnar one (retrieval/columnar_queries.py)
compute the same floats: Whoosh's bm25 operations, on the same quantized lengths.
"""

from whoosh.matching import ListMatcher
from whoosh.util.numeric import length_to_byte

from search.whoosh_ext.scoring import length_norms, memory_lengths

ONCE = 1.0  # the phrase's frequency in each paragraph: unknown, so once (module docstring)
NO_IDF = 1.0  # the same in every structure of pairs (module docstring)


def length_field(schema, plan):
    """Return the field whose lengths weigh a phrase's matches (its own if it keeps lengths), or None."""
    field = schema[plan.fieldname] if plan.fieldname in schema else None
    return plan.fieldname if field is not None and field.scorable else None


def lone_phrase_scores(searcher, plan, docnums, boost=1.0):
    """Return the scores of a stop-word phrase's matches `docnums` in a (leaf) searcher:
    (K1 + 1) / (1 + K1 × (1 − B + B × length / average)), × boost (a list of floats)."""
    score = lone_phrase_scorer(searcher, plan, boost)
    return [score(docnum) for docnum in docnums]


def lone_phrase_scorer(searcher, plan, boost=1.0):
    """Return the function of a document number in a (leaf) searcher that gives a stop-word
    phrase's score there (lone_phrase_scores)."""
    parent = searcher.get_parent()
    field = length_field(parent.schema, plan)
    if field is None:
        return lambda docnum: boost
    weighting = parent.weighting
    B = getattr(weighting, "_field_B", {}).get(field, weighting.B)
    norms = length_norms(B, weighting.K1, parent.avg_field_length(field) or 1)
    reader, k1_plus_1 = searcher.reader(), weighting.K1 + 1
    lengths = memory_lengths(reader, field)

    def score(docnum):
        byte = lengths[docnum] if lengths is not None else length_to_byte(reader.doc_field_length(docnum, field, 0))
        # The same operations in the same order as whoosh.scoring.bm25 (whoosh_ext/scoring.py), idf 1
        return NO_IDF * ((ONCE * k1_plus_1) / (ONCE + norms[byte])) * boost

    return score


def lone_phrase_bound(searcher, plan, boost=1.0):
    """Return the most a stop-word phrase's match can score: K1 + 1 (a paragraph of no length), × boost."""
    parent = searcher.get_parent()
    return (parent.weighting.K1 + 1) * boost if length_field(parent.schema, plan) else boost


class LonePhraseMatcher(ListMatcher):
    """The matches of a stop-word phrase in a segment, each scored when asked (a phrase
    intersected with rarer words is scored only where they match too)."""

    def __init__(self, docnums, score, most):
        super().__init__(docnums, all_weights=most)
        self._score = score
        self._most = most

    def copy(self):
        return LonePhraseMatcher(self._ids[self._i:], self._score, self._most)

    def weight(self):
        return self._score(self._ids[self._i])

    def block_max_weight(self):
        return self._most  # K1 + 1 at most: a bound, as Whoosh's quality optimizations need
