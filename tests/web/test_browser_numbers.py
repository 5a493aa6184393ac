"""Hit numbers in a real browser (Chromium, as tests/web/test_browser.py drives it): a list's
markers sit in its padding, and from hit 100 on two digits' room cut the number off at the left.

Pages 1 and 2 of a real search give 2 and 3 digits; 4 and 5 digits (up to 10,000 = MAX_PAGE ×
MAX_LIMIT) would need an index of 10,000 hits, so the list of page 2 is renumbered in place,
with the class the template gives such a page (checked on the real pages: the last number's digits).
"""

import pytest

from tests.conftest import build_texts_index
from tests.web.serving import serving
from tests.web.test_browser import browser, open_page, shots  # noqa: F401 (fixtures)

HITS = 120
# For each hit, the room its marker needs (its number, a full stop and a space, in the list's
# font) against the room it has (from the list's left edge to the hit's).
MARKERS_FIT = """([digits, start]) => {
    const list = document.querySelector('ol.hits');
    if (digits) { list.className = `hits digits-${digits}`; list.start = start; }
    const context = document.createElement('canvas').getContext('2d');
    const left = list.getBoundingClientRect().left;
    return [...list.children].map((hit, i) => {
        const style = getComputedStyle(hit);
        context.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
        const needed = context.measureText(`${list.start + i}. `).width;
        return [list.start + i, Math.floor(hit.getBoundingClientRect().left - left - needed)];
    }).filter(([number, spare]) => spare < 0 || left < 0);
}"""


@pytest.fixture(scope="module")
def many_hits_server(tmp_path_factory):
    """Serve one document of HITS paragraphs that all match `vacuna`."""
    text = "Informe diario\n\n" + "\n\n".join(f"La vacuna número {n} llegó al centro de salud." for n in range(HITS))
    index_dir = build_texts_index(tmp_path_factory, "many-hits", {"informe.txt": text + "\n"})
    with serving(index_dir, tmp_path_factory.mktemp("serve-numbers") / "serve.log") as url:
        yield url


@pytest.mark.parametrize("width", [390, 1280])
@pytest.mark.parametrize("query, digits, start", [
    ("?q=vacuna", None, None),                      # 1–10
    ("?q=vacuna&limit=100&page=2", None, None),     # 101–120
    ("?q=vacuna&limit=100&page=2", 4, 9901),        # page 100 of 100 hits a page, but the last
    ("?q=vacuna&limit=100&page=2", 5, 9981),        # 9,981–10,000
])
def test_every_hit_number_is_shown_whole(browser, many_hits_server, shots, width, query, digits, start):  # noqa: F811
    tab = open_page(browser, {"width": width, "height": 900})
    tab.goto(many_hits_server + query)
    numbers = tab.evaluate("[...document.querySelectorAll('ol.hits > li')].map((hit, i) => hit.parentNode.start + i)")
    assert len(numbers) in (10, HITS - 100)
    assert tab.get_attribute("ol.hits", "class") == f"hits digits-{len(str(numbers[-1]))}"
    assert tab.evaluate(MARKERS_FIT, [digits, start]) == []
    tab.screenshot(path=shots / f"numbers-{width}-{digits or 'page'}-{query.count('&')}.png")
    assert not tab.problems
    tab.context.close()
