"""A .jsonl feed that grew by appending: only what was appended is read and indexed
(storage/appending.py), and the index is then the one a fresh build of the whole feed makes;
anything but an append is indexed whole, as before."""

import json
import os
import sqlite3
import tempfile
from pathlib import Path
from unittest import mock

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from search.cli import main
from search.layout import STORE_FILE
from search.retrieval.reader import open_index
from search.retrieval.searching import search
from search.storage import update_steps
from search.storage.build import build_index
from search.storage.generations import live_generation
from search.storage.store import RecordStore
from search.storage.update import update_index
from search.storage.versions import LIVE

TEXTS = [
    "El canciller habló de la cooperación con China.",
    "LAVROV: Rusia y China firmaron un acuerdo de cooperación.",
    "Hugo López-Gatell, subsecretario: la epidemia sigue en descenso.",
    "Se registraron nuevos casos en la Ciudad de México.",
    "PREGUNTA: ¿Cuándo llegan las vacunas?",
    "El año próximo habrá más pruebas en cada estado.",
]


def line(record):
    return json.dumps(record, ensure_ascii=False) + "\n"


def append(path, *records):
    with open(path, "a", encoding="utf-8") as handle:
        handle.write("".join(map(line, records)))


def snapshot(index_dir):
    """Every live document of an index: name, title, and its records (id, number, title,
    text, speakers, date); and the Whoosh hits of a word, by record."""
    generation = live_generation(index_dir)
    store = RecordStore(generation / STORE_FILE)
    try:
        rows = store.connection.execute("SELECT docno, doc, title, paragraphs FROM docs WHERE state = ?",
                                        (LIVE,)).fetchall()
        documents = sorted(
            (doc, title, count, [(r.id, r.paragraph, r.title, r.text, tuple(r.speakers), r.date)
                                 for r in store.document_records_at(docno)])
            for docno, doc, title, count in rows)
    finally:
        store.close()
    with open_index(index_dir) as index:
        found = sorted((hit.id, hit.doc, hit.paragraph) for hit in search(index, "cooperación", limit=100).hits)
        people = sorted((hit.id, hit.doc) for hit in search(index, "orador:Lavrov", limit=100).hits)
    return documents, found, people


@pytest.fixture
def whole_reads(monkeypatch):
    """The files the update indexed whole (update_steps.stage_file), by name."""
    read = []
    original = update_steps.stage_file

    def spy(store, writer, state, *args, **kwargs):
        read.append(os.path.basename(os.fsdecode(state.path)))
        return original(store, writer, state, *args, **kwargs)

    monkeypatch.setattr(update_steps, "stage_file", spy)
    return read


@pytest.fixture
def feed(tmp_path):
    folder = tmp_path / "docs"
    folder.mkdir()
    path = folder / "agencia.jsonl"
    append(path, {"id": "a1", "doc": "nota-1", "text": TEXTS[0], "date": "2020-12-01"},
           {"id": "a2", "doc": "nota-1", "text": TEXTS[1]},
           {"doc": "nota-2", "text": TEXTS[2], "speakers": ["Hugo López-Gatell"]},
           {"text": TEXTS[3]})
    build_index([folder], tmp_path / "ix")
    return path


def fresh(folder, tmp_path):
    build_index([folder], tmp_path / "fresh")
    return snapshot(tmp_path / "fresh")


def test_new_documents_are_added_without_reading_the_feed_again(feed, tmp_path, whole_reads):
    append(feed, {"id": "b1", "doc": "nota-3", "text": TEXTS[1], "date": "2020-12-02"},
           {"id": "b2", "doc": "nota-3", "text": TEXTS[4]})
    result = CliRunner().invoke(main, ["update", str(feed.parent), "--index", str(tmp_path / "ix")])
    assert result.exit_code == 0, result.output
    assert "1 modificado" in result.output
    assert whole_reads == []
    assert snapshot(tmp_path / "ix") == fresh(feed.parent, tmp_path)


