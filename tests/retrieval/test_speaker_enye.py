"""`orador:` keeps ñ, as every search does (`año` is not `ano`): Peña is not Pena."""

import pytest

from search.retrieval.reader import open_index
from search.retrieval.searching import search
from search.storage.build import build_index


@pytest.fixture(scope="module")
def index(tmp_path_factory):
    folder = tmp_path_factory.mktemp("enye-docs")
    (folder / "a.txt").write_text(
        '"No me arrepiento", dijo el expresidente Enrique Peña Nieto.\n\n'
        'El senador Ricardo Pena afirmó que "la reforma avanza".\n', encoding="utf-8")
    index_dir = tmp_path_factory.mktemp("enye-index")
    build_index([folder], index_dir)
    with open_index(index_dir) as opened:
        yield opened


PEÑA, PENA = "a.txt#1", "a.txt#2"


@pytest.mark.parametrize("query, speaker, ids", [
    ("orador:Pena", None, {PENA}),
    ("orador:pena", None, {PENA}),
    ("orador:Peña", None, {PEÑA}),
    ("orador:PEÑA", None, {PEÑA}),
    ("orador:peña-nieto", None, {PEÑA}),
    ('orador:"Enrique Peña Nieto"', None, {PEÑA}),
    ('orador:"Enrique Pena Nieto"', None, set()),
    ("orador:Nieto", None, {PEÑA}),
    ("orador:Pe*", None, {PEÑA, PENA}),
    ("orador:Peñ*", None, {PEÑA}),
    ("orador:(Peña OR Pena)", None, {PEÑA, PENA}),
    ("", "Pena", {PENA}),
    ("", "Peña", {PEÑA}),
    ("", "Ricardo", {PENA}),
])
def test_speaker_filters_keep_enye(index, query, speaker, ids):
    results = search(index, query, speaker=speaker)
    assert {hit.id for hit in results.hits} == ids
