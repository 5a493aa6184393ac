"""`hemeroteca … | head`: a reader that goes away ends every printing command quietly, by
SIGPIPE (status 141 in a shell), as `git log | head` does; real processes, real pipes."""

import fcntl
import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from search.cli import main

HEMEROTECA = str(Path(sys.executable).parent / "hemeroteca")
F_SETPIPE_SZ = 1031  # Linux: a pipe of one page fills at the first few lines


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    """An index of one long document and a feed of many speakers: every command prints pages."""
    folder = tmp_path_factory.mktemp("pipe")
    docs = folder / "docs"
    docs.mkdir()
    (docs / "largo.txt").write_text("Lima, 1 de junio de 2023.- Informe largo.\n\n" + "".join(
        f"Párrafo {n} sobre la salud pública y las vacunas del ministerio.\n\n" for n in range(400)))
    given = ["Ana", "Luis", "Marta", "Jorge", "Elena", "Pablo", "Lucía", "Diego", "Carmen", "Raúl", "Pilar",
             "Tomás", "Rosa", "Andrés", "Julia", "Sergio"]
    family = ["García", "Pérez", "Sánchez", "Romero", "Navarro", "Torres", "Molina", "Ortega", "Castro", "Rubio",
              "Iglesias", "Medina", "Garrido", "Cortés", "Santos", "Lozano"]
    with open(docs / "dichos.jsonl", "w", encoding="utf-8") as out:
        for n, (first, last) in enumerate((a, b) for a in given for b in family):
            out.write(json.dumps({"id": f"d{n}", "text": f"Declaración {n} sobre la salud.",
                                  "speaker": f"{first} {last}"}, ensure_ascii=False) + "\n")
    index = folder / "ix"
    assert CliRunner().invoke(main, ["index", str(docs), "--index", str(index)]).exit_code == 0
    return docs, index


def closed_after_a_line(args):
    """Run hemeroteca with its stdout on a one-page pipe whose reader leaves after 10 bytes."""
    read, write = os.pipe()
    fcntl.fcntl(write, F_SETPIPE_SZ, 4096)
    process = subprocess.Popen([HEMEROTECA, *args], stdout=write, stderr=subprocess.PIPE)
    os.close(write)
    assert os.read(read, 10)
    os.close(read)
    _, error = process.communicate(timeout=120)
    return process.returncode, error.decode()


# A command that writes its output in one write (a JSON object, a CSV batch) may have it
# taken whole by the kernel before the reader leaves; Python then drops what the pipe did
# not take, with no error: such a command ends with 0, as quietly.
ONE_WRITE = (0, -signal.SIGPIPE)


@pytest.mark.parametrize("args, codes", [
    (["search", "salud", "--limit", "100"], (-signal.SIGPIPE,)),
    (["search", "salud", "--facets", "--limit", "100"], (-signal.SIGPIPE,)),
    (["search", "salud", "--format", "jsonl"], (-signal.SIGPIPE,)),
    (["search", "salud", "--format", "csv"], ONE_WRITE),
    (["search", "salud", "--format", "json"], ONE_WRITE),
    (["search", "salud", "--json", "--limit", "100"], ONE_WRITE),
    (["show", "largo.txt"], (-signal.SIGPIPE,)),
    (["show", "largo.txt", "--json"], (-signal.SIGPIPE,)),
    (["speakers"], (-signal.SIGPIPE,)),
    (["similar", "largo.txt#3", "--limit", "100"], (-signal.SIGPIPE,)),
    (["inspect", "DOCS"], (-signal.SIGPIPE,)),
    (["inspect", "DOCS", "--json"], (-signal.SIGPIPE,)),
])
def test_a_closed_pipe_ends_the_command_by_sigpipe_without_a_word(archive, args, codes):
    docs, index = archive
    args = [str(docs) if arg == "DOCS" else arg for arg in args]
    if args[0] != "inspect":
        args += ["--index", str(index)]
    code, error = closed_after_a_line(args)
    assert code in codes
    assert error == "" or (code == 0 and error.endswith("exportados de «salud», en CSV.\n"))


def test_in_process_a_closed_pipe_is_exit_status_141(archive, monkeypatch):
    docs, index = archive

    def broken(*args, **kwargs):
        raise BrokenPipeError(32, "Broken pipe")

    monkeypatch.setattr("search.cli.browsing.click.echo", broken)
    result = CliRunner().invoke(main, ["speakers", "--index", str(index)])
    assert result.exit_code == 141 and result.output == ""


def test_a_full_disk_is_still_an_error(archive):
    docs, index = archive
    with open("/dev/full", "w") as full:
        done = subprocess.run([HEMEROTECA, "search", "salud", "--index", str(index)], stdout=full,
                              stderr=subprocess.PIPE, text=True, timeout=120)
    assert done.returncode == 1 and "no se pudo escribir la salida" in done.stderr
