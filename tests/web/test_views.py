"""The web app through Flask's test client, over a real index of seeds/ and fixture documents."""

import os
import re
from html import unescape
from urllib.parse import parse_qsl

import pytest
from click.testing import CliRunner

from search.cli import main
from search.storage import postcache
from search.storage.build import build_index
from tests.conftest import build_empty_index, build_texts_index
from tests.web.conftest import SEED, XSS_TEXTS, page
from web import create_app

CLI_OPTIONS = {"orador": "--speaker", "desde": "--from", "page": "--page", "limit": "--limit"}


def test_home_has_the_search_box_in_spanish(client):
    html = page(client, "/")
    assert '<html lang="es">' in html
    assert '<label for="q"' in html and "Buscar" in html
    for control in ("q", "orador", "desde", "hasta", "sort"):
        assert f'<label for="{control}"' in html and f'id="{control}"' in html
    assert "párrafos" in html


def test_search_shows_highlighted_hits_with_their_details(client):
    html = page(client, "/?q=relaciones+China+Rusia")
    assert "resultados" in html and "ms)" in html and "Al menos" not in html
    assert "<mark>China</mark>" in html and "<mark>Rusia</mark>" in html
    assert f"{SEED}#2" in html and "2020-12-22" in html
    assert "Orador:" in html and "Wang Yi" in html and "Fecha:" in html
    assert f'href="/doc/{SEED}?parrafo=2&amp;q=relaciones+China+Rusia#p2"' in html
    assert 'class="timeline"' in html and "<svg" in html


def test_facets_are_links_that_narrow_the_search(client):
    html = page(client, "/?q=acuerdo+comercial")
    assert 'href="/?q=acuerdo+comercial&amp;orador=%22Mar%C3%ADa+P%C3%A9rez%22"' in html
    assert 'href="/?q=acuerdo+comercial&amp;fecha=2021"' in html
    narrowed = page(client, "/?q=acuerdo+comercial&orador=%22Mar%C3%ADa+P%C3%A9rez%22")
    assert "t-1" not in narrowed or "María Pérez" in narrowed
    assert "Juan Gómez</span>" not in narrowed and "teletipos#3" not in narrowed
    assert "Orador: María Pérez" in narrowed  # the active filter, with a link to remove it
    assert 'aria-label="Quitar el filtro de orador"' in narrowed


def chips(html):
    """Return the active-filter chips of a page: [(their text, the URL their ✕ leads to)]."""
    return [(re.sub(r"\s+", " ", text).strip(), unescape(url)) for text, url in
            re.findall(r'<li>([^<]*)<a href="([^"]*)" aria-label="Quitar[^"]*">✕</a></li>', html)]


@pytest.mark.parametrize("url, expected", [
    # trial34, 10: the year facet's link gave «Desde: 2021 ✕» «Hasta: 2021 ✕», and removing «Desde» left «hasta 2021»
    ("/?q=acuerdo&desde=2021&hasta=2021", [("Año: 2021", "/?q=acuerdo")]),
    ("/?q=acuerdo&desde=2021-07&hasta=2021-07", [("Mes: 2021-07", "/?q=acuerdo")]),  # a timeline bar
    ("/?q=acuerdo&desde=2021-06-15&hasta=2021-06-15", [("Día: 2021-06-15", "/?q=acuerdo")]),
    ("/?q=acuerdo&desde=sin+fecha", [("Fecha: sin fecha", "/?q=acuerdo")]),  # the undated bucket
    ("/?q=acuerdo&orador=%22Mar%C3%ADa+P%C3%A9rez%22&desde=2021&hasta=2021&sort=date",
     [("Orador: María Pérez", "/?q=acuerdo&desde=2021&hasta=2021&sort=date"),
      ("Año: 2021", "/?q=acuerdo&orador=%22Mar%C3%ADa+P%C3%A9rez%22&sort=date")]),
    # a span of two ends stays two chips, each removing its own
    ("/?q=acuerdo&desde=2020&hasta=2021-06", [("Desde: 2020", "/?q=acuerdo&hasta=2021-06"),
                                              ("Hasta: 2021-06", "/?q=acuerdo&desde=2020")]),
    ("/?q=acuerdo&desde=2020", [("Desde: 2020", "/?q=acuerdo")]),
    ("/?q=acuerdo&hasta=2021", [("Hasta: 2021", "/?q=acuerdo")]),
    ("/?q=acuerdo", []),
])
def test_a_period_is_one_chip_that_removes_both_ends(client, url, expected):
    html = page(client, url)
    assert chips(html) == expected
    for _, removed in expected:
        assert chips(page(client, removed)) != chips(html)  # the chip's link leads to a page without it


