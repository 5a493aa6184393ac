"""The web app through Flask's test client, over a real index of seeds/ and fixture documents."""

import json
import shutil

import pytest

from search.facets import _tables, table_key
from search.indexer import build_index
from tests.conftest import SEEDS
from web import create_app

SEED = "000_0ae4057f2a729d92.txt"
XSS_DOC = 'notas/ataque"><img src=x onerror=alert(9)>.txt'
ODD_DOC = "notas/año #1 50% ¿qué?.txt"
XSS_TEXTS = [
    "<script>alert(1)</script>",
    '"><img src=x onerror=alert(2)>',
    "javascript:alert(3)",
]
TELETIPOS = [
    {"id": "t-1", "doc": "teletipos", "date": "2019-03-02", "speaker": "María Pérez",
     "title": "Cumbre", "text": "La cumbre sobre China y Rusia terminó sin acuerdo comercial."},
    {"id": "t-2", "doc": "teletipos", "date": "2021-06-15", "speaker": "María Pérez",
     "title": "Cumbre", "text": "Rusia y China firmaron un acuerdo comercial de gas."},
    {"id": "t-3", "doc": "teletipos", "date": "2021-07-01", "speaker": "Juan Gómez",
     "title": "Cumbre", "text": "El acuerdo comercial con China se amplió en julio."},
    {"id": "t-4", "doc": "teletipos", "date": "2021-07-20", "speaker": "<b>Eve</b>",
     "title": "<i>Titular</i>", "text": "Eve dijo <script>alert(4)</script> sobre el acuerdo."},
]


@pytest.fixture(scope="module")
def web_index(tmp_path_factory):
    """Return an index of seeds/ plus documents full of markup and dated teletypes."""
    folder = tmp_path_factory.mktemp("web-docs")
    shutil.copy(SEEDS / SEED, folder / SEED)
    (folder / "notas").mkdir()
    (folder / XSS_DOC).write_text("Ataque sobre China\n" + "\n".join(
        f"Texto con {text} sobre China." for text in XSS_TEXTS) + "\n", encoding="utf-8")
    (folder / ODD_DOC).write_text("Ornitorrinco en la cumbre.\n", encoding="utf-8")
    (folder / "teletipos.jsonl").write_text(
        "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in TELETIPOS),
        encoding="utf-8")
    index_dir = tmp_path_factory.mktemp("web-index")
    build_index([folder], index_dir)
    return index_dir


@pytest.fixture
def app(web_index):
    app = create_app({"INDEX_DIR": str(web_index), "TESTING": True})
    yield app
    app.extensions["hemeroteca"].close()


@pytest.fixture
def client(app):
    return app.test_client()


def page(client, url, status=200):
    response = client.get(url)
    assert response.status_code == status, (url, response.get_data(as_text=True)[:2000])
    return response.get_data(as_text=True)


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
    assert f'href="/doc/{SEED}?q=relaciones+China+Rusia#p2"' in html
    assert 'class="timeline"' in html and "<svg" in html


def test_facets_are_links_that_narrow_the_search(client):
    html = page(client, "/?q=acuerdo+comercial")
    assert 'href="/?q=acuerdo+comercial&amp;orador=%22Mar%C3%ADa+P%C3%A9rez%22"' in html
    assert 'href="/?q=acuerdo+comercial&amp;desde=2021&amp;hasta=2021"' in html
    narrowed = page(client, "/?q=acuerdo+comercial&orador=%22Mar%C3%ADa+P%C3%A9rez%22")
    assert "t-1" not in narrowed or "María Pérez" in narrowed
    assert "Juan Gómez</span>" not in narrowed and "teletipos#3" not in narrowed
    assert "Orador: María Pérez" in narrowed  # the active filter, with a link to remove it
    assert 'aria-label="Quitar el filtro de orador"' in narrowed


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
    assert "<title>2021-07: 2 resultados</title>" in html


