"""`hemeroteca … >&-`: a program started with standard output closed says, in one line, that its
output was lost, and fails (as `ls >&-` does); real processes with descriptor 1 closed."""

import io
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from search.cli import main
from search.cli.closed_output import ClosedOutput, OutputClosed
from search.retrieval.reader import open_index
from tests.conftest import wait_for
from tests.interrupt import interruptible
from tests.storage.test_watch import total, writer_free
from tests.web.serving import fetch

HEMEROTECA = str(Path(sys.executable).parent / "hemeroteca")
LOST = "Error: no se pudo escribir la salida: la salida estándar está cerrada (>&-)"


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    """An index of one short dated document with a speaker."""
    folder = tmp_path_factory.mktemp("closed")
    docs = folder / "docs"
    docs.mkdir()
    (docs / "nota.txt").write_text("Lima, 1 de junio de 2023.- Informe de salud.\n\n"
                                   "—La vacuna llega el lunes —dijo la ministra Ana García.\n\n"
                                   "Párrafo sobre la salud pública.\n", encoding="utf-8")
    index = folder / "ix"
    assert CliRunner().invoke(main, ["index", str(docs), "--index", str(index)]).exit_code == 0
    return docs, index


def closed_stdout(args):
    """Run hemeroteca as a shell runs `hemeroteca ARGS >&-`; return its status and standard error."""
    done = subprocess.run(["sh", "-c", '"$@" >&-', "sh", HEMEROTECA, *args], stdin=subprocess.DEVNULL,
                          stderr=subprocess.PIPE, text=True, timeout=120)
    return done.returncode, done.stderr


@pytest.mark.parametrize("args", [
    ["search", "salud"],
    ["search", "zzqqxx"],  # «Sin resultados» is output too
    ["search", "salud", "--json"],
    ["search", "salud", "--facets"],
    ["search", "salud", "--format", "csv"],  # was a traceback (sys.stdout.buffer)
    ["search", "salud", "--format", "jsonl"],
    ["search", "salud", "--format", "json"],
    ["show", "nota.txt"],
    ["show", "nota.txt#2", "--json"],
    ["similar", "nota.txt#3"],
    ["speakers"],
    ["speakers", "--json"],
    ["inspect", "DOCS"],
    ["inspect", "DOCS", "--json"],
    ["search", "--help"],
    ["--help"],
    ["--version"],
])
def test_a_command_with_stdout_closed_says_its_output_is_lost_and_fails(archive, args):
    docs, index = archive
    args = [str(docs) if arg == "DOCS" else arg for arg in args]
    if args[0] in ("search", "show", "similar", "speakers") and "--help" not in args:
        args += ["--index", str(index)]
    code, error = closed_stdout(args)
    assert (code, error.splitlines()) == (1, [error.strip()])
    assert error.startswith(LOST) and "Traceback" not in error


def test_index_with_stdout_closed_builds_the_index_then_fails_to_print_its_summary(archive, tmp_path):
    docs, index = archive
    code, error = closed_stdout(["index", str(docs), "--index", str(tmp_path / "ix")])
    assert code == 1 and error.startswith(LOST) and len(error.splitlines()) == 1
    with open_index(tmp_path / "ix") as built, open_index(index) as expected:
        assert built.store.counts() == expected.store.counts() == (1, 3)


@pytest.mark.parametrize("args, said, status", [
    (["search", "salud", "--index", "MISSING"], "el índice no existe", 1),  # its own error, not the output's
    (["search", "salud", "--format", "jsonl", "--speaker", "Nadie"], "0 resultados exportados", 0),  # wrote nothing
])
def test_a_command_that_writes_nothing_to_stdout_is_not_concerned(archive, tmp_path, args, said, status):
    docs, index = archive
    args = [str(tmp_path / "none") if arg == "MISSING" else arg for arg in args]
    if "--index" not in args:
        args += ["--index", str(index)]
    code, error = closed_stdout(args)
    assert code == status and said in error and "salida estándar" not in error


def test_with_stdout_open_nothing_changes(archive):
    docs, index = archive
    done = subprocess.run([HEMEROTECA, "search", "salud", "--json", "--index", str(index)],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0 and done.stderr == "" and '"total": 3' in done.stdout


@pytest.mark.parametrize("written", ["texto", b"bytes", ""])
def test_the_closed_stream_fails_every_write(written):
    stream = ClosedOutput()
    target = stream.buffer if isinstance(written, bytes) else stream
    with pytest.raises(OutputClosed):
        target.write(written)
    assert isinstance(stream, io.TextIOBase) and stream.writable()


def started_closed(args):
    """Start `hemeroteca ARGS >&-` (Ctrl-C taken); return the process, its standard error read by lines."""
    return interruptible(["sh", "-c", 'exec "$@" >&-', "sh", HEMEROTECA, *args], stdin=subprocess.DEVNULL,
                         stderr=subprocess.PIPE, text=True)


def stopped(process):
    """Stop a process with Ctrl-C; return (its status, the rest of its standard error)."""
    process.send_signal(signal.SIGINT)
    try:
        rest = process.communicate(timeout=60)[1]
    except subprocess.TimeoutExpired:
        process.kill()
        rest = process.communicate()[1]
    return process.returncode, rest


# a long-running command's product is its work: with stdout closed it runs on, its status lines on
# standard error (review34, finding 2: it failed at its first line, its server never closed)
def test_serve_with_stdout_closed_serves_and_says_its_address_on_stderr(archive):
    docs, index = archive
    process = started_closed(["serve", "--index", str(index), "--port", "0"])
    try:
        line = process.stderr.readline()
        assert line.startswith("Hemeroteca: http://"), line
        status, page = fetch(line.split()[1] + "/?q=salud")
        assert status == 200 and "3 resultados" in page and "nota.txt" in page
    finally:
        code, rest = stopped(process)
    assert code == 0 and "salida estándar" not in rest and "Traceback" not in rest


def test_watch_with_stdout_closed_updates_the_index_and_logs_on_stderr(archive, tmp_path):
    docs, index = archive
    shutil.copytree(docs, tmp_path / "docs")
    shutil.copytree(index, tmp_path / "ix")
    process = started_closed(["watch", str(tmp_path / "docs"), "--index", str(tmp_path / "ix"), "--poll",
                              "--debounce", "0.2"])
    try:
        assert process.stderr.readline().startswith("Vigilando ")
        (tmp_path / "docs" / "otra.txt").write_text("Lima, 2 de junio de 2023.- Llegan las vacunas.\n",
                                                   encoding="utf-8")
        assert wait_for(lambda: total(tmp_path / "ix", "llegan") == 1)
        assert wait_for(lambda: writer_free(tmp_path / "ix"))  # so Ctrl-C finds watch idle: 0 (130 mid-update)
    finally:
        code, rest = stopped(process)
    assert code == 0 and "Vigilancia terminada." in rest and "salida estándar" not in rest
