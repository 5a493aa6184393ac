"""The ways a query is tried, in order (the searches themselves: test_typo_fallback.py)."""

import pytest

from search.query.parser import parse
from search.retrieval.fallbacks import attempts


@pytest.mark.parametrize("query, modes", [
    ("Rusia China", ["all", "typos", "any", "fuzzy"]),
    ("Rusia", ["all", "fuzzy"]),  # one word: nothing for any-word to drop
    ("paz ONU", ["all", "any"]),  # no word of 5 letters: no typos
    ("Rusia OR China", ["all", "fuzzy"]),
])
def test_the_order_of_the_attempts(seed, query, modes):
    assert [mode for mode, _ in attempts(parse(query), seed.searcher(), seed)] == modes
