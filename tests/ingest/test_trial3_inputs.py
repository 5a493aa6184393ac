"""What the build says of odd inputs (trial 3): dates it can't use, links, pipes, and an
--index that is a folder of documents. Each through the command, on a real index."""

import json
import os

import pytest

from search.cli import main


def index(runner, tmp_path, *paths, into="ix"):
    return runner.invoke(main, ["index", *map(str, paths), "--index", str(tmp_path / into)])


@pytest.mark.parametrize("name, first, said", [
    ("d12.txt", "Caracas, 31 de febrero de 2021.- El Gobierno habló.", "«Caracas, 31 de febrero de 2021», no existe"),
    ("d13.txt", "Lima, 29 de febrero de 2021.- El Gobierno habló.", "«Lima, 29 de febrero de 2021», no existe"),
    ("d01.txt", "MADRID, 5 Ene. (EFE) - El Gobierno habló.", "«MADRID, 5 Ene.», no dice el año"),
    ("efe_cumbre.txt", "MADRID, 14 Mar. (EFE) - Empieza la cumbre.", "no dice el año"),
    ("d25.txt", "Madrid, 15 de octubre.- El Gobierno aprobó el decreto del 2 de marzo de 2019.", "no dice el año"),
])
def test_a_dateline_that_gives_no_date_is_said_once_naming_the_file(runner, tmp_path, name, first, said):
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / name).write_text(f"{first}\n\nOtro párrafo sin fechas.\n")
    built = index(runner, tmp_path, docs)
    assert built.exit_code == 0, built.output
    assert built.output.count(f"aviso: {docs / name}: ") == 1 and said in built.output
    assert f"aviso: 1 documento sin fecha ({name})" in built.output  # and counted among the undated
    found = json.loads(runner.invoke(main, ["search", "párrafo", "--index", str(tmp_path / "ix"), "--json"]).output)
    assert [hit["date"] for hit in found["hits"]] == [None]


def test_a_mentioned_date_does_not_date_the_document(runner, tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "d15.txt").write_text("El Gobierno recordó que el 11 de septiembre de 2001 cambió el mundo.\n\nOtro.\n")
    assert index(runner, tmp_path, docs).exit_code == 0
    found = runner.invoke(main, ["search", "fecha:2001", "--index", str(tmp_path / "ix")])
    assert "Sin resultados" in found.output


@pytest.mark.parametrize("value, date, said", [
    ('"2020-12-22"', "2020-12-22", None),
    ('"1700000000"', "2023-11-14", None),  # a Unix time written as a string
    ('"1700000000000"', "2023-11-14", None),  # in milliseconds
    ("1700000000", "2023-11-14", None),
    ('"2020-12"', None, "«2020-12» da solo el mes"),
    ('"2020"', None, "«2020» da solo el año"),
    ('"31/02/2021"', None, "no existe en el calendario"),
])
def test_jsonl_dates_and_what_is_said_of_those_that_are_not_days(runner, tmp_path, value, date, said):
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "d.jsonl").write_text(f'{{"id": "a", "text": "registro fechado", "date": {value}}}\n')
    built = index(runner, tmp_path, docs)
    assert (said in built.output) if said else "aviso" not in built.output, built.output
    found = json.loads(runner.invoke(main, ["search", "registro", "--index", str(tmp_path / "ix"), "--json"]).output)
    assert found["hits"][0]["date"] == date


def test_a_file_and_its_link_are_indexed_once_and_the_link_named(runner, tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "nota.txt").write_text("Lima, 1 de junio de 2023.- La quinua sube.\n")
    os.symlink("nota.txt", docs / "alias.txt")
    os.symlink("nota.txt", docs / "0primero.txt")  # a link met before the file it points to
    built = index(runner, tmp_path, docs)
    assert "1 documento indexado" in built.output, built.output
    assert f"{docs / 'alias.txt'}: es el mismo archivo que {docs / 'nota.txt'}" in built.output
    assert f"{docs / '0primero.txt'}: es el mismo archivo que {docs / 'nota.txt'}" in built.output
    found = json.loads(runner.invoke(main, ["search", "quinua", "--index", str(tmp_path / "ix"), "--json"]).output)
    assert [hit["doc"] for hit in found["hits"]] == ["nota.txt"]


