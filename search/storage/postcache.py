"""The columnar posting cache: a Whoosh segment's postings as flat arrays, one file beside it.

Whoosh stays the index of record: it writes, merges and deletes, and its segments are the
truth. Beside each segment `MAIN_<id>.seg`, the file `MAIN_<id>.postcache` holds, for every
indexed field, the terms in order and per term its sorted document numbers (int32) and
weights (float32, the term frequency; in a large field, each term's docs then its weights,
read at once), plus each document's quantized field lengths and its
docno and paragraph columns. Searching (search/retrieval/columnar.py) reads what it needs
with pread, when it first needs it (postcache_read.py): a query process holds the sections
and postings it read, and a file truncated under it gives an error, not SIGBUS. Whoosh deletes
the file with its segment (its clean-up takes every `MAIN_<id>.*` of a segment no longer listed).

The file's layout and checks are in postcache_file.py. A file of another version, size or
checksum is stale: `load_cache` rebuilds it from the segment, and says so; where the folder
can't be written (a read-only index) it keeps the rebuilt arrays in memory, and says so once.
So indexes written before the cache existed work, and a damaged cache mends itself.
"""

import os
import threading
import weakref
from collections import OrderedDict, deque
from contextlib import contextmanager
from pathlib import Path

import numpy as np

from search.budget import not_counted
from search.errors import warn
from search.storage.postcache_file import LARGE_FIELDS, DamagedCache, cache_problem, open_cache, write_cache
from search.storage.postcache_layout import prefix_key, term_major
from search.storage.postcache_read import COLUMNS, SCORED_FIELDS, SegmentCache
from search.whoosh_ext import segments

EXTENSION = ".postcache"
KEPT = 64  # segments whose caches stay open in a process


def cache_path(directory, segment_id):
    """Return the path of a segment's cache file (segment_id is Whoosh's `MAIN_<id>`)."""
    return Path(directory) / f"{segment_id}{EXTENSION}"


def segment_arrays(leaf, written=None):
    """Return {section name: array} for a Whoosh segment reader (see the module's layout).

    `written`: {fieldname: segments.FieldPostings} of the postings the segment's writer
    wrote (LengthCachingWriter.written_postings), the same as read back from the segment,
    which is done for the other fields.
    """
    arrays = {}
    for fieldname in sorted(leaf.indexed_field_names()):
        found = written.get(fieldname) if written else None
        if found is None:
            found = segments.field_postings(leaf, fieldname)
        ends = np.zeros(len(found.terms) + 1, dtype=np.int64)
        np.cumsum([len(term) for term in found.terms], out=ends[1:])
        arrays[f"{fieldname}.blob"] = np.frombuffer(b"".join(found.terms), dtype=np.uint8)
        arrays[f"{fieldname}.ends"] = ends
        arrays[f"{fieldname}.starts"] = found.starts
        if fieldname in LARGE_FIELDS:
            arrays[f"{fieldname}.postings"] = term_major(found.starts, found.docs, found.weights)
        else:
            arrays[f"{fieldname}.docs"] = found.docs
            arrays[f"{fieldname}.weights"] = found.weights
        arrays[f"{fieldname}.keys"] = np.array([prefix_key(term) for term in found.terms],
                                               dtype=np.uint64)
    for fieldname in SCORED_FIELDS:
        if fieldname in leaf.schema and leaf.schema[fieldname].scorable:
            arrays[f"{fieldname}.lengths"] = segments.length_bytes(leaf, fieldname)
    for name, dtype in COLUMNS:
        column = segments.numeric_column(leaf, name, dtype)
        if column is not None:
            arrays[name] = column
    return arrays


def read_cache(path, segment_id, doc_count, thorough=False):
    """Return the SegmentCache of a cache file; raise DamagedCache if it is not right.

    `thorough` checks every byte now, not each block as it is read (open_cache).
    """
    arrays, file = open_cache(path, segment_id, doc_count, thorough)
    return SegmentCache(segment_id, doc_count, arrays, file)


