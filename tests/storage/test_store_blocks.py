import datetime
import json
import zlib

import pytest

from search.records import Record
from search.storage.store_blocks import (
    DamagedBlock,
    block_rowid,
    entry_parts,
    pack_block,
    record_entry,
    unpack_block,
)


def old_block(entries):
    """Pack entries as stores written before did: JSON compressed with zlib."""
    return zlib.compress(json.dumps(entries, ensure_ascii=False).encode("utf-8"))


@pytest.mark.parametrize("entries", [
    ["texto", ["otro", {"id": "x"}]],
    ["[entre corchetes]", "año, pingüino, «comillas» y \"dobles\"", "\x00\x1f control"],
    [""],
])
def test_blocks_round_trip_in_both_codecs(entries):
    assert unpack_block(pack_block(entries)) == entries
    assert unpack_block(old_block(entries)) == entries


def test_a_block_whose_bytes_changed_is_refused():
    packed = pack_block(["El gobierno anunció medidas."])
    changed = packed.replace(b"gobierno", b"gobiernu")
    with pytest.raises(DamagedBlock):
        unpack_block(changed)
    with pytest.raises(DamagedBlock):
        unpack_block(packed[:-1])


@pytest.mark.parametrize("record, entry", [
    (Record("a.txt#1", "a.txt", 1, "Título", "año", datetime.date(2020, 1, 2), []), "año"),
    (Record("x-1", "a.txt", 1, "Otro", "dos", None, []),
     ["dos", {"title": "Otro", "id": "x-1", "date": None}]),
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
