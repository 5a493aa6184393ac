import datetime
import json
import zlib

import pytest

from search.records import Record
from search.storage.store_blocks import (
    OFFSETS,
    DamagedBlock,
    block_rowid,
    entry_parts,
    pack_block,
    packed_entries,
    record_entry,
    unpack_block,
)


def old_block(entries):
    """Pack entries as stores written before did: JSON compressed with zlib."""
    return zlib.compress(json.dumps(entries, ensure_ascii=False).encode("utf-8"))


def plain_block(entries):
    """Pack entries as stores written before offsets did: JSON with a CRC-32."""
    data = json.dumps(entries, ensure_ascii=False).encode("utf-8")
    return data + zlib.crc32(data).to_bytes(4, "little")


@pytest.mark.parametrize("entries", [
    ["texto", ["otro", {"id": "x"}]],
    ["[entre corchetes]", "año, pingüino, «comillas» y \"dobles\"", "\x00\x1f control"],
    [""],
    [["habla", {"speakers": ["Ana Pérez", "Luis"]}], ["\x1e\x1f texto raro", {"speakers": ["Ana"]}],
     ["nombre raro", {"speakers": ["Ana\x1eLuis"]}], ["y más", {"speakers": ["Ana"], "id": "x"}]],
])
def test_blocks_round_trip_in_every_codec(entries):
    packed = pack_block(entries)
    assert packed[:1] == OFFSETS and unpack_block(packed) == entries
    assert list(packed_entries(packed)) == entries and len(packed_entries(packed)) == len(entries)
    assert unpack_block(plain_block(entries)) == entries == packed_entries(plain_block(entries))
    assert unpack_block(old_block(entries)) == entries


def test_an_entry_is_read_alone():
    """A hit decodes its own paragraph: the other entries' bytes are not read."""
    packed = pack_block(["uno", ["dos", {"speakers": ["Ana"]}], "tres"])
    entries = packed_entries(packed)
    assert entries[1] == ["dos", {"speakers": ["Ana"]}] and entries[2] == "tres"
    with pytest.raises(IndexError):
        entries[3]


def test_a_block_whose_bytes_changed_is_refused():
    packed = pack_block(["El gobierno anunció medidas."])
    changed = packed.replace(b"gobierno", b"gobiernu")
    with pytest.raises(DamagedBlock):
        unpack_block(changed)
    with pytest.raises(DamagedBlock):
        unpack_block(packed[:-1])
    with pytest.raises(DamagedBlock):
        packed_entries(changed)


@pytest.mark.parametrize("record, entry", [
    (Record("a.txt#1", "a.txt", 1, "Título", "año", datetime.date(2020, 1, 2), []), "año"),
    (Record("x-1", "a.txt", 1, "Otro", "dos", None, []),
     ["dos", {"title": "Otro", "id": "x-1", "date": None}]),
    (Record("a.txt#4", "a.txt", 4, "Título", "cuatro", datetime.date(2020, 1, 2), ["Ana", "Luis"]),
     ["cuatro", {"speakers": ["Ana", "Luis"]}]),
    (Record("a.txt#2", "a.txt", 2, "Título", "tres", datetime.date(2021, 5, 6), []),
     ["tres", {"date": "2021-05-06"}]),
])
def test_an_entry_keeps_only_what_differs_from_its_document(record, entry):
    assert record_entry(record, "Título", datetime.date(2020, 1, 2)) == entry
    assert entry_parts(entry)[0] == record.text


@pytest.mark.parametrize("docno, block, rowid", [
    (1, 0, 1 << 31), (3, 5, 3 << 31 | 5), ((1 << 32) - 1, (1 << 31) - 1, (1 << 63) - 1),
    (1 << 32, 0, None), (1, 1 << 31, None),
])
def test_a_block_rowid_holds_its_docno_and_block_or_is_left_to_sqlite(docno, block, rowid):
    assert block_rowid(docno, block) == rowid
