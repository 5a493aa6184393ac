"""The columnar posting cache: a Whoosh segment's postings as flat arrays, one file beside it.

Whoosh stays the index of record: it writes, merges and deletes, and its segments are the
truth. Beside each segment `MAIN_<id>.seg`, the file `MAIN_<id>.postcache` holds, for every
indexed field, the terms in order and per term its sorted document numbers (int32) and
weights (float32, the term frequency), plus each document's quantized field lengths and its
docno and paragraph columns. Searching reads it memory-mapped (search/retrieval/columnar.py),
so a query process keeps only the pages it touches. Whoosh deletes the file with its segment
(its clean-up takes every `MAIN_<id>.*` of a segment no longer listed).

Layout: MAGIC, a 4-byte header length, the JSON header (format version, segment id, document
count, each section's offset, type and count, the body's size, its CRC-32 and a sampled
CRC-32), then the sections, each 64-byte aligned. A file of another version, size or checksum is stale:
`load_cache` rebuilds it from the segment (or keeps the rebuilt arrays in memory when the
folder is read-only), so indexes written before the cache existed work as they are.
"""

import json
import mmap
import os
import threading
import zlib
from bisect import bisect_left
from collections import OrderedDict
from pathlib import Path

import numpy as np

from search.errors import SearchError
from search.whoosh_ext import segments

MAGIC = b"HEMPOSTC"
VERSION = 3
EXTENSION = ".postcache"
ALIGN = 64
SCORED_FIELDS = ("text", "title")  # the fields whose lengths BM25 needs
COLUMNS = (("docno", np.uint32), ("paragraph", np.uint32))
KEPT = 64  # segments whose caches stay open in a process
KEPT_LOOKUPS = 65536  # terms looked up, kept per field
STRIDE, SAMPLE = 60 * 1024, 4 * 1024  # what a search's check of a cache file reads
CHUNK = 1 << 20  # a writer's check reads the file in pieces this size


class DamagedCache(SearchError):
    """A posting cache file that can't be read; it is rebuilt from its segment."""


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
        for name in sorted({key.split(".")[0] for key in arrays if "." in key}):
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


def write_cache(path, segment_id, doc_count, arrays):
    """Write a cache file atomically (a temporary file, then a rename)."""
    sections, offset = {}, 0
    for name, array in arrays.items():
        sections[name] = [offset, array.dtype.str, len(array)]
        offset = _aligned(offset + array.nbytes)
    body_size = offset
    body = b"".join(_padded(array, sections, name, body_size) for name, array in arrays.items())
    header = json.dumps({"version": VERSION, "segment": segment_id, "docs": doc_count,
                         "sections": sections, "body": body_size, "crc": zlib.crc32(body),
                         "sampled_crc": sampled_crc(body)}).encode()
    start = _aligned(len(MAGIC) + 4 + len(header))
    temporary = Path(f"{path}.{os.getpid()}.{threading.get_ident()}.tmp")
    try:
        with open(temporary, "wb") as out:
            out.write(MAGIC + len(header).to_bytes(4, "little") + header)
            out.write(b"\0" * (start - len(MAGIC) - 4 - len(header)))
            out.write(body)
        os.replace(temporary, path)
    finally:
        if temporary.exists():
            temporary.unlink()


def _aligned(offset):
    return (offset + ALIGN - 1) // ALIGN * ALIGN


def _padded(array, sections, name, body_size):
    """Return a section's bytes with the padding that brings it to the next section."""
    names = list(sections)
    following = names.index(name) + 1
    end = sections[names[following]][0] if following < len(names) else body_size
    data = np.ascontiguousarray(array).tobytes()
    return data + b"\0" * (end - sections[name][0] - len(data))


