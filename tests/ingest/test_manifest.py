import os

import pytest

from search.errors import UnreadableFile
from search.ingest import fingerprints
from search.ingest.fingerprints import fingerprint
from search.ingest.manifest import file_key, printable, scan, within
from search.settings import MAX_FILE_BYTES


def manifest_of(folder):
    """Return a manifest that says every file under folder is indexed as it is now."""
    found = {}
    for file in sorted(folder.rglob("*.txt")):
        size, _, digest, _ = fingerprint(file)
        found[file_key(file)] = (file_key(folder), size, file.stat().st_mtime_ns, digest)
    return found


@pytest.fixture
def folder(tmp_path):
    folder = tmp_path / "docs"
    folder.mkdir()
    for name in ("a.txt", "b.txt", "c.txt"):
        (folder / name).write_text(f"Texto de {name}.\n")
    return folder


def test_scan_sorts_files_into_changes(folder):
    manifest = manifest_of(folder)
    os.utime(folder / "a.txt", ns=(1, 1))                 # touched
    (folder / "b.txt").write_text("Otro texto, más largo.\n")  # changed
    os.rename(folder / "c.txt", folder / "c2.txt")        # moved
    (folder / "d.txt").write_text("Nuevo.\n")             # new
    changes = scan([folder], manifest)

    def names(states):
        return [os.path.basename(s.path) for s in states]

    assert names(changes.touched) == [b"a.txt"]
    assert names(changes.changed) == [b"b.txt"]
    assert [(os.path.basename(old), os.path.basename(new.path)) for old, new in changes.moved] == [
        (b"c.txt", b"c2.txt")]
    assert names(changes.new) == [b"d.txt"] and changes.deleted == []
    assert changes.unchanged == [] and changes


def test_an_unchanged_folder_is_not_read(folder, monkeypatch):
    manifest = manifest_of(folder)
    monkeypatch.setattr("search.ingest.manifest.fingerprint", lambda path: pytest.fail("read"))
    changes = scan([folder], manifest)
    assert len(changes.unchanged) == 3 and not changes


def test_deletions_are_only_found_under_the_given_paths(folder, tmp_path):
    manifest = manifest_of(folder)
    (folder / "a.txt").unlink()
    assert scan([folder / "b.txt"], manifest).deleted == []
    assert scan([folder], manifest).deleted == [file_key(folder / "a.txt")]


def test_new_files_take_the_root_they_were_indexed_under(folder):
    manifest = manifest_of(folder)
    (folder / "sub").mkdir()
    (folder / "sub" / "n.txt").write_text("Nuevo.\n")
    [state] = scan([folder / "sub"], manifest).new
    assert state.root == file_key(folder)


def test_a_fresh_file_is_hashed_again_next_time(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("recién escrito")
    assert fingerprint(path)[1] == -1
    os.utime(path, ns=(10**18, 10**18))
    assert fingerprint(path)[1] == 10**18


def test_a_pipe_is_not_read(tmp_path):
    os.mkfifo(tmp_path / "pipe.txt")
    with pytest.raises(UnreadableFile, match="tubería con nombre"):
        fingerprint(tmp_path / "pipe.txt")


def test_the_size_is_known_before_a_byte_is_hashed(tmp_path, monkeypatch):
    huge = tmp_path / "enorme.txt"
    with open(huge, "wb") as handle:
        handle.truncate(MAX_FILE_BYTES + 1)  # sparse: takes no room on disk
    monkeypatch.setattr(fingerprints.hashlib, "blake2b", lambda **k: pytest.fail("hashed"))
    with pytest.raises(UnreadableFile, match="demasiado grande"):
        fingerprint(huge)
    changes = scan([tmp_path], {})
    [(_, reason)] = changes.unreadable
    assert reason.startswith(f"demasiado grande ({(MAX_FILE_BYTES + 1) // 2**20} MB; el límite de un .txt o .md "
                             f"es {MAX_FILE_BYTES // 2**20} MB)")


@pytest.mark.parametrize("name, shown", [
    ("plain.txt", "plain.txt"),
    ("acentuación ñ.txt", "acentuación ñ.txt"),
    (os.fsdecode(b"latin\xe9.txt"), "latin\\xe9.txt"),
    ("\ud800x", "\\ud800x"),
])
def test_printable_names(name, shown):
    assert printable(name) == shown


def test_within():
    assert within(b"/a/b/c.txt", [b"/a/b"]) and within(b"/a/b", [b"/a/b/"])
    assert not within(b"/a/bc.txt", [b"/a/b"])
