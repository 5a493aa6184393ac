import json

import pytest

from search.cli import main
from search.retrieval.reader import open_index
from search.storage.build import build_index
from tests.conftest import SEED, SEEDS


def test_index_then_search(runner, tmp_path):
    index_dir = tmp_path / "ix"
    result = runner.invoke(main, ["index", str(SEEDS), "--index", str(index_dir)])
    assert result.exit_code == 0, result.output
    assert f"1 documento indexado (6 párrafos) en {index_dir}; 0 archivos omitidos;" in result.output
    assert " s." in result.output and "\r" not in result.output  # no progress on a pipe
    with open_index(index_dir) as index:
        assert index.store.counts() == (1, 6)
    result = runner.invoke(main, ["search", "virus politico", "--index", str(index_dir)])
    assert result.exit_code == 0
    assert " 1. " in result.output and f"{SEED}#2" in result.output
    assert "\x1b[" not in result.output  # no styles when the output is not a terminal


@pytest.mark.parametrize("files, summary", [
    (1, "1 documento indexado (1 párrafo)"),
    (2, "2 documentos indexados (2 párrafos)"),
])
def test_summaries_agree_with_their_counts(runner, tmp_path, files, summary):
    (tmp_path / "docs").mkdir()
    for number in range(files):
        (tmp_path / "docs" / f"n{number}.txt").write_text(f"Noticia número {number}.\n")
    index_dir = str(tmp_path / "ix")
    assert summary in runner.invoke(main, ["index", str(tmp_path / "docs"), "--index", index_dir]).output
    (tmp_path / "docs" / "otra.txt").write_text("Otra noticia.\n")
    update = runner.invoke(main, ["update", str(tmp_path / "docs"), "--index", index_dir]).output
    unchanged = f"{files} sin cambios"
    assert f"actualizado: 1 añadido, 0 modificados, 0 movidos, 0 eliminados, {unchanged}" in update


def test_index_reads_the_environment_variable(runner, tmp_path, monkeypatch):
    monkeypatch.setenv("HEMEROTECA_INDEX", str(tmp_path / "env-ix"))
    assert runner.invoke(main, ["index", str(SEEDS)]).exit_code == 0
    assert (tmp_path / "env-ix" / "current").is_dir()


def test_index_reports_skipped_files(runner, tmp_path, corpus):
    (corpus / "vacio.txt").write_text("")
    (corpus / "latin1.txt").write_bytes("Año de la cooperación".encode("latin-1"))
    result = runner.invoke(main, ["index", str(corpus), "--index", str(tmp_path / "ix")])
    assert result.exit_code == 0
    assert "omitido:" in result.output and "vacio.txt: archivo vacío" in result.output
    assert "1 archivo omitido;" in result.output
    search = runner.invoke(main, ["search", "año", "--index", str(tmp_path / "ix"), "--json"])
    assert "latin1.txt#1" in [hit["id"] for hit in json.loads(search.output)["hits"]]


def test_index_missing_path(runner, tmp_path):
    result = runner.invoke(main, ["index", str(tmp_path / "nada"), "--index", str(tmp_path)])
    assert result.exit_code == 2 and "no existe ese archivo ni esa carpeta" in result.output


def test_inspect_prints_records_without_an_index(runner, corpus):
    (corpus / "vacio.txt").write_text("")
    result = runner.invoke(main, ["inspect", str(SEEDS / SEED), str(corpus / "vacio.txt"),
                                  "--json"])
    assert "vacio.txt: archivo vacío" in result.output
    records = [json.loads(line) for line in result.output.splitlines() if line.startswith("{")]
    assert [r["speakers"] for r in records] == [
        [], ["Wang Yi", "Vladímir Putin"], ["Wang Yi"], ["Wang Yi"], ["Sergey Lavrov"],
        ["Wang Yi", "Sergey Lavrov"]]
    assert {r["date"] for r in records} == {"2020-12-22"}


