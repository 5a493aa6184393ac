"""Nouns for a person that cover others, as the DLE defines them."""

import pytest

from search.speakers.hypernyms import shared
from search.speakers.people import People, parse_role


@pytest.mark.parametrize(
    "asked, known, expected",
    [
        ({"artista"}, {"cantante"}, {"cantante"}),
        ({"artista"}, {"actriz", "cantante"}, {"actriz", "cantante"}),
        ({"deportista"}, {"tenista"}, {"tenista"}),
        ({"interprete"}, {"actor"}, {"actor"}),
        ({"famoso"}, {"futbolista"}, {"futbolista"}),
        ({"cantante"}, {"cantante"}, {"cantante"}),
        # a noun covers only its kind
        ({"deportista"}, {"cantante"}, set()),
        ({"artista"}, {"futbolista"}, set()),
        ({"cantante"}, {"actor"}, set()),
    ],
)
def test_shared(asked, known, expected):
    assert shared(frozenset(asked), frozenset(known)) == expected


def test_a_covering_noun_finds_the_person_introduced_with_a_covered_one():
    people = People()
    singer = people.person(["Paula", "Rojas"], 1, [parse_role(["cantante"], "f")])
    people.person(["Marco", "Díaz"], 2, [parse_role(["tenista"], "m")])
    assert people.by_role(parse_role(["artista"], "f"), 3) is singer
    assert people.by_role(parse_role(["deportista"], "m"), 3).display == "Marco Díaz"
