"""The blocks of the record store: paragraph entries packed with a checksum, and their rowids.

A block holds the texts of consecutive paragraphs of one document (BLOCK_PARAGRAPHS of
them), each with only what differs from its document (record_entry). Blocks are written
with their entries' offsets first (pack_block), so a hit decodes its own paragraph, not
its neighbours (PackedBlock). Stores written before hold JSON lists or zlib streams; every
codec is read (unpack_block, packed_entries).
"""

import json
import struct
import zlib
from collections.abc import Sequence

# Paragraphs per block. Measured on the 165k-paragraph corpus (bench/store_layout.py),
# zlib'd: 16 gave 21.3 MB and 30 us a lookup, 4 gives 25.0 MB and 12 us, 1 gives 30.8 MB
# and 6 us; JSON with a CRC-32, where a hit decoded its whole block: 16 gave 45.9 MB and
# 9.5 us, 4 gave 46.0 MB and 4.8 us. With the entries' offsets (pack_block, speakers
# included), a lookup takes 2.8 us whatever the block's size. Stores written before keep 16 (meta).
BLOCK_PARAGRAPHS = 4
OLD_BLOCK_PARAGRAPHS = 16


DAMAGED = "un bloque de textos no tiene la suma de comprobación con que se escribió"


class DamagedBlock(ValueError):
    """A block of the store whose bytes are not the ones written (its checksum differs)."""


# The codec of blocks written now: this byte, then the number of entries (uint16), their
# offsets (n + 1 uint32, little-endian, from the block's start), the entries, a CRC-32 of
# all before it. An entry is a kind byte and its UTF-8: TEXT, its text; SPOKEN, its
# speakers between NAME_BETWEEN, NAMES_END, then its text (for names that hold neither);
# JSON, [text, extras]. A JSON list starts with "[" and a zlib stream with 0x08 to 0x78: never 0x02.
OFFSETS = b"\x02"
TEXT, SPOKEN, JSON = 0, 1, 2
NAME_BETWEEN, NAMES_END = "\x1f", "\x1e"
HEADER = struct.Struct("<H")
SPAN = struct.Struct("<II")


def packed_entry(entry):
    """Return an entry as a block keeps it: a kind byte and its UTF-8 (see the codec above)."""
    if isinstance(entry, str):
        return bytes((TEXT,)) + entry.encode("utf-8")
    text, extras = entry
    names = extras.get("speakers", ())
    if len(extras) == 1 and names and not any(NAME_BETWEEN in name or NAMES_END in name for name in names):
        return bytes((SPOKEN,)) + (NAME_BETWEEN.join(names) + NAMES_END + text).encode("utf-8")
    return bytes((JSON,)) + json.dumps(entry, ensure_ascii=False).encode("utf-8")


def pack_block(entries):
    """Return a block of paragraph entries as stored: offsets, entries, then a CRC-32.

    Not compressed: inflating a block cost 6 us of a 9 us read, whatever zlib's settings
    (a fixed cost per stream; bench/store_layout.py), and a search reads 8 to 10 blocks.
    The offsets let a hit decode its paragraph alone, and most entries (a text, maybe with
    its speakers) need no JSON: 1 to 2 us a hit rather than the 5 us of decoding the JSON
    of four. The checksum keeps what zlib's gave: a damaged block is found, not shown.
    """
    parts = [packed_entry(entry) for entry in entries]
    offsets, at = [], len(OFFSETS) + HEADER.size + 4 * (len(parts) + 1)
    for part in parts:
        offsets.append(at)
        at += len(part)
    offsets.append(at)
    data = b"".join([OFFSETS, HEADER.pack(len(parts)), struct.pack(f"<{len(offsets)}I", *offsets), *parts])
    return data + zlib.crc32(data).to_bytes(4, "little")


class PackedBlock(Sequence):
    """The entries of a block written with offsets, each decoded when it is read."""

    __slots__ = ("data", "size")

    def __init__(self, data):
        self.data = data
        self.size = HEADER.unpack_from(data, 1)[0]

    def __len__(self):
        return self.size

    def __getitem__(self, index):
        if not 0 <= index < self.size:
            raise IndexError(index)
        start, end = SPAN.unpack_from(self.data, len(OFFSETS) + HEADER.size + 4 * index)
        return unpack_entry(self.data[start:end])


def unpack_entry(data):
    """Return the entry of its packed bytes (packed_entry's inverse): a text, or [text, extras]."""
    text, kind = data[1:].decode("utf-8"), data[0]
    if kind == TEXT:
        return text
    if kind == SPOKEN:
        names, _, text = text.partition(NAMES_END)
        return [text, {"speakers": names.split(NAME_BETWEEN)}]
    return json.loads(text)


def packed_entries(data):
    """Return the paragraph entries of a stored block as a sequence; DamagedBlock if its
    checksum differs. A block written with offsets decodes an entry only when it is read."""
    if data[:1] != OFFSETS:
        return unpack_block(data)
    if zlib.crc32(data[:-4]) != int.from_bytes(data[-4:], "little"):
        raise DamagedBlock(DAMAGED)
    return PackedBlock(data)


def unpack_block(data):
    """Return the paragraph entries of a stored block, a list; DamagedBlock if its checksum differs.

    Stores written before hold JSON lists (with a CRC-32) or zlib streams, whose first
    byte (0x18 to 0x78, by the window size) is never "[".
    """
    if data[:1] == OFFSETS:
        return list(packed_entries(data))
    if data[:1] != b"[":
        return json.loads(zlib.decompress(data))
    body = data[:-4]
    if zlib.crc32(body) != int.from_bytes(data[-4:], "little"):
        raise DamagedBlock(DAMAGED)
    return json.loads(body.decode("utf-8"))  # not json's guess of the encoding


def block_rowid(docno, block):
    """Return the rowid a block is written under, or None (SQLite then picks one).

    The document number in the high bits, the block's in the low 31: every docno
    (below 2**32: two halves of 2**31, workers.DOCNO_HALF) fits in SQLite's int64.
    """
    return docno << 31 | block if docno < 1 << 32 and block < 1 << 31 else None


def record_entry(record, document_title, document_date):
    """Return what a block keeps of a record: its text, what differs from its document, and
    its speakers as written (also in the `spoken` table; a page of hits reads them here)."""
    extras = {}
    if record.speakers:
        extras["speakers"] = list(record.speakers)
    if record.title != document_title:
        extras["title"] = record.title
    if record.id != f"{record.doc}#{record.paragraph}":
        extras["id"] = record.id
    if record.date != document_date:
        extras["date"] = record.date.isoformat() if record.date else None
    return [record.text, extras] if extras else record.text


def entry_parts(entry):
    """Return (text, extras) of a block's entry: the inverse of record_entry."""
    return (entry, {}) if isinstance(entry, str) else entry
