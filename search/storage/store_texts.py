"""The texts file: each stored entry of a Whoosh segment's documents, by document number.

Beside each segment `MAIN_<id>.seg`, `MAIN_<id>.texts` holds, for each of its document
numbers, the record store's entry of that paragraph (the same bytes as in its block:
store_blocks.py), so a page of hits reads its texts with two `pread`s a hit (one, once the
file has read its offsets whole: WHOLE_OFFSETS_AFTER) rather than a SQLite query of blocks
(`bench.search_stages`, 165k paragraphs: the records of a keyword query in 154 us rather
than 237). The store stays the texts' record: the document row
still gates each record (a purged version is gone), and anything the file can't give is
read from the store as before.

Layout: MAGIC, a 4-byte header length, the JSON header (format version, segment id,
document count, where the offsets start, the file's size, the CRC-32 of all after the
header), zeros to byte 256, then `docs + 1` uint64 offsets (little-endian, from the
entries' start) and the entries, each followed by its CRC-32. A
document deleted in the segment, or with no entry in the store, has an empty entry (no
CRC): its record is read from the store. Not compressed: per entry, zlib saves a third
of the 48 MB at 165k paragraphs and costs 2 us a hit more than the 0.9 us of a check and
a decode; a 32 KB preset dictionary saves half and costs 10 us a hit (every entry of that
store, 20,000 decoded).

Entries never change once written (a document number is never reused and its blocks are
never rewritten), so a segment id and its document count name a file's content. Whoosh
deletes the file with its segment (its clean-up takes every `MAIN_<id>.*` of a segment no
longer listed). Writers write the files their new segments lack, and check every byte of
those there (texts_upkeep.write_missing_texts); a search opens a file, checks its header and size, and
checks each entry it reads (search/retrieval/hit_texts.py), and writes one again only
through the read path's repairs (search/storage/repairs.py).
"""

import json
import os
import struct
import sys
import threading
import zlib
from array import array
from pathlib import Path

from search.errors import SearchError
from search.storage.store_blocks import HEADER, OFFSETS, SPAN, packed_entry, unpack_block
from search.storage.versions import IN
from search.text.wording import system_reason
from search.whoosh_ext import segments

MAGIC = b"HEMTEXTS"
VERSION = 1
EXTENSION = ".texts"
HEADER_ROOM = 244  # bytes for the JSON header (about 110 used): the offsets start at 256
SPANS = struct.Struct("<QQ")  # an entry's start and end, from the entries' start
CRC_BYTES = 4
CHUNK = 1 << 20  # a writer's check reads the entries in pieces this size
# Entries a TextsFile reads with two preads (their offsets, then the entry) before it reads
# its offsets whole and then one pread a hit: a fresh process's first page reads no more
# than it needs, and a serving one 8 bytes a document of the segment once (1.3 MB at 165k).
WHOLE_OFFSETS_AFTER = 100


class DamagedTexts(SearchError):
    """A texts file that can't be used as it is: its records are read from the store."""

    def __init__(self, path, problem):
        super().__init__(f"el archivo de textos {path} {problem}")
        self.path = path


def texts_path(directory, segment_id):
    """Return the path of a segment's texts file (segment_id is Whoosh's `MAIN_<id>`)."""
    return Path(directory) / f"{segment_id}{EXTENSION}"


def segment_entries(store, leaf):
    """Return the stored entry (bytes) of each document number of a Whoosh segment reader.

    b"" for a document deleted in the segment or without an entry in the store. Blocks
    written before entries were packed (JSON lists, zlib) are packed as blocks are now.
    """
    docnos = segments.numeric_column(leaf, "docno", "u4")
    paragraphs = segments.numeric_column(leaf, "paragraph", "u4")
    if docnos is None or paragraphs is None:
        raise ValueError("el segmento no tiene las columnas docno y paragraph")
    deleted = set(leaf.segment().deleted_docs()) if leaf.has_deletions() else set()
    docnos, paragraphs = docnos.tolist(), paragraphs.tolist()
    wanted = {docno for docnum, docno in enumerate(docnos) if docnum not in deleted}
    size, found = store.block_paragraphs, {}
    rows = store._query(f"SELECT docno, block, data FROM blocks WHERE docno {IN}",
                        (json.dumps(sorted(wanted)),))
    for docno, block, data in rows:
        first = block * size + 1
        if data[:1] == OFFSETS:  # the bytes as they are: no decoding
            count = HEADER.unpack_from(data, 1)[0]
            for index in range(count):
                start, end = SPAN.unpack_from(data, len(OFFSETS) + HEADER.size + 4 * index)
                found[docno, first + index] = data[start:end]
        else:
            for index, entry in enumerate(unpack_block(data)):
                found[docno, first + index] = packed_entry(entry)
    return [b"" if docnum in deleted else found.get((docno, paragraph), b"")
            for docnum, (docno, paragraph) in enumerate(zip(docnos, paragraphs))]


def write_texts(path, segment_id, entries):
    """Write a texts file atomically (a temporary file, then a rename) from its entries."""
    offsets, at = [0], 0
    for entry in entries:
        at += len(entry) + CRC_BYTES if entry else 0
        offsets.append(at)
    spans = struct.pack(f"<{len(offsets)}Q", *offsets)
    checked = [entry + zlib.crc32(entry).to_bytes(CRC_BYTES, "little") for entry in entries if entry]
    crc = zlib.crc32(spans)
    for entry in checked:
        crc = zlib.crc32(entry, crc)
    start = len(MAGIC) + 4 + HEADER_ROOM
    header = json.dumps({"version": VERSION, "segment": segment_id, "docs": len(entries), "spans": start,
                         "size": start + len(spans) + at, "crc": crc}).encode()
    if len(header) > HEADER_ROOM:
        raise ValueError(f"el identificador del segmento {segment_id!r} no cabe en la cabecera de un archivo de textos")
    lead = MAGIC + len(header).to_bytes(4, "little") + header
    temporary = Path(f"{path}.{os.getpid()}.{threading.get_ident()}.tmp")
    try:
        with open(temporary, "wb") as out:
            out.write(lead + b"\0" * (start - len(lead)))
            out.write(spans)
            out.writelines(checked)
        os.replace(temporary, path)
    finally:
        if temporary.exists():
            temporary.unlink()