def test_date_filters_and_sorting(client):
    html = page(client, "/?q=acuerdo&desde=2021&hasta=2021-06")
    assert "teletipos#2" in html and "teletipos#3" not in html and "teletipos#1" not in html
    newest = page(client, "/?q=acuerdo&sort=-date")
    assert newest.index("teletipos#4") < newest.index("teletipos#2") < newest.index("teletipos#1")
    oldest = page(client, "/?q=acuerdo&sort=date")
    assert oldest.index("teletipos#1") < oldest.index("teletipos#2")
    assert '<option value="date" selected>' in oldest


def test_timeline_bars_link_to_their_period(client):
    html = page(client, "/?q=acuerdo")
    assert "Resultados por mes: 2019-03 a 2021-07" in html
    assert 'href="/?q=acuerdo&amp;desde=2021-07&amp;hasta=2021-07"' in html
    assert "<title>julio de 2021: 2 resultados</title>" in html
    assert 'aria-label="julio de 2021: 2 resultados"' in html


def test_paging_keeps_the_other_parameters(client):
    html = page(client, "/?q=China&limit=2&orador=&sort=date")
    assert re.search(r'href="/\?q=China&amp;sort=date&amp;page=2&amp;limit=2&amp;indice=[0-9a-f]{12}"', html)
    second = page(client, "/?q=China&limit=2&sort=date&page=2")
    assert "Página 2 de" in second and 'rel="prev"' in second
    past = page(client, "/?q=China&page=99")
    assert "más allá del final" in past


@pytest.mark.parametrize("args, said", [
    ("q=China&page=3", "La página 3 está más allá del final: «China» tiene 13 resultados (2 páginas de 10); "
                       "la última es la 2."),
    ("q=China&limit=2&page=9", "La página 9 está más allá del final: «China» tiene 13 resultados "
                               "(7 páginas de 2); la última es la 7."),
    ("q=&orador=Wang+Yi&page=3", "La página 3 está más allá del final: orador «Wang Yi» tiene "
                                 "4 resultados (1 página de 10); la última es la 1."),
    ("q=acuerdo&desde=2021&page=100&limit=100", "La página 100 está más allá del final: «acuerdo», "
                                                "desde «2021» tiene 3 resultados (1 página de 100); "
                                                "la última es la 1."),
])
def test_a_page_past_the_last_says_so_alike_in_the_api_the_page_and_the_cli(client, web_index, args, said):
    body = client.get(f"/api/search?{args}").get_json()
    assert body["hits"] == [] and body["messages"][-1] == said
    assert said in " ".join(page(client, f"/?{args}").split())
    query = dict(parse_qsl(args, keep_blank_values=True))
    words = [part for name, value in query.items() if name in CLI_OPTIONS for part in (CLI_OPTIONS[name], value)]
    typed = CliRunner().invoke(main, ["search", query["q"], *words, "--index", str(web_index)])
    assert typed.exit_code == 0 and typed.output.splitlines()[0].startswith(said)


@pytest.mark.parametrize("url, shown", [
    ("/?q=China&limit=2&page=2", "Página 2 de "),
    ("/?q=China&limit=2&page=9", None),  # past the last: the notice says so, never "Página 9 de 7"
    ("/?q=China&page=99", None),
])
def test_the_page_count_never_shows_a_page_past_the_last(client, url, shown):
    html = page(client, url)
    found = re.search(r"Página (\d+) de (\d+)", html)
    assert (found is not None) == (shown is not None)
    assert found is None or int(found[1]) <= int(found[2])


