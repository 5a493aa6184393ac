"""Trial 12, finding 10: results past the pages a search shows (settings.MAX_PAGE) are
said, in Spanish, with what to do, on the page, in the API and in the command line."""

import json

import pytest

from search.cli import main
from search.retrieval.ranking import weighting
from search.retrieval.reader import open_index
from search.retrieval.searching import search
from search.settings import MAX_PAGE
from search.storage.build import build_index
from web import create_app

PARAGRAPHS = MAX_PAGE + 50  # with one hit a page, 50 more than can be paged through


@pytest.fixture(scope="module")
def index_dir(tmp_path_factory):
    folder = tmp_path_factory.mktemp("window")
    (folder / "2020-05-01.txt").write_text("".join(f"La salud de la gente, nota {n}.\n"
                                                   for n in range(PARAGRAPHS)))
    build_index([folder], folder / "ix")
    return folder / "ix"


def capped(messages):
    return [message for message in messages if message.startswith("Se muestran solo los primeros")]


def test_the_last_page_says_how_many_could_not_be_shown(index_dir):
    with open_index(index_dir, weighting()) as index:
        last = search(index, "salud", limit=1, page=MAX_PAGE)
        first = search(index, "salud", limit=1)
        few = search(index, "salud", limit=100)
    assert last.total == PARAGRAPHS and last.reachable == MAX_PAGE
    assert capped(last.messages) == [
        f"Se muestran solo los primeros {MAX_PAGE} de {PARAGRAPHS} resultados ({MAX_PAGE} páginas): "
        "afine la búsqueda (más palabras, orador:, fecha:), ordénelos por fecha o descárguelos "
        "todos en CSV."]
    assert first.reachable == MAX_PAGE and not capped(first.messages)  # said on the page's foot
    assert few.reachable == PARAGRAPHS and not capped(few.messages)  # every one can be reached


def test_the_page_never_claims_the_pages_it_shows_are_all(index_dir):
    client = create_app({"INDEX_DIR": str(index_dir), "TESTING": True}).test_client()
    html = " ".join(client.get("/?q=salud&limit=1&page=3").get_data(as_text=True).split())
    assert f"Página 3 de {MAX_PAGE}" in html
    assert f"Se muestran solo los primeros {MAX_PAGE} de {PARAGRAPHS} resultados" in html
    assert "descárguelos todos en CSV</a>" in html
    last = client.get(f"/?q=salud&limit=1&page={MAX_PAGE}").get_data(as_text=True)
    assert last.count("Se muestran solo los primeros") == 1 and 'rel="next"' not in last
    api = client.get("/api/search?q=salud&limit=1").get_json()
    assert api["total"] == PARAGRAPHS and api["reachable"] == MAX_PAGE


def test_the_command_line_says_it_on_the_last_page(index_dir, runner):
    out = runner.invoke(main, ["search", "salud", "--index", str(index_dir), "--limit", "1",
                               "--page", str(MAX_PAGE)])
    assert out.exit_code == 0 and f"Se muestran solo los primeros {MAX_PAGE} de {PARAGRAPHS}" in out.output
    as_json = runner.invoke(main, ["search", "salud", "--index", str(index_dir), "--limit", "1", "--json"])
    assert json.loads(as_json.output)["reachable"] == MAX_PAGE
