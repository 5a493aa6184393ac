"""The page's fixtures: an index of the seed and of documents full of markup, and a client."""

import json
import shutil

import pytest

from search.storage.build import build_index
from tests.conftest import SEED, SEEDS
from web import create_app

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
