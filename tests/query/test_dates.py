import datetime

import pytest
from whoosh.query import NullQuery

from search.query.dates import EARLIEST, LATEST, date_query, date_span, date_terms

D = datetime.date


@pytest.mark.parametrize("start, end, expected", [
    (D(2020, 12, 22), D(2020, 12, 22), [("date", "2020-12-22")]),
    (D(2020, 12, 1), D(2020, 12, 31), [("month", "2020-12")]),
    (D(2020, 1, 1), D(2021, 12, 31), [("years", "2020", "2021")]),
    (D(2020, 11, 30), D(2021, 1, 31), [("date", "2020-11-30"), ("month", "2020-12"),
                                       ("month", "2021-01")]),
    (D(2020, 3, 1), D(2020, 2, 1), []),
])
def test_date_terms(start, end, expected):
    assert date_terms(start, end) == expected


def test_open_ranges_end_in_a_range_of_years():
    assert date_terms(EARLIEST, D(2019, 12, 31)) == [("years", "0001", "2019")]
    assert date_terms(D(2021, 1, 1), LATEST) == [("years", "2021", "9999")]


@pytest.mark.parametrize("start, end", [(D(2020, 12, 22), D(2020, 12, 22)),
                                        (D(2020, 12, 1), D(2021, 3, 4)), (None, D(2020, 12, 22)),
                                        (D(2020, 12, 23), None)])
def test_date_query_matches_exactly_the_days_in_range(seed_searcher, start, end):
    found = set(seed_searcher.docs_for_query(date_query(start, end)))
    inside = (start or EARLIEST) <= D(2020, 12, 22) <= (end or LATEST)
    assert found == (set(range(6)) if inside else set())


@pytest.mark.parametrize("low, high, start, end", [
    # > and < leave out every day the date covers (fecha:>2020-03-15, fecha:<2020-03, …)
    ("2020-03-15", None, D(2020, 3, 16), None),
    (None, "2020-03", None, D(2020, 2, 29)),
    ("2020-12", None, D(2021, 1, 1), None),
    (None, "2020-01-01", None, D(2019, 12, 31)),
    ("2020", None, D(2021, 1, 1), None),
    ("diciembre 2020", None, D(2021, 1, 1), None),
])
def test_a_strict_bound_leaves_its_own_days_out(low, high, start, end):
    span = date_span(low, high, exclude_low=True, exclude_high=True)
    assert (span.start, span.end, span.bad) == (start, end, None)


@pytest.mark.parametrize("low, high", [("9999", None), (None, "0001")])
def test_a_strict_bound_past_the_calendar_matches_nothing(low, high):
    span = date_span(low, high, exclude_low=True, exclude_high=True)
    assert date_query(span.start, span.end) is NullQuery


def test_a_strict_bound_that_is_no_date_is_named():
    assert date_span("pronto", None, exclude_low=True).bad == "pronto"


@pytest.mark.parametrize("low, high, exclude_low, exclude_high, start, end", [
    # at day, month and year precision, as Elasticsearch rounds gt/gte/lt/lte
    ("2020-02-28", "2020-03-01", False, False, D(2020, 2, 28), D(2020, 3, 1)),
    ("2020-02-28", "2020-03-01", True, True, D(2020, 2, 29), D(2020, 2, 29)),
    ("2020-02-28", "2020-03-01", False, True, D(2020, 2, 28), D(2020, 2, 29)),
    ("2020-02-28", "2020-03-01", True, False, D(2020, 2, 29), D(2020, 3, 1)),
    ("2020-02", "2020-04", True, True, D(2020, 3, 1), D(2020, 3, 31)),
    ("2020-02", "2020-04", False, True, D(2020, 2, 1), D(2020, 3, 31)),
    ("2019", "2021", True, True, D(2020, 1, 1), D(2020, 12, 31)),
    ("2019", "2021", False, False, D(2019, 1, 1), D(2021, 12, 31)),
    ("2020", None, True, False, D(2021, 1, 1), None),
    (None, "2020-03", False, True, None, D(2020, 2, 29)),
    ("2021", "2019", True, True, D(2020, 1, 1), D(2020, 12, 31)),  # the wrong way round, in order
])
def test_range_ends_kept_or_left_out(low, high, exclude_low, exclude_high, start, end):
    span = date_span(low, high, exclude_low, exclude_high)
    assert (span.start, span.end, span.bad) == (start, end, None)


# trial33: a date typed over several words after `fecha:` is one date, and a value that is no
# date does not let the words after it pass silently as words.
PARTS = {"2020-02-10.txt": "Enero\n\nEl turismo cayó en febrero.\n",
         "2020-05-04.txt": "Mayo\n\nEl turismo volvió en mayo.\n"}
NOT_A_DATE = "no es una fecha válida"


@pytest.fixture(scope="module")
def parts_index(tmp_path_factory):
    from search.retrieval.reader import open_index
    from tests.conftest import build_texts_index

    with open_index(build_texts_index(tmp_path_factory, "parts", PARTS)) as opened:
        yield opened


@pytest.mark.parametrize("typed, docs, said", [
    ("turismo fecha:primer trimestre 2020", {"2020-02-10.txt"}, None),
    ("fecha:primer trimestre de 2020 turismo", {"2020-02-10.txt"}, None),
    ("turismo fecha:2020-T2", {"2020-05-04.txt"}, None),
    ('turismo fecha:"segundo trimestre de 2020"', {"2020-05-04.txt"}, None),
    ("turismo fecha:mayo de 2020", {"2020-05-04.txt"}, None),
    ("turismo fecha:10 de febrero de 2020", {"2020-02-10.txt"}, None),
    ("turismo fecha:2020", {"2020-02-10.txt", "2020-05-04.txt"}, None),
    ("turismo fecha:primer cuatrimestre 2020", {"2020-02-10.txt", "2020-05-04.txt"},  # any word
     "«primer» no es una fecha válida (use 2020, 2020-12 o 2020-12-22); se ignoró «fecha:primer», y "
     "«cuatrimestre 2020», que le sigue, se buscó como palabras"),
    ("turismo fecha:verano 2020", {"2020-02-10.txt", "2020-05-04.txt"},
     "se ignoró «fecha:verano», y «2020», que le sigue, se buscó como palabras"),
    ("fecha:verano turismo", {"2020-02-10.txt", "2020-05-04.txt"}, "se ignoró «fecha:verano»."),  # no date after it
])
def test_a_date_of_several_words_after_fecha(parts_index, typed, docs, said):
    from search.retrieval.searching import search

    results = search(parts_index, typed, limit=50)
    assert {hit.doc for hit in results.hits} == docs
    notes = [message for message in results.messages if NOT_A_DATE in message]
    assert (notes == []) if said is None else any(said in note for note in notes), results.messages
