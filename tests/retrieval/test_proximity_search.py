"""Trial 12, finding 12: a search of several words puts the paragraphs where they stand
together first, among its top ones (reranking.reranked)."""

import pytest

from search.retrieval.export import export
from search.retrieval.searching import search
from tests.retrieval.named_texts import open_texts, search_path  # noqa: F401 (a fixture)

pytestmark = pytest.mark.usefixtures("search_path")  # every test on both ways of scoring

TEXTS = {
    "apart": "El año pasado fue duro; el plan nuevo llega pronto.",  # shorter: BM25 puts it first
    "together": "Feliz Año Nuevo a todas las familias que nos escuchan esta noche en casa.",
    "other": "La jornada siguió con el informe diario de la secretaría y las preguntas.",
}


@pytest.fixture(scope="module")
def index(tmp_path_factory):
    with open_texts(tmp_path_factory.mktemp("proximity"), TEXTS, [TEXTS["other"]] * 30) as opened:
        yield opened


def docs(results):
    return [hit.doc.removesuffix(".txt") for hit in results.hits]


@pytest.mark.parametrize("query", ["año nuevo", "Año Nuevo", "nuevo año"])
def test_words_that_stand_together_come_first(index, query):
    results = search(index, query)
    assert docs(results) == ["together", "apart"]
    assert results.hits[0].score > results.hits[1].score  # the order the scores give


def test_a_single_word_and_a_date_order_are_not_reordered(index):
    assert docs(search(index, "año")) == ["apart", "together"]  # one word: BM25's order
    # undated paragraphs: in reading order, whichever way dates go
    assert docs(search(index, "año nuevo", sort="date")) == docs(search(index, "año nuevo", sort="-date"))
    assert docs(search(index, "año nuevo", sort="-date")) == ["apart", "together"]


def test_pages_cut_the_reordered_list(index):
    both = docs(search(index, "año nuevo", limit=2))
    assert docs(search(index, "año nuevo", limit=1)) + docs(search(index, "año nuevo", limit=1, page=2)) == both


def test_an_export_has_the_order_of_the_page(index):
    rows = list(export(index, "año nuevo").rows)
    assert [row["id"] for row in rows] == [hit.id for hit in search(index, "año nuevo").hits]
    assert rows[0]["doc"] == "together.txt"
