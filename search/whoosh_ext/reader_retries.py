"""A reader opened while a writer removes segments closes what its failed try opened.

Whoosh's FileIndex.reader tries up to ten times when opening a segment raises an IOError
(a writer deleted its file just then: whoosh/index.py, `reader`). FileIndex._reader builds
the segments' readers in a list comprehension, so the try that fails drops the readers made
before it unclosed: their files close as the error unwinds, with a ResourceWarning, in
whatever search or test runs then (a watch test's check of unraisable warnings caught one
while an update replaced the generation it read). `install()` (called by
search.whoosh_ext.install) has each try close them itself; the retry goes on as before.
"""

from whoosh.index import FileIndex
from whoosh.reading import MultiReader

_whoosh_reader = FileIndex._reader.__func__


def _reader(cls, storage, schema, segments, generation, reuse=None):
    """FileIndex._reader, closing the segment readers a failed try opened before it raises.

    Whoosh's builds them in a list comprehension, so a segment that fails leaves the ones
    before it to the collector; here each comes from Whoosh's own one-segment path, kept in
    a list this function closes. With `reuse` (Searcher.refresh, which Hemeroteca does not
    call) or one segment, Whoosh's as it is.
    """
    if reuse is not None or len(segments) < 2:
        return _whoosh_reader(cls, storage, schema, segments, generation, reuse=reuse)
    readers = []
    try:
        for segment in segments:
            readers.append(_whoosh_reader(cls, storage, schema, [segment], generation))
    except BaseException:
        for reader in readers:
            reader.close()
        raise
    return MultiReader(readers, generation=generation)


def install():
    """Have FileIndex's tries close what they opened when they fail (idempotent)."""
    FileIndex._reader = classmethod(_reader)
