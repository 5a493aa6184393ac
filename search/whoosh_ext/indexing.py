"""A document's postings made a field at a time, in one pass, and added to the pool in bulk.

Whoosh's SegmentWriter.add_document asks each field for its postings through four nested
generators (field.index, the format's word_values, formats.tokens, the analyzer), one Token
object a word, then adds each posting to the pool with its own call; with ten fields a
record, that Python machinery was most of a build's CPU. A field whose analyzer can give
its terms as a list (`indexed_terms(value)`: analysis.SpanishAnalyzer, pairs.PairTokenizer)
is counted here with a Counter, and its postings go into the pool with one `extend`. The
postings are Whoosh's own, item for item: (fieldname, term as UTF-8, docnum, weight,
value bytes), the weight the sum of the tokens' boosts (1.0 each), the value the
frequency packed as formats.Frequency packs it, or nothing for formats.Existence.
"""

from collections import Counter

from whoosh.fields import FieldType
from whoosh.formats import Existence, Frequency
from whoosh.system import emptybytes, pack_uint

# The pool's estimate of a posting's size in memory (whoosh.writing.PostingPool.add) without
# its term and value: a tuple, the field name's str, the docnum, the weight.
POSTING_OVERHEAD = 150
_PACKED = tuple(pack_uint(freq) for freq in range(256))  # a frequency's value bytes, most of them


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


def field_postings(fieldname, field, terms, docnum):
    """Return (postings, length) of one field of a document, from its terms (counted_terms).

    postings: [(fieldname, term bytes, docnum, weight, value bytes)], one a distinct term in
    the order first found; length: the sum of their frequencies for a scorable field (else
    0), as Whoosh counts it (an Existence format's are all 1).
    """
    counts = Counter(terms)
    if type(field.format) is Existence:
        postings = [(fieldname, term.encode("utf-8"), docnum, 1.0, emptybytes) for term in counts]
    else:
        postings = [(fieldname, term.encode("utf-8"), docnum, float(freq),
                     _PACKED[freq] if freq < 256 else pack_uint(freq)) for term, freq in counts.items()]
    if not field.scorable:
        return postings, 0
    return postings, len(counts) if type(field.format) is Existence else len(terms)


def add_postings(pool, fieldname, postings):
    """Add a field's postings to a PostingPool at once, sorting a run first when they pass its limit.

    The pool counts their size as Whoosh's PostingPool.add does, a posting at a time; a run
    is saved before the postings that would pass the limit, so runs may end a few postings
    apart from Whoosh's, and their merge, sorted, is the same.
    """
    if not postings:
        return
    pool.fieldnames.add(fieldname)
    size = sum([len(posting[1]) for posting in postings]) * 2 + len(postings) * (POSTING_OVERHEAD + len(fieldname))
    size += sum([len(posting[4] or "") for posting in postings])
    if pool.currentsize + size > pool.limit:
        pool.save()
    pool.currentsize += size
    pool.current.extend(postings)
