"""A document's postings made a field at a time, in one pass, and added to the pool in bulk.

Whoosh's SegmentWriter.add_document asks each field for its postings through four nested
generators (field.index, the format's word_values, formats.tokens, the analyzer), one Token
object a word, then adds each posting to the pool with its own call; with ten fields a
record, that Python machinery was most of a build's CPU. A field whose analyzer can give
its terms as a list (`indexed_terms(value)`: analysis.SpanishAnalyzer, pairs.PairTokenizer)
is counted here with a Counter, and its counts go into the pool at once
(term_pool.TermPool.add_counts), which keeps them as Whoosh's own postings, item for item.
"""

from collections import Counter

from whoosh.fields import FieldType
from whoosh.formats import Existence, Frequency


def counted_terms(field):
    """Return the function giving a field's terms of a value as a list, or None when the
    field is not one this module indexes (its postings then come from Whoosh's field.index).

    Counted: an indexed field with Whoosh's own index method, a Frequency or Existence
    format of boost 1.0 and an analyzer with `indexed_terms`.
    """
    form = field.format
    if (not field.indexed or type(field).index is not FieldType.index or type(form) not in (Frequency, Existence)
            or form.field_boost != 1.0 or field.separate_spelling()):
        return None
    return getattr(field.analyzer, "indexed_terms", None)


def field_counts(field, terms):
    """Return (counts, length) of one field of a document, from its terms (counted_terms).

    counts: {term: frequency}, in the order first found; length: the sum of the
    frequencies for a scorable field (else 0), as Whoosh counts it (an Existence format's
    are all 1). Its postings are Whoosh's own (term_pool.TermPool keeps them): the term as
    UTF-8, the weight the frequency as a float (1.0 for Existence), the value the
    frequency packed as formats.Frequency packs it (nothing for Existence).
    """
    counts = Counter(terms)
    if not field.scorable:
        return counts, 0
    return counts, len(counts) if type(field.format) is Existence else len(terms)
