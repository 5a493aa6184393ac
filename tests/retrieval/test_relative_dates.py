"""Relative dates, as Elasticsearch's date math and in Spanish: `fecha:hoy`, `fecha:>=hoy-7d`.

Trial 12, finding 15: `fecha:hoy` was "no es una fecha válida", and an analyst on a deadline
asks for the last seven days. Each form runs through `fecha:`, `--from/--to` and the API.
"""

import datetime
import json

import pytest

from search.cli import main
from search.retrieval.reader import open_index
from search.retrieval.searching import search
from search.storage.build import build_index
from search.text.date_values import date_problem
from web import create_app

TODAY = datetime.date.today()
AGES = {"hoy": 0, "ayer": 1, "semana": 5, "mes": 40, "viejo": 400}  # days before today


@pytest.fixture(scope="module")
def index_dir(tmp_path_factory):
    folder = tmp_path_factory.mktemp("relative-docs")
    for name, age in AGES.items():
        day = TODAY - datetime.timedelta(days=age)
        (folder / f"{day.isoformat()}_{name}.txt").write_text(f"La vacuna de {name}.\n", encoding="utf-8")
    index_dir = tmp_path_factory.mktemp("relative-index")
    build_index([folder], index_dir)
    return index_dir


def names(hits):
    return {doc.split("_")[1].removesuffix(".txt") for doc in hits}


@pytest.mark.parametrize("query, expected", [
    ("fecha:hoy", {"hoy"}),
    ("fecha:today", {"hoy"}),
    ("fecha:now", {"hoy"}),
    ("fecha:ayer", {"ayer"}),
    ("fecha:>=hoy-7d", {"hoy", "ayer", "semana"}),
    ("fecha:>=now-1w", {"hoy", "ayer", "semana"}),
    ("fecha:>=hoy-2s", {"hoy", "ayer", "semana"}),
    ("fecha:[hoy-2m TO hoy]", {"hoy", "ayer", "semana", "mes"}),
    ("fecha:[now-2M TO now]", {"hoy", "ayer", "semana", "mes"}),
    ("fecha:<hoy-1a", {"viejo"}),
    ("fecha:hoy-7d..ayer", {"ayer", "semana"}),
    # a step added, steps chained and a rounding, as Elasticsearch's date math (trial 17)
    ("fecha:[hoy-7d TO hoy+1d]", {"hoy", "ayer", "semana"}),
    ("fecha:>=now-1w+1d", {"hoy", "ayer", "semana"}),
    ("fecha:>=hoy-1d/d", {"hoy", "ayer"}),
    ("fecha:<=ayer+1d", {"hoy", "ayer", "semana", "mes", "viejo"}),
    ("fecha:hoy+1d", set()),
    ("fecha:[now-2y/y TO now/d]", {"hoy", "ayer", "semana", "mes", "viejo"}),
])
def test_relative_dates_in_the_query(index_dir, query, expected):
    with open_index(index_dir) as index:
        results = search(index, f"vacuna {query}", limit=20)
    assert names(hit.doc for hit in results.hits) == expected
    assert not results.messages


def test_relative_dates_as_options_cli_and_api(index_dir, runner):
    result = runner.invoke(main, ["search", "vacuna", "--index", str(index_dir), "--from", "hoy-7d", "--json"])
    assert result.exit_code == 0, result.output
    assert names(hit["doc"] for hit in json.loads(result.output)["hits"]) == {"hoy", "ayer", "semana"}
    app = create_app({"INDEX_DIR": str(index_dir), "TESTING": True})
    try:
        found = app.test_client().get("/api/search", query_string={"q": "vacuna", "desde": "hoy-1m",
                                                                    "hasta": "ayer"}).get_json()
    finally:
        app.extensions["hemeroteca"].close()
    assert names(hit["doc"] for hit in found["hits"]) == {"ayer", "semana"}


def test_a_relative_date_dates_no_document():
    assert date_problem("hoy") == "no se entiende (use 2020-12-22)"
