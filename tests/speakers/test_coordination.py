"""Tests for search.speakers.coordination: subjects shared among clauses, and `ambos`."""

import pytest

from search.speakers.coordination import both, coordinated_subject
from search.speakers.mentions import Sentence, sentences
from search.speakers.people import People


def sentence(text: str, people: People | None = None) -> Sentence:
    return Sentence(sentences(text)[0], people or People(), 1)


@pytest.mark.parametrize(
    "text, verb, expected",
    [
        ("Ana Gil votó en contra y denunció el plan.", "denunció", ["Ana Gil"]),
        # the nearest clause with a subject: the role's holder, not the name of the first clause
        ("Diego Ruiz cumplió años y la ministra Eva Sanz publicó una foto, y escribió que lo quiere.", "escribió",
         ["Eva Sanz"]),
        # a name governed by a preposition is no subject
        ("Llegaron a Marta Gil y denunciaron el plan.", "denunciaron", []),
    ],
)
def test_coordinated_subject(text, verb, expected):
    s = sentence(text)
    left = s.tokens.index(verb) - 1
    assert [person.display for _, person in coordinated_subject(s, -1, left, None)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Ambos coincidieron en que sí.", ["Luis Paz", "Ana Gil"]),
        ("Los dos ministros defendieron el plan.", ["Luis Paz", "Ana Gil"]),
        ("Ambos partidos defendieron el plan.", []),  # parties are no people
    ],
)
def test_both(text, expected):
    people = People()
    people.person(["Ana", "Gil"], 1)
    people.person(["Luis", "Paz"], 2)
    s = sentence(text, people)
    verb = next(i for i, word in enumerate(s.lower) if word in ("coincidieron", "defendieron"))
    assert [person.display for _, person in both(s, 0, verb - 1)] == expected
