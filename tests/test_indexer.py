import os

import pytest

from search import indexer
from search.errors import IndexNotFound
from search.indexer import build_index, live_generation, open_index


def stored(index_dir):
    with open_index(index_dir).searcher() as searcher:
        return sorted(fields["id"] for fields in searcher.all_stored_fields())


def test_build_indexes_every_format_and_reports(corpus, tmp_path):
    (corpus / "vacio.txt").write_text("")
    (corpus / "binario.txt").write_bytes(b"\x00\x01\x02 datos")
    summary = build_index([corpus], tmp_path / "ix")
    assert (summary.documents, summary.paragraphs) == (4, 7)
    assert sorted(os.path.basename(p) for p, _ in summary.skipped) == ["binario.txt", "vacio.txt"]
    assert stored(tmp_path / "ix") == ["nota.txt#1", "nota.txt#2", "nota.txt#3",
                                       "sub/entrevista.md#1", "sub/entrevista.md#2", "t-1", "t-2"]


def test_stored_fields_of_a_record(corpus, tmp_path):
    build_index([corpus], tmp_path / "ix")
    with open_index(tmp_path / "ix").searcher() as searcher:
        fields = searcher.document(id="t-1")
    assert fields["speakers"] == ["António Guterres"]
    assert fields["date"].date().isoformat() == "2020-05-01"
    assert (fields["doc"], fields["paragraph"], fields["title"]) == ("teletipos.jsonl", 1, "ONU")


def test_rebuild_switches_generation_and_removes_the_old_one(corpus, tmp_path):
    index_dir = tmp_path / "ix"
    build_index([corpus], index_dir)
    first = live_generation(index_dir)
    (corpus / "nota.txt").unlink()
    build_index([corpus], index_dir)
    second = live_generation(index_dir)
    assert first != second and not first.exists()
    assert (index_dir / "current").is_symlink()
    assert not any(child.name.startswith("building-") for child in index_dir.iterdir())
    assert "nota.txt#1" not in stored(index_dir)


def test_failed_build_leaves_the_old_index_in_service(corpus, tmp_path, monkeypatch):
    index_dir = tmp_path / "ix"
    build_index([corpus], index_dir)
    before = stored(index_dir)

    def explode(*args, **kwargs):
        raise RuntimeError("disco lleno")

    monkeypatch.setattr(indexer, "document_records", explode)
    with pytest.raises(RuntimeError):
        build_index([corpus], index_dir)
    assert stored(index_dir) == before
    assert [c.name for c in index_dir.iterdir() if c.name.startswith("building-")] == []


def test_dead_build_directories_are_cleaned(corpus, tmp_path):
    index_dir = tmp_path / "ix"
    index_dir.mkdir()
    (index_dir / "building-999999999-x").mkdir()
    build_index([corpus], index_dir)
    assert not (index_dir / "building-999999999-x").exists()


def test_many_files_use_the_parallel_writer(tmp_path, monkeypatch):
    monkeypatch.setattr(indexer, "SMALL_BUILD_FILES", 2)
    folder = tmp_path / "docs"
    folder.mkdir()
    for number in range(6):
        (folder / f"{number}.txt").write_text(f"Documento {number}.\nSegundo párrafo.\n")
    summary = build_index([folder], tmp_path / "ix", procs=2)
    assert summary.paragraphs == 12
    assert len(stored(tmp_path / "ix")) == 12


@pytest.mark.parametrize("make, detail", [
    (lambda path: None, "does not exist"),
    (lambda path: path.mkdir(), "no index here"),
])
def test_open_missing_index_says_how_to_build(tmp_path, make, detail):
    make(tmp_path / "ix")
    with pytest.raises(IndexNotFound, match=detail) as error:
        open_index(tmp_path / "ix")
    assert "hemeroteca index" in str(error.value)


def test_open_broken_index(tmp_path, corpus):
    index_dir = tmp_path / "ix"
    build_index([corpus], index_dir)
    for file in live_generation(index_dir).iterdir():
        if file.suffix == ".toc":
            file.write_bytes(b"roto")
    with pytest.raises(IndexNotFound, match="can't be opened"):
        open_index(index_dir)