def test_a_build_reports_its_phases_from_the_first_file(tmp_path):
    """Progress starts at file 0 of N, counts every file, then names writing and switching."""
    (tmp_path / "docs").mkdir()
    for number in range(3):
        (tmp_path / "docs" / f"n{number}.txt").write_text(f"Noticia {number}.\n")
    events = []
    build_index([tmp_path / "docs"], tmp_path / "ix", progress=lambda *event: events.append(event))
    assert events == [("reading", 0, 3), ("reading", 1, 3), ("reading", 2, 3), ("reading", 3, 3),
                      ("writing", 0, 0), ("switching", 0, 0)]


def test_a_build_in_workers_reports_every_file(tmp_path):
    (tmp_path / "docs").mkdir()
    for number in range(60):  # above SMALL_BUILD_FILES: two worker processes
        (tmp_path / "docs" / f"n{number}.txt").write_text(f"Noticia {number}.\n")
    events = []
    build_index([tmp_path / "docs"], tmp_path / "ix", procs=2,
                progress=lambda *event: events.append(event))
    reading = [done for phase, done, _ in events if phase == "reading"]
    assert reading == list(range(61)) and events[-2:] == [("writing", 0, 0), ("switching", 0, 0)]


def test_jsonl_titles_do_not_leak_between_records(runner, tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "news.jsonl").write_text(
        '{"id": "n1", "title": "Sismo en Oaxaca", "text": "Un sismo sacudió Oaxaca."}\n'
        '{"id": "n2", "text": "La inflación subió en Lima, dijo el ministro Juan Pérez."}\n'
        '{"id": "n3", "text": "Elecciones en Bogotá."}\n', encoding="utf-8")
    index = str(tmp_path / "idx")
    assert runner.invoke(main, ["index", str(docs), "--index", index]).exit_code == 0
    titles = {}
    for query in ("inflación", "Bogotá", "sismo"):
        found = json.loads(runner.invoke(main, ["search", query, "--index", index, "--json"]).output)
        titles.update({hit["id"]: hit["title"] for hit in found["hits"]})
    assert titles == {"n1": "Sismo en Oaxaca", "n2": "", "n3": ""}


@pytest.mark.parametrize("given, code, said, shown", [
    (["/nonexistent"], 2, "Error: /nonexistent: no existe ese archivo ni esa carpeta", False),
    (["/nonexistent", "seed"], 2, "Error: /nonexistent: no existe ese archivo ni esa carpeta", True),
    (["empty"], 1, "Error: ningún párrafo que mostrar en {empty}", False),
    (["vacio.txt"], 1, "omitido: {vacio}: archivo vacío", False),
    (["seed"], 0, None, True),
])
def test_inspect_exits_nonzero_when_what_it_was_given_is_not_there(runner, tmp_path, given, code, said, shown):
    places = {"seed": str(SEEDS / SEED), "empty": str(tmp_path / "empty"), "vacio": str(tmp_path / "vacio.txt")}
    (tmp_path / "empty").mkdir()
    (tmp_path / "vacio.txt").write_text("")
    result = runner.invoke(main, ["inspect"] + [places.get(path.removesuffix(".txt"), path) for path in given])
    assert result.exit_code == code and "Traceback" not in result.output
    assert said is None or said.format(**places) in result.output
    assert ("Wang Yi" in result.output) == shown


def test_documents_without_a_date_are_counted_and_named(tmp_path, runner):
    # trial 12, finding 2: undated documents left every date filter without a word
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "2020-03-14.txt").write_text("Dated by its name.\n", encoding="utf-8")
    (folder / "nota.txt").write_text("Sin fecha alguna.\n", encoding="utf-8")
    (folder / "conferencia.txt").write_text(
        "HUGO LÓPEZ-GATELL RAMÍREZ: Buenas noches. Hoy es sábado 14 de marzo de 2020.\n"
        "PREGUNTA: ¿Y los casos?\n", encoding="utf-8")
    (folder / "feed.jsonl").write_text('{"id": "r1", "text": "Un registro suelto sin fecha."}\n', encoding="utf-8")
    index = str(tmp_path / "idx")
    result = runner.invoke(main, ["index", str(folder), "--index", index])
    assert result.exit_code == 0, result.output
    assert "aviso: 1 documento sin fecha (nota.txt): no entra en los filtros de fecha" in result.output
    (folder / "otra.txt").write_text("Tampoco.\n", encoding="utf-8")
    (folder / "2021-01-05.txt").write_text("Esta sí.\n", encoding="utf-8")
    result = runner.invoke(main, ["update", "--index", index])
    assert "aviso: 1 documento sin fecha (otra.txt)" in result.output
    names = [f"n{number}.txt" for number in range(7)]
    for name in names:
        (folder / name).write_text("Nada.\n", encoding="utf-8")
    result = runner.invoke(main, ["update", "--index", index])
    assert "7 documentos sin fecha (n0.txt, n1.txt, n2.txt, n3.txt, n4.txt, …): no entran" in result.output


