"""Exports: every hit of a query, streamed in batches, as CSV for Spanish spreadsheets, JSONL or JSON."""

import csv
import io
import json

import pytest

from search.cli import main
from search.retrieval import export as exporting
from search.retrieval.export import chunks, export, file_name
from search.retrieval.reader import open_index
from search.retrieval.searching import search
from search.storage.build import build_index

PARAGRAPHS = 150  # more than a page can hold (settings.MAX_LIMIT)


@pytest.fixture(scope="module")
def water_index(tmp_path_factory):
    """Return an index of 150 dated paragraphs about water, and two that look like formulas."""
    folder = tmp_path_factory.mktemp("water-docs")
    rows = [{"id": f"a-{n}", "doc": "agua", "date": f"2020-{n % 12 + 1:02d}-01",
             "speaker": "Ana Ruiz", "title": "Agua; informe", "text": f"El agua del pozo {n} sube."}
            for n in range(PARAGRAPHS)]
    rows += [{"id": "f-1", "doc": "formulas", "text": "=HYPERLINK(\"http://x\") agua"},
             {"id": "f-2", "doc": "formulas", "text": "-2+3 litros de agua", "speakers": ["Eva", "Leo"]}]
    (folder / "agua.jsonl").write_text("".join(json.dumps(row, ensure_ascii=False) + "\n"
                                               for row in rows), encoding="utf-8")
    index_dir = tmp_path_factory.mktemp("water-index")
    build_index([folder], index_dir)
    return index_dir


@pytest.fixture
def water(water_index):
    with open_index(water_index) as index:
        yield index


def read_csv(text):
    assert text.startswith("\ufeff")
    return list(csv.reader(io.StringIO(text[1:], newline=""), delimiter=";"))


def test_an_export_has_every_hit_in_the_order_of_the_search(water):
    rows = list(export(water, "agua").rows)
    assert len(rows) == PARAGRAPHS + 2
    first_page = [hit.id for hit in search(water, "agua", limit=10).hits]
    assert [row["id"] for row in rows[:10]] == first_page
    assert list(rows[0]) == ["id", "doc", "paragraph", "title", "date", "speakers", "text", "score"]


def test_csv_opens_in_spanish_spreadsheets(water):
    text = "".join(chunks(export(water, "agua", sort="date"), "csv"))
    assert "\r\n" in text and "\n" not in text.replace("\r\n", "")
    table = read_csv(text)
    assert table[0] == ["id", "documento", "párrafo", "fecha", "oradores", "título", "puntuación",
                        "texto"]
    assert len(table) == PARAGRAPHS + 3
    cells = {row[0]: row for row in table[1:]}
    assert cells["a-0"][1:6] == ["agua", "1", "2020-01-01", "Ana Ruiz", "Agua; informe"]
    ranked = read_csv("".join(chunks(export(water, "agua"), "csv")))
    assert "," in ranked[1][6] and "." not in ranked[1][6]  # a decimal comma
    assert cells["f-1"][7].startswith("'=HYPERLINK")  # shown as text, never run as a formula
    assert cells["f-2"][7] == "'-2+3 litros de agua" and cells["f-2"][4] == "Eva; Leo"


# Trial 20: the speakers cell joined names with `, `, which a name writes too (`O'Brien, Patrick`,
# as feeds give surnames first): a spreadsheet split it into people who are not. Names are joined
# with `; ` (as reference managers' CSV joins authors), and a `;` in a name, which separates its words
# as a comma does, is written `,`: the cell splits into the names the JSON export lists.
def test_a_csv_cell_of_speakers_splits_into_its_people(tmp_path):
    (tmp_path / "docs").mkdir()
    people = ["O'Brien, Patrick", "Ana Ruiz", "Smith, Jr., John", "Pérez; Ana"]
    (tmp_path / "docs" / "mesa.jsonl").write_text(json.dumps(
        {"id": "m-1", "text": "Agua para todos.", "speakers": people}, ensure_ascii=False) + "\n", encoding="utf-8")
    build_index([tmp_path / "docs"], tmp_path / "ix")
    with open_index(tmp_path / "ix") as index:
        listed = json.loads("".join(chunks(export(index, "agua"), "json")))["hits"][0]["speakers"]
        cell = read_csv("".join(chunks(export(index, "agua"), "csv")))[1][4]
    assert len(listed) == len(people)
    assert cell.split("; ") == [name.replace(";", ",") for name in listed]


