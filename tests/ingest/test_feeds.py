"""A .jsonl feed of any size is read a record at a time (ingest/feeds.py, jsonl_documents.py):
no file size limit, every encoding and newline, long and cut-short lines, and records
without `doc` given in parts of one document that the store joins."""

import codecs
import json
import threading

import pytest
from click.testing import CliRunner

from search.cli import main
from search.ingest import feeds, files, jsonl_documents
from search.ingest.formats import iter_path, read_path
from search.retrieval.reader import open_index
from search.retrieval.searching import search
from search.storage.build import build_index
from search.storage.update import update_index
from search.storage.watch import watch
from tests.storage.test_watch import total, wait_for


def records(count, start=0, **extra):
    return "".join(json.dumps({"id": f"r{n}", "text": f"Registro {n} sobre el cacao y el café.", **extra},
                              ensure_ascii=False) + "\n" for n in range(start, start + count))


def found(index_dir, query):
    with open_index(index_dir) as index:
        return search(index, query, limit=100).total


@pytest.fixture
def small_limit(monkeypatch):
    """A file size limit of 2 KB: the feeds of these tests are over it, as a 1 GB one is over 32 MB."""
    monkeypatch.setattr(files, "MAX_FILE_BYTES", 2048)
    monkeypatch.setattr(feeds, "MAX_FILE_BYTES", 2048)


def test_a_feed_over_the_file_size_limit_is_indexed_whole_by_index_and_update(tmp_path, small_limit):
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "feed.jsonl").write_text(records(100))
    (folder / "largo.txt").write_text("Lima, 1 de junio de 2023.- Un texto sobre el cacao.\n" * 100)
    summary = build_index([folder], tmp_path / "ix")
    assert summary.paragraphs == 100 and found(tmp_path / "ix", "cacao") == 100
    [(path, reason)] = summary.skipped  # the .txt over the limit: named, with its size and the limit
    assert path.endswith("largo.txt") and reason.startswith("demasiado grande (0 MB; el límite de un .txt o .md")
    with open(folder / "feed.jsonl", "a") as feed:  # a feed that grows
        feed.write(records(50, start=100))
    summary = update_index([folder], tmp_path / "ix")
    assert summary.updated == 1 and found(tmp_path / "ix", "cacao") == 150


def test_watch_indexes_a_feed_over_the_limit(tmp_path, small_limit):
    folder, lines, stop = tmp_path / "docs", [], threading.Event()
    folder.mkdir()
    (folder / "a.txt").write_text("Lima, 1 de junio de 2023.- Primer documento.\n")
    thread = threading.Thread(target=watch, args=([folder], tmp_path / "ix"),
                              kwargs={"stop": stop, "debounce": 0.2, "log": lines.append})
    thread.start()
    try:
        assert wait_for(lambda: lines)
        (folder / "feed.jsonl").write_text(records(80))
        assert wait_for(lambda: total(tmp_path / "ix", "cacao") == 80)
    finally:
        stop.set()
        thread.join(10)


def test_records_without_doc_go_in_parts_of_one_document(tmp_path, monkeypatch):
    monkeypatch.setattr(jsonl_documents, "FEED_PART_RECORDS", 4)
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "feed.jsonl").write_text(records(10, title="Teletipo") + json.dumps(
        {"id": "d1", "text": "Un párrafo de otro documento.", "doc": "otro"}) + "\n")
    parts = [(d.doc, d.first_paragraph, len(d.paragraphs)) for d in iter_path(folder / "feed.jsonl", folder)]
    assert parts == [("feed.jsonl", 0, 4), ("feed.jsonl", 4, 4), ("otro", 0, 1), ("feed.jsonl", 8, 2)]
    build_index([folder], tmp_path / "ix")
    result = CliRunner().invoke(main, ["show", "feed.jsonl", "--index", str(tmp_path / "ix")])
    assert "feed.jsonl · 10 párrafos" in result.output and "Registro 9 sobre" in result.output
    with open_index(tmp_path / "ix") as index:
        hits = search(index, "cacao", limit=20).hits
        assert sorted(hit.paragraph for hit in hits) == list(range(1, 11))
        assert {hit.doc for hit in hits} == {"feed.jsonl"} and {hit.title for hit in hits} == {"Teletipo"}


