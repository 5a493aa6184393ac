"""Synonyms on the page in a real browser (Chromium, as tests/web/test_browser.py drives it): the
notice says which were searched, the snippets mark them, and «Sin sinónimos» turns them off."""

import re

import pytest

from tests.conftest import build_texts_index
from tests.web.serving import serving
from tests.web.test_browser import browser, open_page, shots  # noqa: F401 (fixtures)

DOCUMENTS = {
    "mx.txt": "Conferencia en México\n\nSe repartieron tapabocas en las escuelas.\n\n"
              "El cubrebocas es obligatorio en el transporte.\n",
    "es.txt": "Nota de Madrid\n\nLas mascarillas serán obligatorias en el metro.\n",
}


@pytest.fixture(scope="module")
def synonyms_server(tmp_path_factory):
    """Serve an index of a Mexican and a Spanish note on masks."""
    index_dir = build_texts_index(tmp_path_factory, "synonyms", DOCUMENTS)
    with serving(index_dir, tmp_path_factory.mktemp("serve-synonyms") / "serve.log") as url:
        yield url


def test_the_page_says_and_marks_synonyms_and_turns_them_off(browser, synonyms_server, shots):  # noqa: F811
    page = open_page(browser, {"width": 1280, "height": 900})
    page.goto(synonyms_server)
    page.get_by_label("Buscar").fill("tapabocas")
    page.get_by_role("button", name="Buscar").click()
    page.wait_for_url(re.compile(r"q=tapabocas"))
    assert "También se buscó: cubrebocas, mascarilla." in page.locator("p.notice").all_inner_texts()
    marks = {mark.lower() for mark in page.locator("ol.hits mark").all_inner_texts()}
    assert {"tapabocas", "cubrebocas", "mascarillas"} <= marks
    assert page.locator("ol.hits li").first.inner_text().count("tapabocas") >= 1  # the word typed first
    page.screenshot(path=shots / "synonyms-1.png", full_page=True)

    page.locator("details.filters summary").click()
    page.get_by_label("Sin sinónimos").check()
    page.get_by_role("button", name="Aplicar").click()
    page.wait_for_url(re.compile(r"sinonimos=no"))
    assert not any("También se buscó" in text for text in page.locator("p.notice").all_inner_texts())
    assert page.locator("ol.hits mark").all_inner_texts() == ["tapabocas"]
    assert page.get_by_label("Sin sinónimos").is_checked()
    page.screenshot(path=shots / "synonyms-2.png", full_page=True)
    assert not page.problems
    page.context.close()
