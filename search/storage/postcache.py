"""The columnar posting cache: a Whoosh segment's postings as flat arrays, one file beside it.

Whoosh stays the index of record: it writes, merges and deletes, and its segments are the
truth. Beside each segment `MAIN_<id>.seg`, the file `MAIN_<id>.postcache` holds, for every
indexed field, the terms in order and per term its sorted document numbers (int32) and
weights (float32, the term frequency), plus each document's quantized field lengths and its
docno and paragraph columns. Searching (search/retrieval/columnar.py) reads the postings of
text and title term by term, with pread: a query process holds the small sections and the
postings it reads, and a file truncated under it gives an error, not SIGBUS. Whoosh deletes
the file with its segment (its clean-up takes every `MAIN_<id>.*` of a segment no longer listed).

The file's layout and checks are in postcache_file.py. A file of another version, size or
checksum is stale: `load_cache` rebuilds it from the segment, and says so; where the folder
can't be written (a read-only index) it keeps the rebuilt arrays in memory, and says so once.
So indexes written before the cache existed work, and a damaged cache mends itself.
"""

import os
import threading
from bisect import bisect_left
from collections import OrderedDict
from pathlib import Path

import numpy as np

from search.errors import warn
from search.storage.postcache_file import DamagedCache, Loaded, cache_problem, open_cache, write_cache
from search.whoosh_ext import segments

EXTENSION = ".postcache"
SCORED_FIELDS = ("text", "title", "exact")  # the fields whose lengths BM25 needs
COLUMNS = (("docno", np.uint32), ("paragraph", np.uint32))
KEPT = 64  # segments whose caches stay open in a process
KEPT_LOOKUPS = 65536  # terms looked up, kept per field


class FieldCache:
    """One field of a segment: term -> (document numbers, weights).

    A term is found by its first eight bytes as a big-endian number (`keys`, in term
    order, searched in C), then among the few terms that share them; lookups are kept.
    Postings are read from the file a term at a time (postcache_file.Section) or held
    whole; `docs` and `weights` are the whole arrays, read on first use.
    """

    def __init__(self, blob, ends, starts, docs, weights, keys):
        self.blob, self.ends, self.starts, self.keys = blob, ends, starts, keys
        self._docs = docs if hasattr(docs, "read") else Loaded(docs)
        self._weights = weights if hasattr(weights, "read") else Loaded(weights)
        self.count = len(starts) - 1
        self._terms = _Terms(blob, ends)
        self._offsets = memoryview(starts)  # indexes as Python ints
        self._found = {}

    def find(self, term: bytes) -> int:
        """Return the ordinal of a term, or -1."""
        found = self._found.get(term)
        if found is None:
            # A numpy uint64, not a Python int: numpy would cast every key to compare
            # them with an int (90 µs a lookup on 130,000 terms, not 0.5 µs).
            key = np.uint64(prefix_key(term))
            low = int(self.keys.searchsorted(key, "left"))
            high = int(self.keys.searchsorted(key, "right"))
            at = bisect_left(self._terms, term, low, high)
            found = at if at < high and self._terms[at] == term else -1
            if len(self._found) >= KEPT_LOOKUPS:
                self._found.clear()
            self._found[term] = found
        return found

    @property
    def docs(self):
        return self._docs.whole()

    @property
    def weights(self):
        return self._weights.whole()

    def postings(self, ordinal):
        """Return (docs, weights) of the term with this ordinal, read-only arrays.

        Raises DamagedCache when the file changed since it was opened.
        """
        start, end = self._offsets[ordinal], self._offsets[ordinal + 1]
        docs = self._docs.read(start, end, check=False)  # one check of the file, after both reads
        return docs, self._weights.read(start, end)

    def frequency(self, ordinal):
        """Return how many documents of the segment hold the term (deleted ones included)."""
        return self._offsets[ordinal + 1] - self._offsets[ordinal]

    def term(self, ordinal) -> bytes:
        return self._terms[ordinal]

    def range(self, low: bytes, high: bytes | None):
        """Return the ordinals of the terms from low up to (not including) high; None: no end."""
        first = bisect_left(self._terms, low)
        last = self.count if high is None else bisect_left(self._terms, high)
        return range(first, max(first, last))


def prefix_key(term: bytes) -> int:
    """Return a term's first eight bytes, zero-padded, as a big-endian number.

    Terms hold no NUL byte, so these keys ascend with the terms' byte order.
    """
    return int.from_bytes(term[:8].ljust(8, b"\0"), "big")


