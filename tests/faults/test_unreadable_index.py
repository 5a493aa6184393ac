"""An index this account may not read (another user's, a chmod gone wrong) is named as a
permission, with the command that grants it, not as damage to rebuild (trial 13: «el índice
está dañado… Reconstrúyalo», where a rebuild mends nothing)."""

import os
import shutil
import subprocess
import sys

import pytest

from search.storage.build import build_index
from search.storage.generations import live_generation
from tests.conftest import SEEDS

# Root ignores permissions: a process without the capability that lets it (setpriv) sees them.
WITHOUT_OVERRIDE = (["setpriv", "--bounding-set=-dac_override,-dac_read_search",
                     "--inh-caps=-dac_override,-dac_read_search", "--"] if os.geteuid() == 0 else [])
pytestmark = pytest.mark.skipif(os.geteuid() == 0 and not shutil.which("setpriv"),
                                reason="as root, needs setpriv to drop the capability that ignores permissions")


def hemeroteca(*arguments):
    command = [sys.executable, "-c", "from search.cli import main; main()", *map(str, arguments)]
    return subprocess.run(WITHOUT_OVERRIDE + command, capture_output=True, text=True, timeout=120)


@pytest.mark.parametrize("part, said", [
    ("records.sqlite", "no hay permiso para leer su archivo records.sqlite"),
    (".seg", "no hay permiso para leer su archivo MAIN_"),
    ("folder", "no hay permiso para leer su carpeta gen-"),
])
@pytest.mark.parametrize("command", ["search", "update"])
def test_an_index_it_may_not_read_is_a_permission_not_damage(tmp_path, part, said, command):
    index = tmp_path / "ix"
    build_index([SEEDS], index)
    generation = live_generation(index)
    target = generation if part == "folder" else next(path for path in generation.iterdir()
                                                      if path.name.endswith(part))
    target.chmod(0)
    try:
        done = hemeroteca(command, "China" if command == "search" else SEEDS, "--index", index)
    finally:
        target.chmod(0o755 if part == "folder" else 0o644)
    assert done.returncode == 1 and "Traceback" not in done.stderr, done.stderr
    assert f"{index}: el índice no se puede leer: {said}" in done.stderr, done.stderr
    assert "chmod -R a+rX" in done.stderr and "dañado" not in done.stderr
    assert hemeroteca("search", "China", "--index", index).returncode == 0  # granted again: it serves


@pytest.mark.parametrize("command", [["update", SEEDS], ["optimize"], ["index", SEEDS]])
def test_a_lock_file_it_may_not_open_is_named_not_taken_for_a_read_only_folder(tmp_path, command):
    index = tmp_path / "ix"
    build_index([SEEDS], index)
    lock = index / "writer.lock"
    lock.chmod(0)  # as another account's writer leaves it to this one
    try:
        done = hemeroteca(*command, "--index", index)
    finally:
        lock.chmod(0o644)
    assert done.returncode == 1 and "Traceback" not in done.stderr, done.stderr
    assert f"{index}: su archivo de bloqueo writer.lock no se puede abrir (sin permiso)" in done.stderr
    assert f"chmod a+rw {lock}" in done.stderr and "solo lectura" not in done.stderr, done.stderr
    assert hemeroteca(*command, "--index", index).returncode == 0  # granted again: it writes
    index.chmod(0o555)  # a folder it may not write to is still read-only
    try:
        done = hemeroteca(*command, "--index", index)
    finally:
        index.chmod(0o755)
    assert "la carpeta del índice es de solo lectura" in done.stderr, done.stderr
