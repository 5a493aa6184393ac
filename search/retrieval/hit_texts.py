"""The stored entries of a page's hits, read from their segments' texts files.

Each segment of the index has a texts file (search/storage/store_texts.py): its documents'
entries by Whoosh document number. A hit's entry is read from it with two `pread`s,
rather than its block from SQLite; the store still gives each record's document row, and
reads whatever the files can't give. A file missing, stale or damaged is written again
from the store through the read path's repairs (search/storage/repairs.py: an index
written before the files existed gets them at its first search), and said; in a folder
this process can't write to, the store answers, said once a folder.
"""

import threading
import weakref
from bisect import bisect_right

from search.storage.repairs import rewritten_texts, segment_lock
from search.storage.store_texts import DamagedTexts, TextsFile, texts_path
from search.whoosh_ext import segments

_files = weakref.WeakKeyDictionary()  # Whoosh segment reader -> its TextsFile, or None
_lock = threading.Lock()  # guards _files; a file is opened or written under its segment's lock


def hit_entries(searcher, store, docnums):
    """Return the stored entry (bytes) of each global document number of a Whoosh searcher,
    None where the store must be read (no usable file, or no entry in it)."""
    leaves = searcher.leaf_searchers()
    starts = [offset for _, offset in leaves]
    files = {}  # segment number -> its TextsFile or None, looked up once a call
    found = []
    for docnum in docnums:
        number = bisect_right(starts, docnum) - 1
        if number not in files:
            files[number] = _opened(leaves[number][0].reader(), store)
        texts = files[number]
        if texts is None:
            found.append(None)
            continue
        try:
            found.append(texts.entry(docnum - starts[number]))
        except DamagedTexts as problem:  # this page from the store; the file written again
            leaf = leaves[number][0].reader()
            with segment_lock(_key(leaf)):
                if _files.get(leaf) is texts:  # not written again by another thread meanwhile
                    _install(leaf, rewritten_texts(leaf, store, problem))
            return [None] * len(docnums)
    return found


def _opened(leaf, store):
    """Return the TextsFile of a segment reader's segment (written if it must be), or None.

    Opened, or written, under that segment's own lock: a search of other segments does not
    wait while a file is written."""
    texts = _files.get(leaf, False)
    if texts is False:
        with segment_lock(_key(leaf)):
            texts = _files.get(leaf, False)
            if texts is False:
                texts = _install(leaf, _file_of(leaf, store))
    return texts


def forget(searcher):
    """Close the texts files of a searcher's segment readers, as the searcher is closed.

    Each reader has its own TextsFile (a searcher opens its readers anew), so no other
    searcher reads them; they would otherwise stay open until the reader is collected,
    a segment a merge deleted keeping its room on disk until then.
    """
    with _lock:
        found = [_files.pop(leaf, None) for leaf, _ in searcher.reader().leaf_readers()]
    for texts in found:
        if texts is not None:
            texts.close()


def _key(leaf):
    """Return what names a segment's texts file for its lock: its folder and segment id."""
    segment = leaf.segment()
    return ("texts", str(segments.segment_folder(leaf)), segment.segment_id() if segment is not None else id(leaf))


def _install(leaf, texts):
    with _lock:
        _files[leaf] = texts
    return texts


def _file_of(leaf, store):
    folder = segments.segment_folder(leaf)
    if folder is None or leaf.segment() is None:
        return None  # an index in memory: the store answers
    try:
        return TextsFile(texts_path(folder, leaf.segment().segment_id()),
                         leaf.segment().segment_id(), leaf.doc_count_all())
    except DamagedTexts as problem:
        return rewritten_texts(leaf, store, problem)
