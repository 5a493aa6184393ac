"""An index kept inside the folder it indexes (`archivo/` and `archivo/.indice`, or
`archivo/indice`): its own files are never read as documents, nor named, and `watch` does
not take its own writes for changes (once, it updated three times a second, forever)."""

import threading
import time

import pytest

from search.cli import main
from search.storage.build import build_index
from search.storage.watch import watch
from tests.conftest import wait_for
from tests.storage.test_watch import total


@pytest.mark.parametrize("name", ["idx", ".indice"])
@pytest.mark.parametrize("mode", ["inotify", "polling"])
def test_watch_ignores_its_own_index_inside_the_watched_folder(tmp_path, monkeypatch, mode, name):
    folder = tmp_path / "archivo"
    folder.mkdir()
    (folder / "a.txt").write_text("Texto sobre el kinkajú.\n")
    build_index([folder], folder / name)  # as `hemeroteca index archivo --index archivo/idx`
    monkeypatch.chdir(tmp_path)  # relative paths, as typed
    lines, stop = [], threading.Event()
    thread = threading.Thread(target=watch, args=(["archivo"], f"archivo/{name}"), kwargs={
        "stop": stop, "debounce": 0.3, "polling": mode == "polling", "log": lines.append})
    thread.start()

    def updates():  # the updates' summary lines (an undated document adds an aviso line)
        return [line for line in lines if "actualizado" in line]

    try:
        assert wait_for(lambda: len(updates()) == 1)
        time.sleep(3)  # ten debounces: each update of its own writes would show here
        assert len(updates()) == 1, lines
        (folder / "b.txt").write_text("Llega el coatí.\n")
        assert wait_for(lambda: total(folder / name, "coatí") == 1)
        time.sleep(3)
        assert len(updates()) == 2 and "1 añadido" in updates()[1], lines
    finally:
        stop.set()
        thread.join(10)


def test_index_and_update_leave_an_inner_index_unread(runner, tmp_path):
    folder = tmp_path / "archivo"
    folder.mkdir()
    (folder / "a.txt").write_text("Texto sobre el kinkajú.\n")
    built = runner.invoke(main, ["index", str(folder), "--index", str(folder / "idx")])
    assert built.exit_code == 0 and "0 archivos omitidos" in built.output, built.output
    (folder / "idx" / "nota.txt").write_text("Un texto dentro del índice.\n")  # never a document
    for _ in range(2):
        updated = runner.invoke(main, ["update", str(folder), "--index", str(folder / "idx")])
        assert "0 añadidos" in updated.output and "0 archivos omitidos" in updated.output, updated.output
    assert total(folder / "idx", "texto") == 1


def archive(tmp_path, layout):
    """Make the folder `docs` with one document at each relative path of layout."""
    docs = tmp_path / "docs"
    docs.mkdir()
    for number, relative in enumerate(layout):
        (docs / relative).parent.mkdir(parents=True, exist_ok=True)
        (docs / relative).write_text(f"Nota {number} sobre el kinkajú.\n")
    return docs


# (documents under docs, --index relative to tmp_path, refused with): trial 33, defect 1
@pytest.mark.parametrize("layout, into, said", [
    (["sub/a.txt"], "docs", "es la carpeta de los documentos que se indexan"),
    (["a.txt"], "docs", "es la carpeta de los documentos que se indexan"),
    (["2020/01/a.txt", "2021/b.md"], "docs", "es la carpeta de los documentos que se indexan"),
    (["2020/a.txt", "prensa/b.txt"], "docs/prensa", "la carpeta tiene documentos (1 archivo: b.txt)"),
    (["prensa/2020/a.txt"], "docs/prensa", "la carpeta tiene documentos (1 archivo: 2020/a.txt)"),
    (["covid/a.txt", "covid/b.txt"], "docs", "es la carpeta de los documentos que se indexan"),
])
def test_an_index_among_documents_anywhere_below_it_is_refused(runner, tmp_path, layout, into, said):
    docs = archive(tmp_path, layout)
    before = sorted(docs.rglob("*"))
    built = runner.invoke(main, ["index", str(docs), "--index", str(tmp_path / into)])
    assert built.exit_code != 0 and said in built.output, built.output
    assert sorted(docs.rglob("*")) == before  # no current, gen-*, writer.lock
    updated = runner.invoke(main, ["update", str(docs), "--index", str(tmp_path / into)])  # an update that builds
    assert updated.exit_code != 0 and said in updated.output, updated.output
    assert sorted(docs.rglob("*")) == before


