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


@pytest.mark.parametrize(
    "text, verb, expected",
    [
        # an indefinite pronoun is the subject: someone unnamed, no statement of anyone named (not the name before)
        ("Unos piensan que Marta Soler ganará, otros sostienen que no.", "sostienen", []),
        ("Hay quien cree que Pablo Vidal dimitirá, pero algunos lo niegan.", "niegan", []),
        ("Muchos aseguran que Lucía Fern votará; otras no lo creen.", "creen", []),
        ("Tras la visita de Hugo Sanz al puerto, varios opinaron que fue un error.", "opinaron", []),
        ("Otros afirman que la sede se cerrará.", "afirman", []),
        # not an indefinite subject: a named person among others, or a quantifier before its noun
        ("Rosa Lema y otros afirmaron que no.", "afirmaron", ["Rosa Lema"]),
        ("La alcaldesa Irene Toca, entre otros, afirmó que no.", "afirmó", ["Irene Toca"]),
        ("Unos creen que lloverá, y el ministro Saúl Mena sostiene que no.", "sostiene", ["Saúl Mena"]),
    ],
)
def test_an_indefinite_pronoun_is_an_unnamed_subject(text, verb, expected):
    assert subject_of(text, verb) == expected


@pytest.mark.parametrize("verb", ["sostienen", "aseguran", "lo niegan"])
def test_an_indefinite_pronoun_after_a_name_in_a_that_clause_credits_no_one(verb):
    from search.speakers import paragraph_speakers
    text = f"Unos creen que en el fondo Marta Soler y Pablo Vidal se entienden, otros {verb} que no."
    assert paragraph_speakers(["Dudas sobre el pacto", text])[1] == []