def test_no_results_and_suggestion(client):
    html = page(client, "/?q=zzzxqw")
    assert "Sin resultados" in html
    suggested = page(client, "/?q=cooperacoin+antipandemica")
    assert "Quizás quiso decir" in suggested
    assert 'href="/?q=cooperaci%C3%B3n+antipand%C3%A9mica"' in suggested


def test_messages_about_the_query_are_shown(client):
    html = page(client, "/?q=China+zzzxqw")
    assert "se muestran los que tienen alguna" in html


@pytest.mark.parametrize("url, message", [
    ("/?q=China&page=-1", "«page» debe ser un número entre 1 y 100"),
    ("/?q=China&page=abc", "se recibió «abc»"),
    ("/?q=China&page=0", "«page» debe ser un número"),
    ("/?q=China&page=100000000000000000000", "«page» debe ser un número"),
    ("/?q=China&page=%D9%A3", "«page» debe ser un número"),  # an Arabic-Indic digit
    ("/?q=China&limit=500", "«limit» debe ser un número entre 1 y 100"),
    ("/?q=China&sort=rank", "«sort» debe ser uno de"),
    ("/?q=China&orden=xyz", "«sort» debe ser uno de"),  # trial35: the API's hint, read alike (params.page_args)
    ("/?q=China&pagina=abc", "se recibió «abc»"),
    ("/?q=China&orador=" + "x" * 101, "«orador» es demasiado largo"),
    ("/?q=China&desde=pronto", "Fecha «desde» no válida: «pronto»"),
])
def test_bad_parameters_give_a_page_with_a_message(client, url, message):
    html = page(client, url, 400)
    assert message in html and 'role="alert"' in html and "Traceback" not in html


@pytest.mark.parametrize("url, kept", [
    ("/?q=China&orden=-fecha", 'value="-date" selected'),
    ("/?q=China&orden=xyz&sort=relevance", 'value="relevance" selected'),  # the page's own name wins
    ("/?q=China&utm_source=boletin", 'value="relevance" selected'),  # a name no one means: ignored
])
def test_the_page_reads_the_names_a_person_likely_meant(client, url, kept):
    assert kept in page(client, url)


@pytest.mark.parametrize("query", ['"', "(", "NO", "orador:", "fecha:", "titulo:", "*", "?",
                                   "\x00", "a" * 500, "China O", "-China", "\u202e\ufeff"])
def test_odd_queries_never_fail(client, query):
    response = client.get("/", query_string={"q": query})
    assert response.status_code in (200, 400)
    assert "Traceback" not in response.get_data(as_text=True)


def unsafe_markup(html):
    """Return the markup in html that a browser would run."""
    return [found for found in ("<script>alert", "<img", "<b>", "<i>", 'href="javascript:')
            if found in html]


@pytest.mark.parametrize("text", XSS_TEXTS)
def test_queries_with_markup_show_as_text(client, text):
    escaped = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    escaped = escaped.replace('"', "&#34;")
    for url in ("/", f"/doc/{SEED}", "/api/search"):
        response = client.get(url, query_string={"q": text})
        assert response.status_code == 200
        if response.is_json:
            assert response.get_json()["query"] == text
            continue
        html = response.get_data(as_text=True)
        assert not unsafe_markup(html)
        assert f'value="{escaped}"' in html


def test_documents_with_markup_show_as_text(client):
    html = page(client, "/?q=texto+China")
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "&lt;img src=x onerror=alert(2)&gt;" in html and not unsafe_markup(html)
    doc = page(client, "/doc/notas/ataque%22%3E%3Cimg%20src=x%20onerror=alert(9)%3E.txt?q=texto")
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in doc and "<mark>Texto</mark>" in doc
    assert not unsafe_markup(doc)
    speakers = page(client, "/?q=Eve")
    assert "&lt;b&gt;Eve&lt;/b&gt;" in speakers and "<b>Eve</b>" not in speakers
    assert "&lt;i&gt;Titular&lt;/i&gt;" in speakers and "<mark>Eve</mark>" in speakers


