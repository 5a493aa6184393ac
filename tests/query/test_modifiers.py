"""Lucene's modifiers read from a clause's tail: edits, slop and boosts, clamped and said."""

import pytest
from whoosh.query import And, Not, Or, Term

from search.query.builder import boosted
from search.query.modifiers import read, split_tail
from search.query.parser import Group, Phrase, Word, parse


@pytest.mark.parametrize("value, split", [
    ("salud~2^3", ("salud", "~2^3")),
    ("salud^1.5", ("salud", "^1.5")),
    ("salud", ("salud", "")),
    ("~", ("~", "")),
    ("^2", ("^2", "")),
    ("vacun*^2", ("vacun*", "^2")),
])
def test_split_tail(value, split):
    assert split_tail(value) == split


@pytest.mark.parametrize("tail, kind, fuzzy, boost, said", [
    ("~", "word", 1, 1.0, 0),
    ("~2", "word", 2, 1.0, 0),
    ("~0", "word", 0, 1.0, 0),
    ("~7", "word", 2, 1.0, 1),
    ("~x", "word", 0, 1.0, 1),
    ("~²", "word", 0, 1.0, 1),  # digits that are no decimal digits: said, never int()'s error
    ("~①", "word", 0, 1.0, 1),
    ("^²", "word", 0, 1.0, 1),
    ("~٣", "phrase", 0, 1.0, 1),
    ("^2", "word", 0, 2.0, 0),
    ("^2,5", "word", 0, 2.5, 0),
    ("^0", "word", 0, 1.0, 1),
    ("^1000", "word", 0, 100.0, 1),
    ("~3", "phrase", 3, 1.0, 0),
    ("~99", "phrase", 20, 1.0, 1),
    ("~3^2", "phrase", 3, 2.0, 0),
    ("~2", "group", 0, 1.0, 1),
    ("^3", "group", 0, 3.0, 0),
])
def test_read(tail, kind, fuzzy, boost, said):
    found = read("x" + tail, tail, kind)
    assert (found.fuzzy, found.boost, len(found.messages)) == (fuzzy, boost, said)


@pytest.mark.parametrize("text, clause", [
    ("salud^2", Word("salud", boost=2.0)),
    ("salud~5", Word("salud", fuzzy=2)),
    ('"salud pública"~3^2', Phrase("salud pública", slop=3, boost=2.0)),
    ("(a b)^2", Group(None, [Word("a"), Word("b")], boost=2.0)),
])
def test_the_parser_applies_them(text, clause):
    root = parse(text).root
    assert (root if isinstance(clause, Group) else root.clauses[0]) == clause


def test_boosted_multiplies_terms_and_leaves_exclusions():
    query = And([Or([Term("text", "a"), Term("title", "a", boost=0.5)]), Not(Term("text", "b"))])
    assert boosted(query, 2) == And([Or([Term("text", "a", boost=2.0), Term("title", "a", boost=1.0)]),
                                     Not(Term("text", "b"))])


def test_reading_modifiers_loads_no_query_building():
    # The parser's layer reads `~` and `^`; weighing a built query's terms is the builder's.
    import subprocess
    import sys

    code = ("import sys, search.query.modifiers; "
            "print(sorted({'search.query.phrases', 'whoosh.query'} & set(sys.modules)))")
    assert subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=True).stdout.strip() == "[]"


@pytest.mark.parametrize("tail", ["~", "~2", "^3", "~2^1.5", "~x", "^1,5~1"])
@pytest.mark.parametrize("after", [" vacuna", ")", '"', "»"])
def test_a_word_and_a_phrase_take_the_same_modifiers(tail, after):
    # One character class (modifiers.MODIFIER) for a word's tail and what the lexer glues after
    # a phrase or a group: both stop at a space, a parenthesis or a quote.
    from search.query.lexer import GLUED_MODIFIERS

    assert split_tail("salud" + tail) == ("salud", tail)
    assert GLUED_MODIFIERS.match(tail + after).group() == tail
