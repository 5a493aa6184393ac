"""Field lengths in memory.

BM25 needs each document's field length for every posting it scores, and Whoosh's
writer needs it for every posting it writes; Whoosh reads it from disk each time. With
the lengths of a segment loaded once (one byte a document a field), scoring is about a
third faster and writing postings twice as fast (bench/speed.py).
"""

from array import array

from whoosh.codec.whoosh3 import LENGTHS_COLUMN, _lenfield

LENGTH_FIELDS = ("text", "title")


def load_lengths(perdoc):
    """Load a segment's field lengths into memory; return the per-document reader."""
    readers = getattr(perdoc, "_readers", None)
    if readers is None:  # not Whoosh's W3 codec: leave it as it is
        return perdoc
    for fieldname in LENGTH_FIELDS:
        name = _lenfield(fieldname)
        reader = perdoc._cached_reader(name, LENGTHS_COLUMN)
        if reader is not None and not isinstance(reader, array):
            readers[name] = reader.load()
    return perdoc


def preload_lengths(searcher):
    """Load the field lengths of every segment of a searcher; return the searcher."""
    for leaf, _ in searcher.reader().leaf_readers():
        perdoc = getattr(leaf, "_perdoc", None)
        if perdoc is not None:
            load_lengths(perdoc)
    return searcher