def test_links_to_documents_with_odd_names_work(client):
    html = page(client, "/?q=ornitorrinco")
    link = '/doc/notas/a%C3%B1o%20%231%2050%25%20%C2%BFqu%C3%A9%3F.txt?parrafo=1&amp;q=ornitorrinco#p1'
    assert f'href="{link}"' in html
    doc = page(client, link.split("#")[0].replace("&amp;", "&"))
    assert "<mark>Ornitorrinco</mark>" in doc and "año #1 50% ¿qué?.txt" in doc
    assert client.get("/similar/notas/a%C3%B1o%20%231%2050%25%20%C2%BFqu%C3%A9%3F.txt%231")\
        .status_code == 200


def test_document_page_numbers_paragraphs_with_anchors_and_speakers(client):
    html = page(client, f"/doc/{SEED}?q=relaciones+China")
    for number in range(1, 7):
        assert f'id="p{number}"' in html and f'href="#p{number}"' in html
    assert "<mark>China</mark>" in html and "<mark>relaciones</mark>" in html
    assert "Orador:</span> Wang Yi" in html
    plain = page(client, f"/doc/{SEED}")
    assert "<mark>" not in plain


def test_similar_paragraphs(client):
    html = page(client, f"/similar/{SEED}%232")
    assert "Párrafos parecidos a" in html and f"{SEED}#2</span>" in html
    assert html.count(f'href="/similar/{SEED}%23') >= 3
    assert html.count(f'class="where">{SEED}#2</span>') == 1  # the heading, not a hit
    page(client, f"/similar/{SEED}%2399", 404)
    page(client, "/similar/nada", 404)


@pytest.mark.parametrize("path", [
    "/doc/../../etc/passwd",
    "/doc/..%2F..%2Fetc%2Fpasswd",
    "/doc/%2e%2e/%2e%2e/etc/passwd",
    "/doc/%252e%252e%252fetc%252fpasswd",
    "/doc//etc/passwd",
    "/doc/%2Fetc%2Fpasswd",
    "/doc/....//....//etc/passwd",
    "/doc/..\\..\\windows\\win.ini",
    "/doc/C:%5Cwindows%5Cwin.ini",
    "/doc/%00",
    "/doc/seeds/../" + SEED,
    "/api/doc/../../etc/passwd",
    "/api/doc/%2Fetc%2Fpasswd",
    "/similar/..%2F..%2Fetc%2Fpasswd%231",
])
def test_document_ids_cannot_reach_outside_the_index(client, path):
    response = client.get(path)
    assert response.status_code == 404
    body = response.get_data(as_text=True)
    assert "root:" not in body and "Traceback" not in body


def test_api_search(client):
    data = client.get("/api/search?q=relaciones+China+Rusia&limit=3").get_json()
    assert set(data) >= {"query", "total", "hits", "facets", "suggestion", "messages"}
    assert data["total"] >= 3 and len(data["hits"]) == 3
    assert data["hits"][0]["highlights"] and {"years", "speakers", "months"} <= set(data["facets"])
    narrowed = client.get("/api/search?q=acuerdo&orador=Juan&desde=2021").get_json()
    assert [hit["id"] for hit in narrowed["hits"]] == ["t-3"]


@pytest.mark.parametrize("url, message", [
    ("/api/search", "Falta el parámetro «q»"),
    ("/api/search?q=China&page=-1", "«page»"),
    ("/api/search?q=China&page=abc", "«page»"),
    ("/api/search?q=China&sort=nope", "«sort»"),
    ("/api/search?q=China&desde=mañana", "Fecha «desde» no válida: «mañana»"),
])
def test_api_bad_parameters_give_400_with_a_json_message(client, url, message):
    response = client.get(url)
    assert response.status_code == 400 and response.is_json
    assert message in response.get_json()["error"]


def test_api_document(client):
    data = client.get(f"/api/doc/{SEED}").get_json()
    assert data["doc"] == SEED and data["date"] == "2020-12-22"
    assert [p["paragraph"] for p in data["paragraphs"]] == [1, 2, 3, 4, 5, 6]
    assert "Wang Yi" in data["paragraphs"][1]["speakers"]
    missing = client.get("/api/doc/nada")
    assert missing.status_code == 404 and "nada" in missing.get_json()["error"]


