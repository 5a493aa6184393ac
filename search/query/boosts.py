"""A clause's boost (`salud^2`, `"salud pública"^3`, `(China Rusia)^2`: modifiers.py reads
them) applied to its Whoosh query, term by term.

Whoosh's own boost multiplies a query's score around its parts; the posting cache
(retrieval/columnar*.py) scores terms and phrases itself, so the factor goes on each of
them, where both scoring paths read it.
"""

from whoosh.query import Not, Term

from search.query.phrases import PhraseQuery


def boosted(query, factor):
    """Return query with the scores of its words and phrases multiplied by factor.

    Each term is boosted rather than the query around them, so both scoring paths (the
    posting cache and Whoosh's matchers) weigh it alike; an excluded part is left alone.
    """
    if isinstance(query, Not):
        return query
    if isinstance(query, Term):
        return Term(query.fieldname, query.text, boost=query.boost * factor)
    if isinstance(query, PhraseQuery):
        return query.boosted(factor)
    return query.apply(lambda part: boosted(part, factor))
