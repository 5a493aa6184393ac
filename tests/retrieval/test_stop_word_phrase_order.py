"""A phrase of stop words alone (`"no habrá"`, `"lo que"`) ranks its matches, shortest
paragraph first (search/query/phrase_scores.py), on both scoring paths.

Trial 19: every hit of `"no habrá"` scored 1,00, so they came in the order of the index.
"""

import pytest

from search.retrieval import columnar
from search.retrieval.reader import open_index
from search.retrieval.searching import search
from tests.conftest import build_texts_index

# Written longest first, so the order of the index is the wrong one.
PARAGRAPHS = [
    "Avisos del día",
    "El director confirmó que no habrá clases mañana ni el viernes, porque la caldera del edificio "
    "sigue rota, los técnicos no llegan hasta la semana próxima y lo que falta es una pieza.",
    "Según el parte del observatorio, no habrá lluvias durante el fin de semana en la costa, "
    "lo que alivia a los hoteleros.",
    "No habrá clases mañana, lo que nadie esperaba.",
    "Lo que no se dijo.",
]
LONGEST, MIDDLE, SHORT, SHORTEST = (f"avisos.txt#{number}" for number in (2, 3, 4, 5))


@pytest.fixture(scope="module")
def index(tmp_path_factory):
    index_dir = build_texts_index(tmp_path_factory, "stop-phrases", {"avisos.txt": "\n\n".join(PARAGRAPHS) + "\n"})
    with open_index(index_dir) as opened:
        yield opened


@pytest.mark.parametrize("query, order", [
    ('"no habrá"', [SHORT, MIDDLE, LONGEST]),
    ('"No habrá"', [SHORT, MIDDLE, LONGEST]),
    ('"lo que"', [SHORTEST, SHORT, MIDDLE, LONGEST]),
    ('"lo que" "no habrá"', [SHORT, MIDDLE, LONGEST]),
    ('"no habrá" O "lo que no"', [SHORTEST, SHORT, MIDDLE, LONGEST]),
])
@pytest.mark.parametrize("path", ["cache", "whoosh"])
def test_a_stop_word_phrase_puts_short_paragraphs_first(index, monkeypatch, query, order, path):
    if path == "whoosh":
        monkeypatch.setattr(columnar, "postings_for", lambda searcher: None)
    hits = search(index, query).hits
    assert [hit.id for hit in hits] == order
    scores = [hit.score for hit in hits]
    assert scores == sorted(scores, reverse=True) and len(set(scores)) == len(scores)


def test_both_paths_give_the_same_scores(index, monkeypatch):
    ours = [(hit.id, hit.score) for hit in search(index, '"no habrá"').hits]
    monkeypatch.setattr(columnar, "postings_for", lambda searcher: None)
    assert [(hit.id, hit.score) for hit in search(index, '"no habrá"').hits] == ours


def test_other_words_still_decide_beside_the_phrase(index):
    hits = search(index, '"no habrá" lluvias').hits
    assert [hit.id for hit in hits] == [MIDDLE]
