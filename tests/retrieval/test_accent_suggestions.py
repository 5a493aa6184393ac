"""A «Quizás quiso decir» that only puts accents back (or changes nothing the analyzer keeps)
finds what the query found: it is offered nowhere, in the library, the CLI, the page or the API
(trial 35: `inflacion~2 … economia~2` → `inflación~2 … economía~2`)."""

import pytest

from search.cli import main
from search.retrieval.reader import open_index
from search.retrieval.searching import search
from search.storage.build import build_index
from web import create_app

TEXTS = "La economía del país crece pese a la inflación.\nEl año pasado la economía cayó.\n"
# (typed, suggestion): the stemmer tells `economia` (economi) from `economía` (econom), so the
# query's word counted as unknown and was "corrected" to its accented form
ROWS = [
    ("economia", None),
    ("economia~1 pais", None),
    ("ECONOMIA del pais", None),  # case, a stop word and accents: nothing the analyzer keeps
    ('"economia del pais"', None),
    ("ecnomia", "economía"),  # a typo corrected, and its accent with it
    ("econimía pais", "economía país"),  # a typo beside an accentless word: both respelled
    ("ano pasado", "año pasado"),  # ñ counts: `ano` is another word
]


@pytest.fixture(scope="module")
def index_dir(tmp_path_factory):
    folder = tmp_path_factory.mktemp("acentos")
    (folder / "economia.txt").write_text(TEXTS, encoding="utf-8")
    index_dir = tmp_path_factory.mktemp("acentos-index")
    build_index([folder], index_dir)
    return index_dir


@pytest.mark.parametrize("typed, suggestion", ROWS)
def test_the_library_offers_no_accent_only_suggestion(index_dir, typed, suggestion):
    with open_index(index_dir) as index:
        assert search(index, typed).suggestion == suggestion


@pytest.mark.parametrize("typed, suggestion", ROWS)
def test_the_cli_offers_no_accent_only_suggestion(runner, index_dir, typed, suggestion):
    result = runner.invoke(main, ["search", typed, "--index", str(index_dir)])
    assert result.exit_code == 0, result.output
    offered = [line for line in result.output.splitlines() if line.startswith("Quizás quiso decir")]
    assert offered == ([f"Quizás quiso decir: {suggestion}"] if suggestion else []), result.output


@pytest.mark.parametrize("typed, suggestion", ROWS)
def test_the_page_and_the_api_offer_no_accent_only_suggestion(index_dir, typed, suggestion):
    app = create_app({"INDEX_DIR": str(index_dir), "TESTING": True})
    try:
        client = app.test_client()
        html = client.get("/", query_string={"q": typed}).get_data(as_text=True)
        body = client.get("/api/search", query_string={"q": typed}).get_json()
    finally:
        app.extensions["hemeroteca"].close()
    assert ("Quizás quiso decir" in html) == bool(suggestion)
    assert body["suggestion"] == suggestion
