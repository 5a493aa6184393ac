"""Ranking: BM25 with Lucene's idf, its knobs, and fast any-word questions.

Each knob's value is the one bench/relevance.py measured best on xquad_es; the note on
the relevance issue lists every variant tried.
"""

from dataclasses import dataclass
from functools import lru_cache

from whoosh.query import AndMaybe, Or, Term
from whoosh.scoring import BM25F

from search.retrieval.snippets import match_spans
from search.text.analysis import terms_of
from search.text.words import TOKEN, is_stop_word, plain_word
from search.whoosh_ext.scoring import LuceneBM25F

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
    exact_boost: float = 0.5  # the words as typed, unstemmed, beside their stems' match
    # In a search (not a question), the words typed are the ones wanted: the README promises
    # them first, and 0.5 let three `cooperativas` in a short paragraph outrank one
    # `Cooperación` for `cooperacion` (trial 3). Questions keep 0.5: 1.0 lowers their
    # MRR@10 on xquad_es from 0.9469 to 0.9444 (bench/relevance.py).
    typed_exact_boost: float = 1.0

    def boosts(self):
        """Return the boost of each searched field."""
        return {"text": 1.0, "title": self.title_boost}


RANKING = Ranking()


def weighting(ranking=RANKING):
    """Return the scoring model used by every search."""
    model = LuceneBM25F if ranking.lucene_idf else BM25F
    return model(B=ranking.B, K1=ranking.K1)


def exactness(query, terms, ranking=RANKING, boost=None):
    """Return query with a bonus for paragraphs holding the words as typed (exact terms).

    As Elasticsearch's `exact` subfield, queried beside the stemmed field, and Meilisearch's
    exactness rule: `año nuevo` puts the paragraphs that say it above those that say
    `nueve años` (one stem, nuev), `comida` those about food above `cómo` and `comando`.
    The bonus is the BM25 score of the terms in the exact field, weighted by
    `exact_boost`, where they match (AndMaybe): it reorders the matches, never adds one.
    `terms` is a list, or {term: weight} to weigh some less (a typo-tolerant word's forms).
    `boost` replaces `exact_boost` (a search's typed_exact_boost).
    """
    boost = ranking.exact_boost if boost is None else boost
    if query is None or not terms or not boost:
        return query
    weights = terms if isinstance(terms, dict) else dict.fromkeys(terms, 1.0)
    bonus = [Term("exact", term, boost=boost * weight)
             for term, weight in weights.items()]
    return AndMaybe(query, bonus[0] if len(bonus) == 1 else Or(bonus))


def exact_words(schema, text):
    """Return the distinct exact-field terms of plain text ([] for an index without the field)."""
    if "exact" not in schema:
        return []
    return sorted(set(terms_of(schema["exact"].analyzer, text)))


def analyzed_words(schema, text):
    """Return the distinct analyzed words of plain text, with no query syntax."""
    return set(terms_of(schema["text"].analyzer, text))


def proximity_bonus(text, terms, window=3, spans=None):
    """Return 0 to 1: how many distinct query words stand within `window` words of another.

    Words are the indexed ones (stop words don't count). The query words are found as
    snippets find them (`spans`, match_spans of the text, if found already: a page's are
    found at once), and only the words between two of them are analyzed, at most
    `window`: a third of a question's time went to analyzing every word of its ten hits.
    """
    if len(terms) < 2:
        return 0.0
    spans = match_spans(text, terms) if spans is None else spans
    close = set()
    for (_, end, a), (start, _, b) in zip(spans, spans[1:]):
        # two words already found close need not be counted again
        if a != b and (a not in close or b not in close) and _words_between(text, end, start, window) < window:
            close.update((a, b))
    return len(close) / len(terms)


def _words_between(text, start, end, limit):
    """Return how many indexed words stand between two offsets of text, counting up to limit."""
    count = 0
    for match in TOKEN.finditer(text, start, end):
        if _is_indexed(match.group()):
            count += 1
            if count >= limit:
                break
    return count


@lru_cache(maxsize=100_000)
def _is_indexed(token):
    """Tell whether a token is an indexed word, not a stop word: index_form(word) is None for
    a stop word alone, told without stemming the word (kept: the words between two query
    words are the commonest, a third of a question's proximity)."""
    return not is_stop_word(plain_word(token).lower())


def question_query(searcher, terms, ranking=RANKING, frequency=None):
    """Return an any-word query that requires only the rarest terms, scoring the rest.

    Collecting every posting of a long union is what makes questions slow; requiring
    the rarest few lets Whoosh skip most documents while the others still add score.
    A term the index lacks (in text and title) can't be required: requiring it left 21
    of xquad_es's questions without results on the 165k-paragraph corpus. It still
    counts among the rarest, so the question requires fewer of the words it has, but at
    least one (requiring three present words instead lowers MRR@10 on xquad_es from
    0.9369 to 0.9358, bench/relevance.py). `frequency(field, term)` gives document
    frequencies (default: the searcher's).
    """
    boosts = {name: boost for name, boost in ranking.boosts().items() if boost > 0}
    frequency = frequency or searcher.doc_frequency

    def either(term):
        return Or([Term(name, term, boost=boost) for name, boost in boosts.items()])

    in_text = {term: frequency("text", term) for term in terms}
    present = sorted((term for term in terms if in_text[term] or frequency("title", term)),
                     key=lambda term: (in_text[term], term))
    keep = ranking.required_terms
    if keep is not None:
        keep = max(1, keep - (len(terms) - len(present)))
    terms = present
    if keep is None or len(terms) <= keep:
        return Or([either(term) for term in terms])
    required = Or([either(term) for term in terms[:keep]])
    return AndMaybe(required, Or([either(term) for term in terms[keep:]]))
