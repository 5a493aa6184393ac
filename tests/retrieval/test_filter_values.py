"""Filters of several values (retrieval/filter_values.py) on a real index: any value of a filter
keeps a paragraph, every filter must; the query's `orador:(A OR B)` and `fecha:(A OR B)` find the same."""

import json

import pytest

from search.errors import QueryError
from search.retrieval.reader import open_index
from search.retrieval.searching import search
from search.settings import MAX_FILTER_VALUES
from tests.conftest import build_texts_index

ROWS = [
    ("l-1", "2020-05-02", ["Sergey Lavrov"], "Lavrov habló del acuerdo con China."),
    ("z-1", "2020-06-02", ["María Zajárova"], "Zajárova comentó el acuerdo con China."),
    ("z-2", "2021-03-09", ["María Zajárova"], "Zajárova volvió sobre el acuerdo."),
    ("b-1", "2021-04-01", ["Sergey Lavrov", "María Zajárova"], "Ambos firmaron el acuerdo."),
    ("w-1", "2019-11-20", ["Wang Yi"], "Wang Yi celebró el acuerdo."),
    ("w-2", None, ["Wang Yi"], "Wang Yi firmó el acuerdo sin fecha."),
    ("p-1", "2019-02-02", ["Ana Pérez"], "La portavoz Pérez negó el acuerdo."),
]


@pytest.fixture(scope="module")
def index(tmp_path_factory):
    lines = [json.dumps({"id": id_, "doc": "ruedas", "text": text, "speakers": speakers,
                         **({"date": date} if date else {})}, ensure_ascii=False) for id_, date, speakers, text in ROWS]
    index_dir = build_texts_index(tmp_path_factory, "filter-values", {"ruedas.jsonl": "\n".join(lines) + "\n"})
    with open_index(index_dir) as opened:
        yield opened


def ids(results):
    return {hit.id for hit in results.hits}


@pytest.mark.parametrize("speaker, dates, expected", [
    (["Lavrov", "Zajárova"], None, {"l-1", "z-1", "z-2", "b-1"}),  # either speaks
    (['"Sergey Lavrov"', '"Wang Yi"'], None, {"l-1", "b-1", "w-1", "w-2"}),  # the facet's exact names
    ("Lavrov", None, {"l-1", "b-1"}),  # one value as a string, as before
    (["Lavrov", "", "  ", "lavrov", "LAVROV"], None, {"l-1", "b-1"}),  # blank values left, repeats once
    (None, ["2019", "2021"], {"w-1", "p-1", "z-2", "b-1"}),  # either year
    (None, ["2020-05", "2021-03-09"], {"l-1", "z-2"}),  # a month or a day
    (None, ["sin fecha", "2019"], {"w-2", "w-1", "p-1"}),  # the undated bucket beside a year
    (None, ["2020-06..2021-03"], {"z-1", "z-2"}),  # a span is one period
    (["Lavrov", "Zajárova"], ["2021"], {"z-2", "b-1"}),  # OR within a filter, AND across them
    (["Wang", "Pérez"], ["2020"], set()),
])
def test_any_value_of_a_filter_keeps_a_paragraph_and_every_filter_must(index, speaker, dates, expected):
    assert ids(search(index, "acuerdo", speaker=speaker, dates=dates, limit=20)) == expected


@pytest.mark.parametrize("query, options", [
    ("acuerdo orador:(Lavrov OR Zajárova)", {"speaker": ["Lavrov", "Zajárova"]}),
    ('acuerdo orador:("Wang Yi" | Pérez)', {"speaker": ['"Wang Yi"', "Pérez"]}),
    ("acuerdo fecha:(2019 OR 2021)", {"dates": ["2019", "2021"]}),
    ("acuerdo fecha:(2020-05 OR 2021-03-09) orador:(Lavrov OR Zajárova)",
     {"dates": ["2020-05", "2021-03-09"], "speaker": ["Lavrov", "Zajárova"]}),
])
def test_the_query_syntax_finds_what_the_filters_do(index, query, options):
    assert ids(search(index, query, limit=20)) == ids(search(index, "acuerdo", limit=20, **options))


