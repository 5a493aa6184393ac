"""A record store tied to its index (search/storage/identity.py): a `records.sqlite` from
another index, or from another build of this one, is refused with what to do, by the
library, the CLI and writers; an index built before identities opens and gets one at its
next update; a build running beside searches never makes them fail.

trial17b: a store copied in from another index (a wrong backup) was served without a word,
its titles and ids over this index's snippets.
"""

import json
import shutil
import sqlite3
import threading

import pytest

from search import open_index, search
from search.cli import main
from search.errors import IndexDamaged, IndexNotFound
from search.layout import STORE_FILE
from search.storage.build import build_index
from search.storage.generations import CHECKSUMS, live_generation
from search.storage.identity import IDENTITY, recorded_identity, store_mismatch, stored_identity
from search.storage.update import optimize_index, update_index

TEXTS = {"a": "Título a\n\nEl ornitorrinco nada en el río.\n\nOtro párrafo sobre el río.\n",
         "b": "Título b\n\nEl equidna cava en el monte.\n\nOtro párrafo sobre el monte.\n"}


def built(tmp_path, name):
    """Return (the folder of documents, the index) of one of TEXTS, built."""
    folder = tmp_path / name
    folder.mkdir(exist_ok=True)
    (folder / f"{name}.txt").write_text(TEXTS[name], encoding="utf-8")
    build_index([folder], tmp_path / f"ix-{name}")
    return folder, tmp_path / f"ix-{name}"


def store_of(index_dir):
    return live_generation(index_dir) / STORE_FILE


def forget_identity(index_dir):
    """Make an index look built before identities: none in its checksums nor its store."""
    generation = live_generation(index_dir)
    recorded = json.loads((generation / CHECKSUMS).read_text())
    del recorded[IDENTITY]
    (generation / CHECKSUMS).write_text(json.dumps(recorded))
    with sqlite3.connect(generation / STORE_FILE) as connection:
        connection.execute("DELETE FROM meta WHERE key = ?", (IDENTITY,))
    connection.close()


@pytest.fixture
def two(tmp_path):
    return built(tmp_path, "a"), built(tmp_path, "b")


def test_a_build_writes_one_identity_in_its_checksums_and_its_store(two, tmp_path):
    (_, first), (folder, second) = two
    identities = [recorded_identity(live_generation(index)) for index in (first, second)]
    assert identities == [stored_identity(live_generation(index)) for index in (first, second)]
    assert all(len(identity) == 32 for identity in identities) and identities[0] != identities[1]
    build_index([folder], second)  # a rebuild is another build: another identity
    assert recorded_identity(live_generation(second)) not in identities


@pytest.mark.parametrize("source", ["another index", "an earlier build", "an index without identity"])
def test_a_store_from_elsewhere_is_refused_on_opening(two, tmp_path, source):
    (folder, index_dir), (_, other) = two
    if source == "an earlier build":
        shutil.copy(store_of(index_dir), tmp_path / "earlier.sqlite")
        build_index([folder], index_dir)
        stranger = tmp_path / "earlier.sqlite"
    else:
        if source == "an index without identity":
            forget_identity(other)
        stranger = store_of(other)
    shutil.copy(stranger, store_of(index_dir))
    with pytest.raises(IndexDamaged) as raised:
        open_index(index_dir)
    said = str(raised.value)
    assert said.startswith(f"{index_dir}: el índice está dañado: su almacén de párrafos {STORE_FILE} es de otro índice")
    assert f"Reconstrúyalo con: hemeroteca index {folder} --index {index_dir}" in said  # its own folder


def test_the_cli_says_so_and_writers_refuse(two, runner):
    (folder, index_dir), (other_folder, other) = two
    shutil.copy(store_of(other), store_of(index_dir))
    for command in (["search", "ornitorrinco"], ["show", "a.txt#2"], ["speakers"], ["update"]):
        result = runner.invoke(main, [*command, "--index", str(index_dir)])
        assert result.exit_code == 1, (command, result.output)
        assert "es de otro índice" in result.output and f"hemeroteca index {folder}" in result.output
        assert "Traceback" not in result.output and "equidna" not in result.output
    with pytest.raises(IndexDamaged, match="es de otro índice"):
        update_index([folder], index_dir)


def test_an_index_built_before_identities_opens_and_gets_one_at_its_next_update(two):
    (folder, index_dir), _ = two
    forget_identity(index_dir)
    with open_index(index_dir) as index:
        assert [hit.id for hit in search(index, "ornitorrinco").hits] == ["a.txt#2"]
    (folder / "c.txt").write_text("Título c\n\nEl tapir duerme.\n", encoding="utf-8")
    update_index([folder], index_dir)
    generation = live_generation(index_dir)
    assert stored_identity(generation) is not None and recorded_identity(generation) == stored_identity(generation)
    with open_index(index_dir) as index:
        assert [hit.id for hit in search(index, "tapir").hits] == ["c.txt#2"]


@pytest.mark.parametrize("writer", ["update", "optimize"])
def test_a_writer_that_changes_nothing_starts_the_protection_at_once(two, writer):
    """fix19: an update with nothing to write gave the store an identity and left the
    checksums without it, so a store copied in next was still served; optimize gave none."""
    (folder, index_dir), (_, other) = two
    forget_identity(index_dir)
    if writer == "update":
        update_index([folder], index_dir)  # nothing to write
    else:
        optimize_index(index_dir)
    generation = live_generation(index_dir)
    assert stored_identity(generation) is not None and recorded_identity(generation) == stored_identity(generation)
    with open_index(index_dir) as index:
        assert search(index, "ornitorrinco").total == 1
    shutil.copy(store_of(other), store_of(index_dir))
    with pytest.raises(IndexDamaged, match="es de otro índice"):
        open_index(index_dir)


def test_builds_and_updates_beside_readers_are_never_a_mismatch(two):
    """The moment between a store's commit and the next table of contents, and a build's
    switch of generations, are no mismatch: both files of a generation carry one identity.

    (A reader may still meet a generation a build has just removed, a race older than
    identities: that is IndexNotFound or Whoosh's EmptyIndexError, not asserted here.)
    """
    (folder, index_dir), _ = two
    errors, done, looks = [], threading.Event(), 0

    def write():
        try:
            for round_ in range(4):
                (folder / f"n{round_}.txt").write_text(f"Título\n\nEl tapir {round_} duerme.\n", encoding="utf-8")
                update_index([folder], index_dir)
                build_index([folder], index_dir)
        except Exception as error:  # noqa: BLE001 - reported below
            errors.append(error)
        finally:
            done.set()

    writer = threading.Thread(target=write)
    writer.start()
    while not done.is_set():
        looks += 1
        generation = live_generation(index_dir)
        assert store_mismatch(generation) is None
        try:
            open_index(index_dir).close()
        except IndexNotFound as error:  # IndexDamaged too
            assert "es de otro índice" not in str(error)
    writer.join()
    assert not errors and looks > 10
    with open_index(index_dir) as index:
        assert search(index, "tapir").total == 4
