import pytest

from search.storage import adding as building
from search.storage import build as indexer
from search.storage.build import build_index
from search.storage.generations import live_generation
from search.storage.workers import share_files


def test_a_worker_failure_fails_the_build(corpus, tmp_path, monkeypatch):
    monkeypatch.setattr(indexer, "SMALL_BUILD_FILES", 1)

    def explode(*args, **kwargs):
        raise RuntimeError("lectura imposible")

    monkeypatch.setattr(building, "document_records", explode)
    with pytest.raises(RuntimeError, match="lectura imposible"):
        build_index([corpus], tmp_path / "ix", procs=2)
    assert live_generation(tmp_path / "ix") is None


def test_share_files_balances_by_size(tmp_path):
    files = []
    for name, size in [("a", 50), ("b", 10), ("c", 30), ("d", 30)]:
        (tmp_path / name).write_text("x" * size)
        files.append((tmp_path / name, tmp_path))
    shares = share_files(files, 2)
    assert [[p.name for p, _ in share] for share in shares] == [["a", "b"], ["c", "d"]]
    assert share_files(files[:1], 2) == [files[:1]]
