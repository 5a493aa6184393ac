"""The posting cache's file: its layout, writing it whole, and checking it before use.

Layout: MAGIC, a 4-byte header length, the JSON header (format version, segment id, document
count, each section's offset, type and count, the body's size, its CRC-32 and a sampled
CRC-32), then the sections, each 64-byte aligned, read as numpy arrays of a map of the file.
A file is written to a temporary name and renamed, so a reader never sees half of one.
"""

import json
import mmap
import os
import threading
import zlib
from pathlib import Path

import numpy as np

from search.errors import SearchError

MAGIC = b"HEMPOSTC"
VERSION = 3
ALIGN = 64
STRIDE, SAMPLE = 60 * 1024, 4 * 1024  # what a search's check of a cache file reads
CHUNK = 1 << 20  # a writer's check reads the file in pieces this size


class DamagedCache(SearchError):
    """A posting cache file that can't be read; it is rebuilt from its segment."""


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


def map_cache(path, segment_id, doc_count):
    """Map a cache file and return ({section: array}, the map); raise DamagedCache if not right.

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
    return arrays, mapped


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