def test_jsonl_and_json(water):
    lines = "".join(chunks(export(water, "agua"), "jsonl")).splitlines()
    assert len(lines) == PARAGRAPHS + 2 and json.loads(lines[0])["speakers"] == ["Ana Ruiz"]
    whole = json.loads("".join(chunks(export(water, "agua", speaker="Eva"), "json")))
    assert whole["query"] == "agua" and whole["total"] == 1
    assert [hit["id"] for hit in whole["hits"]] == ["f-2"]
    empty = json.loads("".join(chunks(export(water, "zzqxw"), "json")))
    assert empty["total"] == 0 and empty["hits"] == [] and empty["mode"] == "all"


def test_texts_are_read_in_batches(water, monkeypatch):
    """Memory holds one batch of texts, whatever the number of hits."""
    sizes = []
    records = water.store.records
    monkeypatch.setattr(exporting, "BATCH", 40)
    monkeypatch.setattr(water.store, "records", lambda places: sizes.append(len(places)) or records(places))
    exported = export(water, "agua")
    assert sizes == []  # nothing is read before the rows are asked for
    streamed = chunks(exported, "csv")
    next(streamed)
    assert sizes == [40]
    list(streamed)
    assert sizes == [40, 40, 40, 32]


def test_the_cli_exports_every_hit_whatever_the_limit(runner, water_index):
    result = runner.invoke(main, ["search", "agua", "--format", "csv", "--limit", "5",
                                  "--index", str(water_index)])
    assert result.exit_code == 0
    assert len(read_csv(result.stdout)) == PARAGRAPHS + 3
    assert result.stderr.strip() == f"{PARAGRAPHS + 2} resultados exportados de «agua», en CSV."
    jsonl = runner.invoke(main, ["search", "pozo 7", "--format", "jsonl", "--index",
                                 str(water_index)])
    assert [json.loads(line)["id"] for line in jsonl.stdout.splitlines()][:1] == ["a-7"]


@pytest.mark.parametrize("query, name", [
    ("vacunas", "hemeroteca-vacunas.csv"),
    ("López-Gatell «vacunas»", "hemeroteca-lopez-gatell-vacunas.csv"),
    ("¿?", "hemeroteca-busqueda.csv"),
])
def test_file_names_are_plain_ascii(query, name):
    assert file_name(query, "csv") == name


@pytest.mark.parametrize("query, name", [
    ("año cooperación", "hemeroteca-año-cooperación.csv"),  # ñ is a letter: año is not ano
    ("Peña Nieto «vacunas»", "hemeroteca-peña-nieto-vacunas.csv"),
    ("ｖａｃｕｎａ", "hemeroteca-vacuna.csv"),
    ("¿?", "hemeroteca-busqueda.csv"),
])
def test_unicode_file_names_keep_their_letters(query, name):
    assert file_name(query, "csv", plain=False) == name


def test_a_json_export_names_the_filters_it_was_made_with(water):
    exported = export(water, "agua", speaker="Ruiz", date_from="2020-03")
    document = json.loads("".join(chunks(exported, "json")))
    assert document["filters"] == ["orador «Ruiz»", "desde «2020-03»"]
    assert 0 < document["total"] < PARAGRAPHS + 2


def test_a_json_export_says_nothing_of_pages(water):
    # trial 14: its head said "reachable": 0 (the hits a person can page through) above
    # every hit; an export has no pages, so neither that nor page, limit or facets.
    head = json.loads("".join(chunks(export(water, "agua"), "json")))
    assert head["total"] == len(head["hits"]) == PARAGRAPHS + 2
    assert not {"reachable", "page", "limit", "facets", "took_ms"} & set(head)


