"""A read-only index folder (a read-only mount, another user's index): searching works,
and every writer says in one line that it can't write there."""

import logging
import os
import stat
import subprocess

import pytest

from search.cli import main
from search.errors import IndexReadOnly
from search.retrieval.reader import open_index
from search.retrieval.searching import search
from search.storage import postcache, repairs, store_texts
from search.storage.build import build_index
from search.storage.update import update_index
from tests.conftest import SEEDS
from web import create_app


@pytest.fixture
def read_only(tmp_path, request):
    """Return an index of the seeds in a folder this process can't write to.

    With the parameter "without caches", its posting caches are gone (an index written
    before they existed).
    """
    source, mount = tmp_path / "source", tmp_path / "mount"
    build_index([SEEDS], source / "ix")
    if getattr(request, "param", None) == "without caches":
        for path in (source / "ix").rglob(f"*{postcache.EXTENSION}"):
            path.unlink()
    if getattr(request, "param", None) == "without texts":
        for path in (source / "ix").rglob(f"*{store_texts.EXTENSION}"):
            path.unlink()
    mount.mkdir()
    if os.geteuid() == 0:  # root writes anywhere: only a read-only mount stops it
        mounted = subprocess.run(["mount", "--bind", str(source), str(mount)], capture_output=True)
        if mounted.returncode or subprocess.run(["mount", "-o", "remount,bind,ro", str(mount)],
                                                capture_output=True).returncode:
            if not mounted.returncode:
                subprocess.run(["umount", str(mount)])
            pytest.skip("a read-only bind mount needs root's mount rights")
        yield mount / "ix"
        subprocess.run(["umount", "-l", str(mount)], check=True)  # caches stay mapped: lazily
    else:
        folders = [path for path in (source / "ix").rglob("*") if path.is_dir()] + [source / "ix"]
        for folder in folders:
            folder.chmod(stat.S_IRUSR | stat.S_IXUSR)
        yield source / "ix"
        for folder in folders:
            folder.chmod(stat.S_IRWXU)


def test_searching_a_read_only_index_works(read_only, runner):
    with open_index(read_only) as index:
        assert search(index, "Lavrov").total == 3
    result = runner.invoke(main, ["search", "Lavrov", "--index", str(read_only)])
    assert result.exit_code == 0 and "3 resultados" in result.output
    app = create_app({"INDEX_DIR": str(read_only)})
    client = app.test_client()
    assert client.get("/?q=Lavrov").status_code == 200
    assert client.get("/healthz").get_json()["status"] == "ok"
    app.extensions["hemeroteca"].close()


@pytest.mark.parametrize("read_only", ["without caches"], indirect=True)
def test_a_read_only_index_without_caches_is_searched_from_memory(read_only, runner, monkeypatch, caplog):
    """No cache is written into the folder; the caches are made in memory, said once a process."""
    postcache._open.clear()
    postcache._said_read_only.clear()
    monkeypatch.setattr(postcache, "write_cache", lambda *args: pytest.fail("wrote a cache"))
    with caplog.at_level(logging.WARNING):
        for _ in range(2):
            result = runner.invoke(main, ["search", "Lavrov", "--index", str(read_only)])
            assert result.exit_code == 0 and "3 resultados" in result.output
            postcache._open.clear()  # opened again, as a new searcher would
        app = create_app({"INDEX_DIR": str(read_only), "CACHED_PAGES": 0})
        assert app.test_client().get("/api/search?q=Lavrov").get_json()["total"] == 3
        app.extensions["hemeroteca"].close()
    said = [record.getMessage() for record in caplog.records if "solo lectura" in record.getMessage()]
    assert len(said) == 1 and "se calculan en memoria" in said[0], said
    assert not list(read_only.rglob(f"*{postcache.EXTENSION}"))


@pytest.mark.parametrize("read_only", ["without texts"], indirect=True)
def test_a_read_only_index_without_texts_files_reads_the_store(read_only, runner, caplog):
    """An index written before the texts files existed: its hits are read from the store, said once."""
    repairs._said_read_only.clear()
    with caplog.at_level(logging.WARNING):
        for _ in range(2):
            result = runner.invoke(main, ["search", "Lavrov", "--index", str(read_only)])
            assert result.exit_code == 0 and "3 resultados" in result.output and "Lavrov" in result.output
    said = [record.getMessage() for record in caplog.records if "solo lectura" in record.getMessage()]
    assert len(said) == 1 and "se leen del almacén" in said[0], said
    assert not list(read_only.rglob(f"*{store_texts.EXTENSION}*"))


@pytest.mark.parametrize("command", [["index", str(SEEDS)], ["update", str(SEEDS)], ["optimize"],
                                     ["watch", str(SEEDS)]])
def test_writers_say_in_one_line_that_the_folder_is_read_only(read_only, runner, command):
    result = runner.invoke(main, command + ["--index", str(read_only)])
    assert result.exit_code == 1
    lines = result.output.strip().splitlines()
    if command[0] == "watch":  # it says what it watches first
        lines = lines[1:]
    assert len(lines) == 1 and "Traceback" not in result.output, result.output
    assert "es de solo lectura" in lines[0] and f"hemeroteca {command[0]}" in lines[0]


def test_the_library_raises_index_read_only(read_only):
    with pytest.raises(IndexReadOnly):
        update_index([SEEDS], read_only)
