"""Whoosh query trees evaluated on the columnar posting cache, with Whoosh's semantics.

A part of a query is evaluated in one of two ways on a segment:

- `full`: every matching document, as sorted document numbers and float64 scores;
- `within`: only among candidate documents, as a found mask and scores aligned with them.

So an all-words query starts from the rarest part and looks the others up only at its
candidates (`searchsorted` on the longer list), and a title boost or a question's optional
words add score only where the required part matched. The operations on posting lists
(unions, a term among candidates, expansions) are columnar_lists.py's. Scores follow
Whoosh's matchers: a union or an
intersection adds its parts, AndMaybe adds the optional part where it matches, AndNot and
a phrase keep the first part's score, DisjunctionMax takes the largest, a boost multiplies,
and an excluded part (`Not` inside `And`, or a `Not` of a `Not`) adds 1, as Whoosh's
InverseMatcher does.

A part this module does not know raises Unsupported, and Whoosh's path answers the query.
"""

import numpy as np
from whoosh.query import And, AndMaybe, AndNot, DisjunctionMax, Not, NullQuery, Or, Prefix, Term, TermRange

from search.query.phrase_scores import NO_IDF, ONCE, length_field
from search.query.phrases import PhraseQuery, holding_phrase, signed
from search.retrieval.columnar import Unsupported, bm25
from search.retrieval.columnar_index import supported
from search.retrieval.columnar_lists import (
    EMPTY_DOCS,
    EMPTY_SCORES,
    NOT_SCORE,
    boost_pair,
    boosted,
    check_or,
    every_live,
    excluded_within,
    expanded,
    long_terms_or,
    of_terms,
    term_within,
    terms_within,
    union,
    words_within,
)
from search.retrieval.columnar_matches import Matches

# A query of this many Term parts or more reads its unkept terms ahead, together
# (IndexView.read_ahead). Questions have that many (1,019 of the bench's 1,190), and
# their evaluation costs 6 % less; a keyword query rarely does (16 of 1,000), and its
# few unkept terms read ahead made its evaluation 14 % dearer: the bookkeeping costs more
# than the checks of the file it spares (evaluate-only, alternated runs, speed17b).
READ_AHEAD_TERMS = 10


def evaluate(postings, query):
    """Return the Matches of a Whoosh query on every segment; raise Unsupported if it can't.

    Terms and Boolean operators are evaluated once on the whole index (columnar_index.py);
    phrases, prefixes and ranges segment by segment, with each segment's own terms.
    """
    terms = []
    if supported(query, terms):
        if len(terms) >= READ_AHEAD_TERMS:
            postings.whole.read_ahead(terms)
        try:
            docs, scores = full(query, postings.whole)
            return Matches.of_index(postings, docs, scores)
        except Unsupported:
            pass  # segment by segment, where each can say what it does not know
    per_segment = []
    for view in postings.segments:
        docs, scores = full(query, view)
        if len(docs):
            per_segment.append((view, docs, scores))
    return Matches(postings, per_segment)


def full(query, view):
    """Return (docs, scores) of every live document of a segment that matches query."""
    kind = type(query)
    if query is NullQuery:
        return EMPTY_DOCS, EMPTY_SCORES
    if kind is Term:
        found = view.term(query.fieldname, query.text)
        if found is None:
            return EMPTY_DOCS, EMPTY_SCORES
        docs, weights = view.live_docs(*found)
        return docs, boosted(view.scores(query.fieldname, query.text, docs, weights), query)
    if kind is And:
        return _and(query, view)
    if kind is Or:
        check_or(query)
        return boost_pair(union([full(part, view) for part in query.subqueries], view.size), query)
    if kind is DisjunctionMax:
        if query.tiebreak:
            raise Unsupported("DisjunctionMax with a tie-breaker")
        return boost_pair(union([full(part, view) for part in query.subqueries], view.size,
                                  largest=True), query)
    if kind is AndNot:
        docs, scores = full(query.a, view)
        found = excluded_within(query.b, view, docs) if long_terms_or(query.b) else within(query.b, view, docs)[0]
        return docs[~found], scores[~found]
    if kind is AndMaybe:
        docs, scores = full(query.a, view)
        found, extra = within(query.b, view, docs)
        # x + 0.0 is x: where the scores of terms are zero already, no mask is needed
        return docs, scores + (extra if of_terms(query.b) else np.where(found, extra, 0.0))
    if kind is PhraseQuery:
        docs = full(query.child, view)[0] if query.plan.required else every_live(view)
        docs = docs[_phrase_holds(query, view, docs)]
        return docs, _phrase_scores(query, view, docs)
    if kind is Prefix or kind is TermRange:
        return full(expanded(query, view), view)
    if kind is Not:  # `NOT -"de la"`: what Whoosh's InverseMatcher matches, scoring 1
        docs = every_live(view)
        docs = docs[~within(query.query, view, docs)[0]]
        return docs, np.full(len(docs), NOT_SCORE)
    raise Unsupported(kind.__name__)