def test_an_index_that_holds_a_folder_it_indexes_is_refused(runner, tmp_path):
    docs = archive(tmp_path, ["covid/a.txt"])
    built = runner.invoke(main, ["index", str(docs / "covid"), "--index", str(docs)])
    assert built.exit_code != 0 and "la carpeta tiene documentos (1 archivo: covid/a.txt)" in built.output


@pytest.mark.parametrize("layout, into", [
    (["sub/a.txt"], "docs/indice"),  # its own folder inside the archive: the walk leaves it out
    (["sub/a.txt"], "indice"),
    (["a.txt", "README.md"], "indice"),
])
def test_an_index_apart_from_its_documents_is_built(runner, tmp_path, layout, into):
    docs = archive(tmp_path, layout)
    built = runner.invoke(main, ["index", str(docs), "--index", str(tmp_path / into)])
    assert built.exit_code == 0 and "0 archivos omitidos" in built.output, built.output
    assert total(tmp_path / into, "kinkajú") == len(layout)  # a README among documents is one


@pytest.mark.parametrize("inner", ["otro", "2020/otro"])
def test_another_index_among_the_documents_is_named_as_one_and_not_read(runner, tmp_path, inner):
    # trial 33, defect 7: its `current` link was named as a linked folder, "indexe la carpeta misma"
    docs = archive(tmp_path, ["2020/a.txt", f"{inner}/dentro.txt"])
    assert runner.invoke(main, ["index", str(docs / inner), "--index", str(docs / inner)]).exit_code != 0
    assert runner.invoke(main, ["index", str(docs / "2020"), "--index", str(docs / inner / "ix")]).exit_code == 0
    for command in ("index", "update"):
        done = runner.invoke(main, [command, str(docs), "--index", str(tmp_path / "ix")])
        assert done.exit_code == 0, done.output
        assert f"{docs / inner / 'ix'}: es la carpeta de un índice de Hemeroteca, no de documentos" in done.output
        assert "enlace simbólico" not in done.output and "gen-" not in done.output
    assert total(tmp_path / "ix", "kinkajú") == 2  # 2020/a.txt and dentro.txt, nothing of the inner index


@pytest.mark.parametrize("layout, into, said", [
    (["a.txt"], "docs", "docs: es una carpeta de documentos (1 archivo: a.txt), no un índice"),
    (["2020/a.txt", "2021/b.txt"], "docs", "docs: es una carpeta de documentos (2 archivos: 2020/a.txt, 2021/b.txt)"),
    ([f"{n:02}.txt" for n in range(5)], "docs", "(5 archivos: 00.txt, 01.txt, 02.txt…), no un índice"),
])
@pytest.mark.parametrize("command", [["search", "kinkajú"], ["speakers"], ["show", "a.txt"]])
def test_reading_a_folder_of_documents_as_an_index_says_so_with_advice_that_works(
        runner, tmp_path, monkeypatch, layout, into, said, command):
    # trial 33, defect 8: the advice was to build the index in that folder, which is refused
    archive(tmp_path, layout)
    monkeypatch.chdir(tmp_path)
    read = runner.invoke(main, [*command, "--index", into])
    assert read.exit_code != 0 and said in read.output and "aquí no hay ningún índice" not in read.output
    advice = read.output.split("carpeta propia: ")[1].split()
    assert advice == ["hemeroteca", "index", "docs", "--index", "docs/indice"]
    assert runner.invoke(main, advice[1:]).exit_code == 0  # the advice works
    found = runner.invoke(main, ["search", "kinkajú", "--index", "docs"])
    assert found.exit_code != 0 and "Dentro está el índice docs/indice: úselo con --index docs/indice" in found.output


@pytest.mark.parametrize("made", ["nothing", "empty", "readme"])
def test_a_folder_with_no_documents_keeps_the_no_index_advice(runner, tmp_path, made):
    folder = tmp_path / "ix"
    if made != "nothing":
        folder.mkdir()
    if made == "readme":
        (folder / "README.md").write_text("# El índice va aquí\n")
    read = runner.invoke(main, ["search", "kinkajú", "--index", str(folder)])
    assert read.exit_code != 0 and "Constrúyalo con: hemeroteca index [RUTAS]..." in read.output
