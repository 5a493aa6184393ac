"""The read path's repairs: the only index files a search may write, and how.

A search never writes the index of record (Whoosh's segments, the record store): builds
and updates do (build.py, update.py), and the read path never imports them
(tests/test_layers.py). Two files beside each segment are derived from those, and a
search writes them again when they are missing or can't be used, so an index written
before they existed, or one whose file was damaged, mends itself at its first search:

- a segment's texts file (store_texts.py), by `rewritten_texts`, here;
- a segment's posting cache (postcache.py), by `postcache.build_cache`, called when
  `load_cache` finds none or a stale one.

Both follow the same rules, which the tests of each hold to:

- nothing is written for a segment a writer merged away since the reader opened it (its
  files went with it: one written again would be left behind), nor in a folder this
  process can't write to (said once a folder; the store, or arrays in memory, answer);
- a file is written whole under a temporary name and renamed, so a reader never meets
  half of one, and is checked once written;
- its cost is the index's upkeep, not the query's: the search's time budget keeps running;
- one segment's file is written by one thread at a time (`segment_lock`); the searches
  of other segments don't wait for it (review24, F4: a module-wide lock held while a
  48 MB file was written made every request of a server wait);
- a texts file is never written with a live document's entry missing: a reader whose
  store does not yet show what a writer has just committed leaves that segment to the
  writer, which writes its own file (texts_upkeep.write_missing_texts).
"""

import os
import sqlite3
import threading
from contextlib import contextmanager

from search.budget import not_counted
from search.errors import warn
from search.storage.store_texts import DamagedTexts, TextsFile, segment_entries, texts_path, write_texts
from search.whoosh_ext import segments

_said_read_only = set()  # folders whose texts are read from the store, said once a process
_locks = {}  # key -> [its lock, how many threads hold or wait for it]
_locks_lock = threading.Lock()


@contextmanager
def segment_lock(key):
    """Hold the lock of one segment's file (key: any hashable naming it) while it is
    opened or written; other segments' files are not held up. The lock is forgotten once
    no thread holds or waits for it."""
    with _locks_lock:
        entry = _locks.setdefault(key, [threading.Lock(), 0])
        entry[1] += 1
    try:
        with entry[0]:
            yield
    finally:
        with _locks_lock:
            entry[1] -= 1
            if not entry[1]:
                del _locks[key]


def rewritten_texts(leaf, store, problem):
    """Write a segment's texts file again from the store and return it open, or None (the
    store answers).

    `leaf` is the Whoosh segment reader, `problem` the DamagedTexts that says why (a file
    missing, stale or damaged). None, with nothing written: for a segment merged away since
    the reader opened it; in a folder this process can't write to (said once a folder);
    when the store gives no entry to a live document of the segment (it does not yet show
    a writer's commit: that writer writes the file); when the file can't be written (said).
    """
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
            entries = segment_entries(store, leaf)
            deleted = set(leaf.segment().deleted_docs()) if leaf.has_deletions() else set()
            if any(not entry and docnum not in deleted for docnum, entry in enumerate(entries)):
                return None
            write_texts(path, segment_id, entries)
        texts = TextsFile(path, segment_id, leaf.doc_count_all())
    except (OSError, ValueError, sqlite3.Error, DamagedTexts) as error:  # a full disk; a store that can't be read
        warn(__name__, "%s; no se pudo escribir de nuevo (%s): los textos se leen del almacén",
             problem, error)
        return None
    warn(__name__, "%s; se escribió desde el almacén", problem)
    return texts