def within(query, view, candidates):
    """Return (found, scores) of query among candidate documents (sorted, live)."""
    kind = type(query)
    if query is NullQuery or not len(candidates):
        return np.zeros(len(candidates), dtype=bool), np.zeros(len(candidates))
    if kind is Term:
        return term_within(query, view, candidates)
    if kind is Or and all(type(part) is Term for part in query.subqueries):
        check_or(query)
        return terms_within(query, view, candidates)
    if kind is Or and of_terms(query):  # a question's optional words, each in text and title
        check_or(query)
        return words_within(query, view, candidates)
    if kind is And or kind is Or or kind is DisjunctionMax:
        if kind is Or:
            check_or(query)
        if kind is DisjunctionMax and query.tiebreak:
            raise Unsupported("DisjunctionMax with a tie-breaker")
        if kind is not And and any(type(part) is Not for part in query.subqueries):
            raise Unsupported("Not inside Or")
        # Each part is added in as it comes, in order (the floats of adding them all at
        # once): a prefix's thousand words never stand as a thousand arrays at once.
        found = np.full(len(candidates), kind is And)
        scores = np.full(len(candidates), -np.inf if kind is DisjunctionMax else 0.0)
        for part in query.subqueries:
            negative = type(part) is Not
            part_found, part_scores = within(part.query if negative else part, view, candidates)
            if kind is And:
                found &= ~part_found if negative else part_found
                scores += NOT_SCORE if negative else part_scores
            elif kind is Or:
                found |= part_found
                scores += np.where(part_found, part_scores, 0.0)
            else:
                found |= part_found
                np.maximum(scores, np.where(part_found, part_scores, -np.inf), out=scores)
        return found, np.where(found, boosted(scores, query), 0.0)
    if kind is AndMaybe or kind is AndNot:
        found, scores = within(query.a, view, candidates)
        other_found, other = within(query.b, view, candidates)
        if kind is AndNot:
            return found & ~other_found, scores
        return found, scores + np.where(other_found & found, other, 0.0)
    if kind is PhraseQuery:
        found = (within(query.child, view, candidates)[0] if query.plan.required
                 else np.ones(len(candidates), dtype=bool))
        found[found] = _phrase_holds(query, view, candidates[found])
        scores = np.zeros(len(candidates))
        scores[found] = _phrase_scores(query, view, candidates[found])
        return found, scores
    if kind is Prefix or kind is TermRange:
        return within(expanded(query, view), view, candidates)
    if kind is Not:
        found = ~within(query.query, view, candidates)[0]
        return found, np.where(found, NOT_SCORE, 0.0)
    raise Unsupported(kind.__name__)


def estimate(query, view):
    """Return about how many documents of a segment a part matches (to pick where to start)."""
    kind = type(query)
    if kind is Term:  # from the term's offsets: its postings are read only to be used
        return view.frequency(query.fieldname, query.text)
    if kind is And:
        sizes = [estimate(part, view) for part in query.subqueries if type(part) is not Not]
        return min(sizes) if sizes else view.size
    if kind is Or or kind is DisjunctionMax:
        return sum(estimate(part, view) for part in query.subqueries)
    if kind is AndMaybe or kind is AndNot:
        return estimate(query.a, view)
    if kind is PhraseQuery:
        return estimate(query.child, view) if query.plan.required else view.size
    if kind is Prefix or kind is TermRange:
        return estimate(expanded(query, view), view)
    return 0 if query is NullQuery else view.size


def _and(query, view):
    negative = [part.query for part in query.subqueries if type(part) is Not]
    positive = [part for part in query.subqueries if type(part) is not Not]
    positive.sort(key=lambda part: estimate(part, view))
    if positive:
        docs, scores = full(positive[0], view)
    else:  # `salud O (-a* -b*)`: every live document but the excluded, as Whoosh's inverses
        docs = every_live(view)
        scores = np.zeros(len(docs))
    for part in positive[1:]:
        if not len(docs):
            break
        found, extra = within(part, view, docs)
        docs, scores = docs[found], scores[found] + extra[found]
    for part in negative:
        if not len(docs):
            break
        found, _ = within(part, view, docs)
        docs, scores = docs[~found], scores[~found] + NOT_SCORE
    return docs, boosted(scores, query)


def _phrase_holds(query, view, docs):
    """Return a mask of the candidate documents that hold the phrase (phrases.py checks them)."""
    if not len(docs) or query.plan.exact:
        return np.ones(len(docs), dtype=bool)
    if view.leaf is None:
        raise Unsupported("a phrase to check without its segment")
    found = holding_phrase(view.leaf, query.store, signed(view.leaf, docs.tolist(), query.plan),
                           query.plan)
    return np.isin(docs, np.array(found, dtype=docs.dtype))


def _phrase_scores(query, view, docs):
    """Return a phrase's scores, as its Whoosh matcher gives them: its content words', or
    for stop words alone BM25 of the phrase as one word found once (phrase_scores.py)."""
    if not query.plan.content:
        return _lone_phrase_scores(query, view, docs)
    words = [Term(query.plan.scored_field, term) for term in query.plan.content]
    return boosted(within(words[0] if len(words) == 1 else And(words), view, docs)[1], query)


def _lone_phrase_scores(query, view, docs):
    """Return the scores of a stop-word phrase's matches: phrase_scores.lone_phrase_scores's floats."""
    field = length_field(view.postings.schema, query.plan)
    norms = view.length_norms(field) if field is not None and len(docs) else False
    if norms is False:
        return np.full(len(docs), query.boost)
    table, lengths = norms
    scores = bm25(NO_IDF, view.postings.k1_plus_1,
                  np.full(len(docs), ONCE), table.take(lengths.take(docs)))
    return scores * query.boost if query.boost != 1.0 else scores
