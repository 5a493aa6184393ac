"""The search form in a real browser (Chromium, as tests/web/test_browser.py drives it): Enter
submits a URL that holds only what was chosen, Escape closes the open filters, and a checkbox
sits by its words."""

import re
from urllib.parse import parse_qsl, urlsplit

import pytest

from tests.web.test_browser import browser, open_page, page, server, shots  # noqa: F401 (fixtures)


def sent(tab):
    """Return the query string of the page's URL as a list of (name, value)."""
    return parse_qsl(urlsplit(tab.url).query, keep_blank_values=True)


@pytest.mark.parametrize("typed, chosen, expected", [
    ({"Buscar": "China"}, None, [("q", "China")]),
    ({"Buscar": "China", "Orador": "Wang Yi"}, None, [("q", "China"), ("orador", "Wang Yi")]),
    ({"Buscar": "", "Desde": "2020"}, None, [("desde", "2020")]),
    ({"Buscar": "China"}, "-date", [("q", "China"), ("sort", "-date")]),
])
def test_enter_sends_only_what_was_chosen(page, server, typed, chosen, expected):  # noqa: F811
    # trial 18c: Enter sent `?q=China&orador=&desde=&hasta=&sort=relevance`, the URL a reader
    # copies and shares; empty fields and the default order say nothing, so they are left out
    page.goto(server)
    page.locator("summary", has_text="Filtros").click()
    if chosen:
        with page.expect_navigation():
            page.get_by_label("Orden").select_option(chosen)
        assert sent(page) == [("sort", chosen)]
        page.locator("summary", has_text="Filtros").click()
    for label, text in typed.items():
        page.get_by_label(label, exact=True).fill(text)
    with page.expect_navigation():
        page.get_by_label(list(typed)[-1], exact=True).press("Enter")
    assert sent(page) == expected


@pytest.mark.parametrize("inside", ["summary", "#orador", "#sort"])
def test_escape_closes_the_filters_and_keeps_the_focus_on_them(page, server, inside):  # noqa: F811
    page.goto(server + "?q=China")
    filters = page.locator("details.filters")
    page.locator("summary", has_text="Filtros").focus()
    page.keyboard.press("Enter")
    assert filters.evaluate("d => d.open")
    page.locator(f"details.filters {inside}").focus()
    page.keyboard.press("Escape")
    assert not filters.evaluate("d => d.open")
    assert page.evaluate("document.activeElement.tagName") == "SUMMARY"
    assert re.search(r"q=China$", page.url)  # nothing was submitted


@pytest.mark.parametrize("width, height", [(1280, 900), (390, 844), (320, 640)])
def test_the_synonyms_checkbox_sits_by_its_words(browser, server, shots, width, height):  # noqa: F811
    # trial 18c: the checkbox took a text field's width (13rem; the whole row on a phone), so
    # it stood in the middle of a box, far from «Sin sinónimos»
    tab = open_page(browser, {"width": width, "height": height})
    tab.goto(server + "?q=China&sinonimos=no")
    box = tab.get_by_label("Sin sinónimos").bounding_box()
    words = tab.evaluate("""() => {
        const label = document.querySelector('input[name=sinonimos]').closest('label');
        const text = [...label.childNodes].find(node => node.nodeType === 3 && node.textContent.trim());
        const range = document.createRange(); const start = text.textContent.search(/\\S/);
        range.setStart(text, start); range.setEnd(text, start + 1);
        const r = range.getBoundingClientRect(); return {x: r.x, y: r.y, height: r.height}; }""")
    tab.screenshot(path=shots / f"form-checkbox-{width}.png")
    assert box["width"] <= 32  # a box drawn in the middle of a wide one sits far from its words
    assert 0 <= words["x"] - (box["x"] + box["width"]) <= 16  # the words right after the box
    assert abs((box["y"] + box["height"] / 2) - (words["y"] + words["height"] / 2)) <= 8  # on its line
    assert not tab.problems
    tab.context.close()
