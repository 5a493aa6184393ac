"""`index`, `update` and `watch` name every file they skip or warn of one way: as the
person typed its folder, relative to where they typed it (trial 14, finding 7). The
folder scan said `d/selfdir` while the reading said `/home/…/d/roto.txt`."""

import json
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from search.cli import main
from search.ingest.typed_paths import TypedPaths
from tests.conftest import wait_for
from tests.interrupt import interruptible

NAMED = ["selfdir", "nota.txt~", "roto.txt", "bucle.txt", "vacio.txt", "bin.txt"]


def odd_folder(folder):
    """Write a folder with a document and a file of each kind a build skips or warns of."""
    folder.mkdir()
    (folder / "a.txt").write_text("Lima, 1 de junio de 2023.- Texto sobre la quinua.\n")
    (folder / "roto.txt").symlink_to("nada.txt")
    (folder / "bucle.txt").symlink_to("bucle.txt")
    (folder / "vacio.txt").write_text("")
    (folder / "nota.txt~").write_text("copia\n")
    (folder / "selfdir").symlink_to(".")
    (folder / "bin.txt").write_bytes(b"\x00\x01\x02binario")
    (folder / "f.jsonl").write_text(json.dumps({"id": "r1", "text": "La quinua."}) + "\n{roto\n")


def lines_naming_files(output):
    return [line for line in output.splitlines() if line.startswith(("omitido: ", "aviso: ")) and ": " in line[8:]
            and "sin fecha" not in line]


@pytest.mark.parametrize("typed, where, shown", [
    ("d", ".", "d/"),
    ("./d/", ".", "d/"),
    (".", "d", ""),
    ("../d", "t", "../d/"),
    ("ABS", ".", "ABS/"),  # an absolute path typed stays absolute
])
def test_index_and_update_name_skipped_files_as_the_folder_was_typed(runner, tmp_path, monkeypatch,
                                                                     typed, where, shown):
    odd_folder(tmp_path / "d")
    (tmp_path / "t").mkdir()
    if typed == "ABS":
        typed, shown = str(tmp_path / "d"), str(tmp_path / "d") + "/"
    monkeypatch.chdir(tmp_path / where)
    index = str(tmp_path / "ix")
    built = runner.invoke(main, ["index", typed, "--index", index])
    assert built.exit_code == 0, built.output
    expected = sorted(f"omitido: {shown}{name}:" for name in NAMED) + [f"aviso: {shown}f.jsonl:2:"]
    said = lines_naming_files(built.output)
    assert sorted(line.split(": ", 2)[0] + ": " + line.split(": ", 2)[1] + ":" for line in said) == sorted(expected)
    (tmp_path / "d" / "roto2.txt").symlink_to("ninguno.txt")
    (tmp_path / "d" / "a.txt").write_text("")
    updated = runner.invoke(main, ["update", typed, "--index", index])
    assert updated.exit_code == 0, updated.output
    said = lines_naming_files(updated.output)
    for name in [*NAMED, "roto2.txt", "a.txt"]:
        assert [line for line in said if line.startswith(f"omitido: {shown}{name}: ")], (name, updated.output)
    assert not [line for line in said if str(tmp_path) in line and not shown.startswith(str(tmp_path))]


def test_an_update_of_the_recorded_paths_names_them_as_it_says_them(runner, tmp_path, monkeypatch):
    odd_folder(tmp_path / "d")
    monkeypatch.chdir(tmp_path)
    runner.invoke(main, ["index", "d", "--index", "ix"])
    updated = runner.invoke(main, ["update", "--index", "ix"])
    assert f"Rutas del índice: {tmp_path / 'd'}" in updated.output
    assert f"omitido: {tmp_path / 'd' / 'roto.txt'}: enlace roto" in updated.output


def test_watch_names_skipped_files_as_the_folder_was_typed(tmp_path):
    odd_folder(tmp_path / "d")
    log = tmp_path / "watch.log"
    command = [str(Path(sys.executable).parent / "hemeroteca"), "watch", "d", "--index", "ix", "--debounce", "0.2"]
    with open(log, "w") as out:
        process = interruptible(command, stdout=out, stderr=subprocess.STDOUT, text=True, cwd=tmp_path)
    try:
        assert wait_for(lambda: "archivos omitidos" in log.read_text(), 30), log.read_text()
        (tmp_path / "d" / "roto2.txt").symlink_to("ninguno.txt")
        assert wait_for(lambda: "omitido: d/roto2.txt: enlace roto" in log.read_text(), 30), log.read_text()
    finally:
        process.send_signal(signal.SIGINT)
        process.wait(30)
    said = log.read_text()
    for name in NAMED:
        assert f"omitido: d/{name}: " in said, said
    assert "aviso: d/f.jsonl:2: " in said and str(tmp_path) not in said.replace("Vigilando d", "")


@pytest.mark.parametrize("roots, path, written", [
    (["d"], "ABS/d/x.txt", "d/x.txt"),
    (["d", "d/sub"], "ABS/d/sub/x.txt", "d/sub/x.txt"),
    (["."], "ABS/a.txt", "a.txt"),
    (["./d/"], "ABS/d/x.txt", "d/x.txt"),
    (["d"], "ABS/dd/x.txt", "ABS/dd/x.txt"),  # not under d: left as it is
    (["d"], "ABS/d/con espacio.txt", "d/con espacio.txt"),
    ([], "ABS/d/x.txt", "ABS/d/x.txt"),
])
def test_typed_paths_name_a_stored_path_under_the_root_it_was_found_from(tmp_path, monkeypatch, roots, path, written):
    """What the store keeps (absolute) is named as its root was typed: messages made from it
    (two files that give one document) say it as the reading says the files it reads."""
    monkeypatch.chdir(tmp_path)
    absolute = str(tmp_path)
    assert TypedPaths(roots).path(path.replace("ABS", absolute)) == written.replace("ABS", absolute)


def test_a_build_of_files_that_give_one_name_names_no_absolute_path(runner, tmp_path, monkeypatch):
    """Its messages on the shared name and the repeated id name the files as found under `d`."""
    (tmp_path / "d" / "a").mkdir(parents=True)
    (tmp_path / "d" / "b").mkdir()
    for folder in ("a", "b"):
        (tmp_path / "d" / folder / "f.jsonl").write_text(
            json.dumps({"doc": "rueda-1", "text": f"La quinua de {folder}."}) + "\n")
    monkeypatch.chdir(tmp_path)
    built = runner.invoke(main, ["index", "d", "--index", "ix"])
    assert built.exit_code == 0, built.output
    assert str(tmp_path) not in built.output
