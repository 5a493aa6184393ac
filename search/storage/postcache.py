"""The columnar posting cache: a Whoosh segment's postings as flat arrays, one file beside it.

Whoosh stays the index of record: it writes, merges and deletes, and its segments are the
truth. Beside each segment `MAIN_<id>.seg`, the file `MAIN_<id>.postcache` holds, for every
indexed field, the terms in order and per term its sorted document numbers (int32) and
weights (float32, the term frequency), plus each document's quantized field lengths and its
docno and paragraph columns. Searching reads it memory-mapped (search/retrieval/columnar.py),
so a query process keeps only the pages it touches. Whoosh deletes the file with its segment
(its clean-up takes every `MAIN_<id>.*` of a segment no longer listed).

The file's layout and checks are in postcache_file.py. A file of another version, size or
checksum is stale: `load_cache` rebuilds it from the segment (or keeps the rebuilt arrays in
memory when the folder is read-only), so indexes written before the cache existed work.
"""

import threading
from bisect import bisect_left
from collections import OrderedDict
from pathlib import Path

import numpy as np

from search.storage.postcache_file import DamagedCache, cache_is_sound, map_cache, write_cache
from search.whoosh_ext import segments

EXTENSION = ".postcache"
SCORED_FIELDS = ("text", "title")  # the fields whose lengths BM25 needs
COLUMNS = (("docno", np.uint32), ("paragraph", np.uint32))
KEPT = 64  # segments whose caches stay open in a process
KEPT_LOOKUPS = 65536  # terms looked up, kept per field


class FieldCache:
    """One field of a segment: term -> (document numbers, weights).

    A term is found by its first eight bytes as a big-endian number (`keys`, in term
    order, searched in C), then among the few terms that share them; lookups are kept.
    """

    def __init__(self, blob, ends, starts, docs, weights, keys):
        self.blob, self.ends, self.starts = blob, ends, starts
        self.docs, self.weights, self.keys = docs, weights, keys
        self.count = len(starts) - 1
        self._terms = _Terms(blob, ends)
        self._offsets = memoryview(starts)  # indexes as Python ints
        self._found = {}

    def find(self, term: bytes) -> int:
        """Return the ordinal of a term, or -1."""
        found = self._found.get(term)
        if found is None:
            key = prefix_key(term)
            low = int(self.keys.searchsorted(key, "left"))
            high = int(self.keys.searchsorted(key, "right"))
            at = bisect_left(self._terms, term, low, high)
            found = at if at < high and self._terms[at] == term else -1
            if len(self._found) >= KEPT_LOOKUPS:
                self._found.clear()
            self._found[term] = found
        return found

    def postings(self, ordinal):
        """Return (docs, weights) of the term with this ordinal: views, not copies."""
        start, end = self._offsets[ordinal], self._offsets[ordinal + 1]
        return self.docs[start:end], self.weights[start:end]

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

    def __init__(self, segment_id, doc_count, arrays, mapped=None):
        self.segment_id = segment_id
        self.doc_count = doc_count
        self.mapped = mapped  # the mmap the arrays view, kept open with them
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
    """Return the SegmentCache of a cache file, mapped; raise DamagedCache if it is not right."""
    arrays, mapped = map_cache(path, segment_id, doc_count)
    return SegmentCache(segment_id, doc_count, arrays, mapped)


_open = OrderedDict()  # (path, segment id, doc count) -> SegmentCache
_lock = threading.Lock()


def write_segment_cache(directory, leaf):
    """Write the cache of a segment reader's segment beside it; return its arrays."""
    segment_id, doc_count = leaf.segment().segment_id(), leaf.doc_count_all()
    arrays = segment_arrays(leaf)
    write_cache(cache_path(directory, segment_id), segment_id, doc_count, arrays)
    return arrays


def build_cache(directory, leaf):
    """Rebuild a segment's cache and return it (from memory if it can't be written)."""
    segment_id, doc_count = leaf.segment().segment_id(), leaf.doc_count_all()
    arrays = segment_arrays(leaf)
    path = cache_path(directory, segment_id)
    try:
        write_cache(path, segment_id, doc_count, arrays)
        return read_cache(path, segment_id, doc_count)
    except (OSError, DamagedCache):  # a read-only folder, a full disk: serve from memory
        return SegmentCache(segment_id, doc_count, arrays)


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
        if found is not None:
            _open.move_to_end(key)
            return found
    try:
        found = read_cache(path, segment_id, doc_count)
    except DamagedCache:
        found = build_cache(directory, leaf)
    with _lock:
        _open[key] = found
        while len(_open) > KEPT:
            _open.popitem(last=False)
    return found


def write_missing_caches(directory, ix):
    """Write the cache of every segment of a Whoosh index that lacks a sound one.

    Called after a build, an update or a merge commits, so searches find them ready.
    """
    with ix.reader() as reader:
        for leaf, _ in reader.leaf_readers():
            if leaf.segment() is None:
                continue
            segment_id = leaf.segment().segment_id()
            if not cache_is_sound(cache_path(directory, segment_id), segment_id,
                                  leaf.doc_count_all()):
                write_segment_cache(directory, leaf)
