"""The posting cache's file: its layout, writing it whole, and checking it before use.

Layout: MAGIC, a 4-byte header length, the JSON header (format version, segment id, document
count, each section's offset, type and count, the body's size, its CRC-32, a sampled CRC-32
and the CRC-32 of each BLOCK of the body), then the sections, each 64-byte aligned. A file is
written to a temporary name and renamed, so a reader never sees half of one.

Two checks, from cheap to whole: each block a search reads is checked the first time it is
read, so damage is never used and a search pays for the blocks it reads, not for the file
(opening checks the header and the size: a truncated file is never opened); a writer checks
every byte (`thorough`). The sampled CRC-32 is still written, for the releases that check it
on opening; this one does not: it read a fifteenth of the file (1,700 reads of 4 KB at 165k
paragraphs), 3.8 of a fresh search's ~120 ms of CPU, to find damage earlier than the
blocks' own check would, never damage they would miss.

A large field's postings (LARGE_FIELDS) are one section, `<field>.postings`, in which each
term's document numbers (int32) are followed by its weights (float32, stored as their
bits): a term is one read, not two (postcache_read.FieldCache). The other fields keep
`.docs` and `.weights` apart, as facets and filters read them whole.

Files are read with pread (postcache_sections.py). Nothing but the header is read when a
file is opened (and checked): each section is read when a search first needs it, whole
or, for the large fields, a term at a time (postcache.SegmentCache).
"""

import json
import os
import threading
import zlib
from pathlib import Path

import numpy as np

from search.storage.postcache_blocks import BLOCK, Blocks, block_crcs_text, sampled_crc
from search.storage.postcache_sections import CacheFile, DamagedCache, Section, open_file
from search.text.wording import system_reason

MAGIC = b"HEMPOSTC"
VERSION = 5  # 4: the CRC-32 of each block; 5: a large field's docs and weights in one section
ALIGN = 64
CHUNK = 1 << 20  # a writer's check reads the file in pieces this size
# Their postings are most of a file (57 of 65 MB at 165k paragraphs: text 26, the stop-word
# pairs of phrases 25, title 6) and a search reads a few terms of them; the other fields'
# are small, and facets, filters and dates read them whole.
LARGE_FIELDS = ("text", "title", "pairs", "exact")


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
                         "sampled_crc": sampled_crc(body), "block": BLOCK,
                         "block_crcs": block_crcs_text(body)}).encode()
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


def _checked_header(handle, path, segment_id, doc_count, thorough=False):
    """Return (header, body start) of an open cache file, or raise DamagedCache.

    Writers (`thorough`) check the CRC of every byte; searches check each block as they read it.
    """
    try:
        size = os.fstat(handle).st_size
        lead = os.pread(handle, len(MAGIC) + 4, 0)
        if lead[:len(MAGIC)] != MAGIC:
            raise DamagedCache(path, "no es una caché de postings")
        length = int.from_bytes(lead[len(MAGIC):], "little")
        if len(MAGIC) + 4 + length > size:  # read no more than the file holds (a damaged length)
            raise DamagedCache(path, "tiene la cabecera dañada (su longitud)")
        header = json.loads(os.pread(handle, length, len(MAGIC) + 4))
        start = _aligned(len(MAGIC) + 4 + length)
        if header.get("version") != VERSION:  # an upgrade, not damage: say which
            raise DamagedCache(path, f"la escribió otra versión de Hemeroteca (formato "
                                     f"{header.get('version')}; esta usa el {VERSION})")
        if header.get("segment") != segment_id or header.get("docs") != doc_count:
            raise DamagedCache(path, "es de otro segmento (o de otro estado de este)")
        if size != start + header["body"]:
            raise DamagedCache(path, f"mide {size} bytes y debería medir "
                               f"{start + header['body']}")
        if thorough:
            crc = 0
            for offset in range(start, size, CHUNK):
                crc = zlib.crc32(os.pread(handle, CHUNK, offset), crc)
            if crc != header["crc"]:
                raise DamagedCache(path, "está dañada (su suma de comprobación no coincide)")
        return header, start
    except OSError as error:
        raise DamagedCache(path, f"no se puede leer ({system_reason(error)})") from error
    except UnicodeDecodeError as error:  # a ValueError: before it
        raise DamagedCache(path, "tiene la cabecera dañada (no es texto)") from error
    except ValueError as error:
        raise DamagedCache(path, "tiene la cabecera dañada (no es JSON válido)") from error
    except (KeyError, TypeError, AttributeError) as error:
        raise DamagedCache(path, "tiene la cabecera dañada (le faltan datos o no son del tipo "
                                 "esperado)") from error


def open_cache(path, segment_id, doc_count, thorough=False):
    """Open a cache file: return ({section name: Section}, the CacheFile).

    Checked now: the magic and version, the segment and its document count, the size, and
    with `thorough` the CRC-32 of every byte; raises DamagedCache. Then each block on its
    first read, so a file truncated, zeroed or overwritten before it was opened is never
    used. No section is read yet: a search reads what it needs (15 MB of small sections at
    165k paragraphs, read at once, were 5 ms of a fresh search's 10).
    """
    handle = open_file(path)
    try:
        header, start = _checked_header(handle, path, segment_id, doc_count, thorough)
        try:
            blocks = Blocks(header, start, checked=thorough)  # every byte checked: every block
        except (KeyError, TypeError, ValueError) as error:  # binascii.Error is a ValueError
            raise DamagedCache(path, "tiene la cabecera dañada (sus sumas de control por bloque no "
                                     "sirven)") from error
        file = CacheFile(path, handle, blocks)
    except BaseException:
        os.close(handle)
        raise
    try:
        arrays = {}
        for name, (offset, dtype, count) in header["sections"].items():
            if offset < 0 or count < 0 or offset + count * np.dtype(dtype).itemsize > header["body"]:
                raise ValueError(name)
            arrays[name] = Section(file, start + offset, dtype, count)
    except (ValueError, TypeError) as error:  # a section that does not fit the file
        file.close()
        raise DamagedCache(path, "tiene una sección que no cabe en el archivo") from error
    return arrays, file


def cache_problem(path, segment_id, doc_count):
    """Return what is wrong with a segment's cache file (missing, stale, any byte damaged), or None."""
    try:
        handle = open_file(path)
        try:
            _checked_header(handle, path, segment_id, doc_count, thorough=True)
        finally:
            os.close(handle)
        return None
    except DamagedCache as problem:
        return str(problem)


def cache_is_sound(path, segment_id, doc_count):
    """Tell whether a segment's cache file is there, of this version, and every byte sound."""
    return cache_problem(path, segment_id, doc_count) is None
