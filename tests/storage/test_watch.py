import os
import shutil
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from search.cli import main
from search.retrieval.reader import open_index
from search.retrieval.searching import search
from search.storage import watch as watch_module
from search.storage.build import build_index
from search.storage.generations import live_generation
from search.storage.locking import WriterBusy, writer_lock
from search.storage.watch import watch
from tests.conftest import wait_for
from tests.interrupt import interruptible


def total(index_dir, query):
    try:
        with open_index(index_dir) as index:
            return search(index, query).total
    except Exception:
        return 0


def writer_free(index_dir):
    """Tell whether no update holds the index's writer lock (taken and let go at once): watch is
    idle, and Ctrl-C ends it with 0 (130 when it stops an update)."""
    try:
        with writer_lock(index_dir, wait=0, command="test"):
            return True
    except WriterBusy:
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
        "log": lambda line: "sin fecha (" in line or lines.append(line)})  # its documents are undated
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
    process = interruptible(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    assert wait_for(lambda: (tmp_path / "ix" / "current").exists(), 30)
    assert wait_for(lambda: writer_free(tmp_path / "ix"), 30)
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
        "stop": stop, "debounce": 0.2,
        "log": lambda line: "sin fecha (" in line or lines.append(line)})  # its documents are undated
    thread.start()
    try:
        assert wait_for(lambda: len(lines) == 2)
        assert "inotify watch limit reached" in lines[0] and "se revisará cada" in lines[0]
        (folder / "b.txt").write_text("Llegan las vacunas.\n")
        assert wait_for(lambda: total(tmp_path / "ix", "vacunas") == 1)
    finally:
        stop.set()
        thread.join(10)


@pytest.mark.parametrize("watching", ["inotify", "polling"], indirect=True)
def test_a_folder_moved_away_and_replaced_is_watched_again(watching, tmp_path):
    folder, index_dir, lines = watching
    assert wait_for(lambda: total(index_dir, "primer") == 1)
    folder.rename(tmp_path / "away")  # the trial's `mv docs away; mkdir docs`
    folder.mkdir()
    (folder / "h.txt").write_text("Hola desde la carpeta nueva.\n")
    assert wait_for(lambda: total(index_dir, "carpeta nueva") == 1)
    assert wait_for(lambda: total(index_dir, "primer") == 0)  # the moved file left the index
    assert any(f"{folder}: la carpeta vigilada se movió o se sustituyó" in line for line in lines)
    (folder / "i.txt").write_text("Un pingüino en la nueva.\n")  # and it is really watched
    assert wait_for(lambda: total(index_dir, "pingüino") == 1)
    (tmp_path / "away" / "a.txt").write_text("Cambio donde ya no se vigila.\n")
    time.sleep(1.5)
    assert total(index_dir, "cambio") == 0


@pytest.mark.parametrize("watching", ["inotify", "polling"], indirect=True)
def test_a_folder_deleted_is_said_and_watched_when_it_is_back(watching, monkeypatch):
    folder, index_dir, lines = watching
    monkeypatch.setattr(watch_module, "RETRY_SECONDS", 0.2)  # what a failed update would wait
    (folder / "a.txt").unlink()
    folder.rmdir()
    assert wait_for(lambda: any("la carpeta vigilada ya no está" in line for line in lines))

    def refusals():
        return sum("no se quitó nada" in line for line in lines)
    assert wait_for(lambda: refusals() >= 1)
    said = refusals()
    time.sleep(1.5)
    assert refusals() == said  # said once a change, not retried every few seconds
    assert total(index_dir, "primer") == 1  # every file gone at once: the index is kept
    folder.mkdir()
    (folder / "b.txt").write_text("Vuelve la carpeta.\n")
    assert wait_for(lambda: total(index_dir, "vuelve") == 1)
    assert wait_for(lambda: total(index_dir, "primer") == 0)
    assert any("la carpeta vigilada volvió a existir" in line for line in lines)


