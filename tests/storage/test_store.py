import datetime
import json
import sqlite3
import zlib

import pytest

from search.records import Document, Record
from search.storage.store import (
    BLOCK_PARAGRAPHS,
    BLOCK_ROWIDS,
    DamagedBlock,
    RecordStore,
    block_rowid,
    pack_block,
    unpack_block,
)


def make_records(doc, texts, speakers=None, **given):
    return [Record(f"{doc}#{n}", doc, n, "Título", text, datetime.date(2020, 1, 2),
                   (speakers or {}).get(n, []))
            for n, text in enumerate(texts, 1)]


def add(store, doc, texts, speakers=None, records=None):
    document = Document(doc, "Título", texts, path=f"/src/{doc}")
    records = records or make_records(doc, texts, speakers)
    docno = store.next_docno()
    store.add_document(docno, document, records, datetime.date(2020, 1, 2))
    store.commit()
    return docno


def test_records_come_back_across_blocks(store):
    texts = [f"Párrafo {n} con ñ y acentos: canción." for n in range(1, 40)]
    docno = add(store, "a.txt", texts, speakers={2: ["Ana Pérez"], 39: ["Ana Pérez", "Luis"]})
    assert BLOCK_PARAGRAPHS < 39
    record = store.record(docno, 39)
    assert (record.id, record.text, record.speakers) == ("a.txt#39", texts[38],
                                                         ["Ana Pérez", "Luis"])
    assert record.date == datetime.date(2020, 1, 2) and record.title == "Título"
    assert [r.text for r in store.document_records("a.txt")] == texts
    assert store.record(docno, 40) is None and store.record(docno + 1, 1) is None


def test_extras_are_kept_only_where_they_differ(store):
    records = [Record("xq-1", "q.jsonl", 1, "Otro título", "uno", None, []),
               Record("q.jsonl#2", "q.jsonl", 2, "Título", "dos", datetime.date(2020, 1, 2), [])]
    docno = add(store, "q.jsonl", ["uno", "dos"], records=records)
    first, second = store.document_records("q.jsonl")
    assert (first.id, first.title, first.date) == ("xq-1", "Otro título", None)
    assert (second.id, second.title, second.date) == ("q.jsonl#2", "Título",
                                                      datetime.date(2020, 1, 2))
    assert store.locate("xq-1") == (docno, 1)
    assert store.locate("q.jsonl#2") == (docno, 2)
    assert store.locate("nada#1") is None and store.locate("q.jsonl#x") is None


def test_speakers_keep_their_order(store):
    add(store, "a.txt", ["uno", "dos"], speakers={1: ["Luis"], 2: ["Ana", "Luis"]})
    add(store, "b.txt", ["tres"], speakers={1: ["Luis", "Ana"]})
    assert [r.speakers for r in store.document_records("b.txt")] == [["Luis", "Ana"]]
    docno = store.docno_of("a.txt")
    assert [r.speakers for r in store.records([(docno, 2), (docno, 1)])] == [["Ana", "Luis"],
                                                                            ["Luis"]]


def test_counts(store):
    add(store, "a.txt", ["uno", "dos"])
    add(store, "b.txt", ["tres"])
    assert store.counts() == (2, 3)


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


def test_a_read_only_store_refuses_writes(tmp_path, store):
    add(store, "a.txt", ["uno"])
    reader = RecordStore(tmp_path / "records.sqlite")
    with pytest.raises(Exception, match="readonly"):
        reader.connection.execute("DELETE FROM docs")
    reader.close()


def test_a_page_of_records_in_any_order_and_with_gone_places(store):
    first = add(store, "a.txt", [f"Uno {n}" for n in range(1, 12)], speakers={5: ["Ana Pérez"]})
    second = add(store, "b.txt", ["Dos"], speakers={1: ["Luis", "Ana Pérez"]})
    places = [(second, 1), (first, 11), (first, 5), (first, 99), (second + 7, 1), (first, 5)]
    found = store.records(places)
    assert [r and (r.text, r.speakers) for r in found] == [
        ("Dos", ["Luis", "Ana Pérez"]), ("Uno 11", []), ("Uno 5", ["Ana Pérez"]), None, None,
        ("Uno 5", ["Ana Pérez"])]
    without = store.records(places, speakers=False)
    assert [r and (r.id, r.text, r.speakers) for r in without] == [
        r and (r.id, r.text, []) for r in found]


