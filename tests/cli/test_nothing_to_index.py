"""A build that finds no document fails, says why, and leaves nothing behind (no index, no
writer.lock); `watch` on an empty folder says so once and indexes what arrives."""

import multiprocessing
import os
import threading
import time

import pytest
from click.testing import CliRunner

from search.cli import main
from search.storage.locking import LOCK_FILE, writer_lock
from search.storage.watch import watch
from tests.storage.test_watch import total, wait_for


def run(*args):
    return CliRunner().invoke(main, [*map(str, args)])


@pytest.fixture
def sources(tmp_path):
    """An empty folder, one with only a named pipe, one with only an empty and a binary file."""
    (tmp_path / "vacia").mkdir()
    (tmp_path / "tubo").mkdir()
    os.mkfifo(tmp_path / "tubo" / "f.txt")
    (tmp_path / "malos").mkdir()
    (tmp_path / "malos" / "vacio.txt").write_text("")
    (tmp_path / "malos" / "bin.txt").write_bytes(b"\x00\x01\x02" * 100)
    (tmp_path / "otros").mkdir()
    (tmp_path / "otros" / "foto.png").write_bytes(b"\x89PNG")  # no document suffix
    return tmp_path


@pytest.mark.parametrize("command", ["index", "update"])
@pytest.mark.parametrize("folder, said", [
    ("vacia", "ningún archivo .txt"),
    ("otros", "ningún archivo .txt"),
    ("tubo", "tubería con nombre"),
    ("malos", "2 archivos omitidos"),
    ("tubo/f.txt", "tubería con nombre"),
])
def test_nothing_to_index_fails_and_leaves_no_index_nor_lock(sources, command, folder, said):
    result = run(command, sources / folder, "--index", sources / "ix")
    assert result.exit_code == 1
    assert "no hay ningún documento que indexar" in result.output and said in result.output
    assert "no se creó ningún índice" in result.output
    assert not (sources / "ix").exists()  # not even its writer.lock


def test_a_folder_given_for_the_index_is_left_as_it_was(sources):
    (sources / "ix").mkdir()
    assert run("index", sources / "vacia", "--index", sources / "ix").exit_code == 1
    assert os.listdir(sources / "ix") == []
    (sources / "vacia" / "a.txt").write_text("Lima, 1 de junio de 2023.- El ministro habló de la quinua.\n")
    assert run("index", sources / "vacia", "--index", sources / "ix").exit_code == 0
    assert "1 resultado" in run("search", "quinua", "--index", sources / "ix").output


def test_an_index_that_has_documents_is_kept(sources):
    (sources / "docs").mkdir()
    (sources / "docs" / "a.txt").write_text("Lima, 1 de junio de 2023.- El ministro habló de la quinua.\n")
    assert run("index", sources / "docs", "--index", sources / "ix").exit_code == 0
    result = run("index", sources / "vacia", "--index", sources / "ix")
    assert result.exit_code == 1 and "no se sustituyó" in result.output
    assert "1 resultado" in run("search", "quinua", "--index", sources / "ix").output


def _hold_then_fail(index_dir, held):
    try:
        with writer_lock(index_dir, command="index"):
            held.set()
            time.sleep(0.5)
            raise RuntimeError("no document")
    except RuntimeError:
        pass


def test_a_writer_waiting_on_a_removed_lock_file_takes_a_new_one(tmp_path):
    index_dir = tmp_path / "ix"
    held = multiprocessing.get_context("fork").Event()
    failing = multiprocessing.get_context("fork").Process(target=_hold_then_fail, args=(index_dir, held))
    failing.start()
    assert held.wait(10)
    with writer_lock(index_dir, wait=10):  # opened the other's lock file, which it then removed
        failing.join(10)  # it failed, removed what it made and let go
        assert failing.exitcode == 0
        assert (index_dir / LOCK_FILE).exists()  # the lock held is on the file others will open
        inode = (index_dir / LOCK_FILE).stat().st_ino
        second = multiprocessing.get_context("fork").Process(
            target=lambda: writer_lock(index_dir, wait=0).__enter__())
        second.start()
        second.join(10)
        assert second.exitcode != 0  # WriterBusy: the lock is really held
        assert (index_dir / LOCK_FILE).stat().st_ino == inode
    failing.join()