def test_healthz(client):
    data = client.get("/healthz").get_json()
    assert data["status"] == "ok" and data["documents"] == 4 and data["paragraphs"] == 15
    assert data["updated"][:2] == "20" and "T" in data["updated"]


def test_security_headers_on_every_response(client):
    for url in ("/", "/?q=China", "/nada", "/api/search?q=China", "/static/style.css"):
        with client.get(url) as response:
            headers = response.headers
        policy = headers["Content-Security-Policy"]
        assert "script-src 'self'" in policy and "unsafe-inline" not in policy
        assert headers["X-Content-Type-Options"] == "nosniff"
        assert headers["Referrer-Policy"] == "same-origin"


def test_pages_have_no_inline_script_or_style(client):
    for url in ("/", "/?q=acuerdo", f"/doc/{SEED}", f"/similar/{SEED}%231", "/nada",
                "/?q=China&page=abc"):
        html = client.get(url).get_data(as_text=True)
        assert "<script>" not in html and " style=" not in html and "<style" not in html
        assert not re.search(r"<[^>]*\son\w+=", html)  # no onclick= and the like


def test_requests_over_one_megabyte_are_refused(client):
    big = b"x" * (1024 * 1024 + 1)
    for url in ("/", "/api/search?q=China"):
        response = client.post(url, data=big, content_type="text/plain")
        assert response.status_code == 413
    assert client.get("/", data=big).status_code == 413
    assert client.post("/", data=b"x").status_code == 405


def test_index_dir_from_the_environment(web_index, monkeypatch):
    monkeypatch.setenv("HEMEROTECA_INDEX", str(web_index))
    app = create_app()
    assert app.config["INDEX_DIR"] == str(web_index)
    assert app.test_client().get("/healthz").get_json()["documents"] == 4
    app.extensions["hemeroteca"].close()


def test_static_files(client):
    css = client.get("/static/style.css")
    assert css.status_code == 200 and ":focus-visible" in css.get_data(as_text=True)
    js = client.get("/static/filters.js")
    assert js.status_code == 200 and "submit" in js.get_data(as_text=True)
    css.close()
    js.close()


def test_an_empty_index_says_so_on_the_page(tmp_path):
    build_empty_index(tmp_path / "ix")  # as older versions made them
    app = create_app({"INDEX_DIR": str(tmp_path / "ix"), "TESTING": True})
    try:
        response = app.test_client().get("/?q=agua&orador=ana")
    finally:
        app.extensions["hemeroteca"].close()
    assert response.status_code == 200 and "vacío" in response.get_data(as_text=True)


def test_a_speaker_facet_links_to_that_name_exactly(client):
    page = client.get("/?q=acuerdo").get_data(as_text=True)
    assert 'orador=%22Mar%C3%ADa+P%C3%A9rez%22' in page
    filtered = client.get('/?q=acuerdo&orador="María Pérez"').get_data(as_text=True)
    assert "2 resultados" in filtered and 'aria-checked="true">María Pérez</a>' in filtered


def test_the_posting_caches_are_made_ready_when_the_index_opens(app, client):
    client.get("/?q=China")
    live = app.extensions["hemeroteca"]
    live.warming.join(10)
    with live.get().whoosh.searcher() as searcher:
        for leaf, _ in searcher.reader().leaf_readers():
            assert any(key[1] == leaf.segment().segment_id() for key in postcache._open)


def test_a_long_query_is_cut_with_a_message_as_in_the_cli(client):
    page = client.get("/api/search?q=" + "China " * 200).get_json()
    assert page["total"] > 0
    assert any("muy larga" in message for message in page["messages"])
    html = client.get("/?q=" + "China " * 30_000).get_data(as_text=True)  # 180,000 characters
    assert "muy larga" in html and len(html) < 200_000  # not repeated in every link


@pytest.mark.parametrize("url, typed", [
    ("/?q=China+Rusia&page=abc", {"q": "China Rusia"}),
    ("/?q=China&orador=Wang&desde=pronto", {"q": "China", "orador": "Wang", "desde": "pronto"}),
    ("/?q=China&sort=rank&hasta=2021", {"q": "China", "hasta": "2021"}),
])
def test_a_bad_parameter_keeps_what_was_typed(client, url, typed):
    html = page(client, url, 400)
    for name, value in typed.items():
        assert re.search(rf'id="{name}" name="{name}" type="\w+" value="{value}"', html), name