@pytest.mark.parametrize("watching", ["inotify"], indirect=True)
def test_an_error_that_stays_is_said_once_until_an_update_goes_through(watching, monkeypatch, tmp_path):
    # trial 18b: a store copied from another index was said again every RETRY_SECONDS
    folder, index_dir, lines = watching
    monkeypatch.setattr(watch_module, "RETRY_SECONDS", 0.2)
    other = tmp_path / "other"
    build_index([_written(tmp_path / "otros" / "x.txt", "Otro índice.\n")], other)

    def copy_the_other_store():
        live = live_generation(index_dir)
        for name in ("records.sqlite-wal", "records.sqlite-shm"):
            (live / name).unlink(missing_ok=True)
        # copied beside it and renamed in: a watcher reading a half-copied file says «dañado», rightly
        shutil.copyfile(live_generation(other) / "records.sqlite", live / "records.sqlite.copy")
        os.replace(live / "records.sqlite.copy", live / "records.sqlite")

    def errors():
        return sum(line.startswith("error: ") for line in lines)
    copy_the_other_store()
    (folder / "b.txt").write_text("Llegan las vacunas.\n")
    assert wait_for(lambda: errors() == 1)
    time.sleep(1.5)
    assert errors() == 1 and "es de otro índice" in lines[-1]
    build_index([folder], index_dir)  # the repair the error names
    (folder / "c.txt").write_text("Llega el pingüino.\n")
    assert wait_for(lambda: total(index_dir, "pingüino") == 1)
    # review 18b: after an update went through, the same error is new again, and said
    copy_the_other_store()
    (folder / "d.txt").write_text("Llega la foca.\n")
    assert wait_for(lambda: errors() == 2) and "es de otro índice" in lines[-1]


def _written(path, text):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize("watching", ["inotify"], indirect=True)
def test_skipped_files_are_named_as_update_names_them(watching):
    folder, index_dir, lines = watching
    (folder / "vacio.txt").write_text("  \n")
    (folder / "b.txt").write_text("Llegan las vacunas.\n")
    assert wait_for(lambda: total(index_dir, "vacunas") == 1)
    assert wait_for(lambda: any("1 archivo omitido" in line for line in lines))
    assert f"omitido: {folder / 'vacio.txt'}: archivo vacío" in lines


def test_a_writer_holding_the_lock_is_waited_for_and_said_once(tmp_path, monkeypatch):
    # trial 35: «error: … vuelva a intentarlo» while watch retried on its own
    monkeypatch.setattr(watch_module, "RETRY_SECONDS", 0.1)
    folder, index_dir, lines = tmp_path / "docs", tmp_path / "ix", []
    _written(folder / "a.txt", "Primer documento.\n")
    build_index([folder], index_dir)
    stop = threading.Event()
    with writer_lock(index_dir, command="index"):  # `index` in another terminal
        thread = threading.Thread(target=watch, args=([folder], index_dir), kwargs={
            "stop": stop, "debounce": 0.1, "wait": 0.1,
            "log": lambda line: "sin fecha (" in line or lines.append(line)})
        thread.start()
        _written(folder / "b.txt", "Llegan las vacunas.\n")
        time.sleep(1.5)  # several retries, each refused
        held = list(lines)
    try:
        assert wait_for(lambda: total(index_dir, "vacunas") == 1)
    finally:
        stop.set()
        thread.join(10)
    assert len(held) == 1 and "«hemeroteca index» está escribiendo en el índice" in held[0], held
    assert "esperando a que termine" in held[0] and "vuelva a intentarlo" not in held[0]
    assert not any(line.startswith("error") for line in lines), lines


def test_watch_command_exits_130_when_ctrl_c_stops_an_update(monkeypatch):
    # watch idle ends with 0 on Ctrl-C, its only way to end (the test above); an update it cuts
    # short exits 130, as `update` does
    def interrupted_update(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(watch_module, "update_index", interrupted_update)
    monkeypatch.setattr(watch_module, "start_observer", lambda *args: None)
    monkeypatch.setattr(watch_module, "stop_observer", lambda observer: None)
    result = CliRunner().invoke(main, ["watch", "seeds", "--index", "no-index"])
    assert result.exit_code == 130 and result.output.rstrip().endswith("Vigilancia terminada."), result.output
