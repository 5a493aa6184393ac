"""Tests for search.speakers.subjects: the subject of a reporting verb."""

import pytest

from search.speakers.mentions import Sentence, sentences
from search.speakers.people import NOBODY, People
from search.speakers.subjects import subject


def subject_of(text, verb, salient=()):
    s = Sentence(sentences(text)[0], People(), 1)
    index = s.lower.index(verb)
    left = index - 1
    while left >= 0 and s.lower[left] in ("ha", "han", "se"):
        left -= 1
    found = subject(s, index, left, False, [], lambda plural=False: list(salient))
    return ["NOBODY" if person is NOBODY else person.display for _, person in found]


@pytest.mark.parametrize(
    "text, verb, expected",
    [
        ("La jueza Ana Gil dijo que sí.", "dijo", ["Ana Gil"]),
        ('"No", respondió el portavoz, Iván Ramos.', "respondió", ["Iván Ramos"]),
        ("Según ha explicado la consejera Eva Pons, habrá ayudas.", "explicado", ["Eva Pons"]),
        # no subject: whoever is salient
        ("Durante su intervención ha lamentado los recortes.", "lamentado", ["Salient"]),
        # a subject that is no person speaks, and is nobody to show
        ("En Madrid el Gobierno ha dicho que no.", "dicho", ["NOBODY"]),
        ("En la reunión se ha acordado que sí.", "acordado", []),
    ],
)
def test_subject(text, verb, expected):
    class Salient:
        display = "Salient"
    assert subject_of(text, verb, [Salient()]) == expected
