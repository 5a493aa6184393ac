"""The paths an index records it was built and updated from."""

import json
import os

import pytest

from search.storage.build import build_index
from search.storage.generations import live_generation
from search.storage.sources import SOURCES, merged_sources, recorded_sources
from search.storage.store import RecordStore
from search.storage.update import update_index


@pytest.mark.parametrize("recorded, given, merged", [
    ([], ["/d/a"], ["/d/a"]),
    (["/d/a"], ["/d/a"], ["/d/a"]),
    (["/d/a"], ["/d/a/sub", "/d/a/x.txt"], ["/d/a"]),            # inside: nothing new
    (["/d/a/sub", "/d/b"], ["/d/a"], ["/d/b", "/d/a"]),           # holds one: takes its place
    (["/d/a"], ["/d/ab"], ["/d/a", "/d/ab"]),                     # a name that begins alike is another
    (["/d/a"], ["/d/a/../b"], ["/d/a", "/d/b"]),                  # made absolute and normal
    (["/d/año"], ["/d/año/x"], ["/d/año"]),
])
def test_merged_sources(recorded, given, merged):
    assert merged_sources(recorded, given) == merged


def test_a_build_and_updates_record_their_paths(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    for name in ("a", "b", "c"):
        (tmp_path / name).mkdir()
        (tmp_path / name / "n.txt").write_text(f"Nota de {name}.\n")
    assert recorded_sources(tmp_path / "ix") is None  # no index
    build_index(["a"], "ix")
    assert recorded_sources("ix") == [str(tmp_path / "a")]  # absolute, whatever the cwd later
    update_index([tmp_path / "b"], "ix")
    update_index([tmp_path / "a" / "n.txt"], "ix")
    assert recorded_sources("ix") == [str(tmp_path / "a"), str(tmp_path / "b")]
    build_index(["c"], "ix")  # a build starts afresh
    assert recorded_sources("ix") == [str(tmp_path / "c")]


def test_an_index_that_recorded_none_starts_from_its_manifest_folders(tmp_path):
    for name in ("a", "b"):
        (tmp_path / name).mkdir()
        (tmp_path / name / "n.txt").write_text(f"Nota de {name}.\n")
    build_index([tmp_path / "a", tmp_path / "b"], tmp_path / "ix")
    store = RecordStore(live_generation(tmp_path / "ix") / "records.sqlite", writable=True)
    store.set_meta(SOURCES, None)  # as an index of an earlier version
    store.commit()
    store.close()
    assert recorded_sources(tmp_path / "ix") is None
    update_index([tmp_path / "a"], tmp_path / "ix")  # b's files are not forgotten
    assert recorded_sources(tmp_path / "ix") == [str(tmp_path / "a"), str(tmp_path / "b")]


def test_a_name_that_is_not_utf8_round_trips(tmp_path):
    folder = os.path.join(os.fsencode(tmp_path), b"caf\xe9")
    os.mkdir(folder)
    with open(os.path.join(folder, b"n.txt"), "w") as handle:
        handle.write("Nota.\n")
    build_index([os.fsdecode(folder)], tmp_path / "ix")
    recorded = recorded_sources(tmp_path / "ix")
    assert [os.fsencode(path) for path in recorded] == [folder]
    store = RecordStore(live_generation(tmp_path / "ix") / "records.sqlite")
    assert json.loads(store.meta(SOURCES)) == recorded
    store.close()
