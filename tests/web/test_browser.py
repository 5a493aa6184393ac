"""A real browser on the real server: Debian's headless Chromium, driven by Playwright.

The server is `hemeroteca serve` (waitress) on a free loopback port over an index of
seeds/. No browser is downloaded: Playwright drives /usr/bin/chromium.
"""

import json
import os
import re
from pathlib import Path
from urllib.parse import quote_plus

import pytest

from search.storage.build import build_index
from tests.web.serving import serving

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]
XSS_QUERY = '<script>alert(1)</script>"><img src=x onerror=alert(2)> javascript:alert(3)'


@pytest.fixture(scope="module")
def browser():
    """Yield a headless Chromium; skipped outside CI when Debian's chromium is missing."""
    if not CHROMIUM.exists():
        if os.environ.get("CI"):
            pytest.fail(f"{CHROMIUM} is missing in CI: .ci/run should install chromium")
        pytest.skip(f"{CHROMIUM} is missing: install it with apt-get install chromium")
    from playwright.sync_api import sync_playwright
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture(scope="module")
def server(seed_index, tmp_path_factory):
    with serving(seed_index, tmp_path_factory.mktemp("serve") / "serve.log") as url:
        yield url


@pytest.fixture(scope="module")
def shots(tmp_path_factory):
    """Return the folder of the screenshots, and print it."""
    folder = tmp_path_factory.mktemp("screenshots")
    print(f"\nbrowser screenshots: {folder}")
    return folder


@pytest.fixture
def page(browser, capsys, shots):
    """Yield a fresh page; fail on any console error (a CSP violation is one) or dialog."""
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="es-ES")
    page = context.new_page()
    problems = []
    page.on("console", lambda message: message.type == "error" and problems.append(message.text))
    page.on("pageerror", lambda error: problems.append(str(error)))
    page.on("dialog", lambda dialog: (problems.append("dialog: " + dialog.message),
                                      dialog.dismiss()))
    page.problems = problems
    yield page
    context.close()
    with capsys.disabled():
        print(f"\nbrowser screenshots: {shots}")
    assert not problems


def test_search_narrow_and_open_the_document(page, server, shots):
    page.goto(server)
    assert page.locator("html").get_attribute("lang") == "es"
    page.get_by_label("Buscar").fill("relaciones China Rusia")
    page.get_by_role("button", name="Buscar").click()
    page.wait_for_url(re.compile(r"q=relaciones"))
    assert "resultados" in page.locator("#summary").inner_text()
    marks = page.locator("ol.hits mark").all_inner_texts()
    assert {"China", "Rusia"} <= set(marks) and "relaciones" in {m.lower() for m in marks}
    assert page.locator(".timeline svg rect").count() >= 1
    page.screenshot(path=shots / "1-results.png", full_page=True)

    page.locator("aside.facets a", has_text="Wang Yi").click()
    page.wait_for_url(re.compile(r"orador=%22Wang\+Yi%22"))
    metas = page.locator("ol.hits .speaker").all_inner_texts()
    assert metas and all("Wang Yi" in meta for meta in metas)
    assert "Orador: Wang Yi" in page.locator(".active-filters").inner_text()

    first = page.locator("ol.hits h2 a").first
    anchor = first.get_attribute("href").split("#")[1]
    first.click()
    page.wait_for_url(re.compile(r"/doc/.*#p\d+$"))
    assert page.evaluate("document.querySelector(':target').id") == anchor
    target = page.locator(f"li#{anchor}")
    assert target.locator("mark").count() >= 1 and "Orador:" in target.inner_text()
    page.screenshot(path=shots / "2-document.png")


def test_markup_in_a_query_shows_as_text(page, server, shots):
    page.goto(server + "?q=" + quote_plus(XSS_QUERY))
    assert page.get_by_label("Buscar").input_value() == XSS_QUERY
    assert XSS_QUERY in page.locator("#summary").inner_text()
    assert page.locator("img").count() == 0 and page.locator("main script").count() == 0
    page.screenshot(path=shots / "3-xss.png")


def test_the_sort_select_submits_by_itself(page, server):
    page.goto(server + "?q=China")
    page.locator("summary", has_text="Filtros").click()
    page.get_by_label("Orden").select_option("date")
    page.wait_for_url(re.compile(r"sort=date"))
    assert page.get_by_label("Orden").input_value() == "date"


def test_keyboard_focus_is_visible(page, server):
    page.goto(server + "?q=China")
    page.keyboard.press("Tab")
    page.keyboard.press("Tab")
    outline = page.evaluate("getComputedStyle(document.activeElement).outlineStyle")
    assert outline not in ("none", "")


def test_the_page_fits_a_phone(browser, server, shots):
    context = browser.new_context(viewport={"width": 375, "height": 740}, is_mobile=True,
                                  device_scale_factor=2)
    page = context.new_page()
    page.goto(server + "?q=relaciones+China+Rusia")
    assert page.evaluate("document.documentElement.scrollWidth") <= 375
    page.screenshot(path=shots / "4-phone.png", full_page=True)
    context.close()