@pytest.mark.parametrize("query, sort, scored", [
    ("agua", "relevance", True),
    ("agua", "-date", False),
    ("agua", "date", False),
    ("-pozo", "relevance", False),  # a query that only excludes is listed newest first
    ("*:*", "relevance", False),
])
def test_an_export_by_date_has_no_score(water, query, sort, scored):
    # trial 12, finding 15: a CSV sorted by date said «0,0000» on every row
    rows = list(export(water, query, sort=sort).rows)
    assert rows and all((row["score"] is not None) == scored for row in rows)
    table = read_csv("".join(chunks(export(water, query, sort=sort), "csv")))
    assert all(bool(row[6]) == scored for row in table[1:])
    if scored:
        assert all(float(row[6].replace(",", ".")) > 0 for row in table[1:])


@pytest.mark.parametrize("spanish, english", [("relevancia", "relevance"), ("-fecha", "-date"), ("fecha", "date")])
def test_sorts_have_spanish_names(runner, water_index, spanish, english):
    # trial 12, finding 15: `--sort` took English values only, in a Spanish CLI
    from web import create_app

    ids = {}
    for name in (spanish, english):
        result = runner.invoke(main, ["search", "agua", "--index", str(water_index), "--sort", name, "--json"])
        assert result.exit_code == 0, result.output
        ids[name] = [hit["id"] for hit in json.loads(result.output)["hits"]]
    assert ids[spanish] == ids[english]
    app = create_app({"INDEX_DIR": str(water_index), "TESTING": True})
    try:
        client = app.test_client()
        answers = [client.get("/api/search", query_string={"q": "agua", "sort": name}) for name in (spanish, english)]
        assert [answer.status_code for answer in answers] == [200, 200]
        assert [hit["id"] for hit in answers[0].get_json()["hits"]] == ids[english]
    finally:
        app.extensions["hemeroteca"].close()


# trial35, 7: a one-line file of a million characters gave a cell of 999,995, past Excel's 32,767
LONG_TEXT = "El agua del río crece sin parar. " * 2_000  # 65,999 characters stripped, one paragraph
SHORT_TEXT = "Agua. " * 5_461  # 32,766 characters once stripped: fits a cell whole


@pytest.fixture(scope="module")
def long_index(tmp_path_factory):
    folder = tmp_path_factory.mktemp("long-docs")
    rows = [{"id": "largo", "doc": "rio", "text": LONG_TEXT}, {"id": "justo", "doc": "rio", "text": SHORT_TEXT}]
    (folder / "rio.jsonl").write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")
    index_dir = tmp_path_factory.mktemp("long-index")
    build_index([folder], index_dir)
    return index_dir


def test_a_csv_cell_holds_what_a_spreadsheet_cell_does(long_index):
    with open_index(long_index) as index:
        exported = export(index, "agua")
        table = read_csv("".join(chunks(exported, "csv")))
        whole = {row["id"]: row["text"] for row in export(index, "agua").rows}
    texts = {row[0]: row[7] for row in table[1:]}
    assert max(len(cell) for row in table for cell in row) <= exporting.CELL_CHARS
    assert texts["largo"].endswith("[…] [texto cortado: tenía 65.999 caracteres; entero en --format json o jsonl]")
    assert whole["largo"].startswith(texts["largo"].split(" […]")[0])
    assert texts["justo"] == whole["justo"] == SHORT_TEXT.strip()  # at the limit: whole, no mark
    assert exported.cut_cells == 1
    assert len(whole["largo"]) == len(LONG_TEXT.strip())  # JSON lines keep it whole


def test_the_cli_says_it_cut_a_text(runner, long_index):
    result = runner.invoke(main, ["search", "agua", "--format", "csv", "--index", str(long_index)])
    assert result.exit_code == 0, result.output
    assert "1 texto pasaba de 32.767 caracteres, lo que cabe en una celda de Excel" in result.stderr
    result = runner.invoke(main, ["search", "agua", "--format", "jsonl", "--index", str(long_index)])
    assert "celda" not in result.stderr and "texto cortado" not in result.stdout


def test_the_pages_csv_download_is_cut_alike(long_index):
    from web import create_app

    app = create_app({"INDEX_DIR": str(long_index), "TESTING": True})
    try:
        body = app.test_client().get("/api/search?q=agua&format=csv").get_data(as_text=True)
    finally:
        app.extensions["hemeroteca"].close()
    table = read_csv(body)
    assert max(len(cell) for row in table for cell in row) <= exporting.CELL_CHARS
    assert any("[texto cortado: tenía 65.999 caracteres" in row[7] for row in table)