def test_a_line_over_the_record_limit_is_skipped_and_named_without_being_held(tmp_path, monkeypatch):
    monkeypatch.setattr(feeds, "MAX_RECORD_BYTES", 1000)
    long = json.dumps({"id": "largo", "text": "palabra " * 2000})
    (tmp_path / "f.jsonl").write_text(records(2) + long + "\n" + records(2, start=2))
    said = []
    [document] = read_path(tmp_path / "f.jsonl", tmp_path, warn=said.append)
    assert document.ids == ["r0", "r1", "r2", "r3"]
    assert said == [f"{tmp_path / 'f.jsonl'}:3: se omitió: la línea tiene más de 64 MB "
                    "(un registro tan largo no se lee)"]


def _encoded(text, codec, bom=b""):
    return bom + text.encode(codec)


FEED = records(3).replace("cacao", "cacao ñandú")


@pytest.mark.parametrize("raw, note", [
    (_encoded(FEED, "utf-8"), None),
    (_encoded(FEED, "utf-8", codecs.BOM_UTF8), None),
    (_encoded(FEED, "utf-16-le", codecs.BOM_UTF16_LE), None),
    (_encoded(FEED, "utf-16-be", codecs.BOM_UTF16_BE), None),
    (_encoded(FEED, "utf-16-le"), None),  # no byte-order mark: by its zero bytes
    (_encoded(FEED, "utf-32-le", codecs.BOM_UTF32_LE), None),
    (_encoded(FEED, "cp1252"), None),  # a legacy file: no UTF-8 at all
    (_encoded(FEED.replace("\n", "\r\n"), "utf-8"), None),  # Windows newlines
    (_encoded(FEED.replace("\n", "\r"), "utf-8"), None),  # old Mac newlines
    (_encoded(FEED, "utf-8").replace("ñandú".encode(), "ñandú".encode("cp1252"), 1),
     "codificación mixta: UTF-8 con bytes de Windows-1252 en 1 línea (1)"),
    (_encoded(FEED.replace("ñandú", "ñandú".encode().decode("cp1252"), 1), "utf-8"),
     "texto ya mal codificado (como «cooperaciÃ³n») en 1 línea (1)"),
])
def test_a_feed_is_read_in_every_encoding_and_newline(tmp_path, raw, note):
    (tmp_path / "f.jsonl").write_bytes(raw)
    said = []
    [document] = read_path(tmp_path / "f.jsonl", tmp_path, warn=said.append)
    assert document.ids == ["r0", "r1", "r2"]
    assert all("cacao ñandú" in paragraph for paragraph in document.paragraphs)
    notes = [message for message in said if "codific" in message]
    assert notes == [] if note is None else len(notes) == 1 and note in notes[0]


@pytest.mark.parametrize("raw, reason", [
    (b"", "archivo vacío"),
    (b"\n  \n\n", "archivo vacío"),
    (b"\x00\x01\x02\x03" * 100, "archivo binario"),
    (b"\x1b\x07\x08\x01" * 100 + b"\n", "archivo binario"),
])
def test_an_empty_or_binary_feed_is_refused(tmp_path, raw, reason):
    (tmp_path / "f.jsonl").write_bytes(raw)
    with pytest.raises(files.UnreadableFile, match=reason):
        read_path(tmp_path / "f.jsonl", tmp_path)


def test_a_feed_cut_short_keeps_every_whole_record(tmp_path):
    text = records(3)
    (tmp_path / "f.jsonl").write_text(text[:-25])  # cut in the middle of the last record
    said = []
    [document] = read_path(tmp_path / "f.jsonl", tmp_path, warn=said.append)
    assert document.ids == ["r0", "r1"] and len(said) == 1
    assert said[0].startswith(f"{tmp_path / 'f.jsonl'}:3: se omitió: no es JSON válido (columna ")
    assert said[0].endswith("y es la última línea y no acaba en salto de línea: el archivo se cortó, o se "
                            "está escribiendo (se leerá entera en la próxima actualización)")


def test_a_json_array_is_read_whole_up_to_the_file_limit(tmp_path, small_limit):
    (tmp_path / "a.jsonl").write_text(json.dumps([{"id": "a", "text": "Un registro sobre el cacao."}]))
    assert read_path(tmp_path / "a.jsonl", tmp_path, warn=[].append)[0].ids == ["a"]
    (tmp_path / "b.jsonl").write_text(json.dumps([{"id": f"b{n}", "text": "cacao " * 20} for n in range(40)]))
    with pytest.raises(files.UnreadableFile, match="es un array JSON de 0 MB, no JSON Lines"):
        read_path(tmp_path / "b.jsonl", tmp_path)


