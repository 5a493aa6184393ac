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
        process = subprocess.Popen(command, stdout=out, stderr=subprocess.STDOUT, text=True, cwd=tmp_path)
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


@pytest.mark.parametrize("roots, message, written", [
    (["d"], "ABS/d/x.txt: archivo vacío", "d/x.txt: archivo vacío"),
    (["d", "d/sub"], "ABS/d/sub/x.txt:3: mal", "d/sub/x.txt:3: mal"),
    (["."], "ABS/a.txt: es el mismo archivo que ABS/b.txt (un enlace)",
     "a.txt: es el mismo archivo que b.txt (un enlace)"),
    (["d"], "(ABS/d/x.txt) y «ABS/d/y.txt»", "(d/x.txt) y «d/y.txt»"),
    (["d"], "ABS/dd/x.txt: otra carpeta", "ABS/dd/x.txt: otra carpeta"),  # not under d: left as it is
    (["d"], "ABS/d/con espacio.txt: vacío", "d/con espacio.txt: vacío"),
    ([], "ABS/d/x.txt: vacío", "ABS/d/x.txt: vacío"),
])
def test_typed_paths_rewrite_only_the_roots_of_paths(tmp_path, monkeypatch, roots, message, written):
    monkeypatch.chdir(tmp_path)
    absolute = str(tmp_path)
    assert TypedPaths(roots).text(message.replace("ABS", absolute)) == written.replace("ABS", absolute)
