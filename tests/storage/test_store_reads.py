import datetime

import pytest

from search.records import Document, Record
from search.storage.store import BLOCK_PARAGRAPHS, block_rowid
from tests.storage.test_store import add, make_records


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


def test_speakers_of_more_places_than_one_query_takes(store):
    from search.storage.store_reads import VALUES_PLACES

    count = VALUES_PLACES * 2 + 3
    speakers = {n: ["Ana"] if n % 3 else ["Luis", "Ana"] for n in range(1, count + 1) if n % 5}
    docno = add(store, "a.txt", [f"Párrafo {n}" for n in range(1, count + 1)], speakers=speakers)
    places = [(docno, n) for n in range(count, 0, -1)]
    assert [r.speakers for r in store.records(places)] == [speakers.get(n, []) for _, n in places]


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


def test_speakers_read_from_blocks_are_those_of_the_spoken_table(store):
    """A page's speakers come from its blocks; stores written before read `spoken`: the same."""
    right, typo = "Hugo López Gatell", "Hugo Lopez Gatell"
    speakers = {1: [typo], 2: [right, typo], 3: ["Pregunta", right], 5: ["Luis\x1fRaro"]}
    docno = add(store, "a.txt", [f"Párrafo {n}" for n in range(1, 7)], speakers=speakers)
    places = [(docno, n) for n in (6, 5, 3, 2, 1)]
    from_blocks = [record.speakers for record in store.records(places)]
    assert from_blocks[3] == [right] and from_blocks[0] == []  # two spellings of one person: one name
    store.block_speakers = False
    assert [record.speakers for record in store.records(places)] == from_blocks
    assert all(record.speakers == [] for record in store.records(places, speakers=False))


def test_a_reader_shows_the_names_decided_after_it_first_read_them(tmp_path, store):
    """A reader keeps the names it read until another connection commits a change."""
    from search.storage.store import RecordStore

    docno = add(store, "a.txt", ["uno"], speakers={1: ["Hugo Lopez"]})
    reader = RecordStore(tmp_path / "records.sqlite")
    assert reader.record(docno, 1).speakers == ["Hugo Lopez"]
    add(store, "b.txt", ["dos", "tres"], speakers={1: ["Hugo López"], 2: ["Hugo López"]})
    assert reader.record(docno, 1).speakers == ["Hugo López"]  # accents, twice as often, now name him
    reader.close()


@pytest.mark.parametrize("row", [("a.txt", "Título", "2020-01-02"), ("b.txt", "", None)])
@pytest.mark.parametrize("speakers", [None, [], ["Ana Pérez"]])
def test_a_text_alone_makes_the_record_a_text_with_no_extras_makes(store, row, speakers):
    """An entry that is a text alone (most paragraphs: record_entry) is read without its extras' lookups."""
    alone = store._record(7, 3, row, "Un párrafo.", speakers)
    assert alone == store._record(7, 3, row, ["Un párrafo.", {}], speakers)
    assert (alone.id, alone.title, alone.speakers) == (f"{row[0]}#3", row[1], speakers or [])
    assert alone.date == (datetime.date(2020, 1, 2) if row[2] else None)
