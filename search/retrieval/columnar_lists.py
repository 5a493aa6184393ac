"""One segment's posting lists as numpy arrays: the operations the query evaluation is made of.

A term's postings among candidate documents (looked up either way round, whichever list
is longer), the union of scored lists (into one array the size of the segment when they
cover half of it, else sorted: the lists are sorted runs, which numpy's stable sort
merges in linear time), every live document, and a prefix or range as the Or of its
terms, as Whoosh expands them. columnar_queries.py walks a query tree with them.
"""

import weakref
from math import isfinite

import numpy as np
from whoosh.query import NullQuery, Or, Prefix, Term

from search.retrieval.columnar import Unsupported, bm25

DENSE_SHARE = 2  # a union of more postings than half a segment adds into one dense array
NOT_SCORE = 1.0  # what Whoosh's InverseMatcher adds for an excluded part

EMPTY_DOCS = np.zeros(0, dtype=np.int32)
EMPTY_SCORES = np.zeros(0, dtype=np.float64)


def term_within(query, view, candidates):
    """Return (found, scores) of a Term among candidate documents (sorted, live)."""
    return sums_within([(1.0, (query,))], view, candidates)


def terms_within(query, view, candidates):
    """Return (found, scores) of an Or of terms among candidates: their scores added in order."""
    found, scores = sums_within([(1.0, query.subqueries)], view, candidates)
    return found, boosted(scores, query)


def words_within(query, view, candidates):
    """Return (found, scores) of an Or of Terms and Ors of Terms (of_terms) among candidates.

    The floats of within()'s general Or (each part's sum, boosted, then added in order),
    without its masks: a part's scores are zero where it is not found, and x + 0.0 is x.
    """
    groups = []
    for part in query.subqueries:
        if type(part) is Term:
            groups.append((1.0, (part,)))
        else:
            check_or(part)
            groups.append((part.boost, part.subqueries))
    found, scores = sums_within(groups, view, candidates)
    return found, boosted(scores, query)


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


def sums_within(groups, view, candidates):
    """Return (found, scores) of groups of Terms among candidates: [(boost, [Term])].

    A group's score is the sum of its terms' scores (each boosted), added term by term in
    order, times the group's boost; the groups' scores are then added in order: the floats
    of adding each term's scores where it is found (x + 0.0 is x). Each term is only
    looked up here (one `searchsorted`); the BM25 of every posting found is one numpy
    expression, and each group's sums one `bincount` (which adds its weights in their
    order): a question's optional and exact words are 10-15 terms, and each scored and
    added on its own took about twelve numpy calls more.
    """
    found = np.zeros(len(candidates), dtype=bool)
    looked, ends = [], []  # each term found: (term, places, docs, weights); each group's end in postings
    postings = 0
    for _, terms in groups:
        for term in terms:
            place = _looked_up(term, view, candidates)
            if place is not None:
                looked.append((term, *place))
                postings += len(place[0])
        ends.append(postings)
    if not looked:
        return found, np.zeros(len(candidates))
    places = looked[0][1] if len(looked) == 1 else np.concatenate([item[1] for item in looked])
    scores = _scores(looked, view)
    found[places] = True
    total, start = None, 0
    for (boost, _), end in zip(groups, ends):
        if end == start:
            continue
        part = np.bincount(places[start:end], weights=scores[start:end], minlength=len(candidates))
        if boost != 1.0:
            part *= boost
        if total is None and end == postings and boost == 1.0:
            total = part  # one group: its sums are 0.0 + x, as adding into zeros gives them
        else:
            if total is None:
                total = np.zeros(len(candidates))
            total += part
        start = end
    return found, total


def _looked_up(term, view, candidates):
    """Return (places among candidates, docs, weights) of a Term's postings found there, or None."""
    found = view.term(term.fieldname, term.text)
    if found is None:
        return None
    docs, weights = found
    # The arrays' own searchsorted and take: numpy's function wrappers and fancy indexing
    # cost a microsecond or two a term, as much as the lookup of a few hundred. A place past
    # the end is clipped to the last, whose value differs: never found, never used.
    if len(docs) >= len(candidates):  # look each candidate up in the longer posting list
        at = docs.searchsorted(candidates)
        places = (docs.take(at, mode="clip") == candidates).nonzero()[0]
        at = at.take(places)
        docs, weights = docs.take(at), weights.take(at)
    else:  # look each posting up among the candidates
        at = candidates.searchsorted(docs)
        present = (candidates.take(at, mode="clip") == docs).nonzero()[0]
        places, docs, weights = at.take(present), docs.take(present), weights.take(present)
    return (places, docs, weights) if len(places) else None


