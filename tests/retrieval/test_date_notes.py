"""Tests for search.retrieval.date_notes: the year a date typed without one is shown with, and
a date written in the question that shares no day with the date filters (stop 29's leftovers:
the example year was always 2020, and a clash fell back to words without saying why)."""

import pytest

from search import open_index
from search.cli import main
from search.errors import QueryError
from search.retrieval.fallbacks import MESSAGES
from search.retrieval.searching import search
from tests.conftest import build_texts_index
from web import create_app

# An archive of three years: May only in 2019, March in 2021, January in 2022; no June.
DATED = {
    "2019-05-10.txt": "Parte de mayo\n\nLas vacunas llegaron a los hospitales en mayo.",
    "2021-03-02.txt": "Parte de marzo\n\nLas vacunas de marzo llegaron tarde.",
    "2022-01-15.txt": "Parte de enero\n\nLas vacunas de refuerzo llegaron en enero.",
}


@pytest.fixture(scope="module")
def dated_dir(tmp_path_factory):
    return build_texts_index(tmp_path_factory, "dated", {name: text + "\n" for name, text in DATED.items()})


@pytest.fixture(scope="module")
def dated(dated_dir):
    with open_index(dated_dir) as index:
        yield index


def yearless_example(results):
    """Return the date the notice of a date without its year shows as its example."""
    notices = [message for message in results.messages if "no dice de qué año" in message]
    assert len(notices) == 1, results.messages
    return notices[0].split("(como en «")[1].split("»")[0]


# (query, filters, the example shown)
EXAMPLES = [
    ("vacunas el 3 de mayo", {}, "el 3 de mayo de 2019"),  # the newest May the index holds
    ("vacunas en marzo", {}, "en marzo de 2021"),
    ("vacunas durante Enero", {}, "durante Enero de 2022"),
    ("vacunas hasta junio", {}, "hasta junio de 2022"),  # no June: the index's newest year
    ("vacunas entre marzo y mayo", {}, "entre marzo y mayo de 2019"),  # the year goes with the last month
    ("vacunas el 3 de mayo fecha:2021", {}, "el 3 de mayo de 2021"),  # the year the filter implies
    ("vacunas el 3 de mayo fecha:2019..2022", {}, "el 3 de mayo de 2019"),  # within it, the newest May
    ("vacunas en marzo", {"date_from": "2019", "date_to": "2019"}, "en marzo de 2019"),
    ("vacunas en marzo", {"date_to": "2020-12"}, "en marzo de 2020"),
    ("vacunas en enero", {"date_from": "2021"}, "en enero de 2022"),
    ("vacunas en marzo OR fecha:2019", {}, "en marzo de 2021"),  # a date joined by OR binds nothing
]


@pytest.mark.parametrize("query, filters, example", EXAMPLES)
def test_a_date_without_its_year_is_shown_with_a_year_the_search_has(dated, query, filters, example):
    assert yearless_example(search(dated, query, **filters)) == example


# `fecha:` and the --from/--to filters with a month and no year name their year by the same rule
@pytest.mark.parametrize("query, filters, said", [
    ("vacunas fecha:mayo", {}, "fecha:2019-05"),
    ("vacunas fecha:diciembre", {}, "fecha:2022-12"),  # no December: the index's newest year
    ("vacunas fecha:mayo", {"date_from": "2021"}, "fecha:2021-05"),  # none within the filter: its year
    ("vacunas fecha:marzo fecha:2019", {}, "fecha:2019-03"),
    ("vacunas fecha:enero", {"date_to": "2021-12"}, "fecha:2021-01"),
])
def test_a_month_filter_without_its_year_names_the_same_year(dated, query, filters, said):
    messages = search(dated, query, **filters).messages
    assert any(f"no dice de qué año: escriba {said} " in message for message in messages)


@pytest.mark.parametrize("filters, said", [
    ({"date_from": "mayo"}, "«mayo» no dice de qué año: escriba 2019-05 "),
    ({"date_from": "junio", "date_to": "2019"}, "«junio» no dice de qué año: escriba 2019-06 "),
    ({"date_from": "2021", "date_to": "marzo"}, "«marzo» no dice de qué año: escriba 2021-03 "),
])
def test_a_date_option_without_its_year_names_the_same_year(dated, filters, said):
    with pytest.raises(QueryError, match=said):
        search(dated, "vacunas", **filters)