def test_watch_on_an_empty_folder_says_so_once_and_indexes_what_arrives(tmp_path):
    folder, index_dir, lines = tmp_path / "docs", tmp_path / "ix", []
    folder.mkdir()
    stop = threading.Event()
    thread = threading.Thread(target=watch, args=([folder], index_dir),
                              kwargs={"stop": stop, "debounce": 0.2, "log": lines.append})
    thread.start()
    try:
        assert wait_for(lambda: lines)
        assert lines[0].startswith("aviso: ") and "no hay ningún documento" in lines[0]
        assert "la vigilancia sigue" in lines[0] and not index_dir.exists()
        time.sleep(1)
        assert len(lines) == 1  # said once, not at every retry
        (folder / "a.txt").write_text("Lima, 1 de junio de 2023.- Llegan las vacunas.\n")
        assert wait_for(lambda: total(index_dir, "vacunas") == 1)
    finally:
        stop.set()
        thread.join(10)
    assert not thread.is_alive()


@pytest.mark.parametrize("command", ["index", "update"])
@pytest.mark.parametrize("make, said", [
    (lambda path: os.mkfifo(path), "no es una carpeta"),
    (lambda path: path.symlink_to(path.parent / "no-existe"), "es un enlace roto"),
    (lambda path: path.symlink_to(path), "es un enlace roto"),  # a loop
])
def test_an_index_path_that_is_no_folder_is_one_line(tmp_path, command, make, said):
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "a.txt").write_text("Lima, 1 de junio de 2023.- Un texto.\n")
    make(tmp_path / "ix")
    result = run(command, tmp_path / "docs", "--index", tmp_path / "ix")
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert f"{tmp_path / 'ix'}: {said}; el índice va en una carpeta" in result.output


def test_an_index_path_under_a_file_is_one_line(tmp_path):
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "a.txt").write_text("Lima, 1 de junio de 2023.- Un texto.\n")
    (tmp_path / "archivo").write_text("x")
    result = run("index", tmp_path / "docs", "--index", tmp_path / "archivo" / "ix")
    assert result.exit_code == 1 and "una parte de la ruta no es una carpeta" in result.output


@pytest.mark.parametrize("fill", ["nothing", "other_files", "hidden_only"])
def test_update_of_a_new_folder_without_documents_fails_and_is_not_remembered(runner, tmp_path, fill):
    (tmp_path / "s1").mkdir()
    (tmp_path / "s1" / "a.txt").write_text("Nota uno sobre el puma.\n")
    empty = tmp_path / "s2"
    (empty / "sub").mkdir(parents=True)
    if fill == "other_files":
        (empty / "sub" / "ignore.bin").write_bytes(b"x")
    elif fill == "hidden_only":
        (empty / ".oculto.txt").write_text("No es un documento.\n")
    index = str(tmp_path / "ix")
    assert runner.invoke(main, ["index", str(tmp_path / "s1"), "--index", index]).exit_code == 0
    result = runner.invoke(main, ["update", str(empty), "--index", index])
    assert result.exit_code == 1 and f"{empty}: no hay ningún documento que indexar" in result.output
    recorded = runner.invoke(main, ["update", "--index", index])
    assert recorded.exit_code == 0 and str(empty) not in recorded.output, recorded.output


def test_update_names_the_empty_one_of_several_new_folders_and_takes_the_rest(runner, tmp_path):
    for name, text in (("s1", "Nota uno sobre el puma.\n"), ("s3", "Nota del ocelote.\n")):
        (tmp_path / name).mkdir()
        (tmp_path / name / "a.txt").write_text(text)
    (tmp_path / "s2").mkdir()
    index = str(tmp_path / "ix")
    assert runner.invoke(main, ["index", str(tmp_path / "s1"), "--index", index]).exit_code == 0
    result = runner.invoke(main, ["update", str(tmp_path / "s2"), str(tmp_path / "s3"), "--index", index])
    assert result.exit_code == 0 and "1 añadido" in result.output
    assert f"{tmp_path / 's2'}: no hay ningún documento que indexar" in result.output
    assert "no se añadió a las rutas del índice" in result.output
    recorded = runner.invoke(main, ["update", "--index", index])
    assert f"Rutas del índice: {tmp_path / 's1'}, {tmp_path / 's3'}" in recorded.output, recorded.output


def test_an_emptied_folder_the_index_knows_is_not_new(runner, tmp_path):
    """A recorded folder whose files all left falls to the guard against emptying an index."""
    (tmp_path / "s1").mkdir()
    (tmp_path / "s1" / "a.txt").write_text("Nota uno sobre el puma.\n")
    index = str(tmp_path / "ix")
    assert runner.invoke(main, ["index", str(tmp_path / "s1"), "--index", index]).exit_code == 0
    (tmp_path / "s1" / "a.txt").unlink()
    result = runner.invoke(main, ["update", str(tmp_path / "s1"), "--index", index])
    assert result.exit_code == 1 and "ya no está ninguno de los archivos del índice" in result.output
