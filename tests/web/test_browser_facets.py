"""Choosing several values of a facet in a real browser (Chromium, as tests/web/test_browser.py
drives it): each value a checkbox-like link, by mouse or keyboard, with JavaScript or without;
chips to remove each; Back and Forward bring each state back; the page at 1280 and 390 px."""

import re
from urllib.parse import parse_qs, urlsplit

import pytest

from tests.web.serving import serving
from tests.web.test_browser import browser, open_page, shots  # noqa: F401 (fixtures)


@pytest.fixture(scope="module")
def facets_server(web_index, tmp_path_factory):
    """The server over the page tests' index: teletypes of several speakers and years, and undated notes."""
    with serving(web_index, tmp_path_factory.mktemp("serve-facets") / "serve.log") as url:
        yield url


def chosen(tab, heading):
    """Return the ticked values of a side facet, by its heading."""
    facet = tab.locator("aside.facets ul").nth(["Orador", "Año"].index(heading) * 2 if heading == "Año" else 0)
    return facet.locator("a[role=checkbox][aria-checked=true]").all_inner_texts()


def state(tab):
    """Return (speakers, periods) the page's URL chooses."""
    args = parse_qs(urlsplit(tab.url).query)
    return args.get("orador", []), args.get("fecha", [])


def facet(tab, name):
    return tab.locator("aside.facets").get_by_role("checkbox", name=name, exact=True)


@pytest.mark.parametrize("script", [True, False])
def test_two_speakers_and_a_year_by_keyboard_then_back_and_forward(browser, facets_server, shots, script):  # noqa: F811
    tab = open_page(browser, {"width": 1280, "height": 900}, java_script_enabled=script)
    tab.goto(facets_server + "?q=acuerdo")
    assert facet(tab, "María Pérez").get_attribute("aria-checked") == "false"
    with tab.expect_navigation():
        facet(tab, "María Pérez").click()
    facet(tab, "Juan Gómez").focus()
    with tab.expect_navigation():
        tab.keyboard.press(" " if script else "Enter")  # Space, a checkbox's key, once the script runs
    assert state(tab) == (['"María Pérez"', '"Juan Gómez"'], [])
    assert facet(tab, "María Pérez").get_attribute("aria-checked") == "true"
    assert facet(tab, "Juan Gómez").get_attribute("aria-checked") == "true"
    assert tab.locator("#summary").inner_text().startswith("3 resultados")
    facet(tab, "2021").focus()
    with tab.expect_navigation():
        tab.keyboard.press("Enter")
    assert state(tab) == (['"María Pérez"', '"Juan Gómez"'], ["2021"])
    assert tab.locator("#summary").inner_text().startswith("2 resultados")
    chips = tab.locator(".active-filters li").all_inner_texts()
    assert [re.sub(r"\s*✕$", "", chip) for chip in chips] == ["Orador: María Pérez", "Orador: Juan Gómez", "Año: 2021"]
    if script:
        tab.screenshot(path=shots / "facets-1280.png", full_page=True)
    tab.go_back()
    assert state(tab) == (['"María Pérez"', '"Juan Gómez"'], [])
    assert facet(tab, "2021").get_attribute("aria-checked") == "false"
    tab.go_back()
    assert state(tab) == (['"María Pérez"'], [])
    assert facet(tab, "Juan Gómez").get_attribute("aria-checked") == "false"
    tab.go_forward()
    tab.go_forward()
    assert state(tab) == (['"María Pérez"', '"Juan Gómez"'], ["2021"])
    assert facet(tab, "2021").get_attribute("aria-checked") == "true"
    with tab.expect_navigation():
        tab.get_by_role("link", name="Quitar el filtro de orador María Pérez").click()
    assert state(tab) == (['"Juan Gómez"'], ["2021"])
    # a new search from the box keeps every choice, the hidden ones and the one shown in the form
    tab.get_by_label("Buscar").fill("comercial")
    with tab.expect_navigation():
        tab.get_by_label("Buscar").press("Enter")
    assert state(tab) == (['"Juan Gómez"'], ["2021"]) and "q=comercial" in tab.url
    assert not tab.problems, tab.problems
    tab.context.close()


def test_the_choices_on_a_phone(browser, facets_server, shots):  # noqa: F811
    tab = open_page(browser, {"width": 390, "height": 844}, is_mobile=True, has_touch=True)
    tab.goto(facets_server + "?q=acuerdo&orador=%22Mar%C3%ADa+P%C3%A9rez%22&orador=%22Juan+G%C3%B3mez%22&fecha=2021")
    assert tab.locator("aside.facets").is_hidden()
    tab.locator("details.refine summary").click()
    refine = tab.locator("details.refine")
    assert refine.get_by_role("checkbox", name="Juan Gómez").get_attribute("aria-checked") == "true"
    box = refine.get_by_role("checkbox", name="<b>Eve</b>").bounding_box()
    assert box["height"] >= 20 and tab.evaluate("document.documentElement.scrollWidth") <= 390
    tab.screenshot(path=shots / "facets-390.png", full_page=True)
    with tab.expect_navigation():
        refine.get_by_role("checkbox", name="<b>Eve</b>").tap()
    assert state(tab)[0] == ['"María Pérez"', '"Juan Gómez"', '"<b>Eve</b>"']
    assert not tab.problems, tab.problems
    tab.context.close()