def test_a_continued_document_is_indexed_again_with_its_earlier_records(feed, tmp_path, whole_reads):
    append(feed, {"id": "a3", "doc": "nota-1", "text": TEXTS[5]}, {"doc": "nota-2", "text": TEXTS[0]})
    update_index([feed.parent], tmp_path / "ix")
    assert whole_reads == []
    documents, _, _ = snapshot(tmp_path / "ix")
    assert [record[0] for doc, *_, records in documents if doc == "nota-1" for record in records] == ["a1", "a2", "a3"]
    assert [record[0] for doc, *_, records in documents if doc == "nota-2" for record in records] == [
        "nota-2#1", "nota-2#2"]
    assert snapshot(tmp_path / "ix") == fresh(feed.parent, tmp_path)


def rewrite(path, change):
    data = path.read_bytes()
    path.write_bytes(change(data))


FALLBACKS = {
    "edited in the middle, same size": lambda data: data.replace(b"China", b"Chile", 1) + line(
        {"doc": "nota-9", "text": TEXTS[4]}).encode(),
    "truncated": lambda data: data[:data.index(b"\n") + 1],
    "rewritten, longer": lambda data: line({"doc": "otra", "text": TEXTS[5]}).encode() * 2 + data,
    "a record without doc": lambda data: data + line({"text": TEXTS[4]}).encode(),
    "an id another document has": lambda data: data + line({"id": "a1", "doc": "nota-9", "text": TEXTS[4]}).encode(),
    "an id a made one takes": lambda data: data + line({"id": "nota-2#1", "doc": "nota-9", "text": TEXTS[4]}).encode(),
    "the old end cut a line": lambda data: data[:-1] + b" " + line({"doc": "nota-9", "text": TEXTS[4]}).encode(),
    "lone CR newlines": lambda data: data.replace(b"\n", b"\r") + line({"doc": "nota-9", "text": TEXTS[4]}).encode(),
    "a legacy-encoded line": lambda data: data + line({"doc": "nota-9", "text": TEXTS[5]}).encode("cp1252"),
    "the file's own name as a doc": lambda data: data + line({"doc": "agencia.jsonl", "text": TEXTS[4]}).encode(),
}


@pytest.mark.parametrize("change", FALLBACKS.values(), ids=FALLBACKS.keys())
def test_anything_but_an_append_is_indexed_whole_as_before(feed, tmp_path, whole_reads, change):
    rewrite(feed, change)
    update_index([feed.parent], tmp_path / "ix")
    assert whole_reads == ["agencia.jsonl"]
    assert snapshot(tmp_path / "ix") == fresh(feed.parent, tmp_path)


def test_a_feed_renamed_and_appended_is_indexed_whole(feed, tmp_path, whole_reads):
    moved = feed.with_name("renombrada.jsonl")
    feed.rename(moved)
    append(moved, {"doc": "nota-9", "text": TEXTS[4]})
    update_index([feed.parent], tmp_path / "ix")
    assert whole_reads == ["renombrada.jsonl"]
    assert snapshot(tmp_path / "ix") == fresh(feed.parent, tmp_path)


def test_a_feed_whose_doc_another_feed_gives_is_indexed_whole(feed, tmp_path, whole_reads):
    append(feed.with_name("otra.jsonl"), {"doc": "nota-1", "text": TEXTS[4]})
    update_index([feed.parent], tmp_path / "ix")
    append(feed, {"doc": "nota-7", "text": TEXTS[5]})
    whole_reads.clear()
    update_index([feed.parent], tmp_path / "ix")
    assert whole_reads == ["agencia.jsonl"]
    assert snapshot(tmp_path / "ix") == fresh(feed.parent, tmp_path)


def test_a_bad_line_appended_is_said_with_its_line_number(feed, tmp_path, whole_reads):
    with open(feed, "a", encoding="utf-8") as handle:
        handle.write("{roto\n" + line({"doc": "nota-5", "text": TEXTS[4]}))
    summary = update_index([feed.parent], tmp_path / "ix")
    assert whole_reads == []
    assert any("agencia.jsonl:5:" in warning for warning in summary.warnings), summary.warnings