@pytest.mark.parametrize("width", [320, 360])
def test_the_search_button_fits_the_narrowest_phones(browser, server, shots, width):
    context = browser.new_context(viewport={"width": width, "height": 640}, is_mobile=True)
    page = context.new_page()
    page.goto(server + "?q=salud+OR+cooperaci%C3%B3n")
    assert page.evaluate("document.documentElement.scrollWidth") <= width
    button = page.locator(".box button").bounding_box()
    assert button["x"] + button["width"] <= width
    page.screenshot(path=shots / f"4-phone-{width}.png", full_page=True)
    context.close()


def test_bad_parameters_and_missing_documents_show_pages(page, server):
    response = page.goto(server + "?q=China&page=abc")
    assert response.status == 400 and "«page»" in page.locator(".error").inner_text()
    response = page.goto(server + "doc/..%2F..%2Fetc%2Fpasswd")
    assert response.status == 404 and "No encontrado" in page.content()
    assert all("status of 40" in problem for problem in page.problems)
    page.problems.clear()


DESKTOP = {"width": 1280, "height": 800}
PHONE = {"width": 390, "height": 844}


@pytest.fixture(scope="module")
def dated_server(web_index, tmp_path_factory):
    """Serve the index of seeds/ and dated teletypes: a timeline of many months."""
    with serving(web_index, tmp_path_factory.mktemp("serve-dated") / "serve.log") as url:
        yield url


def open_page(browser, viewport, **options):
    """Return a page of a fresh context of that size; console errors fail the test at close."""
    context = browser.new_context(viewport=viewport, locale="es-ES", **options)
    page = context.new_page()
    page.problems = []
    page.on("console", lambda message: message.type == "error" and page.problems.append(message.text))
    page.on("pageerror", lambda error: page.problems.append(str(error)))
    return page


def focus_order(page):
    """Return, in tab order, a label for each focusable element that is shown."""
    return page.evaluate("""() => Array.from(document.querySelectorAll('a[href], button, input, select, summary'))
        .filter(e => e.getClientRects().length && getComputedStyle(e).visibility !== 'hidden')
        .map(e => (e.closest('aside') ? 'facet' : e.closest('.timeline') ? 'timeline'
                   : e.closest('.hits') ? 'hit' : e.closest('.refine') ? 'refine' : 'other'))""")


def text_fits(page, selector):
    """Return True when a control's text (its placeholder, or the chosen option) fits its box."""
    return page.evaluate("""(selector) => {
        const element = document.querySelector(selector);
        const style = getComputedStyle(element);
        const text = element.tagName === 'SELECT' ? element.options[element.selectedIndex].text
                                                   : (element.value || element.placeholder);
        const context = document.createElement('canvas').getContext('2d');
        context.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
        const room = element.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight)
                     - (element.tagName === 'SELECT' ? 20 : 0);  // the select's arrow
        const box = element.getBoundingClientRect();
        return context.measureText(text).width <= room && box.right <= window.innerWidth;
    }""", selector)


def test_desktop_layout(browser, dated_server, shots):
    page = open_page(browser, DESKTOP)
    page.goto(dated_server + "?q=acuerdo")
    assert page.locator("aside.facets").is_visible() and not page.locator("details.refine").is_visible()
    aside, results = page.locator("aside.facets").bounding_box(), page.locator("ol.hits").bounding_box()
    assert aside["x"] > results["x"] + results["width"]  # the facets sit to the right
    order = focus_order(page)
    assert order.index("facet") < order.index("timeline") < order.index("hit")
    axis = page.locator(".axis").inner_text()
    assert "2020" in axis and "2021" in axis
    bar = page.locator(".timeline svg a").first
    assert bar.get_attribute("aria-label").endswith(("resultado", "resultados"))
    assert "Descargar CSV" in page.locator("#summary").inner_text()
    page.screenshot(path=shots / "5-desktop-results.png", full_page=True)
    page.locator(".skip-chart").focus()
    page.keyboard.press("Enter")
    assert page.evaluate("location.hash") == "#hits"
    page.locator("ol.hits h2 a").first.click()
    page.wait_for_url(re.compile(r"/doc/"))
    page.get_by_text("Volver a los resultados").click()
    page.wait_for_url(re.compile(r"\?q=acuerdo$"))
    page.goto(dated_server + "similar/teletipos%232?q=acuerdo")
    assert page.get_by_label("Buscar").input_value() == "acuerdo"
    page.screenshot(path=shots / "6-desktop-similar.png", full_page=True)
    assert not page.problems
    page.context.close()