def test_a_run_of_nul_bytes_left_by_a_crash_loses_no_record(tmp_path):
    text = records(4).encode()
    lines = text.split(b"\n")
    (tmp_path / "f.jsonl").write_bytes(lines[0] + b"\n" + b"\x00" * 3000 + lines[1] + b"\n" + lines[2]
                                       + b"\n\x00\x00\x00\n" + lines[3] + b"\x00 \x00\x01\n")
    said = []
    [document] = read_path(tmp_path / "f.jsonl", tmp_path, warn=said.append)
    assert document.ids == ["r0", "r1", "r2"]
    assert [message.split(": ", 1)[1] for message in said] == [
        "tenía bytes NUL delante o detrás (lo que deja un corte al escribir el archivo); se quitaron",
        "tenía bytes NUL delante o detrás (lo que deja un corte al escribir el archivo); se quitaron",
        "se omitió: tiene bytes NUL (datos binarios)"]


@pytest.mark.parametrize("codec, bom", [("utf-8", b""), ("utf-16-le", codecs.BOM_UTF16_LE)])
def test_a_feed_written_between_the_two_passes_is_read_as_the_first_pass_saw_it(tmp_path, monkeypatch, codec, bom):
    """The cut last line is finished, and more records come, after the first pass: the second
    pass reads the same bytes, so `X` stays one document; the next update reads the rest."""
    folder = tmp_path / "f"
    folder.mkdir()
    feed = folder / "feed.jsonl"
    feed.write_bytes(bom + ('{"id":"x1","doc":"X","text":"uno de equis"}\n'
                            '{"id":"y1","doc":"Y","text":"uno de ye"}\n'
                            '{"id":"x2","doc":"X","text":"dos de').encode(codec))
    first_pass = jsonl_documents.survey

    def written_meanwhile(items):
        surveyed = first_pass(items)
        with open(feed, "ab") as handle:
            handle.write(' equis"}\n{"id":"x3","doc":"X","text":"tres de equis"}\n'.encode(codec))
        return surveyed

    monkeypatch.setattr(jsonl_documents, "survey", written_meanwhile)
    runner = CliRunner()
    result = runner.invoke(main, ["index", str(folder), "--index", str(tmp_path / "ix")])
    assert result.exit_code == 0, result.output
    assert "la última línea y no acaba en salto de línea" in result.output  # the cut line, as first read
    shown = runner.invoke(main, ["show", "X", "--index", str(tmp_path / "ix"), "--json"])
    assert [json.loads(line)["id"] for line in shown.output.splitlines()] == ["x1"]
    listed = runner.invoke(main, ["search", "doc:X", "--index", str(tmp_path / "ix")])
    assert "x1" in listed.output and "x2" not in listed.output and "x3" not in listed.output

    monkeypatch.setattr(jsonl_documents, "survey", first_pass)
    result = runner.invoke(main, ["update", str(folder), "--index", str(tmp_path / "ix")])
    assert result.exit_code == 0, result.output
    shown = runner.invoke(main, ["show", "X", "--index", str(tmp_path / "ix"), "--json"])
    assert [json.loads(line)["id"] for line in shown.output.splitlines()] == ["x1", "x2", "x3"]
    assert found(tmp_path / "ix", "doc:X") == 3 and found(tmp_path / "ix", "doc:Y") == 1


@pytest.mark.parametrize("raw, codec, encoding", [
    ("Año de cooperación\n".encode(), "utf-8", "UTF-8"),
    ("Año de cooperación\n".encode()[:-2] + b"\xc3", "utf-8", "UTF-8"),  # a character cut at the end
    ("Año de cooperación\n".encode() + "Peña\n".encode("cp1252"), "utf-8", "UTF-8"),  # stray bytes
    ("Año de cooperación\nPeña\n".encode("cp1252"), "cp1252", "Windows-1252"),  # no UTF-8 at all
])
def test_a_feed_decides_utf8_as_a_whole_file_does(tmp_path, raw, codec, encoding):
    # One rule (encodings.read_utf8): a feed read a line at a time and a .txt read whole tell
    # a UTF-8 file with stray bytes from a legacy one alike.
    from search.ingest.encodings import decode_utf8

    path = tmp_path / "f.jsonl"
    path.write_bytes(raw)
    with files.open_document(path) as handle:
        assert feeds.FeedLines(handle, path).codec == codec
    assert decode_utf8(raw).encoding == encoding
