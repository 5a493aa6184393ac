"""Operators and punctuation with no operand or no meaning where they stand, on a real index.

Each query searches what it can and says (in Spanish) what it ignored: never a
traceback, never a word dropped in silence, never a query that grows without bound.
Elasticsearch's simple_query_string behaves so (its reference page: it returns no error
for invalid syntax, it ignores the invalid parts), and so does Lucene's SimpleQueryParser,
whose javadoc says it does its best to read whatever a person types, however poorly
composed; neither says what it skipped, which is why each row here checks the aviso.
Where query_string gives a meaning (`sal?d`, `*salud`, `--` cancelling
as SimpleQueryParser counts its `-`), the same meaning is given; a query that only
excludes matches every other document, as Elasticsearch answers it (a match_all is
added: blevesearch/bleve#193 compares it, Yelp/nrtsearch#281 does the same). Each row runs
through the library, the CLI (CliRunner), the API and the page (Flask's client).
"""

import html
import json

import pytest

from search.cli import main
from search.retrieval.searching import search
from tests.retrieval.test_lucene_syntax import index, lucene_index_dir  # noqa: F401 (fixtures: DOCS' index)
from web import create_app

# On test_lucene_syntax.DOCS: a vacuna, b salud pública vacuna, c salud, d salud, e saldo
SALUD = {"b.txt", "c.txt", "d.txt"}
EITHER = SALUD | {"a.txt"}
NONE = set()

# (query, the documents found, a piece of the aviso; None: nothing to say)
CASES = [
    # a modifier before its word (review 19): the word, and why the mark did nothing
    ("~salud", SALUD, "«~» delante de una palabra no modifica nada"),
    ("^salud", SALUD, "«^» delante de una palabra no modifica nada"),
    ("~" * 500 + "salud", SALUD, "«~~» delante de una palabra"),
    ("texto:^salud", SALUD, "«^» delante de una palabra"),
    ("~2", NONE, "«~2» no sigue a ninguna palabra ni frase"),
    # a modifier with nothing after it
    ("salud^", SALUD, "tras «^» va un número mayor que 0"),
    ("salud~", SALUD, None),  # one edit: saldo is two away
    ("salud~²", SALUD, "tras «~» va un número de errores"),
    # unclosed or stray quotes and parentheses: closed at the end, or ignored
    ('"salud', SALUD, "Faltaban unas comillas de cierre"),
    ("(salud", SALUD, "Faltaba un paréntesis de cierre"),
    ("salud)", SALUD, "Sobraba un paréntesis de cierre"),
    ('"', NONE, "Unas comillas sin nada dentro se ignoraron"),
    ('"" salud', SALUD, "Unas comillas sin nada dentro se ignoraron"),
    ("() salud", SALUD, "Unos paréntesis sin nada dentro se ignoraron"),
    ("(" * 1000 + "salud" + ")" * 1000, SALUD, "paréntesis demasiado anidados"),
    # a field with no value
    ("orador:", NONE, "«orador:» sin valor se ignoró"),
    ("fecha:", NONE, "«fecha:» sin valor se ignoró"),
    ("titulo:", NONE, "«titulo:» sin valor se ignoró"),
    ('orador:""', NONE, "Unas comillas sin nada dentro"),
    ("orador:()", NONE, "Unos paréntesis sin nada dentro"),
    (":", NONE, "«:» no tiene letras ni cifras que buscar"),
    ("salud:", SALUD, "El campo «salud» no existe"),
    (":salud", SALUD, "«:» sin campo delante se ignoró; se buscó «salud»"),
    ("/salud/", SALUD, "las expresiones regulares no se admiten"),
    # signs with nothing to sign; `+` is Lucene's "required", which every word already is
    ("-", NONE, "«-» sin nada detrás se ignoró"),
    ("+", NONE, "«+» sin nada detrás se ignoró"),
    ("salud +", SALUD, "«+» sin nada detrás se ignoró"),
    ("+salud", SALUD, None),
    ("+salud +vacuna", {"b.txt"}, None),
    ("vacuna - salud", {"b.txt"}, "«-» suelto se ignoró"),  # a dash, as in pasted titles
    ("--salud", SALUD, "Dos negaciones seguidas se anulan"),
    ("NOT NOT salud", SALUD, "Dos negaciones seguidas se anulan"),
    ("!!salud", SALUD, "Dos negaciones seguidas se anulan"),
    # only exclusions: every other paragraph, as Elasticsearch adds a match_all to them
    ("-salud", {"a.txt", "e.txt"}, "solo excluía palabras: se muestran todos los párrafos sin ellas"),
    ("NOT salud NOT vacuna", {"e.txt"}, "solo excluía palabras"),
    ("-(salud || vacuna)", {"e.txt"}, "solo excluía palabras"),
    # wildcards: query_string's `*` and `?`, anywhere but alone
    ("*salud", SALUD, None),
    ("sal*ud", SALUD, None),
    ("sal?d", SALUD, None),
    ("*", NONE, "un comodín va dentro o al final de una palabra"),
    ("?", NONE, "un comodín va dentro o al final de una palabra"),
    ("*a", NONE, "un comodín al principio necesita al menos 3 letras"),
    ("¿salud?", SALUD, None),  # a question's marks, not a wildcard
    ("zq*x", NONE, "Ninguna palabra del índice responde a «zq*x»"),
    # Lucene's escapes: the character as text, not an operator
    ("\\-salud", SALUD, None),
    ("\\!salud", SALUD, None),
    ("\\(salud\\)", SALUD, None),
    ('\\"salud\\"', SALUD, None),
    ("vacun\\*", {"a.txt", "b.txt"}, None),
    ("\\", NONE, "Una «\\» al final no escapa nada"),
    # boolean operators with an operand missing, repeated, or alone
    ("AND salud", SALUD, "Un Y/AND sin nada delante se ignoró"),
    ("salud AND", SALUD, "Un Y/AND sin nada detrás se ignoró"),
    ("OR salud", SALUD, "Un O/OR sin nada delante se ignoró"),
    ("salud OR", SALUD, "Un O/OR sin nada detrás se ignoró"),
    ("salud NOT", SALUD, "Un NO/NOT sin nada detrás se ignoró"),
    ("NOT", NONE, "Un NO/NOT sin nada detrás se ignoró"),
    ("||", NONE, "Un O/OR sin nada"),
    ("&&", NONE, "Un Y/AND sin nada a los lados se ignoró"),
    ("AND OR NOT", NONE, "Un O/OR sin nada a los lados se ignoró"),  # trial 33, defect 14: once each
    ("!", NONE, "Un NO/NOT sin nada detrás se ignoró"),
    ("salud OR OR vacuna", EITHER, "Un O/OR repetido se ignoró"),
    ("salud AND AND vacuna", {"b.txt"}, "Un Y/AND repetido se ignoró"),
    ("salud " + "AND " * 500 + "vacuna", {"b.txt"}, "Un Y/AND repetido se ignoró"),
    ("AND " * 500 + "salud", SALUD, "Un Y/AND sin nada delante se ignoró"),
    ("salud" + " OR" * 500, SALUD, "O/OR"),
    ("salud | vacuna", EITHER, None),  # simple_query_string's OR
    ("salud|vacuna", EITHER, None),
    ("salud & vacuna", {"b.txt"}, None),
]
IDS = [case[0][:30] + (f"…{len(case[0])}" if len(case[0]) > 30 else "") for case in CASES]