def test_the_index_survives_an_append_to_a_damaged_store(feed, tmp_path):
    """The store is read for the file's documents: a store that can't be read is said, as before."""
    append(feed, {"doc": "nota-3", "text": TEXTS[4]})
    store = live_generation(tmp_path / "ix") / STORE_FILE
    connection = sqlite3.connect(store)
    connection.execute("DROP TABLE ids")
    connection.commit()
    connection.close()
    result = CliRunner().invoke(main, ["update", str(feed.parent), "--index", str(tmp_path / "ix")])
    assert result.exit_code != 0 and "Traceback" not in result.output


RECORDS = st.fixed_dictionaries(
    {"text": st.sampled_from(TEXTS)},
    optional={"doc": st.sampled_from(["n1", "n2", "n3", "n4"]), "id": st.sampled_from(["i1", "i2", "i3", "i4", "i1~2"]),
              "date": st.sampled_from(["2020-12-01", "2021-01-15"]),
              "speakers": st.sampled_from([["Serguéi Lavrov"], ["Hugo López-Gatell"]])})
HISTORIES = st.tuples(st.lists(RECORDS, min_size=1, max_size=6),
                      st.lists(st.lists(RECORDS, min_size=1, max_size=4), min_size=1, max_size=3))
BIASED = st.one_of(HISTORIES, st.tuples(  # most appends all new or continued docs, no ids: the append path
    st.lists(RECORDS.map(lambda r: {**r, "doc": r.get("doc", "n1")}), min_size=1, max_size=6),
    st.lists(st.lists(RECORDS.map(lambda r: {k: v for k, v in r.items() if k != "id"} | {"doc": r.get("doc", "n5")}),
                      min_size=1, max_size=4), min_size=1, max_size=3)))


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(BIASED)
def test_an_appended_feed_is_indexed_as_a_fresh_build_of_it(history):
    first, appends = history
    with tempfile.TemporaryDirectory() as scratch:
        scratch = Path(scratch)
        folder = scratch / "docs"
        folder.mkdir()
        append(folder / "f.jsonl", *first)
        build_index([folder], scratch / "ix")
        for records in appends:
            append(folder / "f.jsonl", *records)
            with mock.patch.object(update_steps, "stage_file", wraps=update_steps.stage_file) as whole:
                update_index([folder], scratch / "ix")
            event("indexed whole" if whole.called else "append path")
        assert snapshot(scratch / "ix") == fresh(folder, scratch)


def test_a_doc_whose_only_record_repeats_another_is_no_document(tmp_path):
    """Found by the property above: it made an empty document, and a traceback."""
    folder = tmp_path / "docs"
    folder.mkdir()
    append(folder / "f.jsonl", {"text": TEXTS[0]}, {"text": TEXTS[1], "doc": "n2", "id": "i2"},
           {"text": TEXTS[1], "doc": "n1", "id": "i2"})
    result = CliRunner().invoke(main, ["index", str(folder), "--index", str(tmp_path / "ix")])
    assert result.exit_code == 0, result.output
    assert "repite el registro «i2» de la línea 2" in result.output
    assert [doc for doc, *_ in snapshot(tmp_path / "ix")[0]] == ["f.jsonl", "n2"]


@pytest.mark.parametrize("padding, decided", [(0, 2), (1 << 20, 1)])
def test_an_append_decides_the_feeds_encoding_once_from_its_first_mib(tmp_path, monkeypatch, padding, decided):
    # The old lines are read with the decision made for the new ones (FeedLines.upto), and the
    # old part's own first MiB is decided apart only when it was shorter than that.
    from search.ingest.feeds import FeedLines
    from search.storage import appending

    folder = tmp_path / "docs"
    folder.mkdir()
    path = folder / "agencia.jsonl"
    append(path, {"id": "a1", "doc": "nota-1", "text": TEXTS[0], "extra": "x" * padding})
    build_index([folder], tmp_path / "ix")
    made = []

    class Counted(FeedLines):
        def __init__(self, *args):
            made.append(args[1])
            super().__init__(*args)

    monkeypatch.setattr(appending, "FeedLines", Counted)
    append(path, {"id": "a2", "doc": "nota-1", "text": TEXTS[1]}, {"id": "b1", "doc": "nota-2", "text": TEXTS[2]})
    update_index([folder], tmp_path / "ix")
    assert len(made) == decided
    assert snapshot(tmp_path / "ix") == fresh(folder, tmp_path)