def test_a_field_typed_twice_requires_both(index):
    """`orador:A orador:B` stays AND, as every part of a query: the paragraph where both speak."""
    assert ids(search(index, "acuerdo orador:Lavrov orador:Zajárova", limit=20)) == {"b-1"}


def test_a_paragraph_where_both_speak_is_not_ranked_up_by_the_filter(index):
    """The values join as a DisjunctionMax: a hit scores as under the one value that keeps it,
    the paragraph where both speak (b-1) included, not the sum of both."""
    hits = search(index, "acuerdo", speaker=["Lavrov", "Zajárova"], limit=20).hits
    one = {}
    for name in ("Lavrov", "Zajárova"):
        one.update({hit.id: hit.score for hit in search(index, "acuerdo", speaker=[name], limit=20).hits})
    assert "b-1" in one
    assert {hit.id: round(hit.score, 6) for hit in hits} == {key: round(score, 6) for key, score in one.items()}


@pytest.mark.parametrize("options, message", [
    ({"speaker": [f"Persona{n}" for n in range(MAX_FILTER_VALUES + 1)]}, "Demasiados valores del filtro «orador» (21)"),
    ({"speaker": [f"P{n}" for n in range(500)]}, "admite 20 como máximo"),
    ({"dates": [str(year) for year in range(1990, 2015)]}, "Demasiados valores del filtro «fecha»"),
    ({"speaker": ["Lavrov", "x" * 101]}, "Filtro demasiado largo"),
    ({"dates": ["2020", "marzo"]}, "Fecha «marzo» no válida: «marzo» no dice de qué año"),
    ({"dates": ["2020", "ayer por la tarde"]}, "Fecha «ayer por la tarde» no válida"),
    ({"speaker": ["Lavrov", "-"]}, "Orador no válido: «-» no tiene ninguna palabra."),
])
def test_bad_values_are_refused_with_a_message(index, options, message):
    with pytest.raises(QueryError, match=message.replace("(", r"\(").replace(")", r"\)")):
        search(index, "acuerdo", **options)


@pytest.mark.parametrize("options, filters", [
    ({"speaker": ['"Sergey Lavrov"', "Zajárova"]}, ["orador «Sergey Lavrov» o «Zajárova»"]),
    ({"speaker": ["A1", "B2", "C3"], "dates": ["2020"]}, ["orador «A1», «B2» o «C3»", "fecha «2020»"]),
    ({"dates": ["2019", "sin fecha"], "date_from": "2019"}, ["desde «2019»", "fecha «2019» o «sin fecha»"]),
])
def test_the_summary_names_every_value(index, options, filters):
    assert search(index, "acuerdo", **options).filters == filters


def test_filters_alone_list_their_paragraphs_newest_first(index):
    results = search(index, "", speaker=["Wang", "Pérez"], limit=20)
    assert [hit.id for hit in results.hits] == ["w-1", "p-1", "w-2"]


@pytest.mark.parametrize("query, found", [
    # 500 values typed: the query is cut at MAX_QUERY_CHARS (and said); what is left is searched
    ("acuerdo orador:(Lavrov OR " + " OR ".join(f"Nadie{number}" for number in range(500)) + ")", {"l-1", "b-1"}),
    ("acuerdo orador:(Lavrov OR Zajárova", {"l-1", "z-1", "z-2", "b-1"}),  # unclosed: closed at the end
    ("acuerdo orador:( OR )", None),  # nothing in it: the words alone
    ("acuerdo fecha:(2019 OR marzo)", {"w-1", "p-1"}),  # a month without its year: ignored, and said
])
def test_hostile_groups_of_values_search_what_they_can(index, query, found):
    results = search(index, query, limit=20)
    assert ids(results) == (found if found is not None else ids(search(index, "acuerdo", limit=20)))
    assert results.messages  # what was cut, closed or ignored is said
