import os

from search.layout import CURRENT
from search.storage.build import build_index
from search.storage.generations import live_generation, remove_stale_generations, switch_to


def test_dead_build_directories_are_cleaned(corpus, tmp_path):
    index_dir = tmp_path / "ix"
    index_dir.mkdir()
    (index_dir / "building-999999999-x").mkdir()
    build_index([corpus], index_dir)
    assert not (index_dir / "building-999999999-x").exists()


def test_switching_points_current_at_the_new_generation_atomically(tmp_path):
    for name in ("gen-a", "gen-b"):
        (tmp_path / name).mkdir()
    switch_to(tmp_path, tmp_path / "gen-a")
    switch_to(tmp_path, tmp_path / "gen-b")
    assert os.readlink(tmp_path / CURRENT) == "gen-b"  # relative: the folder can move
    assert live_generation(tmp_path) == (tmp_path / "gen-b").resolve()
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(f".{CURRENT}-")]


def test_no_index_is_no_live_generation(tmp_path):
    assert live_generation(tmp_path) is None


def test_stale_generations_go_and_the_live_one_stays(tmp_path):
    for name in ("gen-old", "gen-live"):
        (tmp_path / name).mkdir()
    switch_to(tmp_path, tmp_path / "gen-live")
    (tmp_path / f".{CURRENT}-999999999").symlink_to("gen-old")  # a killed build's link
    remove_stale_generations(tmp_path, keep_seconds=0)  # retired generations: test_retiring.py
    assert sorted(p.name for p in tmp_path.iterdir()) == [CURRENT, "gen-live"]
