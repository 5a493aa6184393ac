"""A segment's term table, opened when something first asks it, not as its reader opens.

Whoosh's SegmentReader opens its segment's term table as it opens (W3Codec.terms_reader:
the table's header, its extras and 256 hash directory entries, each read by a Python call
through the compound file): about 0.7 ms of CPU a segment, 1.4 of a fresh `hemeroteca
search salud` at 165k paragraphs, where the posting cache (search/retrieval/columnar.py)
answers the query and counts the terms, and the reader only ever closed the table.
`install()` (called by search.whoosh_ext.install) has the codec return a LazyTerms, which
opens Whoosh's W3TermsReader on first use: the terms, a posting list, a field's names.

Only in a compound segment, whose file the reader has open already (Hemeroteca writes
them so): the table is read from that open file later, as it would have been at once. A
segment of separate files, which could be gone by then (a build replaced the generation),
opens its table at once, as Whoosh does.
"""

import threading

from whoosh.codec.whoosh3 import W3Codec

_whoosh_terms_reader = W3Codec.terms_reader


class LazyTerms:
    """A segment's W3TermsReader, opened on first use (any attribute, or `in`)."""

    def __init__(self, opening):
        self._opening = opening  # () -> the W3TermsReader
        self._reader = None
        self._lock = threading.Lock()  # a server's searches may ask it at once

    def opened(self):
        """Return the term table, opening it if no one asked it before."""
        if self._reader is None:
            with self._lock:
                if self._reader is None:
                    self._reader = self._opening()
        return self._reader

    def __getattr__(self, name):  # only for names the stand-in lacks: the table's own
        return getattr(self.opened(), name)

    def __contains__(self, term):
        return term in self.opened()

    def close(self):
        """Close the table if it was opened (a table never asked has nothing open of its own)."""
        if self._reader is not None:
            self._reader.close()


def terms_reader(codec, storage, segment):
    """Return a compound segment's term table as a LazyTerms; another's, opened, as Whoosh does."""
    if not segment.is_compound():
        return _whoosh_terms_reader(codec, storage, segment)
    return LazyTerms(lambda: _whoosh_terms_reader(codec, storage, segment))


def install():
    """Have Whoosh's codec open compound segments' term tables on first use (idempotent)."""
    W3Codec.terms_reader = terms_reader


def uninstall():
    """Put Whoosh's own terms_reader back (for comparisons)."""
    W3Codec.terms_reader = _whoosh_terms_reader
