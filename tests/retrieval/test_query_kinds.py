"""Real-world queries that used to find nothing without saying so, by kind (issue 11).

Each table is one kind: letters with any diacritic, words typed without their accent,
content words that were stop words, prefixes of words, titles, phrases.
"""

import pytest

from search.retrieval.reader import open_index
from search.retrieval.searching import search
from search.storage.build import build_index
from tests.conftest import FIXTURES


@pytest.fixture(scope="module")
def index(tmp_path_factory):
    index_dir = tmp_path_factory.mktemp("query-kinds")
    build_index([FIXTURES / "query"], index_dir)
    with open_index(index_dir) as opened:
        yield opened


def found(index, query):
    return {hit.id for hit in search(index, query, limit=50).hits}


@pytest.mark.parametrize("query, expected", [
    ("Sao Paulo", {"mundo.txt#2"}),
    ("São Paulo", {"mundo.txt#2"}),
    ("SAO PAULO", {"mundo.txt#2"}),
    ("Erdogan", {"mundo.txt#3"}),
    ("Vila", {"mundo.txt#4"}),
    ("alcalde Vilà", {"mundo.txt#4"}),
    # typed without the accent that changes the stem
    ("comio", {"mundo.txt#5"}),
    ("biologia", {"mundo.txt#5"}),
    ("politica exterior", {"exterior.txt#2"}),
])
def test_diacritics_and_missing_accents_do_not_matter(index, query, expected):
    results = search(index, query)
    assert results.mode == "all" and found(index, query) == expected


@pytest.mark.parametrize("query, expected", [
    ("Estado", {"exterior.txt#3", "exterior.txt#4", "exterior.txt#7"}),
    ("estados", {"exterior.txt#3", "exterior.txt#4", "exterior.txt#7"}),
    ('"Consejo de Estado"', {"exterior.txt#3"}),
    ("La Haya", {"exterior.txt#5"}),
    ("era", {"exterior.txt#6"}),
    ("nada", {"exterior.txt#6"}),
    ('"Estados Unidos"', {"exterior.txt#7"}),
])
def test_content_words_are_not_stop_words(index, query, expected):
    assert found(index, query) == expected


@pytest.mark.parametrize("query", ["de la", "el que", "LOS", "y o"])
def test_a_query_of_stop_words_only_says_why_it_finds_nothing(index, query):
    results = search(index, query)
    assert results.total == 0 and "palabra" in results.messages[0] and "vacía" in results.messages[0]


@pytest.mark.parametrize("query, expected", [
    ("vacuna*", {"vacunas.txt#2", "vacunas.txt#3", "vacunas.txt#4", "vacunas.txt#5"}),
    ("VACUNA*", {"vacunas.txt#2", "vacunas.txt#3", "vacunas.txt#4", "vacunas.txt#5"}),
    ("biolog*", {"mundo.txt#5"}),
    ("Erdo*", {"mundo.txt#3"}),
    ("polít*", {"exterior.txt#2"}),
    ("politic*", {"exterior.txt#2"}),
])
def test_a_prefix_finds_every_word_it_begins(index, query, expected):
    assert found(index, query) == expected


@pytest.mark.parametrize("query", ["vacunaci*", "vacunación*", "vacunas*"])
def test_a_prefix_longer_than_the_stem_finds_its_words_and_their_stem_mates(index, query):
    # vacunación is indexed as the stem of vacuna: the index can't tell them apart
    assert {"vacunas.txt#4", "vacunas.txt#5"} & found(index, query)
    assert found(index, query) <= {f"vacunas.txt#{n}" for n in range(2, 6)}


@pytest.mark.parametrize("query, expected", [
    ("Glasgow", {"glasgow.md#1", "glasgow.md#2"}),
    ("titulo:Glasgow", {"glasgow.md#1", "glasgow.md#2"}),
    ("texto:Glasgow", set()),
    ("Glasgow emisiones", {"glasgow.md#1"}),
    ("clim*", {"glasgow.md#1", "glasgow.md#2"}),
])
def test_titles_are_searched_by_default(index, query, expected):
    assert found(index, query) == expected


def test_a_word_in_the_text_ranks_above_the_same_word_in_a_title_only(index):
    ranked = [hit.id for hit in search(index, "acuerdo").hits]
    assert set(ranked) == {"glasgow.md#2", "exterior.txt#7"}
    hits = search(index, "clima emisiones").hits
    assert hits[0].id == "glasgow.md#1"


@pytest.mark.parametrize("query, marked", [
    ('"política exterior"', ["política exterior"]),
    ('"política exterior" debate', ["política exterior", "debate"]),
    ('"la política exterior"', ["la política exterior"]),
    ("política", ["política", "política"]),
    ('"Consejo de Estado"', ["Consejo de Estado"]),
])
def test_a_phrase_is_highlighted_where_it_occurs(index, query, marked):
    hit = search(index, query).hits[0]
    assert [hit.snippet[start:end] for start, end in hit.highlights] == marked


@pytest.mark.parametrize("query, expected", [
    ('Estado -"Consejo de Estado"', {"exterior.txt#4", "exterior.txt#7"}),
    ('Estado -«Consejo de Estado»', {"exterior.txt#4", "exterior.txt#7"}),
    ('Estado NO "Consejo de Estado"', {"exterior.txt#4", "exterior.txt#7"}),
    ("Estado -(Consejo O Unidos)", {"exterior.txt#4"}),
    ('-"la política" Estado*', {"exterior.txt#3", "exterior.txt#4", "exterior.txt#7"}),
    ('política -"la política exterior"', set()),
])
def test_a_leading_minus_excludes_a_phrase_or_a_group(index, query, expected):
    assert found(index, query) == expected
