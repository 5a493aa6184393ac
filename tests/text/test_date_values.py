"""Tests for search.text.date_values: the span a query names, and a metadata date's problem."""

import datetime

import pytest

from search.text import dates
from search.text.date_values import date_problem, date_range, relative_span
from search.text.dates import parse_date

D = datetime.date


@pytest.mark.parametrize(
    "value, expected",
    [
        ("2020", (D(2020, 1, 1), D(2020, 12, 31))),
        ("2020-12", (D(2020, 12, 1), D(2020, 12, 31))),
        ("2020-02", (D(2020, 2, 1), D(2020, 2, 29))),
        ("2020-12-22", (D(2020, 12, 22), D(2020, 12, 22))),
        ("diciembre 2020", (D(2020, 12, 1), D(2020, 12, 31))),
        ("diciembre de 2020", (D(2020, 12, 1), D(2020, 12, 31))),
        ("diciembre del 2020", (D(2020, 12, 1), D(2020, 12, 31))),
        ("22 de diciembre de 2020", (D(2020, 12, 22), D(2020, 12, 22))),
        # one token, as `fecha:marzo-2020` is typed unquoted; and the month first, as Mexico writes it
        ("marzo-2020", (D(2020, 3, 1), D(2020, 3, 31))),
        ("mar-2020", (D(2020, 3, 1), D(2020, 3, 31))),
        ("Mar.-2020", (D(2020, 3, 1), D(2020, 3, 31))),
        ("marzo/2020", (D(2020, 3, 1), D(2020, 3, 31))),
        ("03/2020", (D(2020, 3, 1), D(2020, 3, 31))),
        ("3-2020", (D(2020, 3, 1), D(2020, 3, 31))),
        ("13/2020", None),
        ("marzo--2020", None),
        ("2020-13", None),
        ("lavrov", None),
        # quarters and halves of a year (trial33); the seasons differ by hemisphere: no date
        ("2020-T1", (D(2020, 1, 1), D(2020, 3, 31))),
        ("2020-Q2", (D(2020, 4, 1), D(2020, 6, 30))),
        ("T3 2020", (D(2020, 7, 1), D(2020, 9, 30))),
        ("q4-2020", (D(2020, 10, 1), D(2020, 12, 31))),
        ("primer trimestre de 2020", (D(2020, 1, 1), D(2020, 3, 31))),
        ("Cuarto trimestre del 2021", (D(2021, 10, 1), D(2021, 12, 31))),
        ("segundo semestre 2020", (D(2020, 7, 1), D(2020, 12, 31))),
        ("2020-S1", (D(2020, 1, 1), D(2020, 6, 30))),
        ("2020-S3", None),
        ("2020-T5", None),
        ("quinto trimestre 2020", None),
        ("verano 2020", None),
        ("primavera de 2024", None),
    ],
)
def test_date_range(value, expected):
    assert date_range(value) == expected


@pytest.mark.parametrize("value, said", [
    ("2020-12", "da solo el mes"), ("2020", "da solo el año"), ("diciembre de 2020", "da solo el mes"),
    ("31/02/2021", "no existe en el calendario"), ("ayer", "no se entiende"), ("2020-12-22", None),
    ("0001-01-01", "fuera de 1800-2099"), ("9999-12-31", "fuera de 1800-2099"),
    ("0000-01-01", "no se entiende"),
    # a field filled by mistake is not read through the patterns: its length is what is wrong
    ("de " * 500_000 + "2020", "tiene 1.500.004 caracteres; una fecha tiene a lo sumo 100"),
    ("22 de diciembre de 2020" + " " * 200, None),  # spaces around are not the date's length
    ('"' * 60 + "22 de diciembre de 2020" + '"' * 60, None),  # nor quotation marks
    ("miércoles 14 de agosto de 2019 a las 10:30 horas", None),
])
def test_a_metadata_date_problem_says_what_is_accepted(value, said):
    assert date_problem(value) == said if said is None else said in date_problem(value)


class Unread:
    """A pattern that fails the test if it is read."""

    def search(self, value):
        raise AssertionError("a date over DATE_CHARS was read through the patterns")

    fullmatch = match = search


@pytest.mark.parametrize("shape", ["de ", "14 de ", "2020-", "Miércoles ", "«2020» ", "1/"])
def test_a_long_date_value_is_refused_without_reading_it(shape, monkeypatch):
    # the patterns read 1.5 MB for seconds (trial 13): the length alone answers (DATE_CHARS)
    for name in ("ISO", "DAY_FIRST", "SPANISH", "MONTH_FIRST", "ROMAN", "COMPACT"):
        monkeypatch.setattr(dates, name, Unread())
    value = shape * (1_500_000 // len(shape))
    assert parse_date(value) is None


SATURDAY = D(2020, 3, 14)  # the day of each row below, a Saturday in a leap year


@pytest.mark.parametrize("value, expected", [
    # Elasticsearch's date math: a step added (`+`), steps chained, a last `/unit` rounding
    # the day to its week (Monday to Sunday), month or year; Spanish units beside them.
    ("hoy", (SATURDAY, SATURDAY)),
    ("hoy+1d", (D(2020, 3, 15), D(2020, 3, 15))),
    ("now+2w", (D(2020, 3, 28), D(2020, 3, 28))),
    ("hoy-1M+2d", (D(2020, 2, 16), D(2020, 2, 16))),
    ("now-1y-1M", (D(2019, 2, 14), D(2019, 2, 14))),
    ("ayer+1d", (SATURDAY, SATURDAY)),
    ("hoy/d", (SATURDAY, SATURDAY)),
    ("hoy-7d/d", (D(2020, 3, 7), D(2020, 3, 7))),
    ("now/w", (D(2020, 3, 9), D(2020, 3, 15))),
    ("hoy/s", (D(2020, 3, 9), D(2020, 3, 15))),
    ("now-1M/M", (D(2020, 2, 1), D(2020, 2, 29))),
    ("hoy-1m/m", (D(2020, 2, 1), D(2020, 2, 29))),
    ("now/y", (D(2020, 1, 1), D(2020, 12, 31))),
    ("hoy-1a/a", (D(2019, 1, 1), D(2019, 12, 31))),
    ("HOY+1D", (D(2020, 3, 15), D(2020, 3, 15))),
    ("hoy+", None),
    ("hoy/", None),
    ("hoy/M/M", None),
    ("hoy/M-1d", None),  # a rounding comes last, as in Elasticsearch
    ("hoy*2d", None),
    ("hoy+9999y", None),  # off the calendar
    ("hoy-9999y/y", None),
])
def test_relative_spans(value, expected):
    assert relative_span(value, SATURDAY) == expected