_open = OrderedDict()  # (path, segment id, doc count) -> SegmentCache
_lock = threading.Lock()
_said_read_only = set()  # folders whose caches are kept in memory, said once a process
_loading_locks = {}  # key -> the lock of a cache being read or rebuilt
# Caches whose views went with the collector, unreleased (release_later): counted off under
# _lock at the next load or release. A deque: appended without a lock.
_released_later = deque()


def write_segment_cache(directory, leaf, written=None):
    """Write the cache of a segment reader's segment beside it; return its arrays.

    `written`: the postings its writer wrote, by field (segment_arrays).
    """
    segment_id, doc_count = leaf.segment().segment_id(), leaf.doc_count_all()
    arrays = segment_arrays(leaf, written)
    write_cache(cache_path(directory, segment_id), segment_id, doc_count, arrays)
    return arrays


def build_cache(directory, leaf, problem=None):
    """Rebuild a segment's cache and return it (from memory if it can't be written).

    `problem` says why (the DamagedCache of a file that was there), for the log. A folder
    this process can't write to is not written to: the arrays stay in memory, said once.
    """
    with not_counted():  # the index's upkeep, not the query's cost: the search keeps its time
        return _built_cache(directory, leaf, problem)


def _built_cache(directory, leaf, problem):
    """Rebuild a segment's cache (build_cache): the read path's repair (repairs.py says its rules)."""
    segment_id, doc_count = leaf.segment().segment_id(), leaf.doc_count_all()
    arrays = segment_arrays(leaf)
    path = cache_path(directory, segment_id)
    if segments.segment_gone(leaf):  # merged away since this reader opened it: nothing to write or say
        return SegmentCache(segment_id, doc_count, arrays)
    if not os.access(directory, os.W_OK):  # a read-only mount or another user's index
        if str(directory) not in _said_read_only:
            _said_read_only.add(str(directory))
            warn(__name__, "%s: la carpeta del índice es de solo lectura y le faltan cachés de "
                        "postings (%s): se calculan en memoria en cada proceso", directory,
                        problem or f"falta {path.name}")
        return SegmentCache(segment_id, doc_count, arrays)
    try:
        write_cache(path, segment_id, doc_count, arrays)
        found = read_cache(path, segment_id, doc_count)
    except (OSError, DamagedCache) as error:  # a full disk: serve from memory
        warn(__name__, "%s: la caché de postings no se pudo escribir (%s); se usa en memoria", path, error)
        return SegmentCache(segment_id, doc_count, arrays)
    if problem is not None:
        warn(__name__, "%s; se rehízo desde su segmento", problem)
    return found


def load_cache(directory, leaf, thorough=False, using=True):
    """Return the SegmentCache of a segment reader's segment, rebuilt if missing or stale.

    Caches stay open per process, keyed by file and segment, so after an update only
    new segments are read; `thorough` checks every byte of a file read anew. Raises
    ValueError when the segment itself can't be decoded. `using`: counted as read by one
    more view until `release`d (every such load must be matched by a release); False for
    a cache only taken apart (a reload gives its sections to the cache it replaces).
    """
    segment_id, doc_count = leaf.segment().segment_id(), leaf.doc_count_all()
    path = cache_path(directory, segment_id)
    key = (str(path), segment_id, doc_count)
    found = _kept(key, using)
    if found is None:
        with _loading(key):  # threads asking for one cache at once (a server after an upgrade) rebuild it once
            found = _kept(key, using)
            if found is None:
                try:
                    found = read_cache(path, segment_id, doc_count, thorough)
                except DamagedCache as problem:
                    found = build_cache(directory, leaf, None if not path.exists() else problem)
                _keep(key, found, using)
    found.reload = _reloading(found, directory, leaf)  # from the latest reader
    return found


def _kept(key, using=False):
    """Return the SegmentCache kept open under key, unless its file changed since, or None;
    `using`: counted as read by one more view (release says when it no longer is)."""
    with _lock:
        _settle()
        found = _open.get(key)
        if found is not None and (found.file is None or not found.file.changed()):
            _open.move_to_end(key)
            found.views += using
            return found
    return None


