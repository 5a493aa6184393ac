"""The search form by keyboard in a real browser (Chromium, as tests/web/test_browser.py drives
it): Enter submits a URL that holds only what was chosen, and Escape closes the open filters."""

import re
from urllib.parse import parse_qsl, urlsplit

import pytest

from tests.web.test_browser import browser, page, server, shots  # noqa: F401 (fixtures)


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
