"""An index kept inside the folder it indexes (`archivo/` and `archivo/.indice`, or
`archivo/indice`): its own files are never read as documents, nor named, and `watch` does
not take its own writes for changes (once, it updated three times a second, forever)."""

import threading
import time

import pytest

from search.cli import main
from search.storage.build import build_index
from search.storage.watch import watch
from tests.conftest import wait_for
from tests.storage.test_watch import total


@pytest.mark.parametrize("name", ["idx", ".indice"])
@pytest.mark.parametrize("mode", ["inotify", "polling"])
def test_watch_ignores_its_own_index_inside_the_watched_folder(tmp_path, monkeypatch, mode, name):
    folder = tmp_path / "archivo"
    folder.mkdir()
    (folder / "a.txt").write_text("Texto sobre el kinkajú.\n")
    build_index([folder], folder / name)  # as `hemeroteca index archivo --index archivo/idx`
    monkeypatch.chdir(tmp_path)  # relative paths, as typed
    lines, stop = [], threading.Event()
    thread = threading.Thread(target=watch, args=(["archivo"], f"archivo/{name}"), kwargs={
        "stop": stop, "debounce": 0.3, "polling": mode == "polling", "log": lines.append})
    thread.start()

    def updates():  # the updates' summary lines (an undated document adds an aviso line)
        return [line for line in lines if "actualizado" in line]

    try:
        assert wait_for(lambda: len(updates()) == 1)
        time.sleep(3)  # ten debounces: each update of its own writes would show here
        assert len(updates()) == 1, lines
        (folder / "b.txt").write_text("Llega el coatí.\n")
        assert wait_for(lambda: total(folder / name, "coatí") == 1)
        time.sleep(3)
        assert len(updates()) == 2 and "1 añadido" in updates()[1], lines
    finally:
        stop.set()
        thread.join(10)


def test_index_and_update_leave_an_inner_index_unread(runner, tmp_path):
    folder = tmp_path / "archivo"
    folder.mkdir()
    (folder / "a.txt").write_text("Texto sobre el kinkajú.\n")
    built = runner.invoke(main, ["index", str(folder), "--index", str(folder / "idx")])
    assert built.exit_code == 0 and "0 archivos omitidos" in built.output, built.output
    (folder / "idx" / "nota.txt").write_text("Un texto dentro del índice.\n")  # never a document
    for _ in range(2):
        updated = runner.invoke(main, ["update", str(folder), "--index", str(folder / "idx")])
        assert "0 añadidos" in updated.output and "0 archivos omitidos" in updated.output, updated.output
    assert total(folder / "idx", "texto") == 1
