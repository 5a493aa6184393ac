"""A file-size limit (`ulimit -f`, a FAT32 disk's 4 GB) met while writing the index: said in
Spanish with what to do, and the index before it still served (trial 13: «File too large»,
or «error de lectura o escritura en el disco», and a first build said an older index served)."""

import resource
import subprocess
import sys

import pytest

from search.retrieval.reader import open_index
from search.retrieval.searching import search
from search.storage.build import build_index
from search.text.wording import left_behind

START = "from search.cli import main; main()"


def limited(arguments, kilobytes):
    """Run the hemeroteca command under a file-size limit of that many kilobytes; return it ran."""
    def limit():
        resource.setrlimit(resource.RLIMIT_FSIZE, (kilobytes * 1024, resource.RLIM_INFINITY))

    return subprocess.run([sys.executable, "-c", START, *map(str, arguments)], capture_output=True,
                          text=True, preexec_fn=limit, timeout=300)


@pytest.fixture
def folder(tmp_path):
    folder = tmp_path / "docs"
    folder.mkdir()
    for number in range(3):
        (folder / f"n{number}.txt").write_text("\n".join(f"Párrafo {line} de la nota {number} sobre el tapir "
                                                         f"número {line * 7 + number}." for line in range(3000)))
    return folder


def test_a_first_build_over_the_limit_says_so_and_leaves_nothing(folder, tmp_path):
    ran = limited(["index", folder, "--index", tmp_path / "ix"], 200)
    assert ran.returncode == 1, ran.stderr
    assert "Traceback" not in ran.stderr and "File too large" not in ran.stderr, ran.stderr
    assert "ulimit -f" in ran.stderr and "no se creó ningún índice" in ran.stderr, ran.stderr
    assert ran.stderr.count("tamaño máximo") == 1, ran.stderr  # trial 18: the cause, then the advice, said it again
    assert left_behind("build", had_index=True) not in ran.stderr
    assert not (tmp_path / "ix" / "current").exists()


def test_an_update_over_the_limit_keeps_the_index_it_had(folder, tmp_path):
    (tmp_path / "docs0").mkdir()
    (tmp_path / "docs0" / "a.txt").write_text("Una nota sobre el tapir.\n")
    build_index([tmp_path / "docs0"], tmp_path / "ix")
    ran = limited(["update", folder, "--index", tmp_path / "ix"], 300)
    assert ran.returncode == 1, ran.stderr
    assert "Traceback" not in ran.stderr and "File too large" not in ran.stderr, ran.stderr
    assert "ulimit -f" in ran.stderr and "estado anterior" in ran.stderr, ran.stderr
    assert ran.stderr.count("tamaño máximo") == 1, ran.stderr
    # trial 18: the index as typed, not its generation's folder (`…/ix/gen-20261201T002316-244807-8599:`)
    assert ran.stderr.startswith(f"Error: {tmp_path / 'ix'}: no se pudo"), ran.stderr
    with open_index(tmp_path / "ix") as index:
        assert search(index, "tapir").total == 1
    done = limited(["update", folder, "--index", tmp_path / "ix"], 100_000)
    assert done.returncode == 0, done.stderr
    with open_index(tmp_path / "ix") as index:
        assert search(index, "tapir").total == 9001
