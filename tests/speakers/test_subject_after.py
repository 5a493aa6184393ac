"""Tests for search.speakers.subject_after: the subject of a reporting verb written after it."""

import pytest

from search.speakers.mentions import Sentence, sentences
from search.speakers.people import NOBODY, People, Person
from search.speakers.subject_after import after_verb


def after_of(text, verb, salient=(), subjects=()):
    s = Sentence(sentences(text)[0], People(), 1)
    index = s.lower.index(verb)
    left = index - 1
    previous = s.lower[left] if left >= 0 else ""
    found = after_verb(s, index, left, previous, False, list(subjects), lambda plural=False: list(salient))
    if found is None:
        return None
    return ["NOBODY" if person is NOBODY else person.display for _, person in found]


SALIENT = Person(["salient"], "Salient")


@pytest.mark.parametrize(
    "text, verb, expected",
    [
        # a name or a role after a verb that closes a quotation
        ('"No habrá recortes", dijo la ministra Ana Gil.', "dijo", ["Ana Gil"]),
        ("«Lo haremos», llegó a afirmar el alcalde Luis Mora.", "llegó", ["Luis Mora"]),
        # a body after the verb speaks, and is nobody to show; so does a role that fits no one known
        ('"Es falso", publicó el portal Deadline.', "publicó", ["NOBODY"]),
        ("«Subirán los precios», afirmó el ministro de Economía.", "afirmó", ["NOBODY"]),
        # no subject written: the one followed
        ("«Es todo», afirmó.", "afirmó", ["Salient"]),
        ("El propósito, explicó, es ahorrar.", "explicó", ["Salient"]),
        # a verb that opens the sentence, its subject after it
        ("Rompió el silencio Marta Ruiz, diciendo que no se irá.", "rompió", ["Marta Ruiz"]),
    ],
)
def test_the_subject_written_after_the_verb(text, verb, expected):
    assert after_of(text, verb, salient=[SALIENT]) == expected


def test_nothing_decided_after_a_comma_before_a_name_that_is_no_subject():
    # `Gil, según se supo, dijo…`-like shapes go on to the subject before the verb: here, a comma and a lower-case
    # word after the verb that no rule reads as its subject
    assert after_of("Ana Gil, tras la reunión, dijo en voz baja que no.", "dijo") is None
