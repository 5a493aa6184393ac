import re

import pytest

from tests.web.conftest import SEED, page
from web import create_app


def test_unknown_pages_are_404_pages(client):
    html = page(client, "/nada", 404)
    assert "No encontrado" in html and "Volver a la búsqueda" in html


@pytest.mark.parametrize("url", ["/", "/?q=China", f"/doc/{SEED}", "/api/search?q=China"])
def test_missing_index_gives_visitors_a_503_in_spanish_without_server_details(tmp_path, url, caplog):
    app = create_app({"INDEX_DIR": str(tmp_path / "nada"), "TESTING": True})
    response = app.test_client().get(url)
    assert response.status_code == 503
    body = response.get_data(as_text=True)
    assert "La búsqueda no está disponible en este momento" in body
    for detail in (str(tmp_path), "seeds", "hemeroteca index", "index", "Traceback"):
        assert detail not in body.replace("Índice no disponible", "")
    assert "hemeroteca index [RUTAS]... --index" in caplog.text and str(tmp_path) in caplog.text  # the log
    assert "503 en " in caplog.text and "503 for" not in caplog.text


@pytest.mark.parametrize("source, paths", [(None, "[RUTAS]..."), ("notas de prensa", "'notas de prensa'")])
def test_healthz_hint_names_only_paths_the_operator_chose_quoted(tmp_path, monkeypatch, source, paths):
    # never `seeds`, a folder the operator did not choose; HEMEROTECA_SOURCE when they set it
    if source:
        monkeypatch.setenv("HEMEROTECA_SOURCE", source)
    else:
        monkeypatch.delenv("HEMEROTECA_SOURCE", raising=False)
    index_dir = tmp_path / "Año 2020 áé"
    client = create_app({"INDEX_DIR": str(index_dir), "TESTING": True}).test_client()
    hint = client.get("/healthz").get_json()["hint"]
    assert hint == f"hemeroteca index {paths} --index '{index_dir}'"


def test_healthz_gives_the_details_of_a_missing_index(tmp_path):
    client = create_app({"INDEX_DIR": str(tmp_path / "nada"), "TESTING": True}).test_client()
    response = client.get("/healthz")
    assert response.status_code == 503
    assert "hemeroteca index" in response.get_json()["hint"]


def test_broken_index_gives_503(tmp_path):
    broken = tmp_path / "broken"
    (broken / "gen-1").mkdir(parents=True)
    (broken / "gen-1" / "_MAIN_1.toc").write_bytes(b"not an index")
    (broken / "current").symlink_to("gen-1")
    response = create_app({"INDEX_DIR": str(broken)}).test_client().get("/?q=China")
    # A generation without its store is damaged, not missing: it must be built again.
    assert response.status_code == 503 and "está dañado y hay que reconstruirlo" in response.get_data(as_text=True)


@pytest.mark.parametrize("url", [
    "/api/search?q=China&limit=%1b[2J", "/api/search?q=China&page=%1b%07", "/?q=China&page=%00x",
])
def test_control_characters_in_a_400_are_shown_escaped(client, url):
    response = client.get(url)
    body = response.get_data(as_text=True)
    said = response.get_json()["error"] if url.startswith("/api/") else \
        re.search(r'<p class="error" role="alert">(.*?)</p>', body)[1]
    assert response.status_code == 400
    assert not any(ch in said for ch in "\x1b\x07\x00")
    assert any(escaped in said for escaped in ("\\x1b", "\\x00"))


@pytest.mark.parametrize("url", ["/api/search?q=China&desde=%1b[2J2020-13", "/?q=China&hasta=%00x"])
def test_a_text_parameter_loses_its_controls_before_it_is_checked(client, url):
    """As the search reads them (lexer.normalized): the 400 names what is left (trial 13)."""
    response = client.get(url)
    body = response.get_data(as_text=True)
    assert response.status_code == 400
    assert ("«2020-13»" if "desde" in url else "«x»") in body
    assert not any(ch in body for ch in "\x1b\x07\x00")


JSON_ASKED = [("application/json", True), ("application/json, text/html;q=0.5", True),
              ("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", False),  # a browser
              ("*/*", False), ("", False)]


@pytest.mark.parametrize("accept, wants", JSON_ASKED)
@pytest.mark.parametrize("url, status", [("/nada", 404), ("/?q=China&page=0", 400), ("/?q=China&sort=xx", 400),
                                         ("/doc/nada.txt", 404), (f"/doc/{SEED}?parrafo=999", 404),
                                         ("/similar/nada.txt%231", 404), ("/ayuda", 405)])
def test_a_page_asked_for_json_answers_its_errors_in_json(client, url, status, accept, wants):
    # trial 18c: a script that sends Accept: application/json gets the same JSON error the API
    # gives (error, status), in Spanish, from every address; a browser still gets the page
    send = client.post if status == 405 else client.get
    response = send(url, headers={"Accept": accept} if accept else {})
    assert response.status_code == status
    if wants:
        body = response.get_json()
        assert response.mimetype == "application/json" and body["status"] == status
        assert body["error"] and "Traceback" not in body["error"]
    else:
        assert response.mimetype == "text/html"
