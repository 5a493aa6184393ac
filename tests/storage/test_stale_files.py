"""A file indexed before that can't be read now (grown past the size limit, unreadable, a
pipe) keeps its documents, and every update says so by name; watch too, at every burst."""

import os
import threading

import pytest
from click.testing import CliRunner

from search.cli import main
from search.ingest import files
from search.storage.build import build_index
from search.storage.update import update_index
from search.storage.watch import watch
from tests.storage.test_watch import total, wait_for

KEPT = "sus documentos de antes siguen en el índice tal como se indexaron"


@pytest.fixture
def folder(tmp_path, monkeypatch):
    monkeypatch.setattr(files, "MAX_FILE_BYTES", 4096)
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "a.txt").write_text("Lima, 1 de junio de 2023.- El ministro habló de la quinua.\n")
    (folder / "b.txt").write_text("Lima, 1 de junio de 2023.- Otro tema: el maíz morado.\n")
    build_index([folder], tmp_path / "ix")
    return folder


def grow(path):
    with open(path, "a") as out:
        out.write("Lima, 2 de junio de 2023.- Ahora habla de la yuca.\n" * 200)


def unreadable(path):
    path.chmod(0)


def piped(path):
    path.unlink()
    os.mkfifo(path)


@pytest.mark.parametrize("change, reason", [(grow, "demasiado grande (0 MB; el límite de un .txt o .md es 0 MB)"),
                                            (piped, "tubería con nombre")]
                         + ([(unreadable, "no se puede leer")] if os.geteuid() else []))
def test_an_update_names_the_file_whose_old_documents_stay_every_time(folder, tmp_path, change, reason):
    change(folder / "a.txt")
    for _ in range(2):  # every update, not only the first
        result = CliRunner().invoke(main, ["update", str(folder), "--index", str(tmp_path / "ix")])
        assert result.exit_code == 0
        [line] = [line for line in result.output.splitlines() if line.startswith("omitido:")]
        assert line.startswith(f"omitido: {folder / 'a.txt'}: ") and reason in line and KEPT in line
        assert "1 de ellos conserva en el índice los documentos de una versión anterior" in result.output
    assert total(tmp_path / "ix", "quinua") == 1  # kept, and said


def test_a_file_back_under_the_limit_is_indexed_again(folder, tmp_path):
    grow(folder / "a.txt")
    assert update_index([folder], tmp_path / "ix").stale == [str(folder / "a.txt")]
    (folder / "a.txt").write_text("Lima, 3 de junio de 2023.- Ya solo habla de la yuca.\n")
    summary = update_index([folder], tmp_path / "ix")
    assert summary.updated == 1 and not summary.stale
    assert total(tmp_path / "ix", "quinua") == 0 and total(tmp_path / "ix", "yuca") == 1


def test_watch_says_it_at_every_burst(folder, tmp_path):
    lines, stop = [], threading.Event()
    grow(folder / "a.txt")
    thread = threading.Thread(target=watch, args=([folder], tmp_path / "ix"),
                              kwargs={"stop": stop, "debounce": 0.2, "log": lines.append})
    thread.start()
    try:
        assert wait_for(lambda: any("conserva" in line for line in lines))
        (folder / "c.txt").write_text("Lima, 1 de junio de 2023.- Llega el cacao.\n")
        assert wait_for(lambda: total(tmp_path / "ix", "cacao") == 1)
        assert wait_for(lambda: sum(KEPT in line for line in lines) == 2)
    finally:
        stop.set()
        thread.join(10)
