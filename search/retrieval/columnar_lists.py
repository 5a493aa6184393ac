"""One segment's posting lists as numpy arrays: the operations the query evaluation is made of.

A term's postings among candidate documents (looked up either way round, whichever list
is longer), the union of scored lists (into one array the size of the segment when they
cover half of it, else sorted: the lists are sorted runs, which numpy's stable sort
merges in linear time), every live document, and a prefix or range as the Or of its
terms, as Whoosh expands them. columnar_queries.py walks a query tree with them.
"""

from math import isfinite

import numpy as np
from whoosh.query import NullQuery, Or, Prefix, Term

from search.retrieval.columnar import Unsupported

DENSE_SHARE = 2  # a union of more postings than half a segment adds into one dense array
NOT_SCORE = 1.0  # what Whoosh's InverseMatcher adds for an excluded part

EMPTY_DOCS = np.zeros(0, dtype=np.int32)
EMPTY_SCORES = np.zeros(0, dtype=np.float64)


def term_within(query, view, candidates):
    """Return (found, scores) of a Term among candidate documents (sorted, live)."""
    found = np.zeros(len(candidates), dtype=bool)
    scores = np.zeros(len(candidates))
    _add_term(query, view, candidates, found, scores)
    return found, scores


def terms_within(query, view, candidates):
    """Return (found, scores) of an Or of terms among candidates, adding into one array."""
    found = np.zeros(len(candidates), dtype=bool)
    scores = np.zeros(len(candidates))
    for term in query.subqueries:
        _add_term(term, view, candidates, found, scores)
    return found, boosted(scores, query)


def words_within(query, view, candidates):
    """Return (found, scores) of an Or of Terms and Ors of Terms (of_terms) among candidates.

    The floats of within()'s general Or (each part's sum, boosted, then added in order),
    with one pair of scratch arrays for the parts and no mask: a part's scores are zero
    where it is not found, and x + 0.0 is x.
    """
    found = np.zeros(len(candidates), dtype=bool)
    scores = np.zeros(len(candidates))
    part_found, part_scores = np.empty_like(found), np.empty_like(scores)
    for part in query.subqueries:
        if type(part) is Term:
            _add_term(part, view, candidates, found, scores)
            continue
        check_or(part)
        part_found.fill(False)
        part_scores.fill(0.0)
        for term in part.subqueries:
            _add_term(term, view, candidates, part_found, part_scores)
        if part.boost != 1.0:
            part_scores *= part.boost
        found |= part_found
        scores += part_scores
    if query.boost != 1.0:
        scores *= query.boost
    return found, scores


def of_terms(query):
    """Tell whether a query is a Term, or an Or of Terms and Ors of Terms whose boosts are finite.

    Evaluated among candidates, its scores are then zero wherever it is not found (a
    term's scores are added where it is found only; an Or's are multiplied by its boost,
    and 0 times an infinite boost is not 0).
    """
    if type(query) is Term:
        return True
    if type(query) is not Or or not isfinite(query.boost):
        return False
    for part in query.subqueries:
        if type(part) is Or:
            if not isfinite(part.boost):
                return False
            for term in part.subqueries:
                if type(term) is not Term:
                    return False
        elif type(part) is not Term:
            return False
    return True


def _add_term(query, view, candidates, found, scores):
    """Mark where a Term is among candidates in `found`, and add its scores to `scores`.

    In place: the same floats as adding an array of its scores, zero elsewhere (x + 0.0
    is x), in fewer operations.
    """
    term = view.term(query.fieldname, query.text)
    if term is None:
        return
    docs, weights = term
    # The arrays' own searchsorted and an in-place minimum: numpy's function wrappers and a
    # copy cost a microsecond or two a term, as much as the lookup of a few hundred.
    if len(docs) >= len(candidates):  # look each candidate up in the longer posting list
        at = docs.searchsorted(candidates)
        np.minimum(at, len(docs) - 1, out=at)
        places = docs[at] == candidates  # a mask of the candidates
        term_scores = view.scores_at(query.fieldname, query.text, docs, weights, at[places])
    else:  # look each posting up among the candidates
        at = candidates.searchsorted(docs)
        np.minimum(at, len(candidates) - 1, out=at)
        present = candidates[at] == docs
        places = at[present]  # the candidates' places, each once
        term_scores = view.scores_at(query.fieldname, query.text, docs, weights, present)
    found[places] = True
    scores[places] += boosted(term_scores, query)