def test_paging_keeps_the_other_parameters(client):
    html = page(client, "/?q=China&limit=2&orador=&sort=date")
    assert 'href="/?q=China&amp;sort=date&amp;page=2&amp;limit=2"' in html
    second = page(client, "/?q=China&limit=2&sort=date&page=2")
    assert "Página 2 de" in second and 'rel="prev"' in second
    past = page(client, "/?q=China&page=99")
    assert "más allá de los resultados" in past


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
    ("/?q=China&limit=500", "«limit» debe ser un número entre 1 y 50"),
    ("/?q=China&sort=rank", "«sort» debe ser uno de"),
    ("/?q=" + "a" * 501, "«q» es demasiado largo"),
    ("/?q=China&orador=" + "x" * 101, "«orador» es demasiado largo"),
    ("/?q=China&desde=ayer", "Fecha «desde» no válida"),
    ("/?q=China&desde=2021&hasta=2020", "posterior"),
])
def test_bad_parameters_give_a_page_with_a_message(client, url, message):
    html = page(client, url, 400)
    assert message in html and 'role="alert"' in html and "Traceback" not in html


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
    link = '/doc/notas/a%C3%B1o%20%231%2050%25%20%C2%BFqu%C3%A9%3F.txt?q=ornitorrinco#p1'
    assert f'href="{link}"' in html
    doc = page(client, link.split("#")[0])
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


def test_unknown_pages_are_404_pages(client):
    html = page(client, "/nada", 404)
    assert "No encontrado" in html and "Volver a la búsqueda" in html


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
    ("/api/search?q=China&desde=mañana", "Fecha «desde» no válida"),
    ("/api/search?q=" + "a" * 501, "demasiado largo"),
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
    for url in ("/", "/?q=acuerdo", f"/doc/{SEED}", f"/similar/{SEED}%231", "/nada"):
        html = client.get(url).get_data(as_text=True)
        assert "<script>" not in html and " style=" not in html and "<style" not in html
        assert " on" not in html.replace(" only", "")  # no onclick= and the like


def test_requests_over_one_megabyte_are_refused(client):
    big = b"x" * (1024 * 1024 + 1)
    for url in ("/", "/api/search?q=China"):
        response = client.post(url, data=big, content_type="text/plain")
        assert response.status_code == 413
    assert client.get("/", data=big).status_code == 413
    assert client.post("/", data=b"x").status_code == 405


@pytest.mark.parametrize("url", ["/", "/?q=China", f"/doc/{SEED}", "/api/search?q=China",
                                 "/healthz"])
def test_missing_index_gives_503_saying_how_to_build_it(tmp_path, url):
    client = create_app({"INDEX_DIR": str(tmp_path / "nada"), "TESTING": True}).test_client()
    response = client.get(url)
    assert response.status_code == 503
    body = response.get_data(as_text=True)
    assert "hemeroteca index" in body and "Traceback" not in body


def test_broken_index_gives_503(tmp_path):
    broken = tmp_path / "broken"
    (broken / "gen-1").mkdir(parents=True)
    (broken / "gen-1" / "_MAIN_1.toc").write_bytes(b"not an index")
    (broken / "current").symlink_to("gen-1")
    response = create_app({"INDEX_DIR": str(broken)}).test_client().get("/?q=China")
    assert response.status_code == 503 and "hemeroteca index" in response.get_data(as_text=True)


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
    (tmp_path / "docs").mkdir()
    build_index([tmp_path / "docs"], tmp_path / "ix")
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
    assert "2 resultados" in filtered and 'aria-current="true"' in filtered


def test_the_facet_tables_are_made_when_the_index_opens(app, client):
    client.get("/?q=China")
    live = app.extensions["hemeroteca"]
    live.warming.join(10)
    with live.get().whoosh.searcher() as searcher:
        for leaf, _ in searcher.reader().leaf_readers():
            assert table_key(leaf) in _tables


def test_the_speaker_facet_shows_people_not_generic_labels(tmp_path):
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
    assert "orador=%22Ana+Gil%22" in html and "orador=%22Pregunta%22" not in html
