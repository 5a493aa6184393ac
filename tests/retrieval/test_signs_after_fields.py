"""A sign typed after a field's colon (`orador:-López`) means what it would before the field.

Lucene and Elasticsearch read `-`, `!` and `+` only before a clause (`-orador:López`);
after the colon their query_string fails to parse. The sign used to be dropped in silence,
so `orador:-López` found López's own paragraphs: the opposite of what was meant. Now it is
searched as `-orador:López` and said, in every field and every form of value (a word, a
phrase, a group, a date, typed glued or after a space); `\\-` keeps a `-` in a value.
Each row runs through the library, the CLI, the API and the page.
"""

import html
import json

import pytest

from search.cli import main
from search.retrieval.reader import open_index
from search.retrieval.searching import search
from search.storage.build import build_index
from web import create_app

DOCUMENTS = {
    "2020/05/01/lopez.txt": "MARÍA LÓPEZ: La vacuna llega hoy.\n\nJUAN PÉREZ: Gracias, la vacuna es segura.\n",
    "2021/03/02/perez.txt": "JUAN PÉREZ: El hospital abre.\n\nANA RUIZ: El hospital cierra tarde.\n",
    "-notas.txt": "Notas sueltas sobre el hospital.\n",
}
L1, L2 = "2020/05/01/lopez.txt#1", "2020/05/01/lopez.txt#2"
P1, P2 = "2021/03/02/perez.txt#1", "2021/03/02/perez.txt#2"
N1 = "-notas.txt#1"
EVERY = {L1, L2, P1, P2, N1}
EXCLUDED = "el signo que excluye va delante del campo"

# (query, the paragraphs found, a piece of the aviso; None: nothing to say)
CASES = [
    ("orador:-López", EVERY - {L1}, "«orador:-López» se buscó como «-orador:López»"),
    ("orador:!López", EVERY - {L1}, "«orador:!López» se buscó como «-orador:López»"),
    ("orador: -López", EVERY - {L1}, EXCLUDED),
    ("oradora:-López", EVERY - {L1}, EXCLUDED),
    ("speaker:-López", EVERY - {L1}, EXCLUDED),
    ('orador:-"María López"', EVERY - {L1}, '«-orador:"María López"»'),
    ("orador:-(López OR Pérez)", {P2, N1}, EXCLUDED),
    ("vacuna orador:-López", {L2}, EXCLUDED),
    ("orador:--López", {L1}, "dos negaciones se anulan"),
    ("orador:+López", {L1}, "«orador:+López» se buscó como «orador:López»"),
    ("texto:-vacuna", {P1, P2, N1}, "«-texto:vacuna»"),
    ("hospital texto:-cierra", {P1, N1}, EXCLUDED),
    ("hospital text:!cierra", {P1, N1}, EXCLUDED),
    ("titulo:-notas", EVERY - {N1}, "«-titulo:notas»"),
    ("doc:-lopez", {P1, P2, N1}, "«-doc:lopez»"),
    ("hospital doc:-perez", {N1}, EXCLUDED),
    ("fecha:-2020", {P1, P2, N1}, "«-fecha:2020»"),
    ("fecha:-[2021-01 TO 2021-12]", {L1, L2, N1}, EXCLUDED),
    # the sign as text: escaped, or inside quotes
    ("doc:\\-notas", {N1}, None),
    ('doc:"-notas.txt"', {N1}, None),
    ("orador:López", {L1}, None),
    ("-orador:López", EVERY - {L1}, "solo excluía"),
]
IDS = [case[0] for case in CASES]


@pytest.fixture(scope="module")
def index_dir(tmp_path_factory):
    folder = tmp_path_factory.mktemp("signed-docs")
    for name, text in DOCUMENTS.items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_text(text, encoding="utf-8")
    index_dir = tmp_path_factory.mktemp("signed-index")
    build_index([folder], index_dir)
    return index_dir


@pytest.fixture(scope="module")
def client(index_dir):
    app = create_app({"INDEX_DIR": str(index_dir), "TESTING": True})
    yield app.test_client()
    app.extensions["hemeroteca"].close()


def check(found, messages, expected, aviso):
    assert found == expected
    if aviso is None:
        assert not any("signo" in message for message in messages), messages
    else:
        assert any(aviso in message for message in messages), messages


@pytest.mark.parametrize("query, expected, aviso", CASES, ids=IDS)
def test_the_library_searches_the_sign_before_the_field(index_dir, query, expected, aviso):
    with open_index(index_dir) as index:
        results = search(index, query, limit=20)
    check({hit.id for hit in results.hits}, results.messages, expected, aviso)
    assert results.mode == "all"


@pytest.mark.parametrize("query, expected, aviso", CASES, ids=IDS)
def test_the_cli_api_and_page_say_the_same(runner, index_dir, client, query, expected, aviso):
    result = runner.invoke(main, ["search", "--index", str(index_dir), "--limit", "20", "--json", "--", query])
    assert result.exit_code == 0, result.output
    found = json.loads(result.output)
    check({hit["id"] for hit in found["hits"]}, found["messages"], expected, aviso)
    found = client.get("/api/search", query_string={"q": query, "limit": 20}).get_json()
    check({hit["id"] for hit in found["hits"]}, found["messages"], expected, aviso)
    page = html.unescape(client.get("/", query_string={"q": query}).get_data(as_text=True))
    assert aviso is None or aviso in page
