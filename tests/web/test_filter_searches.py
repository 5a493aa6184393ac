"""A search made with filters alone (orador, desde, hasta, no words) lists what they match,
newest first, on the page, the API, the CSV and the CLI, and says what was searched."""

import csv
import io

import pytest

from search.cli import main
from tests.web.conftest import page


@pytest.mark.parametrize("url, ids", [
    ("/?orador=Mar%C3%ADa+P%C3%A9rez", ["t-2", "t-1"]),  # newest first
    ("/?desde=2021-07", ["t-4", "t-3"]),
    ("/?desde=2021&hasta=2021-06", ["t-2"]),
    ("/?orador=Juan&desde=2021", ["t-3"]),
])
def test_the_page_lists_what_the_filters_match(client, url, ids):
    html = page(client, url)
    assert f"{len(ids)} resultado" in html
    found = [hit["id"] for hit in client.get(url.replace("/?", "/api/search?")).get_json()["hits"]]
    assert found == ids


def test_the_page_says_what_was_searched(client):
    html = page(client, "/?orador=Mar%C3%ADa+P%C3%A9rez&desde=2019")
    assert "2 resultados para orador «María Pérez», desde «2019»" in html
    assert "para «»" not in html


def test_the_api_answers_a_search_of_filters_alone(client):
    response = client.get("/api/search?orador=Juan")
    assert response.status_code == 200
    body = response.get_json()
    assert body["total"] == 1 and body["filters"] == ["orador «Juan»"]


def test_the_api_still_needs_words_or_a_filter(client):
    response = client.get("/api/search")
    assert response.status_code == 400
    assert "«orador»" in response.get_json()["error"]


def test_the_csv_of_a_search_of_filters_alone(client):
    response = client.get("/api/search?format=csv&desde=2021-07")
    rows = list(csv.reader(io.StringIO(response.get_data(as_text=True).lstrip("\ufeff")), delimiter=";"))
    assert [row[0] for row in rows[1:]] == ["t-4", "t-3"]
    assert "hemeroteca-2021-07.csv" in response.headers["Content-Disposition"]


@pytest.mark.parametrize("url, said", [
    ("/?q=China&desde=pronto", "Fecha «desde» no válida: «pronto»"),
    ("/?q=China&hasta=luego", "Fecha «hasta» no válida: «luego»"),
])
def test_a_bad_date_filter_is_named(client, url, said):
    assert said in page(client, url, status=400)


def test_an_unknown_speaker_gets_advice_for_the_page_not_a_command(client):
    html = page(client, "/?q=acuerdo&orador=Nadie")
    assert "Ningún orador del índice se llama «Nadie»" in html
    assert "hemeroteca speakers" not in html
    # the one problem, said once: not the words' spelling, nor the filters again (trial33)
    assert "otra forma de escribir" not in html and "Filtros en uso" not in html
    assert client.get("/api/search?q=acuerdo&orador=Nadie").get_json()["tips"] == [
        "Ningún orador del índice se llama «Nadie»: pruebe con una parte de su nombre, como el apellido."]


@pytest.mark.parametrize("url, tip", [
    ("/api/search?q=acuerdo&desde=2030", "Las palabras están en "),  # the filter, not the words
    ("/api/search?q=zzqxw&desde=2030", "Pruebe con otra forma de escribir las palabras"),
])
def test_a_search_that_found_nothing_names_its_cause_first(client, url, tip):
    assert client.get(url).get_json()["tips"][0].startswith(tip)


@pytest.mark.parametrize("args, summary", [
    (["--speaker", "María Pérez"], "2 resultados para orador «María Pérez» (1–2;"),
    (["--from", "2021-07"], "2 resultados para desde «2021-07» (1–2;"),
    (["acuerdo", "--speaker", "Juan"], "1 resultado para «acuerdo», orador «Juan» (1–1;"),
    (["salud " + "x" * 1200], "Sin resultados para «salud…»."),  # a pasted text is not echoed whole
])
def test_the_cli_says_what_was_searched(runner, web_index, args, summary):
    result = runner.invoke(main, ["search", *args, "--index", str(web_index)])
    assert result.exit_code == 0, result.output
    assert any(line.startswith(summary) for line in result.output.splitlines()), result.output
    assert len(max(result.output.splitlines(), key=len)) < 200


