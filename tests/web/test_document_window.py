"""A document's page and /api/doc show DOC_PAGE_PARAGRAPHS paragraphs at a time, those that
hold the one a hit links to, with links to the others: a feed's records are one document,
and its 10,240 paragraphs once made one 8 MB page that took seconds to highlight."""

import json
import re

import pytest
from click.testing import CliRunner
from markupsafe import escape

from search.cli import main
from search.settings import DOC_PAGE_CHARS, DOC_PAGE_PARAGRAPHS
from search.storage.build import build_index
from web import create_app

RECORDS = 2 * DOC_PAGE_PARAGRAPHS + 50


@pytest.fixture(scope="module")
def index_dir(tmp_path_factory):
    folder = tmp_path_factory.mktemp("feed")
    (folder / "cable.jsonl").write_text("".join(
        json.dumps({"id": f"c{n}", "text": f"Despacho {n} sobre el " + ("jabirú" if n == 420 else "puerto")}) + "\n"
        for n in range(1, RECORDS + 1)))
    index_dir = tmp_path_factory.mktemp("ix")
    build_index([folder], index_dir)
    return index_dir


@pytest.fixture(scope="module")
def client(index_dir):
    app = create_app({"INDEX_DIR": str(index_dir), "TESTING": True})
    yield app.test_client()
    app.extensions["hemeroteca"].close()


def shown(html):
    return [int(number) for number in re.findall(r'<li id="p(\d+)"', html)]


@pytest.mark.parametrize("asked, first, last", [
    (None, 1, DOC_PAGE_PARAGRAPHS), ("1", 1, DOC_PAGE_PARAGRAPHS),
    ("300", DOC_PAGE_PARAGRAPHS + 1, 2 * DOC_PAGE_PARAGRAPHS), ("420", 2 * DOC_PAGE_PARAGRAPHS + 1, RECORDS),
    (f" {RECORDS} ", 2 * DOC_PAGE_PARAGRAPHS + 1, RECORDS), ("２", 1, DOC_PAGE_PARAGRAPHS),
])
def test_a_document_page_shows_the_part_that_holds_the_paragraph(client, asked, first, last):
    html = client.get("/doc/cable.jsonl", query_string={"parrafo": asked} if asked else {}).get_data(as_text=True)
    assert shown(html) == list(range(first, last + 1))
    assert f"Párrafos {first}–{last} de {RECORDS}" in html
    assert ("Párrafos anteriores" in html) == (first > 1) and ("Párrafos siguientes" in html) == (last < RECORDS)


def test_a_hit_links_to_the_part_that_holds_it_and_the_links_walk_the_document(client):
    results = client.get("/?q=jabirú").get_data(as_text=True)
    [link] = re.findall(r'href="(/doc/cable\.jsonl\?[^"]*)"', results)
    assert "parrafo=420" in link and link.endswith("#p420")
    html = client.get(link.split("#")[0].replace("&amp;", "&")).get_data(as_text=True)
    assert 420 in shown(html) and "<mark>jabirú</mark>" in html
    before = re.search(r'href="([^"]*)">← Párrafos anteriores', html).group(1).replace("&amp;", "&")
    assert shown(client.get(before).get_data(as_text=True)) == list(range(DOC_PAGE_PARAGRAPHS + 1,
                                                                       2 * DOC_PAGE_PARAGRAPHS + 1))


def test_the_api_gives_a_document_a_part_at_a_time(client):
    data = client.get("/api/doc/cable.jsonl?parrafo=250").get_json()
    assert data["total_paragraphs"] == RECORDS and data["first_paragraph"] == DOC_PAGE_PARAGRAPHS + 1
    numbers = [paragraph["paragraph"] for paragraph in data["paragraphs"]]
    assert numbers == list(range(DOC_PAGE_PARAGRAPHS + 1, 2 * DOC_PAGE_PARAGRAPHS + 1))


@pytest.mark.parametrize("path", ["/doc/cable.jsonl", "/api/doc/cable.jsonl"])
@pytest.mark.parametrize("asked", [str(RECORDS + 1), "999999", "9" * 20, "0", "00", "-3", "abc", "1e3", "2.5",
                                   "１０００", "%"])
