"""Whole columns in memory: a segment's fixed-width column read once, as bytes or an array.

Whoosh reads a column value with a seek and a read each (the segment files are read,
not mapped: search/retrieval/reader.py); checking a phrase's pair signature
(search/text/pairs.py) on 20,000 candidates that way costs 0.2 s, and so does looking up
their document and paragraph numbers. Read whole, a value is a slice or an index.
Segments never change once written, so a column is kept by segment, shared by the
searchers of every thread, for the few latest segments.
"""

import sys
import threading
from array import array
from collections import OrderedDict

from whoosh.columns import FixedBytesColumn

KEPT_SEGMENTS = 16


class SignatureColumn(FixedBytesColumn):
    """A fixed-width bytes column that says how its values were made.

    Whoosh pickles it into the schema: a reader learns the width and the scheme of the
    index it reads, rather than the ones this version would write.
    """

    def __init__(self, size, scheme):
        super().__init__(size)
        self.size = size
        self.scheme = scheme


_kept = OrderedDict()  # (segment id, field) -> (bytes, width)
_lock = threading.Lock()


def fixed_bytes_column(reader, fieldname):
    """Return (data, width) of a FixedBytesColumn in a segment reader, or None.

    Document n's value is data[n * width:(n + 1) * width]; a document past the end of
    data has the column's default value (zeros).
    """
    return _kept_column(reader, fieldname, lambda raw: (bytes(_raw_bytes(raw)), raw._fixedlen))


def numeric_column(reader, fieldname):
    """Return a NumericColumn of a segment reader as an array, one number a document, or None."""
    def load(raw):
        numbers = array(raw._typecode, _raw_bytes(raw))
        if sys.byteorder == "little":
            numbers.byteswap()  # Whoosh writes them big-endian
        numbers.extend([raw._default] * (reader.doc_count_all() - len(numbers)))
        return numbers
    return _kept_column(reader, fieldname, load)


def _raw_bytes(raw):
    return raw._dbfile.get(raw._basepos, raw._count * raw._fixedlen)


def _kept_column(reader, fieldname, load):
    column = reader.schema[fieldname].column_type if fieldname in reader.schema else None
    perdoc = getattr(reader, "_perdoc", None)
    if not isinstance(column, FixedBytesColumn) or perdoc is None or not perdoc.has_column(fieldname):
        return None
    key = (reader.segment().segment_id(), fieldname)  # a random name, never reused
    with _lock:
        found = _kept.get(key)
        if found is not None:
            _kept.move_to_end(key)
            return found
    found = load(perdoc.column_reader(fieldname, column))
    with _lock:
        _kept[key] = found
        while len(_kept) > KEPT_SEGMENTS * 3:  # three columns a segment
            _kept.popitem(last=False)
    return found