@contextmanager
def _loading(key):
    """Hold the lock of one cache's key while it is read or rebuilt; forget the lock after."""
    with _lock:
        lock = _loading_locks.setdefault(key, threading.Lock())
    try:
        with lock:
            yield
    finally:
        with _lock:
            _loading_locks.pop(key, None)  # a thread still waiting on it finds the cache kept


def _keep(key, found, using=False):
    with _lock:
        _settle()
        found.views += using
        if key in _open and _open[key] is not found:
            _unkeep(key)  # a cache of the key's file before it changed (_kept refused it): no view keeps it
        _open[key] = found
        for stale in [key for key, kept in _open.items() if kept.file is not None and kept.file.deleted()]:
            _unkeep(stale)  # its room on disk comes back once no searcher reads it
        while len(_open) > KEPT:
            _unkeep(next(iter(_open)))


def _unkeep(key):
    """Stop keeping a cache; one no view reads goes now (the caller holds _lock)."""
    found = _open.pop(key)
    if found.views <= 0:
        found.drop()


def release(segment_cache):
    """Note that a view no longer reads a SegmentCache (load_cache counted it): one that no
    view reads and that is no longer kept (its segment merged away, or among the least used
    past KEPT) goes now, its file closed."""
    with _lock:
        _settle()
        _released(segment_cache)


def release_later(segment_caches):
    """Release SegmentCaches at the next load or release, not now: for a finalizer, which the
    collector may run in a thread holding _lock (it isn't reentrant). Takes no lock."""
    _released_later.extend(segment_caches)


def _settle():
    """Release the caches release_later was given (the caller holds _lock)."""
    while _released_later:
        _released(_released_later.popleft())


def _released(segment_cache):
    """Count one view fewer on a cache; drop it if none reads it and it isn't kept (the caller holds _lock)."""
    segment_cache.views -= 1
    if segment_cache.views <= 0 and all(kept is not segment_cache for kept in _open.values()):
        segment_cache.drop()


def _reloading(cache, directory, leaf):
    """Return reload(problem) for a SegmentCache: its cache opened again, or rebuilt.

    The file changed under its reader, written in place, which no writer of Hemeroteca
    does: every byte of it is checked, not each block as it is read (a block read already
    is not checked again). Weakly bound to the segment reader, which a cache kept open must
    not keep alive (nor its files open); a reader that is gone leaves the problem to raise.
    """
    owner, kept = weakref.ref(leaf), weakref.ref(cache)

    def reload(problem):
        leaf = owner()
        if leaf is None:
            raise problem
        warn(__name__, "%s; se vuelve a abrir", problem)
        if kept() is not None:
            forget(kept())
        # not counted: the cache reloaded takes its sections, and its views are counted on it
        return load_cache(directory, leaf, thorough=True, using=False)

    return reload


def write_missing_caches(directory, ix):
    """Write the cache of every segment of a Whoosh index that lacks a sound one.

    Called by writers (a build, an update, a merge), so searches find them ready; every
    byte of the caches there is checked. Returns what was wrong with each cache that was
    there and was rewritten (stale or damaged), in Spanish, for the writer to say.
    """
    rewritten = []
    with ix.reader() as reader:
        for leaf, _ in reader.leaf_readers():
            if leaf.segment() is None:
                continue
            segment_id = leaf.segment().segment_id()
            path = cache_path(directory, segment_id)
            problem = cache_problem(path, segment_id, leaf.doc_count_all())
            if problem is not None:
                existed = os.path.lexists(path)
                write_segment_cache(directory, leaf)
                if existed:
                    rewritten.append(f"{problem}; se rehízo desde su segmento")
    return rewritten


def forget_all():
    """Drop every cache kept open: their files close once no open index reads them."""
    with _lock:
        for key in list(_open):
            _unkeep(key)


def forget(segment_cache):
    """Drop a SegmentCache from those kept open (its file changed): the next load checks it again."""
    with _lock:
        for key in [key for key, found in _open.items() if found is segment_cache]:
            _unkeep(key)