def test_a_store_written_before_keeps_its_block_size(tmp_path):
    path = tmp_path / "old.sqlite"
    old = RecordStore(path, writable=True)
    old.set_meta("block_paragraphs", None)  # as stores written with 16-paragraph blocks
    old.block_paragraphs = 16
    docno = add(old, "a.txt", [f"Párrafo {n}" for n in range(1, 40)])
    old.close()
    reopened = RecordStore(path)
    assert reopened.block_paragraphs == 16
    assert reopened.record(docno, 33).text == "Párrafo 33"
    reopened.close()
    fresh = RecordStore(tmp_path / "new.sqlite", writable=True)
    assert fresh.block_paragraphs == BLOCK_PARAGRAPHS
    fresh.close()


def test_blocks_are_found_by_rowid_and_by_key_where_their_rowid_is_not_theirs(store):
    first = add(store, "a.txt", [f"Uno {n}" for n in range(1, 12)])
    huge = 1 << 33  # past what a rowid can hold with its block: SQLite picks the rowid
    store.add_document(huge, Document("b.txt", "Título", ["x"], path="/src/b.txt"),
                       make_records("b.txt", ["Dos"]), datetime.date(2020, 1, 2))
    store.commit()
    assert store.by_rowid
    rowids = store._query("SELECT rowid, docno, block FROM blocks WHERE docno = ?", (first,))
    assert [rowid for rowid, docno, block in rowids] == [block_rowid(docno, block) for _, docno, block in rowids]
    places = [(first, 1), (first, 11), (huge, 1)]
    assert [r.text for r in store.records(places)] == ["Uno 1", "Uno 11", "Dos"]
    store.connection.execute("UPDATE blocks SET rowid = -rowid")  # as a VACUUM may renumber them
    store.commit()
    store.blocks.clear()
    assert [r.text for r in store.records(places)] == ["Uno 1", "Uno 11", "Dos"]


def test_paragraph_count_is_the_live_versions(store):
    add(store, "a.txt", ["uno", "dos", "tres"])
    assert store.paragraph_count("a.txt") == 3 and store.paragraph_count("nada.txt") == 0


def test_an_index_whose_store_has_the_layout_of_before_searches_as_before(corpus, tmp_path):
    """Stores written before hold zlib blocks under rowids SQLite picked: read as they are."""
    from search import build_index, open_index, search
    from search.storage.generations import STORE_FILE, live_generation

    index_dir = tmp_path / "ix"
    build_index([corpus], index_dir)

    def answers():
        with open_index(index_dir) as index:
            return [[(hit.id, hit.snippet, hit.speakers)
                     for hit in search(index, query).hits]
                    for query in ("gobierno", "ONU", "años crisis", "ministra")]

    plain = answers()
    path = live_generation(index_dir) / STORE_FILE
    with sqlite3.connect(path) as connection:
        rows = connection.execute("SELECT docno, block, data FROM blocks").fetchall()
        assert rows and all(data[:1] == b"[" for _, _, data in rows)
        rowids = connection.execute("SELECT rowid, docno, block FROM blocks").fetchall()
        assert all(rowid == block_rowid(docno, block) for rowid, docno, block in rowids)  # through absorb too
        connection.executemany("UPDATE blocks SET data = ?, rowid = ? WHERE docno = ? AND block = ?",
                               [(old_block(unpack_block(data)), number, docno, block)
                                for number, (docno, block, data) in enumerate(rows, 1)])
        connection.execute("DELETE FROM meta WHERE key = ?", (BLOCK_ROWIDS,))
    connection.close()
    assert answers() == plain and all(plain)