@pytest.mark.parametrize("dates, undated", [
    (["2021-03-02", "2021-03-03"], False),  # each record dated, the document not: its paragraphs are
    ([None, "2021-03-03"], False),  # one dated record: it enters the date filters
    ([None, None], True),
])
def test_a_feeds_document_is_undated_only_when_none_of_its_records_is(tmp_path, runner, dates, undated):
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "feed.jsonl").write_text("".join(
        json.dumps({"id": f"r{n}", "doc": "informe", "text": f"El puerto {n}.", "date": date}) + "\n"
        for n, date in enumerate(dates)), encoding="utf-8")
    result = runner.invoke(main, ["index", str(folder), "--index", str(tmp_path / "idx"), "--json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["undated"] == (["informe"] if undated else [])


def test_index_and_update_write_their_summary_as_json(tmp_path, runner):
    # trial 12, finding 15: a script had only the Spanish line to read
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "2020-03-14.txt").write_text("Uno.\n\nDos.\n", encoding="utf-8")
    (folder / "vacio.txt").write_text("", encoding="utf-8")
    index = str(tmp_path / "idx")
    built = runner.invoke(main, ["index", str(folder), "--index", index, "--json"], catch_exceptions=False)
    assert built.exit_code == 0
    summary = json.loads(built.stdout)
    assert (summary["documents"], summary["paragraphs"]) == (1, 2)
    assert summary["skipped"] == [{"path": str(folder / "vacio.txt"), "reason": "archivo vacío"}]
    assert summary["summary"].startswith("1 documento indexado (2 párrafos)")
    (folder / "nota.txt").write_text("Tres.\n", encoding="utf-8")
    updated = json.loads(runner.invoke(main, ["update", "--index", index, "--json"]).stdout)
    assert (updated["added"], updated["unchanged"], updated["undated"]) == (1, 1, ["nota.txt"])


@pytest.mark.parametrize("command", ["index", "update"])
def test_documents_dated_by_a_weekdays_year_are_named(tmp_path, runner, command):
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "conferencia.txt").write_text(
        "HUGO LÓPEZ-GATELL RAMÍREZ: Buenas noches. Hoy es sábado 14 de marzo y esta es la conferencia.\n"
        "PREGUNTA: ¿Y los casos desde el 28 de febrero de 2020?\n", encoding="utf-8")
    (folder / "otra.txt").write_text("Hoy es sábado 14 de marzo.\nNada más.\n", encoding="utf-8")  # no evidence
    index = str(tmp_path / "idx")
    if command == "update":  # an update that builds the index reports as a build does
        result = runner.invoke(main, ["update", str(folder), "--index", index, "--json"])
        assert json.loads(result.output)["guessed"] == ["conferencia.txt («sábado 14 de marzo»: 2020-03-14)"]
        return
    result = runner.invoke(main, ["index", str(folder), "--index", index])
    assert result.exit_code == 0, result.output
    assert ("aviso: 1 documento fechado con el año que da el día de la semana "
            "(conferencia.txt («sábado 14 de marzo»: 2020-03-14))") in result.output
    assert "aviso: 1 documento sin fecha (otra.txt)" in result.output
    with open_index(index) as opened:
        from search.retrieval.searching import search
        assert {hit.doc for hit in search(opened, "casos fecha:2020-03-14").hits} == {"conferencia.txt"}
