"""Tests for search.query.boosts: a boost goes on each term and phrase, never on what is excluded."""

import pytest
from whoosh.query import And, Not, Or, Term

from search.query.boosts import boosted
from search.query.phrases import PhraseQuery


@pytest.mark.parametrize("query, expected", [
    (Term("text", "salud"), Term("text", "salud", boost=2.0)),
    (Term("title", "salud", boost=0.5), Term("title", "salud", boost=1.0)),  # multiplied
    (Or([Term("text", "a"), Term("text", "b")]), Or([Term("text", "a", boost=2.0), Term("text", "b", boost=2.0)])),
    (And([Term("text", "a"), Not(Term("text", "b"))]), And([Term("text", "a", boost=2.0), Not(Term("text", "b"))])),
    (Not(Term("text", "b")), Not(Term("text", "b"))),
])
def test_a_boost_multiplies_each_term_and_leaves_exclusions(query, expected):
    assert boosted(query, 2.0) == expected


def test_a_phrase_is_boosted_whole(seed):
    from search.query.builder import build_query
    from search.query.parser import parse

    plain = build_query(parse('"Buena Vecindad"'), seed.searcher(), seed.store).query
    heavy = build_query(parse('"Buena Vecindad"^3'), seed.searcher(), seed.store).query
    phrases = [part for part in [plain, heavy] if isinstance(part, PhraseQuery)]
    assert heavy == boosted(plain, 3.0) and len(phrases) in (0, 2)
