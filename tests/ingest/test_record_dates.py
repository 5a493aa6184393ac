"""Tests for search.ingest.record_dates: a record's date as written, or a Unix time, or said."""

import pytest

from search.ingest.jsonl import Problems
from search.ingest.record_dates import record_date


@pytest.mark.parametrize("value, date", [
    ("2020-12-22", "2020-12-22"),
    ("22/12/2020", "22/12/2020"),  # as written: the paragraph reads it (ingest/paragraphs.py)
    (1608595200, "2020-12-22"),  # a Unix time in seconds
    (1608595200000, "2020-12-22"),  # in milliseconds
    ("1608595200", "2020-12-22"),  # written as a string
    (1608595200.5, "2020-12-22"),
    (None, None), ("", None),
])
def test_a_record_s_date_is_read(value, date):
    problems = Problems("feed.jsonl", [].append)
    assert record_date({"date": value}, 1, problems) == date
    assert not problems.counts


@pytest.mark.parametrize("value, said", [
    ("mañana", "no se entiende"),
    ("31/02/2021", "no existe en el calendario"),
    (True, "no se entiende"), ({"y": 2020}, "no se entiende"), ([2020], "no se entiende"),
    (99999999999999, "fuera de 1800–2099"),  # milliseconds past 2099
])
def test_a_date_that_can_t_be_read_is_said_and_left_to_the_document(value, said):
    warnings = []
    problems = Problems("feed.jsonl", warnings.append)
    assert record_date({"date": value}, 7, problems) is None
    assert problems.counts["fecha ilegible"] == 1 and len(warnings) == 1
    assert warnings[0].startswith("feed.jsonl:7: la fecha «") and said in warnings[0]
    assert warnings[0].endswith("el párrafo toma la del documento")