def test_a_pipe_alone_makes_no_index_and_fails(runner, tmp_path):
    os.mkfifo(tmp_path / "fifo.txt")
    built = index(runner, tmp_path, tmp_path / "fifo.txt")
    assert built.exit_code != 0
    assert "no hay ningún documento que indexar" in built.output and "tubería con nombre" in built.output
    assert "no se creó ningún índice" in built.output
    assert not (tmp_path / "ix" / "current").exists()


def test_an_index_into_a_folder_of_documents_is_refused(runner, tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "a.txt").write_text("Un documento.\n")
    (docs / "b.md").write_text("# Otro\n\nTexto.\n")
    (tmp_path / "c.txt").write_text("Otro documento.\n")
    built = runner.invoke(main, ["index", str(tmp_path / "c.txt"), "--index", str(docs)])
    assert built.exit_code != 0 and "la carpeta tiene documentos (2 archivos: a.txt, b.md)" in built.output
    assert sorted(path.name for path in docs.iterdir()) == ["a.txt", "b.md"]  # nothing written there
    assert index(runner, tmp_path, docs).exit_code == 0  # a new folder is fine
    assert index(runner, tmp_path, docs).exit_code == 0  # and so is the index again


def test_an_index_into_a_folder_with_only_its_readme_is_built(runner, tmp_path):
    # the project's default index/ holds a README.md that says what the folder is for
    folder = tmp_path / "index"
    folder.mkdir()
    (folder / "README.md").write_text("# index/\n\nThe built index lives here.\n")
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "a.txt").write_text("Un documento sobre el cacao.\n")
    built = runner.invoke(main, ["index", str(tmp_path / "docs"), "--index", str(folder)])
    assert built.exit_code == 0, built.output
    assert (folder / "current").exists() and (folder / "README.md").exists()


def test_one_doc_name_from_two_files_is_said_naming_both(runner, tmp_path):
    docs = tmp_path / "docs"
    (docs / "sub").mkdir(parents=True)
    (docs / "f1.jsonl").write_text('{"id":"x1","text":"Primer párrafo sobre el litio.","doc":"rueda-1"}\n'
                                   '{"id":"x2","text":"Segundo párrafo sobre el cobre.","doc":"rueda-1"}\n')
    (docs / "f2.jsonl").write_text('{"id":"x3","text":"Tercer párrafo sobre el oro.","doc":"rueda-1"}\n')
    built = index(runner, tmp_path, docs)
    assert ("el documento «rueda-1» lo dan 2 archivos (f1.jsonl, f2.jsonl); cada uno se indexó con el nombre "
            "de su archivo delante («f1.jsonl/rueda-1», «f2.jsonl/rueda-1»)") in built.output, built.output
    found = json.loads(runner.invoke(main, ["search", "doc:rueda-1", "--index", str(tmp_path / "ix"),
                                            "--json"]).output)
    assert sorted(hit["id"] for hit in found["hits"]) == ["x1", "x2", "x3"]
    for record_id in ("x1", "x2", "x3"):  # each paragraph is found by its own id
        shown = runner.invoke(main, ["show", record_id, "--index", str(tmp_path / "ix")])
        assert shown.exit_code == 0 and record_id in shown.output
    (docs / "sub" / "f3.txt").write_text("Cuarto.\n")
    (tmp_path / "otra").mkdir()
    (tmp_path / "otra" / "sub").mkdir()
    (tmp_path / "otra" / "sub" / "f3.txt").write_text("Quinto.\n")  # one relative path, two roots
    built = index(runner, tmp_path, docs, tmp_path / "otra", into="ix2")
    assert ("«sub/f3.txt» es el nombre de 2 archivos bajo carpetas distintas; cada uno se indexó con su "
            "carpeta delante («docs/sub/f3.txt», «otra/sub/f3.txt»)") in built.output, built.output