def test_a_paragraph_the_document_lacks_is_a_404_worded_as_show_with_a_link_to_its_start(
        client, index_dir, path, asked):
    response = client.get(path, query_string={"parrafo": asked, "q": "puerto"})
    said = CliRunner().invoke(main, ["show", f"cable.jsonl#{asked}", "--index", str(index_dir)]).output
    assert said.startswith("Error: No hay ningún párrafo «cable.jsonl#")
    assert response.status_code == 404
    if path.startswith("/api/"):
        body = response.get_json()
        assert f"Error: {body['error']}\n" == said and body["start"] == "/api/doc/cable.jsonl?q=puerto"
        assert client.get(body["start"]).get_json()["first_paragraph"] == 1
    else:
        html = response.get_data(as_text=True)
        assert str(escape(said.removeprefix("Error: ").strip())) in html
        assert '<a href="/doc/cable.jsonl?q=puerto">Ir al principio del documento</a>' in html


def test_a_long_paragraph_number_is_cut_where_it_is_repeated(client):
    body = client.get("/api/doc/cable.jsonl", query_string={"parrafo": "7" * 5000}).get_json()
    assert body["error"].startswith(f"No hay ningún párrafo «cable.jsonl#{'7' * 20}…»: el documento")


LONG = 120_000  # characters of each paragraph of a document of long ones: two fit a part


