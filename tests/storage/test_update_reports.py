"""What `update` sees and says: edits that keep size and time, files made empty or binary,
and the paths it works on when given none (trial 3, findings 15, 16 and 17)."""

import os
import shutil

import pytest

from search.cli import main
from search.ingest import manifest
from search.retrieval.reader import open_index
from search.retrieval.searching import search
from search.storage.build import build_index
from search.storage.generations import live_generation
from search.storage.sources import SOURCES
from search.storage.store import RecordStore
from search.storage.update import update_index

OLD = 1_672_531_200_000_000_000  # 2023-01-01, ns: a time long before any scan


def total(index_dir, query):
    with open_index(index_dir) as index:
        return search(index, query).total


def store_of(index_dir):
    return RecordStore(live_generation(index_dir) / "records.sqlite", writable=True)


@pytest.fixture
def settled(monkeypatch):
    """Make files count as settled as soon as written: the racy-clean rule (a file this
    recent is hashed again anyway) would otherwise hide what the inode change time does."""
    monkeypatch.setattr(manifest, "RECENT_NS", 1)


@pytest.fixture
def folder(tmp_path):
    folder = tmp_path / "e"
    folder.mkdir()
    for name, crop in (("c.txt", "papa"), ("d.txt", "oca")):
        (folder / name).write_text(f"Lima, 1 de junio de 2023.- Otro tema: la {crop} amarilla.\n")
        os.utime(folder / name, ns=(OLD, OLD))
    return folder


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
def test_an_edit_that_keeps_size_and_time_is_seen(edit, folder, tmp_path, settled, monkeypatch):
    index_dir = tmp_path / "ix"
    build_index([folder], index_dir)
    # Unchanged files are still not read.
    monkeypatch.setattr(manifest, "fingerprint", lambda path: pytest.fail(f"{path} read"))
    assert update_index([folder], index_dir).unchanged == 2
    monkeypatch.undo()
    monkeypatch.setattr(manifest, "RECENT_NS", 1)
    before = (folder / "c.txt").stat()
    edit(folder / "c.txt", "Lima, 1 de junio de 2023.- Otro tema: la yuca amarilla.\n", tmp_path)
    after = (folder / "c.txt").stat()
    assert (after.st_size, after.st_mtime_ns) == (before.st_size, before.st_mtime_ns)
    summary = update_index([folder], index_dir)
    assert (summary.updated, summary.unchanged) == (1, 1)
    assert total(index_dir, "yuca") == 1 and total(index_dir, "papa") == 0


def test_a_change_of_metadata_alone_is_hashed_once_and_not_indexed_again(folder, tmp_path, settled,
                                                                         monkeypatch):
    index_dir = tmp_path / "ix"
    build_index([folder], index_dir)
    os.chmod(folder / "c.txt", 0o600)  # a new inode change time, the same content
    summary = update_index([folder], index_dir)
    assert (summary.updated, summary.unchanged, summary.documents) == (0, 2, 0)
    monkeypatch.setattr(manifest, "fingerprint", lambda path: pytest.fail(f"{path} read"))
    assert update_index([folder], index_dir).unchanged == 2  # its new time was noted


def test_an_index_that_kept_no_inode_change_times_notes_them_without_reading(folder, tmp_path, settled,
                                                                            monkeypatch):
    index_dir = tmp_path / "ix"
    build_index([folder], index_dir)
    store = store_of(index_dir)
    store.connection.execute("DELETE FROM file_changes")  # as an index of an earlier version
    store.commit()
    store.close()
    monkeypatch.setattr(manifest, "fingerprint", lambda path: pytest.fail(f"{path} read"))
    assert update_index([folder], index_dir).unchanged == 2
    monkeypatch.undo()
    monkeypatch.setattr(manifest, "RECENT_NS", 1)
    store = store_of(index_dir)
    assert len(store.file_changes()) == 2
    store.close()
    copy_keeping_time(folder / "c.txt", "Lima, 1 de junio de 2023.- Otro tema: la yuca amarilla.\n", tmp_path)
    assert update_index([folder], index_dir).updated == 1


def test_a_file_changed_in_the_same_tick_as_its_inode_time_was_read_is_hashed_again(folder, tmp_path):
    """Racily clean, for the inode change time: one this recent is not trusted."""
    index_dir = tmp_path / "ix"
    build_index([folder], index_dir)
    store = store_of(index_dir)
    assert set(store.file_changes().values()) == {-1}  # the files were written a moment ago
    store.close()
    copy_keeping_time(folder / "c.txt", "Lima, 1 de junio de 2023.- Otro tema: la yuca amarilla.\n", tmp_path)
    assert update_index([folder], index_dir).updated == 1