def test_a_cached_page_says_it_came_from_the_cache(client):
    first = page(client, "/?q=cooperaci%C3%B3n")
    again = page(client, "/?q=cooperaci%C3%B3n")
    took = re.compile(r'<span class="took">\((\d+(,\d)?) ms(, de la caché)?\)</span>')
    assert took.search(first).group(3) is None and took.search(again).group(3)
    assert "<!--took-->" not in first + again
    api, cached = (client.get("/api/search?q=cooperaci%C3%B3n").get_json() for _ in range(2))
    assert (api["cached"], cached["cached"]) == (False, True)
    assert cached["search_ms"] == api["search_ms"] and cached["took_ms"] < api["search_ms"] + 50


def test_405_says_which_methods_are_allowed(client):
    for url in ("/", "/api/search?q=China", f"/doc/{SEED}"):
        response = client.post(url)
        assert response.status_code == 405
        assert set(response.headers["Allow"].split(", ")) == {"GET", "HEAD", "OPTIONS"}
    assert "Método no permitido" in client.delete("/").get_data(as_text=True)


def test_the_results_link_to_a_csv_of_every_hit(client):
    html = page(client, "/?q=acuerdo&orador=Juan")
    assert 'href="/api/search?format=csv&amp;q=acuerdo&amp;orador=Juan" download>Descargar CSV</a>' in html
    response = client.get("/api/search?format=csv&q=acuerdo&limit=1")
    assert response.status_code == 200 and response.mimetype == "text/csv"
    assert response.headers["Content-Disposition"] == ('attachment; filename="hemeroteca-acuerdo.csv"; '
                                                       "filename*=UTF-8''hemeroteca-acuerdo.csv")
    text = response.get_data(as_text=True)
    assert text.startswith("\ufeffid;documento;párrafo;fecha;oradores;título;puntuación;texto\r\n")
    total = client.get("/api/search?q=acuerdo").get_json()["total"]
    assert len(text.splitlines()) == 1 + int(response.headers["X-Total-Count"]) == 1 + total > 2
    for form, kind in (("jsonl", "application/x-ndjson"), ("json", "application/json")):
        assert client.get(f"/api/search?format={form}&q=acuerdo").mimetype == kind
    bad = client.get("/api/search?format=xls&q=acuerdo")
    assert bad.status_code == 400 and "«format»" in bad.get_json()["error"]


def test_facets_come_before_the_timeline_and_fold_on_a_phone(client):
    html = page(client, "/?q=acuerdo")
    aside, chart, hits = (html.index(mark) for mark in ('<aside class="facets"', 'class="timeline"',
                                                          '<ol class="hits '))
    assert aside < chart < hits
    assert '<details class="refine">' in html and "Refinar por orador y año" in html
    assert '<a class="skip-chart" href="#hits">' in html and 'id="hits"' in html
    assert '<div class="axis" aria-hidden="true">' in html


def test_documents_and_similar_pages_lead_back_to_the_results(client):
    html = page(client, "/?q=China&orador=Wang&page=1")
    link = re.search(r'<h2><a href="(/doc/[^"]+)">', html).group(1).replace("&amp;", "&")
    assert "q=China" in link and "orador=Wang" in link
    doc = page(client, link.split("#")[0])
    assert '<a href="/?q=China&amp;orador=Wang">← Volver a los resultados de «China»</a>' in doc
    assert 'id="q" name="q" type="search" value="China"' in doc and "<mark>China</mark>" in doc
    similar = page(client, f"/similar/{SEED}%232?q=China&orador=Wang")
    assert 'role="search"' in similar and "← Volver a los resultados de «China»" in similar
    plain = page(client, f"/similar/{SEED}%232")
    assert 'role="search"' in plain and "Volver a los resultados" not in plain


