import os
import time

import pytest

from search.retrieval.reader import open_index
from search.retrieval.results import hit_records
from search.storage import adding as building
from search.storage import build as indexer
from search.storage import workers
from search.storage.build import build_index
from search.storage.generations import RETIRED, live_generation


def stored(index_dir):
    with open_index(index_dir) as index:
        searcher = index.searcher()
        docnums = list(searcher.document_numbers())
        return sorted(record.id for record in hit_records(searcher, index.store, docnums))


def test_build_indexes_every_format_and_reports(corpus, tmp_path):
    (corpus / "vacio.txt").write_text("")
    (corpus / "binario.txt").write_bytes(b"\x00\x01\x02 datos")
    summary = build_index([corpus], tmp_path / "ix")
    assert (summary.documents, summary.paragraphs) == (4, 7)
    assert sorted(os.path.basename(p) for p, _ in summary.skipped) == ["binario.txt", "vacio.txt"]
    assert stored(tmp_path / "ix") == ["nota.txt#1", "nota.txt#2", "nota.txt#3",
                                       "sub/entrevista.md#1", "sub/entrevista.md#2", "t-1", "t-2"]


def test_a_record_comes_back_whole(corpus, tmp_path):
    build_index([corpus], tmp_path / "ix")
    with open_index(tmp_path / "ix") as index:
        record = index.store.record(*index.store.locate("t-1"))
    assert record.speakers == ["António Guterres"]
    assert record.date.isoformat() == "2020-05-01"
    assert (record.doc, record.paragraph, record.title) == ("teletipos.jsonl", 1, "ONU")
    assert record.text == "La ONU pidió un alto el fuego."


def test_rebuild_switches_generation_and_retires_the_old_one(corpus, tmp_path, monkeypatch):
    index_dir = tmp_path / "ix"
    build_index([corpus], index_dir)
    first = live_generation(index_dir)
    (corpus / "nota.txt").unlink()
    build_index([corpus], index_dir)
    second = live_generation(index_dir)
    assert first != second and (first / RETIRED).is_file()  # for searches that opened it: test_retiring.py
    monkeypatch.setenv("HEMEROTECA_RETIRED_SECONDS", "0.01")
    time.sleep(0.02)
    build_index([corpus], index_dir)
    assert not first.exists() and second.exists()
    assert (index_dir / "current").is_symlink()
    assert not any(child.name.startswith("building-") for child in index_dir.iterdir())
    assert "nota.txt#1" not in stored(index_dir)


def test_failed_build_leaves_the_old_index_in_service(corpus, tmp_path, monkeypatch):
    index_dir = tmp_path / "ix"
    build_index([corpus], index_dir)
    before = stored(index_dir)

    def explode(*args, **kwargs):
        raise RuntimeError("disco lleno")

    monkeypatch.setattr(building, "document_records", explode)
    with pytest.raises(RuntimeError, match="disco lleno"):
        build_index([corpus], index_dir)
    assert stored(index_dir) == before
    assert [c.name for c in index_dir.iterdir() if c.name.startswith("building-")] == []


def test_a_build_writes_the_manifest(corpus, tmp_path):
    build_index([corpus], tmp_path / "ix")
    with open_index(tmp_path / "ix") as index:
        paths = sorted(os.path.basename(path) for path in index.store.manifest())
    assert paths == [b"entrevista.md", b"nota.txt", b"teletipos.jsonl"]


def test_a_killed_build_leaves_the_old_index_and_is_cleaned(corpus, tmp_path):
    index_dir = tmp_path / "ix"
    build_index([corpus], index_dir)
    before = stored(index_dir)
    leftover = index_dir / "building-999999999-x"
    leftover.mkdir()
    (leftover / "MAIN_1.toc").write_bytes(b"a medias")
    os.symlink("building-999999999-x", index_dir / ".current-999999999")
    assert stored(index_dir) == before
    build_index([corpus], index_dir)
    assert sorted(p.name for p in index_dir.iterdir() if not p.name.startswith("gen-")) == [
        "current", "writer.lock"]


def test_generations_number_documents_in_alternate_halves(corpus, tmp_path):
    index_dir = tmp_path / "ix"
    numbers = []
    for _ in range(3):
        build_index([corpus], index_dir)
        with open_index(index_dir) as index:
            numbers.append(index.store.docno_of("nota.txt"))
    assert numbers[0] < workers.DOCNO_HALF <= numbers[1] and numbers[2] < workers.DOCNO_HALF


def test_many_files_are_built_by_parallel_workers(tmp_path, monkeypatch):
    monkeypatch.setattr(indexer, "SMALL_BUILD_FILES", 2)
    folder = tmp_path / "docs"
    folder.mkdir()
    for number in range(6):
        (folder / f"{number}.txt").write_text(
            f"EL PRESIDENTE: Documento {number}.\nSegundo párrafo.\n")
    (folder / "vacio.txt").write_text("")
    summary = build_index([folder], tmp_path / "ix", procs=2)
    assert (summary.documents, summary.paragraphs, len(summary.skipped)) == (6, 12, 1)
    assert len(stored(tmp_path / "ix")) == 12
    with open_index(tmp_path / "ix") as index:
        assert len(index.searcher().reader().leaf_readers()) == 2
        assert [row[:2] for row in index.store.speaker_table()] == [("El Presidente", 12)]
        assert not list(live_generation(tmp_path / "ix").glob("part-*"))


def test_an_id_that_two_files_use_is_reported(tmp_path):
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "a.jsonl").write_text('{"id": "x-1", "text": "Primero."}\n')
    (folder / "b.jsonl").write_text('{"id": "x-1", "text": "Segundo."}\n{"id": "x-2", "text": "Otro."}\n')
    summary = build_index([folder], tmp_path / "ix")
    assert [w for w in summary.warnings if "«x-1»" in w and "a.jsonl, b.jsonl" in w]
    assert not [w for w in summary.warnings if "x-2" in w]
