"""Tests for search.text.date_values: the span a query names, and a metadata date's problem."""

import datetime

import pytest

from search.text.date_values import date_problem, date_range

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
        ("2020-13", None),
        ("lavrov", None),
    ],
)
def test_date_range(value, expected):
    assert date_range(value) == expected


@pytest.mark.parametrize("value, said", [
    ("2020-12", "da solo el mes"), ("2020", "da solo el año"), ("diciembre de 2020", "da solo el mes"),
    ("31/02/2021", "no existe en el calendario"), ("ayer", "no se entiende"), ("2020-12-22", None),
    ("0001-01-01", "fuera de 1800-2099"), ("9999-12-31", "fuera de 1800-2099"),
    ("0000-01-01", "no se entiende"),
])
def test_a_metadata_date_problem_says_what_is_accepted(value, said):
    assert date_problem(value) == said if said is None else said in date_problem(value)