@pytest.fixture(scope="module")
def client(lucene_index_dir):  # noqa: F811 (a fixture)
    app = create_app({"INDEX_DIR": str(lucene_index_dir), "TESTING": True})
    yield app.test_client()
    app.extensions["hemeroteca"].close()


def check(found, messages, expected, aviso, mode="all"):
    assert found == expected
    assert mode == "all"  # as typed: no fallback to any word or to typos
    if aviso is None:
        assert messages == []
    else:
        assert any(aviso in message for message in messages), messages
        assert len(messages) == len(set(messages)) <= 3  # each said once, however often typed


@pytest.mark.parametrize("query, expected, aviso", CASES, ids=IDS)
def test_the_library_searches_what_it_can_and_says_what_it_ignored(index, query, expected, aviso):  # noqa: F811
    results = search(index, query, limit=20)
    check({hit.doc for hit in results.hits}, results.messages, expected, aviso, results.mode)
    assert results.total == len(expected)


@pytest.mark.parametrize("query, expected, aviso", CASES, ids=IDS)
def test_the_cli_says_the_same(runner, lucene_index_dir, query, expected, aviso):  # noqa: F811
    result = runner.invoke(main, ["search", "--index", str(lucene_index_dir), "--limit", "20", "--json",
                                  "--", query])
    assert result.exit_code == 0, result.output
    found = json.loads(result.output)
    check({hit["doc"] for hit in found["hits"]}, found["messages"], expected, aviso, found["mode"])


@pytest.mark.parametrize("query, expected, aviso", CASES, ids=IDS)
def test_the_api_and_the_page_say_the_same(client, query, expected, aviso):
    response = client.get("/api/search", query_string={"q": query, "limit": 20})
    assert response.status_code == 200
    found = response.get_json()
    check({hit["doc"] for hit in found["hits"]}, found["messages"], expected, aviso, found["mode"])
    page = client.get("/", query_string={"q": query})
    assert page.status_code == 200
    text = html.unescape(page.get_data(as_text=True))
    assert aviso is None or aviso in text
    assert all(f"{doc}#1" in text for doc in expected)
