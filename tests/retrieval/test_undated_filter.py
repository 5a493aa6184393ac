"""The year facet's «sin fecha» bucket (Elasticsearch's `missing`): the undated matches are counted,
on the posting cache's path and on Whoosh's tables, and the date filter «sin fecha» selects them."""

import pytest
from whoosh.query import Every

from search.errors import QueryError
from search.retrieval.facets import facet_counts
from search.retrieval.reader import open_index
from search.retrieval.searching import search
from search.whoosh_ext.collectors import RecordingTopCollector
from tests.conftest import build_texts_index

TEXTS = {
    "2020-03-01.txt": "ANA PÉREZ: La vacuna llega.\nLUIS GIL: Otra vacuna más.\n",
    "2021-05-02.txt": "ANA PÉREZ: La vacuna de nuevo.\n",
    "memorias.txt": "Recuerdos\nANA PÉREZ: Una vacuna sin fecha.\nLUIS GIL: Un párrafo sin vacuna alguna ni nada.\n",
}


@pytest.fixture(scope="module")
def index_dir(tmp_path_factory):
    return build_texts_index(tmp_path_factory, "undated", TEXTS)


@pytest.fixture
def index(index_dir):
    with open_index(index_dir) as opened:
        yield opened


def ids(results):
    return sorted(hit.id for hit in results.hits)


def test_the_posting_cache_and_the_tables_count_the_undated_alike(index):
    searcher = index.searcher()
    collector = RecordingTopCollector(10)
    searcher.search_with_collector(Every(), collector)  # Whoosh's segment readers: the tables' path
    tables = facet_counts(collector.segments, index.store.speaker_names())
    cached = search(index, "", date_from="2000", facets=True).facets  # dated only
    everything = search(index, "vacuna", facets=True).facets  # the posting cache's path
    assert tables["undated"] == 3  # the title line, and two paragraphs
    assert cached["undated"] == 0
    assert everything["undated"] == 2
    assert sum(row["count"] for row in everything["years"]) + everything["undated"] == \
        search(index, "vacuna").total


@pytest.mark.parametrize("text, date_from, date_to, expected", [
    ("vacuna", "sin fecha", None, ["memorias.txt#2", "memorias.txt#3"]),
    ("vacuna", None, "Sin-Fecha", ["memorias.txt#2", "memorias.txt#3"]),
    ("vacuna", " SIN  FECHA ", "sin fecha", ["memorias.txt#2", "memorias.txt#3"]),
    ("", "sin fecha", None, ["memorias.txt#1", "memorias.txt#2", "memorias.txt#3"]),  # the filter alone
    ("vacuna", "2020", "2021", ["2020-03-01.txt#1", "2020-03-01.txt#2", "2021-05-02.txt#1"]),  # dated: none
    ("llega", "sin fecha", None, []),  # only dated paragraphs have it
])
def test_the_filter_sin_fecha_selects_the_undated_paragraphs(index, text, date_from, date_to, expected):
    results = search(index, text, date_from=date_from, date_to=date_to, limit=10)
    assert ids(results) == expected
    assert results.total == len(expected)


def test_the_undated_filter_goes_with_a_speaker_and_is_named_once(index):
    results = search(index, "vacuna", speaker="Ana Pérez", date_from="sin fecha", date_to="sin fecha")
    assert ids(results) == ["memorias.txt#2"]
    assert results.filters == ["orador «Ana Pérez»", "sin fecha"]


@pytest.mark.parametrize("date_from, date_to, named", [
    ("sin fecha", "2020", "2020"),
    ("2021-05", "sin fecha", "2021-05"),
])
def test_a_date_beside_sin_fecha_is_refused_by_name(index, date_from, date_to, named):
    with pytest.raises(QueryError, match=f"La fecha «{named}» no se combina con «sin fecha»"):
        search(index, "vacuna", date_from=date_from, date_to=date_to)


@pytest.mark.parametrize("typed", ["sin", "sin fechas", "fecha", "ninguna"])
def test_what_is_not_sin_fecha_is_still_no_date(index, typed):
    with pytest.raises(QueryError, match="Fecha «desde» no válida"):
        search(index, "vacuna", date_from=typed)
