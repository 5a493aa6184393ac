"""Lucene's and Elasticsearch's query_string syntax: ||, &&, !, ^N, "…"~N, word~N.

Each is read as those engines read it, on a real index, never as a word of its own nor
as its opposite (trial 3, finding 4); what can't be used is said and ignored.
"""

import pytest

from search.retrieval.reader import open_index
from search.retrieval.searching import search
from search.storage.build import build_index

DOCS = {
    "a.txt": "La vacuna llegó al hospital del norte.",
    "b.txt": "La salud pública mejoró con la vacuna.",
    "c.txt": "La salud de la población pública es la prioridad.",
    "d.txt": "El ministro habló de salud en el congreso.",
    "e.txt": "El saldo de la cuenta fue breve.",  # saldo: two edits from salud
}
NOT_AS_TYPED = "ninguna palabra tal cual"


@pytest.fixture(scope="module")
def lucene_index_dir(tmp_path_factory):
    """Return the directory of an index of DOCS (test_misplaced_operators.py uses it too)."""
    folder = tmp_path_factory.mktemp("lucene-docs")
    for name, text in DOCS.items():
        (folder / name).write_text(text + "\n", encoding="utf-8")
    index_dir = tmp_path_factory.mktemp("lucene-index")
    build_index([folder], index_dir)
    return index_dir


@pytest.fixture(scope="module")
def index(lucene_index_dir):
    with open_index(lucene_index_dir) as opened:
        yield opened


def docs(results):
    return {hit.doc for hit in results.hits}


@pytest.mark.parametrize("query, expected", [
    ("salud || vacuna", {"a.txt", "b.txt", "c.txt", "d.txt"}),
    ("salud||vacuna", {"a.txt", "b.txt", "c.txt", "d.txt"}),
    ("salud OR vacuna", {"a.txt", "b.txt", "c.txt", "d.txt"}),
    ("salud && vacuna", {"b.txt"}),
    ("salud&&vacuna", {"b.txt"}),
    ("!salud vacuna", {"a.txt"}),
    ("vacuna !salud", {"a.txt"}),
    ("vacuna ! salud", {"a.txt"}),
    ("vacuna !(salud || congreso)", {"a.txt"}),
    ('salud !"salud pública"', {"c.txt", "d.txt"}),
    ("vacuna NOT salud", {"a.txt"}),
    ("salud^2", {"b.txt", "c.txt", "d.txt"}),
    ("salud^1.5 vacuna", {"b.txt"}),
    ("(salud vacuna)^3", {"b.txt"}),
    ('"salud pública"', {"b.txt"}),
    ('"salud publica"~2', {"b.txt"}),
    ('"salud publica"~3', {"b.txt", "c.txt"}),
    ('"salud publica"~3^2', {"b.txt", "c.txt"}),
    ('titulo:"salud publica"~3', {"b.txt", "c.txt"}),  # a .txt's title is its first line
    ('"publica salud"~5', set()),  # in order, as Lucene's ordered span query
    ("salud~0", {"b.txt", "c.txt", "d.txt"}),
    ("salud", {"b.txt", "c.txt", "d.txt"}),
    ("salud~", {"b.txt", "c.txt", "d.txt"}),
    ("salud~2", {"b.txt", "c.txt", "d.txt", "e.txt"}),
    ("salud~5", {"b.txt", "c.txt", "d.txt", "e.txt"}),
])
def test_operators_and_modifiers_mean_what_lucene_says(index, query, expected):
    results = search(index, query, limit=20)
    assert docs(results) == expected
    assert results.mode == "all"  # no fallback: the query as typed answered
    assert not any(NOT_AS_TYPED in message for message in results.messages)


@pytest.mark.parametrize("query, message", [
    ("salud~5", "«salud~5»: se admiten 2 errores de escritura como máximo; se usaron 2."),
    ("salud~x", "«salud~x»: tras «~» va un número de errores de escritura (0 a 2); se ignoró «~x»."),
    ("salud^", "«salud^»: tras «^» va un número mayor que 0 (salud^2); se ignoró."),
    ("salud^0", "«salud^0»: tras «^» va un número mayor que 0 (salud^2); se ignoró."),
    ("salud^1e308", "«salud^1e308»: tras «^» va un número escrito con cifras, mayor que 0 y hasta 100 "
                    "(salud^2, salud^1,5); «1e308» no lo es y se ignoró."),
    ("salud^inf", "«salud^inf»: tras «^» va un número escrito con cifras"),
    ("salud^500", "«salud^500»: el realce máximo es ^100; se usó ese."),
    ('"salud publica"~99', "«\"salud publica\"~99»: se admiten 20 palabras de separación como máximo"),
    ("(salud vacuna)~2", "«~2» tras un paréntesis se ignoró"),
    ("salud ^2", "«^2» no sigue a ninguna palabra ni frase; se ignoró."),
    ("salud ~", "«~» no sigue a ninguna palabra ni frase; se ignoró."),
])
def test_a_modifier_that_cant_be_used_is_said_and_ignored(index, query, message):
    results = search(index, query)
    assert any(said.startswith(message) for said in results.messages), results.messages
    assert results.total and results.mode == "all"
    assert not any(NOT_AS_TYPED in said for said in results.messages)


@pytest.mark.parametrize("boosted, first", [
    ("salud^10 || vacuna", "d.txt"),  # a short paragraph with salud alone beats one with vacuna alone
    ("salud || vacuna^10", "a.txt"),
])
def test_a_boost_raises_its_words_matches(index, boosted, first):
    hits = search(index, boosted, limit=10).hits
    alone = [hit.doc for hit in hits if hit.doc in ("a.txt", "d.txt")]
    assert alone[0] == first


def test_a_sloppy_phrase_highlights_its_words(index):
    hit = search(index, '"salud publica"~3').hits[0]
    marked = {hit.snippet[start:end].lower() for start, end in hit.highlights}
    assert {"salud", "pública"} <= marked


@pytest.mark.parametrize("query", ["!salud vacuna", "salud || vacuna", '"salud publica"~3',
                                   "salud~5", "salud^2"])
def test_the_page_reads_them_as_the_library_does(index, query, tmp_path):
    from web import create_app

    app = create_app({"INDEX_DIR": str(index.index_dir), "TESTING": True})
    try:
        body = app.test_client().get("/api/search", query_string={"q": query}).get_json()
    finally:
        app.extensions["hemeroteca"].close()
    assert body["total"] == search(index, query).total
    assert {hit["doc"] for hit in body["hits"]} == docs(search(index, query))