def sampled_crc(body):
    """Return the CRC-32 of the first SAMPLE bytes of every STRIDE bytes of a body.

    Every run of STRIDE + SAMPLE bytes holds a whole sample, so a truncated file, or one
    with 64 KB zeroed or overwritten anywhere, fails it; checking it reads a fifteenth of
    the file.
    """
    crc = 0
    with memoryview(body) as view:
        for start in range(0, len(view), STRIDE):
            crc = zlib.crc32(view[start:start + SAMPLE], crc)
    return crc


def _checked_header(path, segment_id, doc_count, thorough=False):
    """Return (header, body start) of a cache file, or raise DamagedCache.

    Read with pread, not through a map: checking must not bring the file's pages into the
    process (a map faults in whole neighbourhoods). Searches check the sampled CRC;
    writers (`thorough`) check the CRC of every byte.
    """
    try:
        handle = os.open(path, os.O_RDONLY)
    except OSError as error:
        raise DamagedCache(f"{path}: {error.strerror or error}") from error
    try:
        size = os.fstat(handle).st_size
        lead = os.pread(handle, len(MAGIC) + 4, 0)
        if lead[:len(MAGIC)] != MAGIC:
            raise DamagedCache(f"{path}: not a posting cache")
        length = int.from_bytes(lead[len(MAGIC):], "little")
        header = json.loads(os.pread(handle, length, len(MAGIC) + 4))
        start = _aligned(len(MAGIC) + 4 + length)
        if (header.get("version") != VERSION or header.get("segment") != segment_id
                or header.get("docs") != doc_count):
            raise DamagedCache(f"{path}: written for another segment or version")
        if size != start + header["body"]:
            raise DamagedCache(f"{path}: {size} bytes, {start + header['body']} expected")
        if thorough:
            crc = 0
            for offset in range(start, size, CHUNK):
                crc = zlib.crc32(os.pread(handle, CHUNK, offset), crc)
            sound = crc == header["crc"]
        else:
            crc = 0
            for offset in range(0, header["body"], STRIDE):
                crc = zlib.crc32(os.pread(handle, min(SAMPLE, header["body"] - offset),
                                          start + offset), crc)
            sound = crc == header["sampled_crc"]
        if not sound:
            raise DamagedCache(f"{path}: checksum mismatch")
        return header, start
    except OSError as error:
        raise DamagedCache(f"{path}: {error.strerror or error}") from error
    except (ValueError, KeyError, TypeError, AttributeError, UnicodeDecodeError) as error:
        raise DamagedCache(f"{path}: unreadable header ({error})") from error
    finally:
        os.close(handle)


def _mapped(path):
    try:
        with open(path, "rb") as file:
            return mmap.mmap(file.fileno(), 0, access=mmap.ACCESS_READ)
    except (OSError, ValueError) as error:  # ValueError: an empty file can't be mapped
        raise DamagedCache(f"{path}: {error}") from error


def read_cache(path, segment_id, doc_count):
    """Map a cache file and return its SegmentCache; raise DamagedCache if it is not right.

    Checked: the magic and version, the segment and its document count, the size, and the
    sampled CRC-32 of the body, so a truncated, zeroed or overwritten file is never used.
    """
    header, start = _checked_header(path, segment_id, doc_count)
    mapped = _mapped(path)
    try:
        arrays = {name: np.frombuffer(mapped, dtype=np.dtype(dtype), count=count,
                                      offset=start + offset)
                  for name, (offset, dtype, count) in header["sections"].items()}
    except (ValueError, TypeError) as error:  # a section that does not fit the file
        _close(mapped)
        raise DamagedCache(f"{path}: {error}") from error
    return SegmentCache(segment_id, doc_count, arrays, mapped)


def _close(mapped):
    try:
        mapped.close()
    except BufferError:  # arrays made before the error still view it: the GC unmaps it
        pass


def cache_is_sound(path, segment_id, doc_count):
    """Tell whether a segment's cache file is there, of this version, and every byte sound."""
    try:
        _checked_header(path, segment_id, doc_count, thorough=True)
        return True
    except DamagedCache:
        return False


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