def _scores(looked, view):
    """Return the boosted scores of every posting looked up, in order, as view.scores gives them.

    One BM25 for all when the terms share a field (each posting with its term's idf and
    boost: the same operations on the same floats, element by element), else term by term.
    """
    fieldname = looked[0][0].fieldname
    if len(looked) == 1 or any(term.fieldname != fieldname for term, *_ in looked):
        scores = [boosted(view.scores(term.fieldname, term.text, docs, weights), term)
                  for term, _, docs, weights in looked]
        return scores[0] if len(scores) == 1 else np.concatenate(scores)
    norms = view.length_norms(fieldname)
    docs = np.concatenate([item[2] for item in looked])
    weights = np.concatenate([item[3] for item in looked])
    counts = [len(item[1]) for item in looked]
    if norms is False:
        scores = weights.astype(np.float64)  # an unscored field scores its weight
    else:
        idfs = [view.postings.idf(fieldname, term.text) for term, *_ in looked]
        table, lengths = norms
        # ndarray.repeat: np.repeat of a list goes through numpy's wrappers (a few µs)
        scores = bm25(np.array(idfs).repeat(counts), view.postings.k1_plus_1, weights,
                      table.take(lengths.take(docs)))
    boosts = [term.boost for term, *_ in looked]
    if any(boost != 1.0 for boost in boosts):
        scores *= np.array(boosts).repeat(counts)
    return scores


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
        docs = present.nonzero()[0].astype(np.int32)
        return docs, total.take(docs)
    docs = np.concatenate([docs for docs, _ in parts])
    scores = np.concatenate([scores for _, scores in parts])
    order = docs.argsort(kind="stable")
    docs, scores = docs.take(order), scores.take(order)
    first = np.empty(len(docs), dtype=bool)  # each document's first posting
    first[0] = True
    np.not_equal(docs[1:], docs[:-1], out=first[1:])
    starts = first.nonzero()[0]
    reduce = np.maximum.reduceat if largest else np.add.reduceat
    return docs.take(starts), reduce(scores, starts)


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


# An excluded Or of this many Terms or more is matched by its documents' union, kept per view.
UNION_TERMS = 16
_unions = weakref.WeakKeyDictionary()  # view -> {id(Or): (the Or, its documents sorted)}
KEPT_UNIONS = 4  # per view: the copies' Or (retrieval/copies.py) is one query a state, kept


def long_terms_or(query):
    """Tell whether an AndNot's excluded part is an Or of UNION_TERMS Terms or more (excluded_within)."""
    return type(query) is Or and len(query.subqueries) >= UNION_TERMS and all(
        type(part) is Term for part in query.subqueries)


def excluded_within(query, view, candidates):
    """Return the mask of candidates (sorted, live) that an AndNot's excluded part, a long Or
    of Terms (long_terms_or), matches: its scores are never used.

    Matched by the union of its terms' postings, made once per view and query object and kept,
    rather than each term looked up among the candidates at every search: the copies a search
    leaves out (retrieval/copies.py) are a term per copied document, and looked up so they cost
    +40 % of a keyword search's instructions on an index whose every document had a copy (bench/
    instructions.py). The same documents either way.
    """
    kept = _unions.setdefault(view, {})
    found = kept.get(id(query))
    if found is None or found[0] is not query:
        parts = [view.term(part.fieldname, part.text) for part in query.subqueries]
        docs = [part[0] for part in parts if part is not None]
        if len(kept) >= KEPT_UNIONS:
            kept.clear()
        found = kept[id(query)] = (query, np.unique(np.concatenate(docs)) if docs else EMPTY_DOCS)
    docs = found[1]
    if not len(docs) or not len(candidates):
        return np.zeros(len(candidates), dtype=bool)
    return docs.take(docs.searchsorted(candidates), mode="clip") == candidates
