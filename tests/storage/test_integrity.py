"""Damage found after an index was written: the checksums of its Whoosh files, the check of its store.

A real index is built once, then copied for each case and damaged there: a segment file truncated,
zeroed or overwritten, a file missing, the checksum list unreadable, the store emptied or with garbage.
"""

import json
import re
import shutil
import sqlite3

import pytest

from search.errors import IndexDamaged
from search.layout import STORE_FILE
from search.storage.build import build_index
from search.storage.generations import live_generation
from search.storage.integrity import (
    CHECKSUMS,
    check_intact,
    file_digest,
    find_damage,
    latest_toc,
    read_checksums,
    record_checksums,
    source_folders,
    store_damage,
    whoosh_damage,
)
from tests.faults.damage import garbage_in_store_middle, garbage_in_texts


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    root = tmp_path_factory.mktemp("integrity")
    docs = root / "docs"
    docs.mkdir()
    for number in range(12):
        (docs / f"nota{number:02d}.txt").write_text("\n".join(
            f"El gobierno anunció la medida {number}-{line} sobre salud y vacunas en la región."
            for line in range(40)) + "\n", encoding="utf-8")
    build_index([docs], root / "ix")
    return root / "ix", docs


@pytest.fixture
def generation(built, tmp_path):
    """Return a copy of the built index's generation, to damage."""
    index_dir, _ = built
    copy = tmp_path / "gen"
    shutil.copytree(live_generation(index_dir), copy)
    return copy


def segment_file(generation):
    """Return the largest file the checksums list: a segment's."""
    names = read_checksums(generation)["files"]
    return generation / max(names, key=lambda name: names[name][0])


def test_a_sound_index_has_no_damage_at_any_depth(generation):
    for depth in ("quick", "files", "deep"):
        assert find_damage(generation, depth) is None
    check_intact("ix", generation)  # raises nothing


def test_the_checksums_list_every_whoosh_file_with_its_size_and_hash(generation):
    recorded = read_checksums(generation)
    assert recorded["toc"] == latest_toc(generation)
    assert recorded["toc"] in recorded["files"] and len(recorded["files"]) >= 2
    for name, (size, digest) in recorded["files"].items():
        assert (generation / name).stat().st_size == size and file_digest(generation / name) == digest
        assert ".postcache" not in name  # caches check themselves
    assert STORE_FILE not in recorded["files"]