def test_an_index_without_dates_names_this_year(tmp_path_factory):
    from search.text.date_values import current_day

    folder = build_texts_index(tmp_path_factory, "undated-notes", {"memoria.txt": "Memoria\n\nVacunas en mayo.\n"})
    with open_index(folder) as index:
        assert yearless_example(search(index, "vacunas en mayo")) == f"en mayo de {current_day().year}"


# (query, filters, what is said; None: the usual note, MESSAGES["dates as words"], or nothing)
CLASHES = [
    ("vacunas en marzo de 2021 fecha:2022", {},
     "Las fechas «en marzo de 2021» y «fecha:2022» no comparten ningún día: se buscó «en marzo de 2021» "
     "como palabras."),
    ("¿qué dijo el parte en marzo de 2021?", {"date_from": "2022"},
     "Las fechas «en marzo de 2021» y desde «2022» no comparten ningún día: se buscó «en marzo de 2021» "
     "como palabras."),
    ("vacunas entre marzo y mayo de 2021", {"date_from": "2019-01", "date_to": "2019-12"},
     "Las fechas «entre marzo y mayo de 2021» y desde «2019-01», hasta «2019-12» no comparten ningún día: "
     "se buscó «entre marzo y mayo de 2021» como palabras."),
    ("vacunas el 2 de marzo de 2021 fecha:>2021-03-02", {},
     "Las fechas «el 2 de marzo de 2021» y «fecha:>2021-03-02» no comparten ningún día: se buscó «el 2 de "
     "marzo de 2021» como palabras."),
    ("vacunas fecha:2021 fecha:2021-03 en 2019", {},
     "Las fechas «en 2019» y «fecha:2021» y «fecha:2021-03» no comparten ningún día: se buscó «en 2019» como "
     "palabras."),
    ("vacunas en marzo de 2020 y enero de 2022 fecha:2022", {}, None),  # one of them shares days with it
    ("vacunas en marzo de 2021 fecha:2021", {}, None),
    ("vacunas en mayo de 2021 fecha:2021", {}, None),  # no text that month: the usual note, no clash
    ("vacunas en marzo de 2021 OR fecha:2022", {}, None),  # joined by OR: either may hold
    ("vacunas en marzo de 2021 fecha:2019 fecha:2022", {}, None),  # the filters clash themselves: a tip says so
]


@pytest.mark.parametrize("query, filters, said", CLASHES)
def test_a_written_date_that_clashes_with_the_filters_says_so(dated, query, filters, said):
    messages = search(dated, query, **filters).messages
    clashes = [message for message in messages if "no comparten ningún día" in message]
    assert clashes == ([said] if said else [])
    if said:
        assert MESSAGES["dates as words"] not in messages


@pytest.mark.parametrize("question, filters, said", [
    ("vacunas el 3 de mayo fecha:2021", {}, "(como en «el 3 de mayo de 2021»)"),
    ("vacunas en marzo", {"desde": "2019", "hasta": "2019"}, "(como en «en marzo de 2019»)"),
    ("vacunas en marzo de 2021", {"desde": "2022"}, "Las fechas «en marzo de 2021» y desde «2022» no comparten"),
])
def test_the_cli_the_page_and_the_api_say_the_same(dated_dir, runner, question, filters, said):
    options = [arg for name, value in filters.items() for arg in (f"--{dict(desde='from', hasta='to')[name]}", value)]
    output = runner.invoke(main, ["search", question, "--index", str(dated_dir), *options]).output
    assert said in " ".join(output.split())
    app = create_app({"INDEX_DIR": str(dated_dir), "TESTING": True})
    try:
        client = app.test_client()
        page = client.get("/", query_string={"q": question, **filters}).get_data(as_text=True)
        assert said in " ".join(page.split())
        api = client.get("/api/search", query_string={"q": question, **filters}).get_json()
        assert any(said in message for message in api["messages"])
    finally:
        app.extensions["hemeroteca"].close()
