"""The page and its API with words in quotes: the words as typed in totals, facets and marks (trial 33, defect 9)."""

import html
import json

import pytest

from tests.conftest import build_texts_index
from web import create_app

NOTES = [  # (id, text, speaker, date)
    ("a", "Ayer se vacunó el presidente en Palacio Nacional.", "Ana Pérez", "2021-02-18"),
    ("b", "Las vacunas llegaron a Campeche por la mañana.", "Ana Pérez", "2021-01-04"),
    ("c", "La vacunación avanza en el norte del país.", "Luis Gómez", "2020-03-01"),
    ("d", "Se vacunó ayer; las vacunas de Pfizer llegan hoy.", "Luis Gómez", "2020-02-20"),
]


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    lines = [json.dumps({"id": key, "doc": key, "text": text, "speakers": [speaker], "date": date},
                        ensure_ascii=False) for key, text, speaker, date in NOTES]
    index_dir = build_texts_index(tmp_path_factory, "quoted-web", {"notas.jsonl": "\n".join(lines) + "\n"})
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
