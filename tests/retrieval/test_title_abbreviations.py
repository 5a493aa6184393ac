"""Trial 16b: a title typed abbreviated finds it spelled out, and back (`Dr. Alcocer` found
no paragraph of the briefings, which say `doctor Alcocer`: the any-word fallback showed a
novel's `Dr. Fulano` first)."""

import pytest

from search.retrieval.ranking import weighting
from search.retrieval.reader import open_index
from search.retrieval.searching import search
from tests.conftest import build_texts_index

PARAGRAPHS = [
    "Gracias al doctor Alcocer por su informe.",
    "El Dr. Alcocer firmó el decreto.",
    "La doctora Nucamendi explicó la vacuna.",
    "La licenciada Pérez presentó el programa.",
    "El Lic. Robledo habló del IMSS.",
    "El ingeniero Suárez habló del campo.",
    "La señora Gómez preguntó por las dosis.",
    "Dr. Fulano, dijo la novela.",
    "Un general y un maestro llegaron.",
]
TEXTS = {"2020-07-02.txt": "Conferencia\n\n" + "\n\n".join(PARAGRAPHS) + "\n"}


@pytest.fixture(scope="module")
def index(tmp_path_factory):
    with open_index(build_texts_index(tmp_path_factory, "titles", TEXTS), weighting()) as opened:
        yield opened


@pytest.mark.parametrize("query, expected", [
    ("Dr. Alcocer", {2, 3}),  # abbreviated, it finds the title spelled out too
    ("Dr Alcocer", {2, 3}),
    ("doctor Alcocer", {2, 3}),  # spelled out, it finds it abbreviated
    ("Dra. Nucamendi", {4}),
    ("Lic. Pérez", {5}),  # `licenciado` and `licenciada` share a stem
    ("licenciado Robledo", {6}),
    ("Ing. Suárez", {7}),
    ("Sra. Gómez", {8}),
    ("Alcocer", {2, 3}),
    ("Dr. Fulano", {9}),
])
def test_a_title_abbreviated_or_spelled_out_finds_both(index, query, expected):
    results = search(index, query, limit=20)
    assert results.mode == "all"
    assert {hit.paragraph for hit in results.hits} == expected


def test_the_spelled_out_title_is_marked(index):
    hit = next(hit for hit in search(index, "Dr. Alcocer").hits if hit.paragraph == 2)
    assert [hit.snippet[start:end] for start, end in hit.highlights] == ["doctor", "Alcocer"]