class TextsFile:
    """An open texts file, its header checked: entries by document number, each checked."""

    def __init__(self, path, segment_id, doc_count):
        self.path, self.handle = path, None
        self.offsets, self.reads = None, 0  # the offsets read whole (array of uint64), entries read
        try:
            self.handle = os.open(path, os.O_RDONLY)
        except FileNotFoundError:
            raise DamagedTexts(path, "no existe") from None
        except OSError as error:
            raise DamagedTexts(path, f"no se puede abrir ({system_reason(error)})") from error
        try:
            self.spans, self.entries = self._checked(segment_id, doc_count)
        except BaseException:
            self.close()
            raise
        self.doc_count = doc_count

    def _checked(self, segment_id, doc_count):
        """Return where the offsets and the entries start, or raise DamagedTexts."""
        try:
            size = os.fstat(self.handle).st_size
            lead = os.pread(self.handle, len(MAGIC) + 4, 0)
            if lead[:len(MAGIC)] != MAGIC:
                raise DamagedTexts(self.path, "no es un archivo de textos")
            length = int.from_bytes(lead[len(MAGIC):], "little")
            if len(MAGIC) + 4 + length > size:  # read no more than the file holds (a damaged length)
                raise DamagedTexts(self.path, "tiene la cabecera dañada (su longitud)")
            header = json.loads(os.pread(self.handle, length, len(MAGIC) + 4))
            if header.get("version") != VERSION:  # an upgrade, not damage: say which
                raise DamagedTexts(self.path, f"lo escribió otra versión de Hemeroteca (formato "
                                              f"{header.get('version')}; esta usa el {VERSION})")
            if header.get("segment") != segment_id or header.get("docs") != doc_count:
                raise DamagedTexts(self.path, "es de otro segmento (o de otro estado de este)")
            if size != header["size"]:
                raise DamagedTexts(self.path, f"mide {size} bytes y debería medir {header['size']}")
            spans = header["spans"]
            if not isinstance(spans, int) or not len(MAGIC) + 4 + length <= spans <= size - 8 * (doc_count + 1):
                raise DamagedTexts(self.path, "tiene la cabecera dañada (sus posiciones)")
            self.crc, self.size = header["crc"], size
            return spans, spans + 8 * (doc_count + 1)
        except OSError as error:
            raise DamagedTexts(self.path, f"no se puede leer ({system_reason(error)})") from error
        except (ValueError, KeyError, TypeError, AttributeError) as error:
            raise DamagedTexts(self.path, "tiene la cabecera dañada") from error

    def entry(self, docnum):
        """Return the stored entry (bytes) of a document number of the segment, or None
        when the file has none (read it from the store). Raises DamagedTexts when the
        bytes read are not those written (their CRC-32 differs, or the file is short)."""
        try:
            offsets = self.offsets
            if offsets is not None:
                start, end = offsets[docnum], offsets[docnum + 1]
            else:
                self.reads += 1
                if self.reads == WHOLE_OFFSETS_AFTER:
                    self.offsets = self._whole_offsets()
                start, end = SPANS.unpack(os.pread(self.handle, SPANS.size, self.spans + 8 * docnum))
            if start == end:
                return None
            if not start < end <= self.size - self.entries:  # damaged offsets: no read of terabytes
                raise DamagedTexts(self.path, "está dañado (la posición de un texto cae fuera del archivo)")
            data = os.pread(self.handle, end - start, self.entries + start)
        except OSError as error:
            raise DamagedTexts(self.path, f"no se puede leer ({system_reason(error)})") from error
        except (struct.error, ValueError, OverflowError, IndexError) as error:  # a file cut short since it was opened
            raise DamagedTexts(self.path, "está dañado (es más corto de lo que dice su cabecera)") from error
        if len(data) != end - start or len(data) <= CRC_BYTES or zlib.crc32(
                data[:-CRC_BYTES]) != int.from_bytes(data[-CRC_BYTES:], "little"):
            raise DamagedTexts(self.path, "está dañado (la suma de comprobación de un texto no coincide)")
        return data[:-CRC_BYTES]

    def _whole_offsets(self):
        """Return every entry's offset (docs + 1 of them), read in one pread, as an array of
        Python ints; raise struct.error if the file is shorter than its header says."""
        size = 8 * (self.doc_count + 1)
        data = os.pread(self.handle, size, self.spans)
        if len(data) != size:
            raise struct.error("short read")
        offsets = array("Q", data)
        if sys.byteorder != "little":
            offsets.byteswap()
        return offsets

    def check(self):
        """Read every byte after the header; raise DamagedTexts if their CRC-32 differs."""
        crc, size = 0, os.fstat(self.handle).st_size
        try:
            for offset in range(self.spans, size, CHUNK):
                crc = zlib.crc32(os.pread(self.handle, min(CHUNK, size - offset), offset), crc)
        except OSError as error:
            raise DamagedTexts(self.path, f"no se puede leer ({system_reason(error)})") from error
        if crc != self.crc:
            raise DamagedTexts(self.path, "está dañado (su suma de comprobación no coincide)")

    def close(self):
        """Close the file (also when the object is collected)."""
        handle, self.handle = self.handle, None
        if handle is not None:
            os.close(handle)

    __del__ = close