def test_a_hit_shows_its_documents_title_and_its_speaker(transcripts_index):
    app = create_app({"INDEX_DIR": str(transcripts_index), "TESTING": True})
    try:
        html = app.test_client().get("/?q=vacunas+llegan+martes").get_data(as_text=True)
    finally:
        app.extensions["hemeroteca"].close()
    hit = html[html.index('<li class="hit">'):]
    assert re.search(r'<h2><a [^>]+>Conferencia de prensa, <span class="nowrap">2020-06-15</span></a></h2>', hit)
    assert ('<p class="speaker"><span class="label">Orador:</span> '
            '<strong>Hugo López-Gatell Ramírez</strong></p>') in hit


def test_no_results_say_what_to_try_and_a_suggestion_shows_with_typo_results(client):
    html = page(client, "/?q=zzqxw&desde=2021")
    assert '<ul class="tips">' in html and "desde «2021»" in html
    fuzzy = page(client, "/?q=cooperasion")
    assert "toleran errores" in fuzzy and "Quizás quiso decir" in fuzzy


def test_the_speaker_facet_shows_people_and_generic_labels_apart(tmp_path):
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "2020-03-01.txt").write_text(
        "PREGUNTA: ¿Y el acuerdo?\nANA GIL: El acuerdo llega.\nPREGUNTA: ¿Cuándo el acuerdo?\nLUIS RUIZ: Pronto.\n",
        encoding="utf-8")
    build_index([tmp_path / "docs"], tmp_path / "ix")
    app = create_app({"INDEX_DIR": str(tmp_path / "ix"), "TESTING": True})
    try:
        html = app.test_client().get("/?q=acuerdo").get_data(as_text=True)
    finally:
        app.extensions["hemeroteca"].close()
    # generic labels have a facet of their own, after the people's (trial 12, finding 13)
    facets = html[html.index('class="facets"'):]
    people, roles = facets.split("<h2>Roles</h2>")
    assert "orador=%22Ana+Gil%22" in people and "orador=%22Pregunta%22" not in people
    assert "orador=%22Pregunta%22" in roles and "Ana+Gil" not in roles


def test_the_page_names_a_bad_synonyms_file_without_its_folder(web_index, tmp_path, monkeypatch):
    # trial 18b: a bad HEMEROTECA_SYNONYMS file showed the server's path to every visitor
    folder = tmp_path / "secreto-del-servidor"
    folder.mkdir()
    (folder / "mios.txt").write_text("solo\ncumbre, cimera\n", encoding="utf-8")
    monkeypatch.setenv("HEMEROTECA_SYNONYMS", str(folder / "mios.txt"))
    app = create_app({"INDEX_DIR": str(web_index), "TESTING": True})
    try:
        client = app.test_client()
        html = page(client, "/?q=cumbre")
        api = client.get("/api/search?q=cumbre").get_data(as_text=True)
    finally:
        app.extensions["hemeroteca"].close()
    assert "mios.txt, línea 1" in html and "mios.txt, línea 1" in api
    assert "secreto-del-servidor" not in html and "secreto-del-servidor" not in api


# A request looked the synonyms files up three times: the results cache's key, the search, and
# the file names of its messages (stop 28). Once now, whatever the request.
@pytest.mark.parametrize("url", ["/?q=guagua", "/api/search?q=guagua", "/?q=guagua&page=2"])
def test_a_request_looks_at_the_synonyms_files_once(tmp_path_factory, monkeypatch, url):
    from search.query import synonyms

    index_dir = build_texts_index(tmp_path_factory, "looks", {"2021-05-04.txt": "Parte\n\nLa guagua llegó tarde.\n"})
    (index_dir / "sinonimos.txt").write_text("guagua, autobús\nuna línea => sin nada =>\n", encoding="utf-8")
    looked, real = [], synonyms._stat
    monkeypatch.setattr(synonyms, "_stat", lambda path: looked.append(path) or real(path))
    app = create_app({"INDEX_DIR": str(index_dir), "TESTING": True})
    try:
        answer = app.test_client().get(url)
        assert answer.status_code == 200 and "sinonimos.txt" in answer.get_data(as_text=True)  # a message names it
        assert [path for path in looked if path.endswith("sinonimos.txt")] == [f"{index_dir}{os.sep}sinonimos.txt"]
    finally:
        app.extensions["hemeroteca"].close()