def test_phone_layout(browser, dated_server, shots):
    page = open_page(browser, PHONE, is_mobile=True, has_touch=True, device_scale_factor=2)
    page.goto(dated_server + "?q=acuerdo")
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    refine, first_hit = page.locator("details.refine"), page.locator("ol.hits li").first
    assert refine.is_visible() and not page.locator("aside.facets").is_visible()
    assert refine.bounding_box()["y"] < first_hit.bounding_box()["y"] < PHONE["height"]
    page.screenshot(path=shots / "7-phone-results.png")
    for bar in page.locator(".timeline svg a").all():
        box = bar.bounding_box()
        assert box["height"] >= 24 and box["width"] >= 8
    refine.locator("summary").tap()
    assert refine.locator("a", has_text="Juan Gómez").is_visible()
    page.screenshot(path=shots / "8-phone-refine.png")
    page.locator("details.filters summary").tap()
    for control in ("#orador", "#desde", "#hasta", "#sort"):
        assert text_fits(page, control), control
    page.get_by_label("Orden").select_option("-date")
    page.wait_for_url(re.compile(r"sort=-date"))
    assert text_fits(page, "#sort")
    page.screenshot(path=shots / "9-phone-filters.png")
    refine = page.locator("details.refine")
    refine.locator("summary").tap()
    refine.locator("a", has_text="Juan Gómez").tap()
    page.wait_for_url(re.compile(r"orador=%22Juan"))
    assert "Juan Gómez" in page.locator("ol.hits").inner_text()
    page.locator(".timeline svg a").first.tap()
    page.wait_for_url(re.compile(r"desde=\d{4}-\d{2}&hasta="))
    page.goto(dated_server + "doc/teletipos?q=acuerdo#p2")
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    page.screenshot(path=shots / "10-phone-document.png")
    assert not page.problems
    page.context.close()


def test_a_bad_parameter_keeps_the_query_in_the_box(page, server):
    response = page.goto(server + "?q=relaciones+China&page=abc")
    assert response.status == 400
    assert page.get_by_label("Buscar").input_value() == "relaciones China"
    page.problems.clear()


@pytest.fixture(scope="module")
def long_words_server(tmp_path_factory):
    """Serve an index whose title, speaker, text and document name are each one long word."""
    folder = tmp_path_factory.mktemp("long-words")
    records = [{"id": "r1", "doc": "D" * 150, "title": "T" * 200, "speaker": "X" * 99,
                "text": "Declaró algo sobre la vacuna: https://ejemplo.org/" + "a" * 3000}]
    (folder / "feed.jsonl").write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    index_dir = tmp_path_factory.mktemp("long-words-index")
    build_index([folder], index_dir)
    with serving(index_dir, tmp_path_factory.mktemp("serve-long") / "serve.log") as url:
        yield url


@pytest.mark.parametrize("viewport", [PHONE, {"width": 1280, "height": 900}], ids=["390", "1280"])
@pytest.mark.parametrize("path", [
    "?q=vacuna", "doc/" + "D" * 150 + "?q=vacuna", "?q=" + "x" * 500, "?q=vacuna&orador=" + "Y" * 100,
], ids=["results", "document", "long query", "long speaker filter"])
def test_a_long_word_never_pushes_the_page_sideways(browser, long_words_server, shots, viewport, path):
    page = open_page(browser, viewport)
    assert page.goto(long_words_server + path).ok
    assert page.evaluate("document.documentElement.scrollWidth") <= viewport["width"]
    page.screenshot(path=shots / f"long-words-{viewport['width']}-{path[:12].strip('?/')}.png")
    assert not page.problems
    page.context.close()


@pytest.fixture(scope="module")
def long_span_server(tmp_path_factory):
    """Serve paragraphs dated across 180 years (`novela`) and across 36 months (`parte`)."""
    folder = tmp_path_factory.mktemp("long-span")
    dates = {"novela": ["1840-05-01", "1900-01-01", "2020-03-01"], "parte": ["2018-02-10", "2021-01-10"]}
    records = [{"id": f"{word}-{n}", "text": f"Un {word} del día.", "date": date}
               for word, days in dates.items() for n, date in enumerate(days)]
    (folder / "feed.jsonl").write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    index_dir = tmp_path_factory.mktemp("long-span-index")
    build_index([folder], index_dir)
    with serving(index_dir, tmp_path_factory.mktemp("serve-span") / "serve.log") as url:
        yield url


@pytest.mark.parametrize("width", [360, 390])
@pytest.mark.parametrize("query", ["novela", "parte"], ids=["180 years", "36 months"])
def test_the_timelines_last_label_never_pushes_the_page_sideways(browser, long_span_server, shots, width, query):
    # trial 14: on a corpus of novels (1840) and briefings (2020), the axis's last year
    # label started at the 186th of 187 slots and ran 15 px past a phone's page.
    page = open_page(browser, {"width": width, "height": 844})
    assert page.goto(f"{long_span_server}?q={query}").ok
    assert page.locator(".timeline svg rect").count() >= 2
    assert page.evaluate("document.documentElement.scrollWidth") <= width
    page.screenshot(path=shots / f"long-span-{width}-{query}.png")
    assert not page.problems
    page.context.close()
