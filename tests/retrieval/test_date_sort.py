"""Sorted by date, one day's paragraphs keep their reading order (trial 12, finding 15):
newest day first, but a briefing reads #1, #2, #3, not backwards."""

import pytest

from search.retrieval.reader import open_index
from search.retrieval.searching import search
from search.storage.build import build_index
from tests.retrieval.named_texts import search_path  # noqa: F401 (a fixture)

pytestmark = pytest.mark.usefixtures("search_path")  # on both ways of scoring

FILES = {
    "2020-03-14.txt": ["Conferencia del sábado", "Primera vacuna del día.", "Segunda vacuna del día.",
                       "Tercera vacuna del día."],
    "2020-03-15.txt": ["Conferencia del domingo", "Una vacuna el domingo.", "Otra vacuna el domingo."],
    "2020-03-15_nota.txt": ["Nota del domingo", "La vacuna en la nota.", "Y otra vacuna en la nota."],
    "sin-fecha.txt": ["Sin fecha", "Una vacuna sin fecha.", "Otra vacuna sin fecha."],
}


@pytest.fixture(scope="module")
def index(tmp_path_factory):
    folder = tmp_path_factory.mktemp("dated")
    for name, lines in FILES.items():
        (folder / name).write_text("\n".join(lines) + "\n", encoding="utf-8")
    build_index([folder], folder / "ix")
    with open_index(folder / "ix") as opened:
        yield opened


def ids(results):
    return [hit.id for hit in results.hits]


NEWEST = ["2020-03-15.txt#2", "2020-03-15.txt#3", "2020-03-15_nota.txt#2", "2020-03-15_nota.txt#3",
          "2020-03-14.txt#2", "2020-03-14.txt#3", "2020-03-14.txt#4", "sin-fecha.txt#2", "sin-fecha.txt#3"]
OLDEST = NEWEST[4:7] + NEWEST[:4] + NEWEST[7:]


@pytest.mark.parametrize("query, sort, expected", [
    ("vacuna", "-date", NEWEST),
    ("vacuna", "date", OLDEST),
    ("-gripe", "-date", None),  # only excluding: every paragraph newest first, in reading order
])
def test_one_days_paragraphs_keep_their_reading_order(index, query, sort, expected):
    found = ids(search(index, query, sort=sort, limit=50))
    if expected is None:
        dated = [hit for hit in found if not hit.startswith("sin-fecha")]
        assert dated[:3] == ["2020-03-15.txt#1", "2020-03-15.txt#2", "2020-03-15.txt#3"]
        return
    assert found == expected


def test_pages_follow_the_same_order(index):
    pages = [ids(search(index, "vacuna", sort="-date", limit=2, page=page)) for page in range(1, 6)]
    assert sum(pages, []) == NEWEST
