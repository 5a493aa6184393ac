"""One slip in a query of several words is corrected before any word is dropped.

As Elasticsearch's `fuzziness: AUTO` and Meilisearch do, a search that finds nothing with
every word as typed tries every word again within its typos, and only then falls back to
any word (trial 3, finding 8: `Lopez Gatel` answered with every López).
"""

import pytest

from search.retrieval.reader import open_index
from search.retrieval.searching import MESSAGES, search
from tests.conftest import build_texts_index

DOCS = {
    "g1.txt": "Hugo López-Gatell presentó el informe de la vacuna.",
    "g2.txt": "Ruy López Ridaura habló de las clínicas del norte.",
    "g3.txt": "La familia de Giovanni López pidió justicia.",
    "g4.txt": "Marcelo Ebrard anunció la llegada de la vacuna.",
    "g5.txt": "Marcelo Ebrard viajó a Argentina.",
    "g6.txt": "El saldo de la cuenta fue breve.",
}


@pytest.fixture(scope="module")
def index(tmp_path_factory):
    texts = {name: text + "\n" for name, text in DOCS.items()}
    with open_index(build_texts_index(tmp_path_factory, "typo-docs", texts)) as opened:
        yield opened


@pytest.mark.parametrize("query, mode, docs, suggestion", [
    ("Lopez Gatel", "typos", {"g1.txt"}, "López Gatell"),
    ("lopez gatel", "typos", {"g1.txt"}, "lópez gatell"),
    ("Ebrard vacnua", "typos", {"g4.txt"}, "Ebrard vacuna"),
    ("Marcelo Ebrad vacuna", "typos", {"g4.txt"}, "Marcelo Ebrard vacuna"),
    ("Lopez Gatell", "all", {"g1.txt"}, None),  # accents never count as typos
    ("López Lavrov", "any", {"g1.txt", "g2.txt", "g3.txt"}, None),  # nothing near Lavrov
    ("vacnua", "fuzzy", {"g1.txt", "g4.txt"}, "vacuna"),
])
def test_typos_are_tolerated_in_every_word_before_any_word_is_dropped(index, query, mode, docs,
                                                                      suggestion):
    results = search(index, query)
    assert results.mode == mode
    assert {hit.doc for hit in results.hits} == docs
    if mode != "all":
        assert MESSAGES[mode] in results.messages
    if suggestion:
        assert results.suggestion == suggestion

