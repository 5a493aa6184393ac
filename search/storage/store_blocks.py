"""The blocks of the record store: paragraph entries packed with a checksum, and their rowids.

A block holds the texts of consecutive paragraphs of one document (BLOCK_PARAGRAPHS of
them), each with only what differs from its document (record_entry). Stores written
before hold zlib streams; both codecs are read (unpack_block).
"""

import json
import zlib

# Paragraphs per block: a hit decodes its whole block. Measured on the 165k-paragraph
# corpus (bench/store_layout.py), zlib'd: 16 gave 21.3 MB and 30 us a lookup, 4 gives 25.0 MB
# and 12 us, 1 gives 30.8 MB and 6 us; plain (pack_block): 16 give 45.9 MB and 9.5 us, 4 give
# 46.0 MB and 4.8 us, 1 gives 46.5 MB and 3.4 us. Stores written before keep 16 (meta).
BLOCK_PARAGRAPHS = 4
OLD_BLOCK_PARAGRAPHS = 16


class DamagedBlock(ValueError):
    """A block of the store whose bytes are not the ones written (its checksum differs)."""


def pack_block(entries):
    """Return a block of paragraph entries as stored: JSON in UTF-8, then its CRC-32.

    Not compressed: inflating a block cost 6 us of a 9 us read, whatever zlib's settings
    (a fixed cost per stream; bench/store_layout.py), and a search reads 8 to 10 blocks.
    The store grows by three quarters (31 to 54 MB at 165k paragraphs; the index by 17%).
    The checksum keeps what zlib's gave: a damaged block is found, not shown.
    """
    data = json.dumps(entries, ensure_ascii=False).encode("utf-8")
    return data + zlib.crc32(data).to_bytes(4, "little")


def unpack_block(data):
    """Return the paragraph entries of a stored block; DamagedBlock if its checksum differs.

    Stores written before hold zlib streams, whose first byte (0x18 to 0x78, by the window
    size) is never "[".
    """
    if data[:1] != b"[":
        return json.loads(zlib.decompress(data))
    body = data[:-4]
    if zlib.crc32(body) != int.from_bytes(data[-4:], "little"):
        raise DamagedBlock("un bloque de textos no tiene la suma de comprobación con que se escribió")
    return json.loads(body.decode("utf-8"))  # not json's guess of the encoding


def block_rowid(docno, block):
    """Return the rowid a block is written under, or None (SQLite then picks one).

    The document number in the high bits, the block's in the low 31: every docno
    (below 2**32: two halves of 2**31, workers.DOCNO_HALF) fits in SQLite's int64.
    """
    return docno << 31 | block if docno < 1 << 32 and block < 1 << 31 else None


def record_entry(record, document_title, document_date):
    """Return what a block keeps of a record: its text, and what differs from its document."""
    extras = {}
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
