"""Fixtures of the storage tests: a folder of two transcripts, and an index built from it."""

import pytest

from search.storage.build import build_index


@pytest.fixture
def folder(tmp_path):
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "a.txt").write_text("EL PRESIDENTE: Primer párrafo sobre vacunas.\nSegundo.\n")
    (folder / "b.txt").write_text("LA SECRETARIA: Hablamos de economía.\nOtro párrafo.\n")
    return folder


@pytest.fixture
def index_dir(folder, tmp_path):
    build_index([folder], tmp_path / "ix")
    return tmp_path / "ix"

