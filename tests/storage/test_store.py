import datetime
import sqlite3

import pytest

from search.records import Document, Record
from search.storage.store import (
    BLOCK_PARAGRAPHS,
    BLOCK_ROWIDS,
    BLOCK_SPEAKERS,
    RecordStore,
    block_rowid,
    unpack_block,
)
from search.storage.store_blocks import OFFSETS, entry_parts
from tests.storage.test_store_blocks import old_block


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


def test_a_read_only_store_refuses_writes(tmp_path, store):
    add(store, "a.txt", ["uno"])
    reader = RecordStore(tmp_path / "records.sqlite")
    with pytest.raises(Exception, match="readonly"):
        reader.connection.execute("DELETE FROM docs")
    reader.close()


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


def test_an_index_whose_store_has_the_layout_of_before_searches_as_before(corpus, tmp_path):
    """Stores written before hold zlib blocks under rowids SQLite picked, without speakers:
    read as they are."""
    from search import build_index, open_index, search
    from search.layout import STORE_FILE
    from search.storage.generations import live_generation

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
        assert rows and all(data[:1] == OFFSETS for _, _, data in rows)
        rowids = connection.execute("SELECT rowid, docno, block FROM blocks").fetchall()
        assert all(rowid == block_rowid(docno, block) for rowid, docno, block in rowids)  # through absorb too
        connection.executemany("UPDATE blocks SET data = ?, rowid = ? WHERE docno = ? AND block = ?",
                               [(old_block([without_speakers(entry) for entry in unpack_block(data)]),
                                 number, docno, block)
                                for number, (docno, block, data) in enumerate(rows, 1)])
        connection.execute("DELETE FROM meta WHERE key IN (?, ?)", (BLOCK_ROWIDS, BLOCK_SPEAKERS))
    connection.close()
    assert answers() == plain and all(plain)
    assert any(hit[2] for hits in plain for hit in hits)  # speakers read from `spoken`, as before


def without_speakers(entry):
    """Return a block's entry as stores written before kept it: no speakers."""
    text, extras = entry_parts(entry)
    extras = {key: value for key, value in extras.items() if key != "speakers"}
    return [text, extras] if extras else text


@pytest.mark.parametrize("first_in", ["joining", "joined"])
def test_joined_parts_of_one_document_keep_the_first_parts_row(tmp_path, first_in):
    """A feed's records without `doc` are written in parts by several workers under one
    number (adding.FeedShare): the joined row adds their paragraphs and says what the first
    part says (its name, title, date and path), whichever store held which part."""
    size = BLOCK_PARAGRAPHS
    first = Document("f.jsonl", "Primera parte", [f"uno {n}" for n in range(size)], path="/src/f.jsonl",
                     standalone=True)
    later = Document("f.jsonl", "Parte posterior", [f"dos {n}" for n in range(size)], path="/src/otra/f.jsonl",
                     standalone=True, first_paragraph=size)
    stores = [RecordStore(tmp_path / f"{name}.sqlite", writable=True) for name in ("joining", "joined")]
    holders = dict(zip(("joining", "joined"), stores))
    for document, holder in ((first, holders[first_in]),
                             (later, holders["joined" if first_in == "joining" else "joining"])):
        records = [Record(f"r{document.first_paragraph + n}", document.doc, document.first_paragraph + n,
                          document.title, text, datetime.date(2020, 1, 2))
                   for n, text in enumerate(document.paragraphs, 1)]
        holder.add_document(7, document, records, datetime.date(2020, 1, 2))
        holder.commit()
    joining, joined = stores
    joined.close()
    joining.absorb(tmp_path / "joined.sqlite")
    row = joining.connection.execute("SELECT doc, title, path, paragraphs FROM docs WHERE docno = 7").fetchone()
    assert row == ("f.jsonl", "Primera parte", "/src/f.jsonl", 2 * size)
    assert [record.text for record in joining.document_records_at(7)][::size] == ["uno 0", "dos 0"]
    joining.close()


def test_a_page_read_while_another_thread_sees_a_rename_keeps_its_rows(tmp_path, store):
    """A server's threads share a generation's store: one reading a page's document rows
    while another finds that an update committed (a rename in place: forms.py) must not
    lose the rows it just read (a KeyError, a bare 500, when the kept rows were cleared)."""
    first, second = add(store, "a.txt", ["uno"]), add(store, "b.txt", ["dos"])
    reader = RecordStore(tmp_path / "records.sqlite")
    assert reader.keyed_docs
    query = reader._query

    def racing(sql, args=()):  # another thread's page, as this one keeps its rows
        rows = query(sql, args)
        if not sql.startswith("SELECT docno, doc, title, date FROM docs"):
            return rows

        def kept_then_changed():
            yield from rows
            reader.rows_version = -1  # a writer's commit, seen by the other thread
            reader._rows_current()

        return kept_then_changed()

    reader._query = racing
    try:
        rows = reader._document_rows([first, second])
    finally:
        reader._query = query
    assert {docno: row and row[0] for docno, row in rows.items()} == {first: "a.txt", second: "b.txt"}
    reader.close()