def truncate_half(path):
    with open(path, "r+b") as handle:
        handle.truncate(path.stat().st_size // 2)


def flip_middle(path):
    # every bit of 64 bytes inverted: zeros written there were no damage when the segment's
    # middle held zeros already (a flaky case in CI, stop 25)
    with open(path, "r+b") as handle:
        handle.seek(path.stat().st_size // 2)
        chunk = handle.read(64)
        handle.seek(path.stat().st_size // 2)
        handle.write(bytes(byte ^ 0xFF for byte in chunk))


def overwrite_start(path):
    with open(path, "r+b") as handle:
        handle.write(b"garbage!")


SEGMENT_DAMAGE = [  # (what, damage, what find_damage says, found by the quick check too)
    ("truncated", truncate_half, "mide", True),
    ("flipped in the middle", flip_middle, "cambió después de escribirse", False),
    ("overwritten at its start", overwrite_start, "cambió después de escribirse", False),
    ("missing", lambda path: path.unlink(), "falta el archivo", True),
]


@pytest.mark.parametrize("damage,problem,quick", [case[1:] for case in SEGMENT_DAMAGE],
                         ids=[case[0] for case in SEGMENT_DAMAGE])
def test_damage_to_a_segment_file_is_named(generation, damage, problem, quick):
    target = segment_file(generation)
    damage(target)
    found = find_damage(generation)
    assert problem in found and target.name in found
    assert find_damage(generation, "deep") == found
    assert (find_damage(generation, "quick") is not None) == quick
    with pytest.raises(IndexDamaged) as raised:
        check_intact("mi-indice", generation)
    message = str(raised.value)
    assert "mi-indice: el índice está dañado" in message and problem in message
    assert "hemeroteca index" in message and "--index mi-indice" in message


UNREADABLE = [  # (what, content of checksums.json)
    ("empty", ""),
    ("not json", "{no es json"),
    ("a toc that is no name", json.dumps({"toc": 3, "files": {"_MAIN_1.toc": [1, "ab"]}})),
    ("no files", json.dumps({"toc": "_MAIN_1.toc", "files": {}})),
    ("a list", json.dumps([])),
    ("a number", "7"),
    ("files as a list", json.dumps({"toc": "_MAIN_1.toc", "files": ["_MAIN_1.toc"]})),
    ("an entry without its hash", json.dumps({"toc": "_MAIN_1.toc", "files": {"_MAIN_1.toc": [12]}})),
    ("a size that is text", json.dumps({"toc": "_MAIN_1.toc", "files": {"_MAIN_1.toc": ["12", "ab"]}})),
]


@pytest.mark.parametrize("content", [case[1] for case in UNREADABLE], ids=[case[0] for case in UNREADABLE])
def test_an_unreadable_checksum_list_is_damage(generation, content):
    (generation / CHECKSUMS).write_text(content)
    assert "sumas de control" in find_damage(generation)


def test_an_index_without_checksums_is_taken_as_it_is(generation):
    (generation / CHECKSUMS).unlink()
    assert read_checksums(generation) is None
    assert whoosh_damage(generation) is None


def test_a_newer_table_of_contents_than_the_checksums_is_left_to_the_next_writer(generation):
    """A writer that committed but was killed before it recorded the checksums: not damage."""
    toc = latest_toc(generation)
    number = int(toc.split("_")[-1].split(".")[0])
    newer = generation / toc.replace(f"_{number}.toc", f"_{number + 1}.toc")
    shutil.copy(generation / toc, newer)
    truncate_half(segment_file(generation))
    assert latest_toc(generation) == newer.name
    assert whoosh_damage(generation) is None


def test_record_checksums_hashes_again_only_a_file_whose_size_changed(generation):
    """Whoosh never rewrites a segment file in place: a listed file of the same size is not hashed again."""
    target = segment_file(generation)
    overwrite_start(target)
    record_checksums(generation)
    assert "cambió después de escribirse" in find_damage(generation)  # the old hash is kept
    truncate_half(target)
    record_checksums(generation)
    assert find_damage(generation) is None  # a new size: hashed and recorded again
    assert not list(generation.glob(f".{CHECKSUMS}-*"))  # no temporary left


def test_latest_toc_takes_the_highest_generation_number(tmp_path):
    assert latest_toc(tmp_path) is None
    for number in (2, 10, 9):
        (tmp_path / f"_MAIN_{number}.toc").write_bytes(b"")
    (tmp_path / "_MAIN_11.toc.tmp").write_bytes(b"")
    assert latest_toc(tmp_path) == "_MAIN_10.toc"  # by number, not by name


def test_file_digest_is_blake2b_of_the_content(tmp_path):
    import hashlib

    path = tmp_path / "f"
    path.write_bytes(b"x" * (3 << 20))  # several chunks
    assert file_digest(path) == hashlib.blake2b(b"x" * (3 << 20), digest_size=16).hexdigest()


def empty_store(path):
    path.write_bytes(b"")


def drop_table(path):
    with sqlite3.connect(path) as connection:
        connection.execute("DROP TABLE spoken")
    connection.close()


def bad_block(path):
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE blocks SET data = ? WHERE rowid = (SELECT min(rowid) FROM blocks)",
                           (b"not zlib",))
    connection.close()


def changed_text(path):
    """Change one character of a block's text, leaving valid JSON: only its checksum tells."""
    with sqlite3.connect(path) as connection:
        (data,) = connection.execute("SELECT data FROM blocks WHERE rowid = (SELECT min(rowid) FROM blocks)").fetchone()
        at = data.index(b"a")
        connection.execute("UPDATE blocks SET data = ? WHERE rowid = (SELECT min(rowid) FROM blocks)",
                           (data[:at] + b"e" + data[at + 1:],))
    connection.close()


def garbled_index_page(path):
    """Garble the header of an index's root page (`docs_by_doc`): the tables still read, and
    `PRAGMA quick_check` says `Page N: btreeInitPage() returns error code 11`, in English."""
    with sqlite3.connect(path) as connection:
        (root,) = connection.execute("SELECT rootpage FROM sqlite_master WHERE name = 'docs_by_doc'").fetchone()
        (size,) = connection.execute("PRAGMA page_size").fetchone()
    connection.close()
    with open(path, "r+b") as file:
        file.seek((root - 1) * size)
        file.write(b"\x0d" + b"\xff" * 7)
    return root


STORE_DAMAGE = [  # (what, damage, problem at "files", problem at "deep")
    ("missing", lambda path: path.unlink(), "falta el almacén", "falta el almacén"),
    ("emptied", empty_store, "vacío o le faltan tablas", "vacío o le faltan tablas"),
    ("a table dropped", drop_table, "le faltan tablas", "le faltan tablas"),
    ("garbage in a page of cells", garbage_in_store_middle, "dañado", "dañado"),
    ("garbage in a page of texts", garbage_in_texts, "dañado", "dañado"),
    ("a text block that is no zlib", bad_block, None, "el bloque"),
    ("an index's page garbled", garbled_index_page, "la comprobación de SQLite halló 1 fallo, el primero en la página",
     "la comprobación de SQLite halló 1 fallo"),
    ("a text block whose text changed", changed_text, None, "el bloque"),
]


@pytest.mark.parametrize("damage,files,deep", [case[1:] for case in STORE_DAMAGE],
                         ids=[case[0] for case in STORE_DAMAGE])
def test_damage_to_the_store_is_named_at_its_depth(generation, damage, files, deep):
    damage(generation / STORE_FILE)
    found = store_damage(generation / STORE_FILE)
    assert found is None if files is None else files in found
    assert deep in store_damage(generation / STORE_FILE, "deep")
    assert deep in find_damage(generation, "deep")


@pytest.mark.parametrize("damage", [case[1] for case in STORE_DAMAGE], ids=[case[0] for case in STORE_DAMAGE])
def test_damage_to_the_store_is_said_in_spanish_never_in_sqlites_words(generation, damage):
    damage(generation / STORE_FILE)
    for depth in ("quick", "files", "deep"):
        found = store_damage(generation / STORE_FILE, depth) or ""
        assert not re.search(r"(?i)\b(page|btree\w*|error code|database|malformed|missing|tree)\b", found), found


def test_source_folders_come_from_the_manifest(built, generation, tmp_path):
    _, docs = built
    assert source_folders(generation) == [str(docs)]
    assert source_folders(tmp_path) == []  # no store: unknown
    (generation / STORE_FILE).write_bytes(b"")
    assert source_folders(generation) == [str(docs)]  # the store unreadable: the checksums' copy
    (generation / CHECKSUMS).unlink()
    assert source_folders(generation) == []
