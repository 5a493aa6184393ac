"""Node: a value class whose fields are its __init__'s parameters, as a dataclass's are."""

import subprocess
import sys
from dataclasses import dataclass, field

import pytest

from search.query.clauses import Group, ParsedQuery, Phrase, Word
from search.query.dates import DateSpan
from search.query.nodes import Node
from tests.conftest import ROOT


class Point(Node):
    def __init__(self, x, y=0, *, tags=None):
        self.x, self.y, self.tags = x, y, [] if tags is None else tags


@dataclass
class DataPoint:
    x: object
    y: object = 0
    tags: list = field(default_factory=list)


def test_fields_are_the_parameters_of_init_in_order():
    assert Point.FIELDS == ("x", "y", "tags")
    assert Word.FIELDS == ("text", "field", "prefix", "fuzzy", "boost", "wildcard")
    assert ParsedQuery.FIELDS == ("root", "messages", "unknown_fields")


@pytest.mark.parametrize("args, kwargs", [((1,), {}), ((1, 2), {"tags": ["a"]}), (("x", None), {})])
def test_repr_and_equality_are_a_dataclass_s(args, kwargs):
    ours, theirs = Point(*args, **kwargs), DataPoint(*args, **kwargs)
    assert repr(ours) == repr(theirs).replace("DataPoint", "Point")
    assert ours == Point(*args, **kwargs) and not ours != Point(*args, **kwargs)
    assert ours != Point("otro", *args[1:], **kwargs)


def test_a_node_equals_only_a_node_of_its_class_and_is_unhashable():
    assert Phrase("salud") != Word("salud") and Word("salud") != ("salud",)
    assert Word("salud") == Word("salud", None, False, 0, 1.0, False)
    with pytest.raises(TypeError):
        hash(Word("salud"))


def test_each_gets_its_own_empty_list():
    first, second = Group(None), Group(None)
    first.clauses.append(Word("a"))
    assert second.clauses == [] and DateSpan().messages is not DateSpan().messages
    assert repr(first) == "Group(joiner=None, clauses=[Word(text='a', field=None, prefix=False, fuzzy=0, " \
                          "boost=1.0, wildcard=False)], boost=1.0)"


def test_parsing_a_query_makes_no_dataclass():
    """The clause tree, dates, modifiers and matches of a search: no dataclass made at import."""
    code = ("import dataclasses, sys\nmade = []\noriginal = dataclasses._process_class\n"
            "dataclasses._process_class = lambda cls, *a: made.append(cls.__name__) or original(cls, *a)\n"
            "import search.query.parser, search.query.dates, search.retrieval.searching\n"
            "print(sorted(set(made) & {'Word', 'Phrase', 'Everything', 'Not', 'Group', 'ParsedQuery', "
            "'Modifiers', 'DateClause', 'DateSpan', 'Matches'}))")
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"
