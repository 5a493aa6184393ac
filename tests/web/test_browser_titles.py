"""Titles and paragraph ids in a real browser (Chromium, as tests/web/test_browser.py drives it):
a date in them stays on one line on a phone, wherever the page shows it."""

import pytest

from tests.conftest import build_texts_index
from tests.web.serving import serving
from tests.web.test_browser import browser, open_page, shots  # noqa: F401 (fixtures)

DOCUMENTS = {
    "2020-03-05.txt": "HUGO LÓPEZ-GATELL RAMÍREZ: Buenas tardes, comenzamos la conferencia sobre la vacuna.\n\n"
                      "La vacuna contra el sarampión está asegurada en todo el país.\n\n"
                      "PREGUNTA: ¿Hay abasto suficiente de vacuna contra el sarampión?\n",
}
# The text of a date on one line: the rects of its characters share one top.
DATE_LINES = """([selector, date]) => {
    const element = document.querySelector(selector);
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    const text = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) text.push(node);
    const whole = text.map(node => node.textContent).join('');
    let at = whole.indexOf(date), range = document.createRange(), seen = 0;
    for (const node of text) {
        const end = seen + node.textContent.length;
        if (seen <= at && at < end) range.setStart(node, at - seen);
        if (seen < at + date.length && at + date.length <= end) range.setEnd(node, at + date.length - seen);
        seen = end;
    }
    return new Set([...range.getClientRects()].filter(r => r.width).map(r => Math.round(r.top))).size;
}"""


@pytest.fixture(scope="module")
def dated_server(tmp_path_factory):
    """Serve one dated briefing."""
    index_dir = build_texts_index(tmp_path_factory, "dated-titles", DOCUMENTS)
    with serving(index_dir, tmp_path_factory.mktemp("serve-titles") / "serve.log") as url:
        yield url


@pytest.mark.parametrize("width", [320, 390])
@pytest.mark.parametrize("path, selector", [
    ("similar/2020-03-05.txt%232?q=vacuna", "h1"),  # trial 18c: «2020-03-» then «05.txt#2»
    ("similar/2020-03-05.txt%232?q=vacuna", "blockquote footer a"),
    ("?q=conferencia prensa vacuna", "ol.hits h2 a"),  # a title with highlights
    ("?q=vacuna", "ol.hits .where"),
    ("doc/2020-03-05.txt?q=vacuna", ".where"),
])
def test_a_date_stays_on_one_line(browser, dated_server, shots, width, path, selector):  # noqa: F811
    tab = open_page(browser, {"width": width, "height": 800})
    tab.goto(dated_server + path)
    tab.screenshot(path=shots / f"titles-{width}-{selector.split()[-1]}.png")
    assert tab.evaluate(DATE_LINES, [selector, "2020-03-05"]) == 1
    assert not tab.problems
    tab.context.close()
