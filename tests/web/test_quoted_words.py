"""The page and its API with words in quotes: the words as typed in totals, facets and marks (trial 33, defect 9)."""

import html

import pytest

from tests.cli.test_quoted_words import notes_index
from web import create_app


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    index_dir = notes_index(tmp_path_factory, "quoted-web")  # the CLI test's notes: one archive, two front ends
    app = create_app({"INDEX_DIR": str(index_dir), "TESTING": True})
    yield app.test_client()
    app.extensions["hemeroteca"].close()


@pytest.mark.parametrize(("query", "marks"), [
    ('"vacunó"', {"a": ["vacunó"], "d": ["vacunó"]}),  # not the «vacunas» beside it
    ("=vacunó", {"a": ["vacunó"], "d": ["vacunó"]}),
    ('"vacunas"', {"b": ["vacunas"], "d": ["vacunas"]}),
    ('"se vacunó"', {"a": ["se vacunó"], "d": ["Se vacunó"]}),
    ("vacunó", {"a": ["vacunó"], "b": ["vacunas"], "c": ["vacunación"], "d": ["vacunó", "vacunas"]}),
])
def test_the_api_finds_and_marks_the_words_as_typed(client, query, marks):
    data = client.get("/api/search", query_string={"q": query}).get_json()
    assert data["total"] == len(marks)
    found = {hit["doc"]: [hit["snippet"][start:end] for start, end in hit["highlights"]] for hit in data["hits"]}
    assert found == marks


def test_the_api_facets_count_the_words_as_typed(client):
    data = client.get("/api/search", query_string={"q": '"vacunas"', "desde": "2020"}).get_json()
    assert [(row["year"], row["count"]) for row in data["facets"]["years"]] == [("2020", 1), ("2021", 1)]


def test_the_page_shows_the_words_as_typed_and_its_help_says_so(client):
    page = html.unescape(client.get("/", query_string={"q": '"vacunó"'}).get_data(as_text=True))
    assert "2 resultados" in page and "Ayer se" in page and "Campeche" not in page
    help_page = html.unescape(client.get("/ayuda").get_data(as_text=True))
    assert '"vacunó"' in help_page and "=vacunó" in help_page and "no sus otras formas" in help_page
