"""The page's tables in a real browser (Chromium, as tests/web/test_browser.py drives it): a
header or a date never broken inside its word.

Trial 17: on /oradores at 390 px the header «Párrafos» showed as «Párraf / os». The page lets
any word break (`overflow-wrap: anywhere`, so a 3,000-letter link never pushes it sideways),
and in a table that also shrinks a column below its header's word.
"""

import json

import pytest

from search.storage.build import build_index
from tests.web.serving import serving
from tests.web.test_browser import browser, open_page, shots  # noqa: F401 (fixtures)

# A briefing's speakers: long names, each speaking over a span of dates.
SPEAKERS = ["Gabriela del Carmen Nucamendi Cervantes", "Christian Arturo Zaragoza Jiménez",
            "Karla Berdichevsky Feldman", "Juan Ángel Rivera Dommarco", "X" * 99,
            "Interlocutor"]  # trial35: a role's one word, shown as «Interlocuto / r» at 390 px

# Each header and date cell's text, its words and the lines it takes: no more lines than
# words, unless a word of it was broken.
HEADER_LINES = r"""() => [...document.querySelectorAll('th, td.dates')].map(cell => {
    const range = document.createRange();
    range.selectNodeContents(cell);
    const lines = new Set([...range.getClientRects()].map(rect => Math.round(rect.top)));
    return [cell.textContent, cell.textContent.trim().split(/\s+/).length, lines.size];
})"""


# The same for each name cell: a name's words stay whole, but one wider than the page
NAME_LINES = HEADER_LINES.replace("'th, td.dates'", "'td:first-child'")


@pytest.fixture(scope="module")
def speakers_server(tmp_path_factory):
    folder = tmp_path_factory.mktemp("speakers")
    records = [{"id": f"r{n}-{day}", "text": "Declaró algo sobre la vacuna.", "speaker": name,
                "date": f"2020-0{day}-1{n}"}
               for n, name in enumerate(SPEAKERS) for day in (2, 9)]
    (folder / "feed.jsonl").write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    index_dir = tmp_path_factory.mktemp("speakers-index")
    build_index([folder], index_dir)
    with serving(index_dir, tmp_path_factory.mktemp("serve-speakers") / "serve.log") as url:
        yield url


@pytest.mark.parametrize("width", [320, 360, 390, 1280])
@pytest.mark.parametrize("path", ["oradores", "ayuda"])
def test_a_table_header_keeps_its_words_whole(browser, speakers_server, shots, width, path):  # noqa: F811
    page = open_page(browser, {"width": width, "height": 844})
    assert page.goto(f"{speakers_server}{path}").ok
    headers = page.evaluate(HEADER_LINES)
    assert headers and all(lines <= words for _, words, lines in headers), headers
    assert page.evaluate("document.documentElement.scrollWidth") <= width
    page.screenshot(path=shots / f"table-{path}-{width}.png")
    assert not page.problems
    page.context.close()


@pytest.mark.parametrize("width", [320, 390])
def test_a_name_keeps_its_words_whole(browser, speakers_server, width):  # noqa: F811
    page = open_page(browser, {"width": width, "height": 844})
    assert page.goto(f"{speakers_server}oradores").ok
    names = [row for row in page.evaluate(NAME_LINES) if row[0] != "X" * 99]
    assert any(name == "Interlocutor" for name, _, _ in names), names
    assert all(lines <= words for _, words, lines in names), names
    assert page.evaluate("document.documentElement.scrollWidth") <= width  # the 99 X still break
    assert not page.problems
    page.context.close()
