"""Tests for search.text.name_match: how the words of two names match."""

import pytest

from search.text.name_match import fuzzy_in, ordered_in, within_edits


@pytest.mark.parametrize(
    "longer, shorter, expected",
    [
        ("nerea ibarluzea goiri", "nerea goiri", True),
        ("nerea ibarluzea goiri", "goiri nerea", False),  # in another order
        ("nerea ibarluzea goiri", "nerea ibarluzea goiri", True),
        ("nerea ibarluzea", "nerea ibarluzea goiri", False),
    ],
)
def test_ordered_in(longer, shorter, expected):
    assert ordered_in(longer.split(), shorter.split()) is expected


@pytest.mark.parametrize(
    "a, b, limit, expected",
    [
        ("ibarluzea", "ibarlucea", 1, True),
        ("ibarluzea", "ibarluzeaa", 1, True),  # a letter doubled
        ("ibarluzea", "barlucea", 1, False),  # two edits
        ("ibarluzea", "barlucea", 2, True),
        ("goiri", "goiri", 0, True),
    ],
)
def test_within_edits(a, b, limit, expected):
    assert within_edits(a, b, limit) is expected


@pytest.mark.parametrize(
    "longer, shorter, expected",
    [
        ("teodoro lizarraga umana", "teodoro lizarrada", True),  # one letter off in a word of five or more
        ("teodoro lizarraga umana", "teodoro umana", True),
        ("ana gil soto", "ana gol", False),  # a short word must be written the same
        ("teodoro lizarraga umana", "lizarraga teodoro", False),
    ],
)
def test_fuzzy_in(longer, shorter, expected):
    assert fuzzy_in(longer.split(), shorter.split()) is expected