def union(parts, size, largest=False):
    """Return the union of (docs, scores) parts, adding scores (or keeping the largest)."""
    parts = [(docs, scores) for docs, scores in parts if len(docs)]
    if not parts:
        return EMPTY_DOCS, EMPTY_SCORES
    if len(parts) == 1:
        return parts[0]
    postings = sum(len(docs) for docs, _ in parts)
    if postings * DENSE_SHARE > size:  # long lists: one array the size of the segment
        present = np.zeros(size, dtype=bool)
        total = np.full(size, -np.inf) if largest else np.zeros(size)
        for docs, scores in parts:
            present[docs] = True
            if largest:
                total[docs] = np.maximum(total[docs], scores)
            else:
                total[docs] += scores
        docs = np.flatnonzero(present).astype(np.int32)
        return docs, total[docs]
    docs = np.concatenate([docs for docs, _ in parts])
    scores = np.concatenate([scores for _, scores in parts])
    order = np.argsort(docs, kind="stable")
    docs, scores = docs[order], scores[order]
    starts = np.flatnonzero(np.concatenate(([True], docs[1:] != docs[:-1])))
    reduce = np.maximum.reduceat if largest else np.add.reduceat
    return docs[starts], reduce(scores, starts)


def boosted(scores, query):
    """Return scores multiplied by the query's boost (the same array when it is 1)."""
    boost = getattr(query, "boost", 1.0)
    return scores if boost == 1.0 else scores * boost


def boost_pair(pair, query):
    """Return (docs, scores) with the scores boosted as the query says."""
    return pair[0], boosted(pair[1], query)


def check_or(query):
    """Raise Unsupported for an Or whose scoring Whoosh changes (minmatch, scale)."""
    if getattr(query, "minmatch", 0) or getattr(query, "scale", None):
        raise Unsupported("Or with minmatch or scale")


def every_live(view):
    """Return every live document of a segment: the candidates of a phrase that requires no term.

    A phrase of stop words in titles (`titulo:"de la"`) has neither content words nor
    indexed pairs; its check reads each document's title once (phrases.py).
    """
    docs = np.arange(view.size, dtype=np.int32)
    return docs if view.live is None else docs[view.live]


def expanded(query, view):
    """Return a prefix or range query as the Or of its terms in one segment, as Whoosh does."""
    field = view.cache.fields.get(query.fieldname)
    if field is None:
        return NullQuery
    to_bytes = view.postings.term_bytes
    if type(query) is Prefix:
        if not query.text:
            raise Unsupported("an empty prefix")
        low = to_bytes(query.fieldname, query.text)
        inside = lambda term: term.startswith(low)  # noqa: E731
    else:
        if query.startexcl or query.endexcl:
            raise Unsupported("a range that excludes its ends")
        low = b"" if query.start is None else to_bytes(query.fieldname, query.start)
        high = None if query.end is None else to_bytes(query.fieldname, query.end)
        inside = lambda term: high is None or term <= high  # noqa: E731
    terms = []
    for ordinal in field.range(low, None):
        term = field.term(ordinal)
        if not inside(term):
            break
        terms.append(term)
    parts = [Term(query.fieldname, term.decode("utf-8")) for term in terms]
    if not parts:
        return NullQuery
    return parts[0] if len(parts) == 1 else Or(parts, boost=query.boost)