@pytest.fixture(scope="module")
def long_client(tmp_path_factory):
    """A page over a document of 7 paragraphs of LONG characters (840,000 in all)."""
    folder = tmp_path_factory.mktemp("long")
    sentence = "El puerto de Valparaíso recibió las grúas nuevas. "
    (folder / "informe.jsonl").write_text("".join(
        json.dumps({"id": f"i{n}", "text": f"Parte{n}. " + (sentence * (LONG // len(sentence)))[:LONG]}) + "\n"
        for n in range(1, 8)))
    index_dir = tmp_path_factory.mktemp("ix-long")
    build_index([folder], index_dir)
    app = create_app({"INDEX_DIR": str(index_dir), "TESTING": True})
    yield app.test_client()
    app.extensions["hemeroteca"].close()


def test_a_document_of_long_paragraphs_is_shown_a_bounded_part_at_a_time(long_client):
    """Each page holds at most DOC_PAGE_CHARS of text, and its links reach every paragraph."""
    seen, url, pages = [], "/doc/informe.jsonl?q=puerto", 0
    while url:
        html = long_client.get(url).get_data(as_text=True)
        pages += 1
        numbers = shown(html)
        assert numbers and len(numbers) * LONG <= DOC_PAGE_CHARS, numbers
        assert len(html.encode()) < 2 * DOC_PAGE_CHARS + 100_000  # marks and markup included
        assert f"Párrafos {numbers[0]}–{numbers[-1]} de 7" in html
        seen += numbers
        after = re.search(r'href="([^"]*)">Párrafos siguientes →', html)
        url = after.group(1).replace("&amp;", "&") if after else None
        if numbers[0] > 1:  # and back: the part before ends where this one starts
            before = re.search(r'href="([^"]*)">← Párrafos anteriores', html).group(1).replace("&amp;", "&")
            assert shown(long_client.get(before).get_data(as_text=True))[-1] == numbers[0] - 1
    assert seen == list(range(1, 8)) and pages == 4


def test_the_api_gives_a_long_document_a_bounded_part_and_where_the_next_starts(long_client):
    data = long_client.get("/api/doc/informe.jsonl?parrafo=4").get_json()
    assert (data["first_paragraph"], data["last_paragraph"], data["next_paragraph"]) == (3, 4, 5)
    assert [paragraph["paragraph"] for paragraph in data["paragraphs"]] == [3, 4]
    assert long_client.get("/api/doc/informe.jsonl?parrafo=7").get_json()["next_paragraph"] is None


HUGE = 600_000  # characters of one paragraph: three pieces of at most DOC_PAGE_CHARS


@pytest.fixture(scope="module")
def huge_client(tmp_path_factory):
    """A page over a document whose second of three paragraphs is HUGE characters long."""
    folder = tmp_path_factory.mktemp("huge")
    sentence = "El puerto de Valparaíso recibió las grúas nuevas. "
    texts = ["Primero breve.", "Enorme. " + (sentence * (HUGE // len(sentence)))[:HUGE].strip(), "Último breve."]
    (folder / "acta.jsonl").write_text("".join(json.dumps({"id": f"a{n}", "text": text}) + "\n"
                                               for n, text in enumerate(texts, 1)))
    index_dir = tmp_path_factory.mktemp("ix-huge")
    build_index([folder], index_dir)
    app = create_app({"INDEX_DIR": str(index_dir), "TESTING": True})
    yield app.test_client(), texts
    app.extensions["hemeroteca"].close()


def test_one_huge_paragraph_is_shown_a_bounded_piece_at_a_time(huge_client):
    """fix17: a paragraph of up to a megabyte was one part, the whole of it on one page."""
    client, texts = huge_client
    url, pages = "/doc/acta.jsonl?parrafo=2&q=puerto", []
    while url:
        html = client.get(url).get_data(as_text=True)
        pages.append(html)
        assert len(html.encode()) < 2 * DOC_PAGE_CHARS + 100_000  # marks and markup included
        after = re.search(r'href="([^"]*)">(?:Trozo siguiente|Párrafos siguientes) →', html)
        url = after.group(1).replace("&amp;", "&") if after and "Trozo" in after.group() else None
    assert [re.search(r"Párrafo 2 de 3, trozo (\d) de (\d)", html).groups() for html in pages] == [
        ("1", "3"), ("2", "3"), ("3", "3")]
    assert "Párrafos siguientes →" in pages[-1] and "← Párrafos anteriores" in pages[0]
    assert "← Trozo anterior" in pages[1] and "<mark>puerto</mark>" in pages[1]
    data = [client.get(f"/api/doc/acta.jsonl?parrafo=2&trozo={piece}").get_json() for piece in (1, 2, 3)]
    assert [(part["piece"], part["pieces"], part["next_piece"], part["next_paragraph"]) for part in data] == [
        (1, 3, 2, 3), (2, 3, 3, 3), (3, 3, None, 3)]
    assert "".join(part["paragraphs"][0]["text"] for part in data) == texts[1]
    assert all(len(part["paragraphs"][0]["text"]) <= DOC_PAGE_CHARS for part in data)
    assert client.get("/api/doc/acta.jsonl?parrafo=2&trozo=99").get_json()["piece"] == 3  # past the last: the last
    assert client.get("/api/doc/acta.jsonl?parrafo=1").get_json()["piece"] is None


@pytest.fixture(scope="module")
def placed_client(tmp_path_factory):
    """A page over one huge paragraph with a rare word in each of its three pieces."""
    folder = tmp_path_factory.mktemp("placed")
    sentence = "El puerto de Valparaíso recibió las grúas nuevas. "
    filler = sentence * (DOC_PAGE_CHARS * 11 // 10 // len(sentence))  # a piece and a tenth
    text = "Primero ornitorrinco. " + filler + "Luego equidna. " + filler + "Al fin tuátara. " + filler[:1_000]
    (folder / "acta.jsonl").write_text(json.dumps({"id": "a1", "text": text}) + "\n")
    index_dir = tmp_path_factory.mktemp("ix-placed")
    build_index([folder], index_dir)
    app = create_app({"INDEX_DIR": str(index_dir), "TESTING": True})
    yield app.test_client()
    app.extensions["hemeroteca"].close()


@pytest.mark.parametrize("word, piece", [("ornitorrinco", 1), ("equidna", 2), ("tuátara", 3)])
def test_a_hit_in_a_piece_of_a_huge_paragraph_links_to_that_piece(placed_client, word, piece):
    """fix18: a hit in the third piece of a huge paragraph linked to its first piece, where
    its word is not; the link now names the piece (`trozo`) that holds the snippet's match."""
    html = placed_client.get(f"/?q={word}").get_data(as_text=True)
    link = re.search(r'<h2><a href="([^"]*)"', html).group(1).replace("&amp;", "&")
    assert ("trozo=" in link) == (piece > 1)
    shown_part = placed_client.get(link).get_data(as_text=True)
    assert f"trozo {piece} de 3" in shown_part and f"<mark>{word}</mark>" in shown_part
    hit = placed_client.get(f"/api/search?q={word}").get_json()["hits"][0]
    assert hit["piece"] == piece


def test_a_hit_in_a_paragraph_shown_whole_names_no_piece(client):
    """A paragraph short enough to show whole gets no `trozo`, and piece null in the JSON, as
    /api/doc says it (trial18c: 0 in a hit, null in a document)."""
    hit = client.get("/api/search?q=jabirú").get_json()["hits"][0]
    assert hit["piece"] is None
    assert "trozo=" not in client.get("/?q=jabirú").get_data(as_text=True)
