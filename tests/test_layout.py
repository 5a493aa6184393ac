"""The index folder's named parts, and how a folder is told to hold an index."""

import pytest
from click.testing import CliRunner

from search.cli import main
from search.layout import BUILDING_PREFIX, CURRENT, GENERATION_PREFIX, STORE_FILE, is_index_folder


@pytest.mark.parametrize("made, expected", [
    ("link to gen", True),
    ("copied generation", True),  # `cp -rL`: `current` a folder with the record store
    ("link elsewhere", False),
    ("plain folder current", False),
    ("nothing", False),
])
def test_is_index_folder(tmp_path, made, expected):
    (tmp_path / "gen-1").mkdir()
    current = tmp_path / "current"
    if made == "link to gen":
        current.symlink_to("gen-1")
    elif made == "link elsewhere":
        current.symlink_to(tmp_path / "gen-1", target_is_directory=True)  # absolute: not ours
    elif made in ("copied generation", "plain folder current"):
        current.mkdir()
        if made == "copied generation":
            (current / "records.sqlite").write_bytes(b"")
    assert is_index_folder(tmp_path) is expected


def test_a_built_index_has_the_named_parts_and_is_an_index_folder(tmp_path):
    docs, index = tmp_path / "docs", tmp_path / "idx"
    docs.mkdir()
    (docs / "a.txt").write_text("Título\n\nLa ministra dijo que habrá vacunas.\n", encoding="utf-8")
    assert CliRunner().invoke(main, ["index", str(docs), "--index", str(index)]).exit_code == 0
    live = (index / CURRENT).resolve()
    assert live.name.startswith(GENERATION_PREFIX) and (live / STORE_FILE).is_file()
    assert not any(child.name.startswith(BUILDING_PREFIX) for child in index.iterdir())
    assert is_index_folder(index) and not is_index_folder(docs)
