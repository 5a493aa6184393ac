"""The page and /api/search show identical copies once, naming the others; `copias=todas` shows each."""

import pytest

from search.storage.build import build_index
from tests.retrieval.test_copies import COPIES, FILES, write_copies
from tests.web.conftest import page
from web import create_app


@pytest.fixture(scope="module")
def copies_dir(tmp_path_factory):
    root = tmp_path_factory.mktemp("web-copies")
    build_index([write_copies(root / "docs")], root / "ix", procs=1)
    return root / "ix"


@pytest.fixture
def client(copies_dir):
    app = create_app({"INDEX_DIR": str(copies_dir), "TESTING": True})
    yield app.test_client()
    app.extensions["hemeroteca"].close()


@pytest.mark.parametrize("copias, total", [("", 2 * 3 + 1), ("una", 2 * 3 + 1), ("todas", 2 * len(FILES) + 1),
                                           ("all", 2 * len(FILES) + 1)])
def test_the_api_counts_copies_once_unless_asked(client, copias, total):
    found = client.get(f"/api/search?q=vacunas&limit=50&copias={copias}").get_json()
    assert found["total"] == total
    also = [hit.get("also_in") for hit in found["hits"] if hit["doc"] == "chile/017.txt"]
    assert also and all(value == (COPIES if total < 2 * len(FILES) else None) for value in also)


def test_the_page_names_the_copies_and_links_to_each(client):
    html = page(client, "/?q=vacunas")
    assert "También en:</span> " + ", ".join(COPIES) in html
    assert "copias=todas" in html
    assert "raros/sub/duplicado.txt#" not in html
    assert "raros/sub/duplicado.txt#" in page(client, "/?q=vacunas&copias=todas&limit=50")


@pytest.mark.parametrize("url", ["/api/search?q=vacunas&copias=algunas", "/?q=vacunas&copias=2"])
def test_a_bad_copias_is_refused_by_name(client, url):
    response = client.get(url)
    assert response.status_code == 400
    assert "«copias»" in response.get_data(as_text=True)


@pytest.mark.parametrize("copias, rows", [("", 2 * 3 + 1), ("todas", 2 * len(FILES) + 1)])
def test_a_download_holds_copies_once_unless_asked(client, copias, rows):
    body = client.get(f"/api/search?q=vacunas&format=jsonl&copias={copias}").get_data(as_text=True)
    assert len(body.splitlines()) == rows
