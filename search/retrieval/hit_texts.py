"""The stored entries of a page's hits, read from their segments' texts files.

Each segment of the index has a texts file (search/storage/store_texts.py): its documents'
entries by Whoosh document number. A hit's entry is read from it with two `pread`s,
rather than its block from SQLite; the store still gives each record's document row, and
reads whatever the files can't give. A file missing, stale or damaged is written again
from the store (an index written before the files existed gets them at its first search),
and said; in a folder this process can't write to, the store answers, said once a folder.
"""

import os
import sqlite3
import threading
import weakref
from bisect import bisect_right

from search.budget import not_counted
from search.errors import warn
from search.storage.store_texts import DamagedTexts, TextsFile, texts_path, write_segment_texts
from search.whoosh_ext import segments

_files = weakref.WeakKeyDictionary()  # Whoosh segment reader -> its TextsFile, or None
_lock = threading.Lock()
_said_read_only = set()  # folders whose texts are read from the store, said once a process


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
            with _lock:
                _files[leaf] = _written(leaf, store, problem)
            return [None] * len(docnums)
    return found


def _opened(leaf, store):
    """Return the TextsFile of a segment reader's segment (written if it must be), or None."""
    texts = _files.get(leaf, False)
    if texts is False:
        with _lock:
            texts = _files.get(leaf, False)
            if texts is False:
                texts = _files[leaf] = _file_of(leaf, store)
    return texts


def _file_of(leaf, store):
    folder = segments.segment_folder(leaf)
    if folder is None or leaf.segment() is None:
        return None  # an index in memory: the store answers
    try:
        return TextsFile(texts_path(folder, leaf.segment().segment_id()),
                         leaf.segment().segment_id(), leaf.doc_count_all())
    except DamagedTexts as problem:
        return _written(leaf, store, problem)


def _written(leaf, store, problem):
    """Write a segment's texts file again from the store and return it open; None (the store
    answers) in a folder this process can't write to, or when it can't be written, or for a
    segment a writer has merged away since this reader opened it (nothing to say: the file
    went with its segment, and one written again would be left behind in the folder)."""
    if segments.segment_gone(leaf):
        return None
    folder = segments.segment_folder(leaf)
    segment_id = leaf.segment().segment_id()
    path = texts_path(folder, segment_id)
    if not os.access(folder, os.W_OK):  # a read-only mount or another user's index
        if str(folder) not in _said_read_only:
            _said_read_only.add(str(folder))
            warn(__name__, "%s: la carpeta del índice es de solo lectura (%s): los textos de "
                        "los resultados se leen del almacén, algo más despacio; `hemeroteca "
                        "update` con permiso de escritura los escribe", folder, problem)
        return None
    try:
        with not_counted():  # the index's upkeep, not the query's cost
            write_segment_texts(folder, leaf, store)
        texts = TextsFile(path, segment_id, leaf.doc_count_all())
    except (OSError, ValueError, sqlite3.Error, DamagedTexts) as error:  # a full disk; a store that can't be read
        warn(__name__, "%s; no se pudo escribir de nuevo (%s): los textos se leen del almacén",
             problem, error)
        return None
    warn(__name__, "%s; se escribió desde el almacén", problem)
    return texts
