import pytest

from tests.web.conftest import SEED, page
from web import create_app


def test_unknown_pages_are_404_pages(client):
    html = page(client, "/nada", 404)
    assert "No encontrado" in html and "Volver a la búsqueda" in html


@pytest.mark.parametrize("url", ["/", "/?q=China", f"/doc/{SEED}", "/api/search?q=China",
                                 "/healthz"])
def test_missing_index_gives_503_saying_how_to_build_it(tmp_path, url):
    client = create_app({"INDEX_DIR": str(tmp_path / "nada"), "TESTING": True}).test_client()
    response = client.get(url)
    assert response.status_code == 503
    body = response.get_data(as_text=True)
    assert "hemeroteca index" in body and "Traceback" not in body


def test_broken_index_gives_503(tmp_path):
    broken = tmp_path / "broken"
    (broken / "gen-1").mkdir(parents=True)
    (broken / "gen-1" / "_MAIN_1.toc").write_bytes(b"not an index")
    (broken / "current").symlink_to("gen-1")
    response = create_app({"INDEX_DIR": str(broken)}).test_client().get("/?q=China")
    assert response.status_code == 503 and "hemeroteca index" in response.get_data(as_text=True)
