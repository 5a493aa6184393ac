"""A folder that can't be listed (no permission, an I/O error, gone mid-walk) is named, and
an update keeps what it indexed under it: once, such a folder was taken as deleted files."""

import errno
import os
import shutil
import subprocess
import sys

import pytest

from search.cli import main
from search.storage.build import build_index
from tests.storage.test_watch import total

KEPT = "lo que se indexó de ella sigue en el índice"
ERRORS = [  # what listing the folder raises, and what the summary says of it
    (PermissionError(errno.EACCES, "Permission denied"), "no se puede leer la carpeta (sin permiso)"),
    (OSError(errno.EIO, "Input/output error"), "no se puede leer la carpeta"),
    (FileNotFoundError(errno.ENOENT, "No such file or directory"), "la carpeta desapareció mientras se leía"),
]


@pytest.fixture
def docs(tmp_path):
    folder = tmp_path / "docs"
    (folder / "cerrada" / "honda").mkdir(parents=True)
    (folder / "ok.txt").write_text("Texto legible sobre la vicuña.\n")
    (folder / "cerrada" / "x.txt").write_text("Dentro de la carpeta cerrada, la llama.\n")
    (folder / "cerrada" / "honda" / "y.txt").write_text("Más hondo, la alpaca.\n")
    build_index([folder], tmp_path / "ix")
    return folder


def refuse_listing(monkeypatch, folder, error):
    """Make os.walk's listing of `folder` fail with `error`, as a flaky mount would."""
    listing = os.scandir

    def scandir(path="."):
        if os.fsdecode(path) == str(folder):
            error.filename = str(folder)
            raise error
        return listing(path)
    monkeypatch.setattr(os, "scandir", scandir)


@pytest.mark.parametrize("error, reason", ERRORS)
def test_an_update_names_an_unlisted_folder_and_keeps_its_documents(runner, docs, tmp_path, monkeypatch,
                                                                    error, reason):
    refuse_listing(monkeypatch, docs / "cerrada", error)
    for _ in range(2):  # every update, not only the first
        result = runner.invoke(main, ["update", str(docs), "--index", str(tmp_path / "ix")])
        assert result.exit_code == 0, result.output
        assert f"omitido: {docs / 'cerrada'}: {reason}" in result.output and KEPT in result.output
        assert "0 eliminados" in result.output
    assert total(tmp_path / "ix", "llama") == total(tmp_path / "ix", "alpaca") == 1
    monkeypatch.undo()
    result = runner.invoke(main, ["update", str(docs), "--index", str(tmp_path / "ix")])
    assert "0 eliminados, 3 sin cambios; 0 archivos omitidos" in result.output


@pytest.mark.parametrize("error, reason", ERRORS)
def test_an_unlisted_root_keeps_every_document(runner, docs, tmp_path, monkeypatch, error, reason):
    refuse_listing(monkeypatch, docs, error)
    result = runner.invoke(main, ["update", str(docs), "--index", str(tmp_path / "ix")])
    assert result.exit_code == 0 and f"omitido: {docs}: {reason}" in result.output
    assert total(tmp_path / "ix", "vicuña") == total(tmp_path / "ix", "llama") == 1


def test_a_build_and_inspect_name_an_unlisted_folder(runner, docs, tmp_path, monkeypatch):
    refuse_listing(monkeypatch, docs / "cerrada", PermissionError(errno.EACCES, "Permission denied"))
    result = runner.invoke(main, ["index", str(docs), "--index", str(tmp_path / "nuevo")])
    assert result.exit_code == 0
    assert f"omitido: {docs / 'cerrada'}: no se puede leer la carpeta (sin permiso)" in result.output
    result = runner.invoke(main, ["inspect", str(docs)])
    assert f"omitido: {docs / 'cerrada'}: no se puede leer la carpeta (sin permiso)" in result.output


def test_links_to_folders_are_named_not_followed(runner, docs, tmp_path):
    (docs / "enlace").symlink_to(docs / "cerrada")
    (docs / "cerrada" / "bucle").symlink_to(".")
    result = runner.invoke(main, ["update", str(docs), "--index", str(tmp_path / "ix")])
    assert result.exit_code == 0 and "0 añadidos" in result.output
    for link in (docs / "enlace", docs / "cerrada" / "bucle"):
        assert f"omitido: {link}: es un enlace simbólico a una carpeta: no se sigue" in result.output
    assert total(tmp_path / "ix", "llama") == 1  # once, under its own name


@pytest.mark.skipif(os.geteuid() != 0 or not shutil.which("setpriv"),
                    reason="needs root and setpriv to drop the capability that ignores permissions")
def test_a_real_unreadable_folder_keeps_its_documents(docs, tmp_path):
    """The trial's case, in a real process without CAP_DAC_OVERRIDE, so chmod 000 applies to root."""
    (docs / "cerrada").chmod(0)
    try:
        drop = ["setpriv", "--bounding-set=-dac_override,-dac_read_search",
                "--inh-caps=-dac_override,-dac_read_search", "--"]
        command = [sys.executable, "-c", "from search.cli import main; main()", "update", str(docs),
                   "--index", str(tmp_path / "ix")]
        done = subprocess.run(drop + command, capture_output=True, text=True, timeout=120)
    finally:
        (docs / "cerrada").chmod(0o755)
    assert done.returncode == 0, done.stderr
    output = done.stdout + done.stderr
    assert f"omitido: {docs / 'cerrada'}: no se puede leer la carpeta (sin permiso); {KEPT}" in output
    assert total(tmp_path / "ix", "llama") == 1
