import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from search.retrieval.reader import open_index
from search.retrieval.searching import search
from search.storage.watch import watch


def total(index_dir, query):
    try:
        with open_index(index_dir) as index:
            return search(index, query).total
    except Exception:
        return 0


def wait_for(condition, seconds=10):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.05)
    return False


@pytest.fixture
def watching(tmp_path, request):
    """Start watch() in a thread on tmp_path/docs; yield (folder, index_dir, log lines)."""
    folder, index_dir, lines = tmp_path / "docs", tmp_path / "ix", []
    folder.mkdir()
    (folder / "a.txt").write_text("Primer documento.\n")
    stop = threading.Event()
    thread = threading.Thread(target=watch, args=([folder], index_dir), kwargs={
        "stop": stop, "debounce": 0.3, "polling": request.param == "polling",
        "log": lines.append})
    thread.start()
    assert wait_for(lambda: len(lines) == 1)
    yield folder, index_dir, lines
    stop.set()
    thread.join(10)
    assert not thread.is_alive()


@pytest.mark.parametrize("watching", ["inotify", "polling"], indirect=True)
def test_new_changed_and_deleted_files_are_seen(watching):
    folder, index_dir, lines = watching
    assert "No había índice en" in lines[0] and "se construyó con 1 documento" in lines[0]
    (folder / "b.txt").write_text("Llegan las vacunas.\n")
    assert wait_for(lambda: total(index_dir, "vacunas") == 1)
    (folder / "b.txt").unlink()
    assert wait_for(lambda: total(index_dir, "vacunas") == 0)
    assert wait_for(lambda: "1 eliminado" in lines[-1])  # logged just after the commit


@pytest.mark.parametrize("watching", ["inotify"], indirect=True)
def test_a_burst_of_files_costs_one_update(watching):
    folder, index_dir, lines = watching
    for number in range(20):
        (folder / f"n{number}.txt").write_text(f"Documento {number} de la ráfaga.\n")
    assert wait_for(lambda: total(index_dir, "ráfaga") == 20)
    time.sleep(0.5)
    assert len(lines) == 2 and "20 añadidos" in lines[1]


def test_watch_command_stops_cleanly_on_ctrl_c(tmp_path):
    (tmp_path / "a.txt").write_text("Un documento.\n")
    command = [str(Path(sys.executable).parent / "hemeroteca"), "watch", str(tmp_path),
               "--index", str(tmp_path / "ix")]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                               text=True)
    assert wait_for(lambda: (tmp_path / "ix" / "current").exists(), 30)
    process.send_signal(signal.SIGINT)
    out, err = process.communicate(timeout=30)
    assert process.returncode == 0, err
    assert "Vigilancia terminada." in out and "Traceback" not in err


def test_polling_takes_over_when_inotify_fails(tmp_path, monkeypatch):
    from watchdog.observers import Observer

    class Exhausted(Observer):
        def start(self):
            raise OSError(28, "inotify watch limit reached")

    monkeypatch.setattr("search.storage.watch.Observer", Exhausted)
    folder, lines, stop = tmp_path / "docs", [], threading.Event()
    folder.mkdir()
    (folder / "a.txt").write_text("Primer documento.\n")
    thread = threading.Thread(target=watch, args=([folder], tmp_path / "ix"), kwargs={
        "stop": stop, "debounce": 0.2, "log": lines.append})
    thread.start()
    try:
        assert wait_for(lambda: len(lines) == 2)
        assert "inotify watch limit reached" in lines[0] and "se revisará cada" in lines[0]
        (folder / "b.txt").write_text("Llegan las vacunas.\n")
        assert wait_for(lambda: total(tmp_path / "ix", "vacunas") == 1)
    finally:
        stop.set()
        thread.join(10)
