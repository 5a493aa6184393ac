"""BM25 scoring: Lucene's idf, field lengths read from memory, and a bound on a paragraph's length.

BM25 divides a term's frequency by the field's length against the average, so a text of any
length in which a word is one in twelve scores as a short paragraph dense with it, whatever its
length: four pieces of a one-line file of a million characters of keywords topped `inflación`,
`presupuest*`, `homicid*` and `seguridad` (trial35, 8), as they would in Lucene or
Elasticsearch. Such a text is no paragraph a reader can use. No paragraph of the corpora comes
near LONG_PARAGRAPH_TOKENS (the briefings' turns: 260 words at most; XQuAD's: 1,982): past it,
the length BM25 scores with grows with the cube of the length (scored_length), so the score of a
text of one density falls as 1 / length², where Lucene's classic TF-IDF (lengthNorm, 1 / √length)
let a long field lose weight more gently; a quadratic growth left the trial's four pieces on
top. Every path scores through length_norms (Whoosh's matchers, the posting cache, stop-word
phrases), so they still agree to the last digit, and a shorter paragraph scores as in BM25.

`MemoryBM25FScorer` takes over the state of a Whoosh BM25FScorer it was made from: that
is reaching into Whoosh's internals, so it lives here, under the version check.
"""

from array import array
from functools import lru_cache
from math import log

from whoosh.codec.whoosh3 import _lenfield
from whoosh.scoring import BM25F, BM25FScorer, bm25
from whoosh.util.numeric import byte_to_length

# Indexed tokens (stop words aside) past which a paragraph loses weight: some 30,000
# characters, ten pages (a spreadsheet's cell holds 32,767: retrieval/export.py's CELL_CHARS).
LONG_PARAGRAPH_TOKENS = 5_000


def scored_length(length):
    """Return the length BM25 scores a field of `length` tokens with: itself up to
    LONG_PARAGRAPH_TOKENS, then length × (length / LONG_PARAGRAPH_TOKENS)² (module docstring).

    >>> scored_length(5_000), scored_length(10_000)
    (5000, 40000.0)
    """
    return length if length <= LONG_PARAGRAPH_TOKENS else length * (length / LONG_PARAGRAPH_TOKENS) ** 2


def lucene_idf(n, total):
    """Return Lucene's BM25 idf of a term found in n of total documents."""
    return log(1 + (total - n + 0.5) / (n + 0.5))


def whoosh_idf(n, total):
    """Return Whoosh's idf (WeightingModel.idf) of a term found in n of total documents."""
    return log(total / (n + 1)) + 1


class LuceneBM25F(BM25F):
    """BM25F with Lucene's idf, log(1 + (N - n + 0.5) / (n + 0.5)), which ranks better here."""

    def idf(self, searcher, fieldname, text):
        """Return Lucene's BM25 idf of a term."""
        parent = searcher.get_parent()
        return lucene_idf(parent.doc_frequency(fieldname, text), parent.doc_count_all())

    def scorer(self, searcher, fieldname, text, qf=1):
        """Return a scorer that reads lengths from memory when they are loaded there."""
        scorer = super().scorer(searcher, fieldname, text, qf)
        if type(scorer) is BM25FScorer:
            lengths = memory_lengths(searcher.reader(), fieldname)
            if lengths is not None:
                return MemoryBM25FScorer(scorer, lengths)
            scorer.__class__ = BoundedBM25FScorer  # its state as it is; a long paragraph scored as length_norms does
        return scorer


def memory_lengths(reader, fieldname):
    """Return a segment reader's length bytes of a field, one a document, when they are loaded
    in memory (whoosh_ext/lengths.py), else None."""
    lengths = getattr(reader, "_perdoc", None)
    lengths = getattr(lengths, "_readers", {}).get(_lenfield(fieldname))
    return lengths if isinstance(lengths, array) else None


@lru_cache(maxsize=64)
def length_norms(B, K1, average):
    """Return BM25's length part for each of the 256 stored length bytes (0 means 1)."""
    return tuple(K1 * ((1 - B) + B * scored_length(byte_to_length(b) if b else 1) / average)
                 for b in range(256))


class BoundedBM25FScorer(BM25FScorer):
    """Whoosh's BM25 scorer with a long paragraph's length as length_norms scores it (scored_length)."""

    def _score(self, weight, length):
        return bm25(self.idf, weight, scored_length(length), self.avgfl, self.B, self.K1)


class MemoryBM25FScorer(BM25FScorer):
    """Whoosh's BM25 scorer with the length part of each score looked up, not computed.

    A field length is stored as one of 256 byte values (lengths.py loads them),
    so `K1 * (1 - B + B * length / average)` takes 256 values, worked out once here;
    a posting's score is then a few operations rather than four calls.
    """

    def __init__(self, scorer, lengths):  # pylint: disable=super-init-not-called
        vars(self).update(vars(scorer))
        self._lengths = lengths
        self._k1_plus_1 = self.K1 + 1
        self._norms = length_norms(self.B, self.K1, self.avgfl)

    def score(self, matcher):
        weight = matcher.weight()
        # The same operations in the same order as whoosh.scoring.bm25, so the same floats.
        return self.idf * ((weight * self._k1_plus_1)
                           / (weight + self._norms[self._lengths[matcher.id()]]))