def test_the_page_calls_nul_no_stop_word(client):
    html = page(client, "/?q=%00%23")  # the NUL goes, as from documents (trial 13); «#» stays
    assert "no tiene letras ni cifras" in html and "vacía" not in html and "\x00" not in html


def test_the_year_facet_has_a_sin_fecha_bucket_that_selects_the_undated(client):
    # `China`: the dated teletypes, and the undated notes (Elasticsearch's `missing` bucket)
    facets = client.get("/api/search?q=China").get_json()["facets"]
    dated = sum(row["count"] for row in facets["years"])
    assert dated and facets["undated"]
    html = page(client, "/?q=China")
    assert "Sin fecha</a>" in html and 'href="/?q=China&amp;fecha=sin+fecha"' in html
    body = client.get("/api/search?q=China&desde=sin+fecha&limit=50").get_json()
    assert body["total"] == facets["undated"] and body["filters"] == ["sin fecha"]
    assert body["hits"] and all(hit["date"] is None for hit in body["hits"])
    assert body["facets"]["undated"] == body["total"] and not body["facets"]["years"]
    assert "Sin fecha</a>" in page(client, "/?q=China&desde=sin+fecha")  # the bucket in use stays
    # no undated match within a year, as the API counts it; the page's year facet, counted without its own
    # filter (web/refinements.py), still offers the bucket to switch to, with the count of its page
    assert not client.get("/api/search?q=China&desde=2021").get_json()["facets"]["undated"]
    offered = (f'href="/?q=China&amp;fecha=sin+fecha" role="checkbox" aria-checked="false">Sin fecha</a> '
               f'<span class="count">{body["total"]}</span>')
    assert offered in page(client, "/?q=China&desde=2021")


@pytest.mark.parametrize("url", ["/api/search?q=China&desde=sin+fecha&hasta=2021",
                                 "/api/search?q=China&desde=2019&hasta=Sin+Fecha"])
def test_sin_fecha_beside_a_date_is_refused(client, url):
    response = client.get(url)
    assert response.status_code == 400
    assert "no se combina con «sin fecha»" in response.get_json()["error"]


@pytest.mark.parametrize("query, listed", [
    ("China", True),  # dated and undated matches: the years and «Sin fecha»
    ("China&desde=sin+fecha", True),  # the bucket in use stays, to be seen
    ("ornitorrinco", False),  # only undated matches: «Sin fecha» would select them all again
    ("ornitorrinco&desde=sin+fecha", True),
    ("ornitorrinco&desde=Sin+fecha", True),  # review34: any spelling the filter reads (dates.is_undated)
    ("ornitorrinco&hasta=sin+fecha", True),
    ("ornitorrinco&fecha=Sin-Fecha", True),  # chosen in the facet: its `fecha` value
])
def test_the_year_list_shows_when_choosing_from_it_changes_something(client, query, listed):
    html = page(client, f"/?q={query}")
    assert ("<h2>Año</h2>" in html) is listed
    assert ('aria-checked="true">Sin fecha</a>' in html) is ("fecha" in query.lower())  # the bucket in use, ticked


def test_the_cli_counts_and_selects_the_undated(runner, web_index):
    counted = runner.invoke(main, ["search", "China", "--facets", "--index", str(web_index)])
    years = next(line for line in counted.output.splitlines() if line.startswith("Años: "))
    assert "sin fecha (" in years
    undated = int(years.rsplit("sin fecha (", 1)[1].rstrip(")"))
    chosen = runner.invoke(main, ["search", "China", "--from", "sin fecha", "--index", str(web_index)])
    assert chosen.exit_code == 0, chosen.output
    assert f"{undated} resultado" in chosen.output and "para «China», sin fecha (" in chosen.output