def test_files_made_empty_or_binary_are_said_to_leave_the_index(folder, tmp_path, runner):
    (folder / "sub").mkdir()
    (folder / "sub" / "a.txt").write_text("Lima, 1 de junio de 2023.- El ministro habló de la quinua.\n")
    (folder / "b.txt").write_text("Lima, 1 de junio de 2023.- El ministro habló del maíz morado.\n")
    index = str(tmp_path / "ix")
    runner.invoke(main, ["index", str(folder), "--index", index], catch_exceptions=False)
    (folder / "sub" / "a.txt").write_text("")
    (folder / "b.txt").write_bytes(os.urandom(100) + b"\0" * 400)
    (folder / "nuevo.txt").write_text("")  # never indexed: skipped, nothing left the index
    result = runner.invoke(main, ["update", str(folder), "--index", index], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    assert ("3 archivos omitidos; 2 de ellos (b.txt, sub/a.txt) quedaron vacíos o sin texto y sus "
            "documentos se quitaron del índice") in result.output
    assert f"omitido: {folder / 'sub' / 'a.txt'}: archivo vacío; sus documentos se quitaron del índice" \
        in result.output
    assert f"omitido: {folder / 'nuevo.txt'}: archivo vacío\n" in result.output
    assert total(index, "quinua") == 0 and total(index, "morado") == 0
    again = runner.invoke(main, ["update", str(folder), "--index", index], catch_exceptions=False)
    assert "se quitaron" not in again.output and "3 archivos omitidos;" in again.output


@pytest.fixture
def elsewhere(tmp_path, monkeypatch):
    """Work in a folder that has a seeds/ of its own, with no HEMEROTECA_* variable set."""
    cwd = tmp_path / "cwd"
    (cwd / "seeds").mkdir(parents=True)
    (cwd / "seeds" / "muestra.txt").write_text("Documento de muestra sobre el cacao.\n")
    monkeypatch.chdir(cwd)
    for variable in ("HEMEROTECA_SOURCE", "HEMEROTECA_INDEX"):
        monkeypatch.delenv(variable, raising=False)
    return cwd


def test_update_without_paths_updates_the_paths_of_the_index(folder, tmp_path, runner, elsewhere):
    index = str(tmp_path / "ix")
    other = tmp_path / "otros"
    other.mkdir()
    (other / "o.txt").write_text("Nota de otra carpeta sobre el trigo.\n")
    runner.invoke(main, ["index", str(folder), "--index", index], catch_exceptions=False)
    runner.invoke(main, ["update", str(other), "--index", index], catch_exceptions=False)
    (folder / "f.txt").write_text("Nota nueva sobre la quinua.\n")
    (other / "o2.txt").write_text("Otra nota sobre el trigo.\n")
    for command in (["update"], ["index"]):  # index rebuilds from them
        result = runner.invoke(main, [*command, "--index", index], env={"HEMEROTECA_INDEX": index})
        assert result.exit_code == 0, result.output
        assert f"Rutas del índice: {folder}, {other}" in result.output
        assert total(index, "cacao") == 0  # nothing from ./seeds
        assert (total(index, "quinua"), total(index, "trigo")) == (1, 2)


@pytest.mark.parametrize("command", ["update", "index", "watch"])
def test_without_paths_or_an_index_the_command_says_what_to_type(command, tmp_path, runner, elsewhere):
    result = runner.invoke(main, [command, "--index", str(tmp_path / "nada")])
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert f"no hay ningún índice en {tmp_path / 'nada'}" in result.output
    assert f"hemeroteca {command} RUTAS... --index" in result.output
    assert "seeds" not in result.output and not (tmp_path / "nada").exists()


def test_an_index_that_recorded_no_paths_is_not_guessed(folder, tmp_path, runner, elsewhere):
    index = str(tmp_path / "ix")
    build_index([folder], index)
    store = store_of(index)
    store.set_meta(SOURCES, None)  # as an index of an earlier version
    store.commit()
    store.close()
    result = runner.invoke(main, ["update", "--index", index])
    assert result.exit_code == 1
    assert f"el índice {index} no guarda de qué rutas se construyó" in result.output
    assert f"hemeroteca update {folder} --index {index}" in result.output and "seeds" not in result.output
    runner.invoke(main, ["update", str(folder), "--index", index], catch_exceptions=False)
    assert runner.invoke(main, ["update", "--index", index]).exit_code == 0  # now recorded


def test_a_recorded_path_that_is_gone_changes_nothing(folder, tmp_path, runner, elsewhere):
    index = str(tmp_path / "ix")
    build_index([folder], index)
    folder.rename(tmp_path / "desmontada")
    result = runner.invoke(main, ["update", "--index", index])
    assert result.exit_code == 1 and f"{folder}: ya no existe" in result.output
    assert total(index, "papa") == 1


def test_the_source_variable_still_names_the_paths(folder, tmp_path, runner, elsewhere):
    index = str(tmp_path / "ix")
    result = runner.invoke(main, ["index", "--index", index], env={"HEMEROTECA_SOURCE": str(folder)})
    assert result.exit_code == 0 and total(index, "papa") == 1
    result = runner.invoke(main, ["update", "--index", index], env={"HEMEROTECA_SOURCE": "nada"})
    assert result.exit_code == 1 and "HEMEROTECA_SOURCE=nada: no existe" in result.output


def test_a_missing_index_is_called_an_index(tmp_path, runner):
    result = runner.invoke(main, ["search", "salud", "--index", str(tmp_path / "nope")])
    assert result.exit_code == 1
    assert f"{tmp_path / 'nope'}: el índice no existe. Constrúyalo con: hemeroteca index" in result.output
    assert "carpeta" not in result.output
