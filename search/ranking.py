"""Ranking: BM25 with Lucene's idf, its knobs, and fast any-word questions.

Each knob's value is the one bench/relevance.py measured best on xquad_es; the note on
the relevance issue lists every variant tried.
"""

from array import array
from dataclasses import dataclass
from functools import lru_cache
from math import log

from whoosh.codec.whoosh3 import _lenfield
from whoosh.query import AndMaybe, Or, Term
from whoosh.scoring import BM25F, BM25FScorer
from whoosh.util.numeric import byte_to_length

from search.analysis import word_forms

SEARCH_FIELDS = ("text", "title")


@dataclass(frozen=True)
class Ranking:
    """The knobs of ranking.

    B 0.4 and K1 0.9 are Anserini's defaults for passage retrieval; on xquad_es they beat
    Lucene's 0.75 and 1.2 by three points of MRR@10 (bench/relevance.py).
    """

    B: float = 0.4
    K1: float = 0.9
    title_boost: float = 0.5  # title words count, but less than the paragraph's own
    required_terms: int | None = 3  # a long question requires only its rarest words
    lucene_idf: bool = True
    proximity: float = 0.2  # bonus for question words standing close together in the text
    rerank_depth: int = 10  # reordering the top 10 gains as much as the top 20

    def boosts(self):
        """Return the boost of each searched field."""
        return {"text": 1.0, "title": self.title_boost}


RANKING = Ranking()


class LuceneBM25F(BM25F):
    """BM25F with Lucene's idf, log(1 + (N - n + 0.5) / (n + 0.5)), which ranks better here."""

    def idf(self, searcher, fieldname, text):
        """Return Lucene's BM25 idf of a term."""
        parent = searcher.get_parent()
        n = parent.doc_frequency(fieldname, text)
        total = parent.doc_count_all()
        return log(1 + (total - n + 0.5) / (n + 0.5))

    def scorer(self, searcher, fieldname, text, qf=1):
        """Return a scorer that reads lengths from memory when they are loaded there."""
        scorer = super().scorer(searcher, fieldname, text, qf)
        if type(scorer) is BM25FScorer:
            lengths = getattr(searcher.reader(), "_perdoc", None)
            lengths = getattr(lengths, "_readers", {}).get(_lenfield(fieldname))
            if isinstance(lengths, array):
                return MemoryBM25FScorer(scorer, lengths)
        return scorer


@lru_cache(maxsize=64)
def length_norms(B, K1, average):
    """Return BM25's length part for each of the 256 stored length bytes (0 means 1)."""
    return tuple(K1 * ((1 - B) + B * (byte_to_length(b) if b else 1) / average)
                 for b in range(256))


class MemoryBM25FScorer(BM25FScorer):
    """Whoosh's BM25 scorer with the length part of each score looked up, not computed.

    A field length is stored as one of 256 byte values (search/lengths.py loads them),
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


def weighting(ranking=RANKING):
    """Return the scoring model used by every search."""
    model = LuceneBM25F if ranking.lucene_idf else BM25F
    return model(B=ranking.B, K1=ranking.K1)


def title_boosted(query, terms, ranking=RANKING):
    """Return query with the given text terms also scoring, but not required, in titles."""
    if not terms or ranking.title_boost <= 0:
        return query
    return AndMaybe(query, Or([Term("title", term, boost=ranking.title_boost)
                               for term in sorted(terms)]))


def analyzed_words(schema, text):
    """Return the distinct analyzed words of plain text, with no query syntax."""
    return {token.text for token in schema["text"].analyzer(text)}


def proximity_bonus(text, terms, window=3):
    """Return 0 to 1: how many distinct query words stand within `window` words of another."""
    if len(terms) < 2:
        return 0.0
    positions = [(place, form) for place, (_, _, form) in enumerate(word_forms(text))
                 if form in terms]
    close = set()
    for (first, a), (second, b) in zip(positions, positions[1:]):
        if a != b and second - first <= window:
            close.update((a, b))
    return len(close) / len(terms)


def question_query(searcher, terms, ranking=RANKING):
    """Return an any-word query that requires only the rarest terms, scoring the rest.

    Collecting every posting of a long union is what makes questions slow; requiring
    the rarest few lets Whoosh skip most documents while the others still add score.
    """
    boosts = {name: boost for name, boost in ranking.boosts().items() if boost > 0}

    def either(term):
        return Or([Term(name, term, boost=boost) for name, boost in boosts.items()])

    terms = sorted(terms, key=lambda term: (searcher.doc_frequency("text", term), term))
    keep = ranking.required_terms
    if keep is None or len(terms) <= keep:
        return Or([either(term) for term in terms])
    required = Or([either(term) for term in terms[:keep]])
    return AndMaybe(required, Or([either(term) for term in terms[keep:]]))