class _Terms:
    """The sorted term bytes of a field, as a sequence for bisect (no list is made).

    Offsets are read through memoryviews, which index as Python ints, not numpy scalars.
    """

    def __init__(self, blob, ends):
        self.blob = memoryview(blob)
        self.ends = memoryview(ends)

    def __len__(self):
        return len(self.ends) - 1

    def __getitem__(self, index):
        return bytes(self.blob[self.ends[index]:self.ends[index + 1]])


class SegmentCache:
    """The posting cache of one segment: fields, field lengths and columns, as arrays."""

    def __init__(self, segment_id, doc_count, arrays, file=None):
        self.segment_id = segment_id
        self.doc_count = doc_count
        self.file = file  # the CacheFile the postings are read from; None: all in memory
        self.fields = {}
        # A field with lengths but no terms (titles all of stop words) has no postings to view.
        for name in sorted(key.split(".")[0] for key in arrays if key.endswith(".blob")):
            self.fields[name] = FieldCache(*(arrays[f"{name}.{part}"] for part in
                                             ("blob", "ends", "starts", "docs", "weights", "keys")))
        self.lengths = {name: arrays[f"{name}.lengths"] for name in SCORED_FIELDS
                        if f"{name}.lengths" in arrays}
        self.columns = {name: arrays[name] for name, _ in COLUMNS if name in arrays}


def cache_path(directory, segment_id):
    """Return the path of a segment's cache file (segment_id is Whoosh's `MAIN_<id>`)."""
    return Path(directory) / f"{segment_id}{EXTENSION}"


def segment_arrays(leaf):
    """Return {section name: array} for a Whoosh segment reader (see the module's layout)."""
    arrays = {}
    for fieldname in sorted(leaf.indexed_field_names()):
        found = segments.field_postings(leaf, fieldname)
        ends = np.zeros(len(found.terms) + 1, dtype=np.int64)
        np.cumsum([len(term) for term in found.terms], out=ends[1:])
        arrays[f"{fieldname}.blob"] = np.frombuffer(b"".join(found.terms), dtype=np.uint8)
        arrays[f"{fieldname}.ends"] = ends
        arrays[f"{fieldname}.starts"] = found.starts
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


def read_cache(path, segment_id, doc_count):
    """Return the SegmentCache of a cache file; raise DamagedCache if it is not right."""
    arrays, file = open_cache(path, segment_id, doc_count)
    return SegmentCache(segment_id, doc_count, arrays, file)


_open = OrderedDict()  # (path, segment id, doc count) -> SegmentCache
_lock = threading.Lock()
_said_read_only = set()  # folders whose caches are kept in memory, said once a process


def write_segment_cache(directory, leaf):
    """Write the cache of a segment reader's segment beside it; return its arrays."""
    segment_id, doc_count = leaf.segment().segment_id(), leaf.doc_count_all()
    arrays = segment_arrays(leaf)
    write_cache(cache_path(directory, segment_id), segment_id, doc_count, arrays)
    return arrays


def build_cache(directory, leaf, problem=None):
    """Rebuild a segment's cache and return it (from memory if it can't be written).

    `problem` says why (the DamagedCache of a file that was there), for the log. A folder
    this process can't write to is not written to: the arrays stay in memory, said once.
    """
    segment_id, doc_count = leaf.segment().segment_id(), leaf.doc_count_all()
    arrays = segment_arrays(leaf)
    path = cache_path(directory, segment_id)
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


def load_cache(directory, leaf):
    """Return the SegmentCache of a segment reader's segment, rebuilt if missing or stale.

    Caches stay open per process, keyed by file and segment, so after an update only
    new segments are read. Raises ValueError when the segment itself can't be decoded.
    """
    segment_id, doc_count = leaf.segment().segment_id(), leaf.doc_count_all()
    path = cache_path(directory, segment_id)
    key = (str(path), segment_id, doc_count)
    with _lock:
        found = _open.get(key)
        if found is not None and (found.file is None or not found.file.changed()):
            _open.move_to_end(key)
            return found
    try:
        found = read_cache(path, segment_id, doc_count)
    except DamagedCache as problem:
        found = build_cache(directory, leaf, None if not path.exists() else problem)
    with _lock:
        _open[key] = found
        for stale in [key for key, kept in _open.items() if kept.file is not None and kept.file.deleted()]:
            del _open[stale]  # its room on disk comes back once no searcher reads it
        while len(_open) > KEPT:
            _open.popitem(last=False)
    return found


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
        _open.clear()


def forget(segment_cache):
    """Drop a SegmentCache from those kept open (its file changed): the next load checks it again."""
    with _lock:
        for key in [key for key, found in _open.items() if found is segment_cache]:
            del _open[key]
