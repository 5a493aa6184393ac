"""Field lengths in memory.

BM25 needs each document's field length for every posting it scores, and Whoosh's
writer needs it for every posting it writes; Whoosh reads it from disk each time. With
the lengths of a segment loaded once (one byte a document a field), scoring is about a
third faster and writing postings twice as fast (bench/speed.py). They are read as one
slice of the column file: Whoosh's own `load()` reads them a byte at a time, which took
2.8 s of a fresh search's 3.8 s at 423k paragraphs.
"""

from array import array

from whoosh.codec.whoosh3 import LENGTHS_COLUMN, _lenfield

LENGTH_FIELDS = ("text", "title", "exact")


def load_lengths(perdoc, unscored=()):
    """Load a segment's field lengths into memory; return the per-document reader.

    `unscored` names fields that keep no lengths: Whoosh would look for their lengths
    file on disk at every posting it writes (a stat each), so their absence is noted.
    """
    readers = getattr(perdoc, "_readers", None)
    if readers is None:  # not Whoosh's W3 codec: leave it as it is
        return perdoc
    for fieldname in unscored:
        readers.setdefault(_lenfield(fieldname), None)
    for fieldname in LENGTH_FIELDS:
        name = _lenfield(fieldname)
        reader = perdoc._cached_reader(name, LENGTHS_COLUMN)
        if reader is not None and not isinstance(reader, array):
            readers[name] = _column_bytes(reader)
    return perdoc


def _column_bytes(reader):
    """Return a one-byte NumericColumn reader's values as array("B"), one per document."""
    values = array("B", reader._dbfile.get(reader._basepos, reader._count))
    missing = reader._doccount - len(values)
    if missing > 0:  # Whoosh writes values up to the last document that has one
        values.extend(array("B", [reader._default]) * missing)
    return values[:reader._doccount]


def preload_lengths(searcher):
    """Load the field lengths of every segment of a searcher; return the searcher."""
    for leaf, _ in searcher.reader().leaf_readers():
        perdoc = getattr(leaf, "_perdoc", None)
        if perdoc is not None:
            load_lengths(perdoc)
    return searcher
