"""What `update` sees and says: edits that keep size and time, files made empty or binary
(trial 3, findings 15 and 16)."""

import os
import shutil

import pytest

from search.cli import main
from search.ingest import fingerprints, manifest
from search.storage.build import build_index
from search.storage.generations import live_generation
from search.storage.store import RecordStore
from search.storage.update import update_index
from tests.conftest import OLD, total


def store_of(index_dir):
    return RecordStore(live_generation(index_dir) / "records.sqlite", writable=True)


@pytest.fixture
def settled(monkeypatch):
    """Make files count as settled as soon as written: the racy-clean rule (a file this
    recent is hashed again anyway) would otherwise hide what the inode change time does."""
    monkeypatch.setattr(manifest, "RECENT_NS", 1)
    monkeypatch.setattr(fingerprints, "RECENT_NS", 1)


def rewrite_and_set_time_back(path, text, tmp_path):  # curl -R, wget -N, rsync -t in place, tar x
    path.write_text(text)
    os.utime(path, ns=(OLD, OLD))


def copy_keeping_time(path, text, tmp_path):  # cp -p from a copy made elsewhere
    staged = tmp_path / "staged.txt"
    staged.write_text(text)
    os.utime(staged, ns=(OLD, OLD))
    shutil.copy2(staged, path)


def rename_over_keeping_time(path, text, tmp_path):  # rsync -t: a temporary file renamed over
    temporary = path.with_name(".c.txt.tmp")
    temporary.write_text(text)
    os.utime(temporary, ns=(OLD, OLD))
    os.replace(temporary, path)


@pytest.mark.parametrize("edit", [rewrite_and_set_time_back, copy_keeping_time, rename_over_keeping_time])
def test_an_edit_that_keeps_size_and_time_is_seen(edit, notes, tmp_path, settled, monkeypatch):
    index_dir = tmp_path / "ix"
    build_index([notes], index_dir)
    # Unchanged files are still not read.
    monkeypatch.setattr(manifest, "fingerprint", lambda path: pytest.fail(f"{path} read"))
    assert update_index([notes], index_dir).unchanged == 2
    monkeypatch.undo()
    monkeypatch.setattr(manifest, "RECENT_NS", 1)
    monkeypatch.setattr(fingerprints, "RECENT_NS", 1)
    before = (notes / "c.txt").stat()
    edit(notes / "c.txt", "Lima, 1 de junio de 2023.- Otro tema: la yuca amarilla.\n", tmp_path)
    after = (notes / "c.txt").stat()
    assert (after.st_size, after.st_mtime_ns) == (before.st_size, before.st_mtime_ns)
    summary = update_index([notes], index_dir)
    assert (summary.updated, summary.unchanged) == (1, 1)
    assert total(index_dir, "yuca") == 1 and total(index_dir, "papa") == 0


def test_a_change_of_metadata_alone_is_hashed_once_and_not_indexed_again(notes, tmp_path, settled,
                                                                         monkeypatch):
    index_dir = tmp_path / "ix"
    build_index([notes], index_dir)
    os.chmod(notes / "c.txt", 0o600)  # a new inode change time, the same content
    summary = update_index([notes], index_dir)
    assert (summary.updated, summary.unchanged, summary.documents) == (0, 2, 0)
    monkeypatch.setattr(manifest, "fingerprint", lambda path: pytest.fail(f"{path} read"))
    assert update_index([notes], index_dir).unchanged == 2  # its new time was noted


def test_an_index_that_kept_no_inode_change_times_notes_them_without_reading(notes, tmp_path, settled,
                                                                            monkeypatch):
    index_dir = tmp_path / "ix"
    build_index([notes], index_dir)
    store = store_of(index_dir)
    store.connection.execute("DELETE FROM file_changes")  # as an index of an earlier version
    store.commit()
    store.close()
    monkeypatch.setattr(manifest, "fingerprint", lambda path: pytest.fail(f"{path} read"))
    assert update_index([notes], index_dir).unchanged == 2
    monkeypatch.undo()
    monkeypatch.setattr(manifest, "RECENT_NS", 1)
    monkeypatch.setattr(fingerprints, "RECENT_NS", 1)
    store = store_of(index_dir)
    assert len(store.file_changes()) == 2
    store.close()
    copy_keeping_time(notes / "c.txt", "Lima, 1 de junio de 2023.- Otro tema: la yuca amarilla.\n", tmp_path)
    assert update_index([notes], index_dir).updated == 1


def test_a_file_changed_in_the_same_tick_as_its_inode_time_was_read_is_hashed_again(notes, tmp_path):
    """Racily clean, for the inode change time: one this recent is not trusted."""
    index_dir = tmp_path / "ix"
    build_index([notes], index_dir)
    store = store_of(index_dir)
    assert set(store.file_changes().values()) == {-1}  # the files were written a moment ago
    store.close()
    copy_keeping_time(notes / "c.txt", "Lima, 1 de junio de 2023.- Otro tema: la yuca amarilla.\n", tmp_path)
    assert update_index([notes], index_dir).updated == 1


def test_files_made_empty_leave_the_index_and_binary_ones_keep_their_text(notes, tmp_path, runner):
    (notes / "sub").mkdir()
    (notes / "sub" / "a.txt").write_text("Lima, 1 de junio de 2023.- El ministro habló de la quinua.\n")
    (notes / "b.txt").write_text("Lima, 1 de junio de 2023.- El ministro habló del maíz morado.\n")
    index = str(tmp_path / "ix")
    runner.invoke(main, ["index", str(notes), "--index", index], catch_exceptions=False)
    (notes / "sub" / "a.txt").write_text("")
    (notes / "b.txt").write_bytes(os.urandom(100) + b"\0" * 400)
    (notes / "nuevo.txt").write_text("")  # never indexed: skipped, nothing left the index
    result = runner.invoke(main, ["update", str(notes), "--index", index], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    # the binary one keeps its last text (trial 33, defect 18: it was said «vacío o sin texto»)
    assert ("3 archivos omitidos; 1 de ellos (sub/a.txt) quedó vacío o sin texto y sus documentos se quitaron "
            "del índice; 1 de ellos conserva en el índice los documentos de una versión anterior") in result.output
    assert f"omitido: {notes / 'sub' / 'a.txt'}: archivo vacío; sus documentos se quitaron del índice" \
        in result.output
    assert (f"omitido: {notes / 'b.txt'}: archivo binario (contiene bytes NUL), no texto; sus documentos de antes "
            "siguen en el índice") in result.output
    assert f"omitido: {notes / 'nuevo.txt'}: archivo vacío\n" in result.output
    assert total(index, "quinua") == 0 and total(index, "morado") == 1
    again = runner.invoke(main, ["update", str(notes), "--index", index], catch_exceptions=False)
    assert "se quitaron" not in again.output and "3 archivos omitidos;" in again.output
    assert "1 de ellos conserva en el índice" in again.output and total(index, "morado") == 1
