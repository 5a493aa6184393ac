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


def form_state(tab):
    """Return what the search form holds: {name: value}, a checkbox by whether it is checked."""
    return tab.evaluate("""() => Object.fromEntries([...document.querySelector('form.search').elements]
        .filter(control => control.name)
        .map(control => [control.name, control.type === 'checkbox' ? control.checked : control.value]))""")


def url_state(tab):
    """Return the form state the page's URL asks for (form_state's shape)."""
    args = dict(sent(tab))
    return {"q": args.get("q", ""), "orador": args.get("orador", ""), "desde": args.get("desde", ""),
            "hasta": args.get("hasta", ""), "sort": args.get("sort", "relevance"),
            "sinonimos": args.get("sinonimos") == "no"}


@pytest.mark.parametrize("start, change", [
    ("?q=China", {"Orador": "Wang Yi"}),
    ("?q=China", {"Desde": "2020", "Hasta": "2021"}),
    ("?q=China", {"Sin sinónimos": True}),
    ("?q=China", {"Orden": "-date"}),
    ("?q=China&orador=Wang+Yi&sort=date", {"Orador": ""}),  # a filter taken away comes back with its page
    ("?q=China&orador=Wang+Yi&sort=date", {"Orden": "relevance"}),
    ("?q=China&sinonimos=no", {"Sin sinónimos": False}),
])
def test_back_shows_the_form_of_the_page_it_returns_to(page, server, start, change):  # noqa: F811
    # trial34, 4: after Back, the form kept what was chosen on the next page (Orador «Alomía»,
    # «Más recientes primero») over results without it, and the next search sent it unseen
    page.goto(server + start)
    before = url_state(page)
    assert form_state(page) == before
    if not page.locator("details.filters").evaluate("d => d.open"):
        page.locator("summary", has_text="Filtros").click()
    with page.expect_navigation():
        for label, value in change.items():
            control = page.get_by_label(label, exact=True)
            if isinstance(value, bool):
                control.set_checked(value)
            elif label == "Orden":
                control.select_option(value)  # submits at once
            else:
                control.fill(value)
        if "Orden" not in change:
            page.get_by_label("Buscar").press("Enter")
    assert url_state(page) != before
    page.go_back()
    assert url_state(page) == before
    assert form_state(page) == before
    page.get_by_label("Buscar").fill("Rusia")
    with page.expect_navigation():
        page.get_by_label("Buscar").press("Enter")
    assert url_state(page) == dict(before, q="Rusia")  # the next search sends what the page showed


@pytest.mark.parametrize("persisted", [True, False])
def test_a_page_back_from_the_cache_shows_its_urls_form(page, server, persisted):  # noqa: F811
    # A browser that keeps the page whole (the back/forward cache; this headless Chromium does
    # not) shows it with its controls as they were left: its pageshow resets the form to the
    # URL's. A first load (persisted false) keeps what was typed before the script ran.
    page.goto(server + "?q=China&orador=Wang+Yi&sort=date")
    before = url_state(page)  # the filters are open: a filter is set
    page.get_by_label("Orador", exact=True).fill("Alomía")
    page.get_by_label("Desde", exact=True).fill("2021")
    page.get_by_label("Sin sinónimos").check()
    page.evaluate("document.querySelector('#sort').value = '-date'")  # set, not changed: no submit
    typed = form_state(page)
    page.evaluate("persisted => window.dispatchEvent(new PageTransitionEvent('pageshow', {persisted}))",
                  persisted)
    assert form_state(page) == (before if persisted else typed)
