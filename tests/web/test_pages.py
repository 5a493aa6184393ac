"""The help page, the speakers' list and what trial 12 (finding 13) missed on the page.

An analyst looked for a list of speakers (`/oradores`, `/api/speakers` were 404) and a page
that says what the search box takes (the home page named six of its forms); a facet's
exact name read `orador «"Hugo López-Gatell Ramírez"»`; and some 18 Tab presses came
before the first result.
"""

import html
import re

import pytest

from web import create_app


@pytest.fixture(scope="module")
def client(transcripts_index):
    app = create_app({"INDEX_DIR": str(transcripts_index), "TESTING": True})
    yield app.test_client()
    app.extensions["hemeroteca"].close()


def text_of(response):
    return html.unescape(response.get_data(as_text=True))


def test_the_speakers_are_listed_with_links_to_their_paragraphs(client):
    people = client.get("/api/oradores").get_json()
    assert client.get("/api/speakers").get_json() == people
    persons = [row for row in people if row["kind"] == "person"]
    assert persons and {"speaker", "paragraphs", "first", "last", "kind"} == set(persons[0])
    assert [row["paragraphs"] for row in persons] == sorted((row["paragraphs"] for row in persons), reverse=True)
    page = client.get("/oradores")
    assert page.status_code == 200
    body = text_of(page)
    top = persons[0]
    assert top["speaker"] in body and "Roles y etiquetas genéricas" in body
    # each name is a link to a search of its paragraphs, which finds as many as it says
    found = client.get("/api/search", query_string={"orador": f'"{top["speaker"]}"', "limit": 1}).get_json()
    assert found["total"] == top["paragraphs"]


def test_the_help_page_names_every_form_of_the_query_language(client):
    body = text_of(client.get("/ayuda"))
    for form in ('"salud pública"~3', '"vacunó"', "=vacunó", "vacuna*", "sal?d", "cooperasion~", "salud^2", "orador:",
                 "-orador:",
                 "fecha:[2020-01 TO 2020-06]", "fecha:>=hoy-7d", "fecha:now-1M/M", "titulo:", "doc:", "*:*"):
        assert form in body, form
    home = text_of(client.get("/"))
    assert 'href="/ayuda"' in home and 'href="/oradores"' in home


def test_a_facets_exact_name_reads_without_its_quotes(client):
    body = text_of(client.get("/", query_string={"q": "vacuna", "orador": '"Hugo López-Gatell Ramírez"'}))
    assert 'orador «Hugo López-Gatell Ramírez»' in body and '«"' not in body


def test_a_skip_link_leads_past_the_filters_to_the_results(client):
    body = text_of(client.get("/", query_string={"q": "vacuna"}))
    skip = body.index('href="#hits">Saltar a los resultados')
    assert skip < body.index('class="facets"') and 'id="hits"' in body


def test_reporters_turns_have_a_facet_of_their_own(client):
    found = client.get("/api/search", query_string={"q": "*:*", "facets": 1}).get_json()
    roles = {row["name"]: row["count"] for row in found["facets"]["roles"]}
    assert roles.get("Pregunta") == 2
    body = text_of(client.get("/", query_string={"q": "*:*"}))
    facets = body[body.index('class="facets"'):]
    assert "<h2>Roles</h2>" in facets
    assert ('orador=%22Pregunta%22" role="checkbox" aria-checked="false">Pregunta</a> '
            '<span class="count">2</span>') in facets


def test_a_long_speaker_facet_says_how_many_more(tmp_path):
    from search.storage.build import build_index

    (tmp_path / "docs").mkdir()
    names = [f"{first} {last}" for first, last in zip(
        ["Ana", "Luis", "Eva", "Juan", "Rosa", "Pedro", "Marta", "Pablo", "Lucía", "Diego", "Elena", "Jorge",
         "Sara", "Raúl", "Inés", "Hugo", "Nuria", "Óscar"],
        ["Ruiz", "Gómez", "Díaz", "Pérez", "Sanz", "Mora", "Gil", "Vidal", "Ramos", "Soto", "Cano", "Prieto",
         "Vega", "Molina", "Ortega", "Rubio", "Marín", "Iglesias"])]
    (tmp_path / "docs" / "mesa.txt").write_text(
        "\n".join(f"{name.upper()}: Hablo de la vacuna." for name in names) + "\n", encoding="utf-8")
    build_index([tmp_path / "docs"], tmp_path / "idx")
    app = create_app({"INDEX_DIR": str(tmp_path / "idx"), "TESTING": True})
    try:
        body = text_of(app.test_client().get("/", query_string={"q": "vacuna"}))
    finally:
        app.extensions["hemeroteca"].close()
    facets = body[body.index('class="facets"'):]
    assert facets.count('<span class="count">1</span>') == 15 and '<li class="more">y 3 más</li>' in facets


@pytest.mark.parametrize("url, status", [("/", 200), ("/?q=China", 200), ("/?q=zzzxqy", 200), ("/?q=China&page=0", 400),
                                         ("/?q=China&page=99", 200), ("/ayuda", 200), ("/oradores", 200),
                                         ("/nada", 404)])
def test_every_page_has_one_h1_for_a_screen_reader(client, url, status):
    # trial 18c: the search page had h2s (facets, hits) and no h1, so a screen reader's
    # "next heading level 1" found nothing; the brand stays a link, the h1 is for the ear
    response = client.get(url)
    assert response.status_code == status
    headings = re.findall(r"<h1[^>]*>(.*?)</h1>", response.get_data(as_text=True), re.S)
    assert len(headings) == 1 and headings[0].strip()


@pytest.fixture(scope="module")
def copies_client(tmp_path_factory):
    from search.storage.build import build_index
    from tests.retrieval.test_copies import write_copies

    root = tmp_path_factory.mktemp("web-copies")
    build_index([write_copies(root / "docs")], root / "ix", procs=1)
    app = create_app({"INDEX_DIR": str(root / "ix"), "TESTING": True})
    yield app.test_client()
    app.extensions["hemeroteca"].close()


# Identical copies count once, as a search shows them (retrieval/copies.py): 3 of the 7 documents
# of tests/retrieval/test_copies.py's FILES, all 7 with copias=todas.
@pytest.mark.parametrize("args, documents", [("", 3), ("?copias=todas", 7), ("?copias=all", 7), ("?copias=una", 3)])
def test_the_speakers_count_copies_once_unless_asked(copies_client, args, documents):
    rows = copies_client.get("/api/oradores" + args).get_json()
    assert {row["speaker"]: row["paragraphs"] for row in rows} == {"Ana Pérez": 2 * documents, "Luis Gómez": documents}
    assert copies_client.get("/api/speakers" + args).get_json() == rows
    page = text_of(copies_client.get("/oradores" + args))
    assert "Ana Pérez" in page and re.search(rf"\b{2 * documents}\b", page)
    # each name's link searches as the list counted, and finds as many paragraphs as it says
    link = re.search(r'href="/\?([^"]*)">Ana Pérez<', page).group(1)
    assert ("copias=todas" in link) is (documents == 7)
    found = copies_client.get("/api/search?" + link).get_json()
    assert found["total"] == 2 * documents


@pytest.mark.parametrize("url", ["/api/oradores?copias=dos", "/oradores?copias=dos"])
def test_a_bad_copias_is_named(copies_client, url):
    response = copies_client.get(url)
    assert response.status_code == 400
    assert "«copias»" in text_of(response)
