"""Tests for search.speakers.openers: attributions that open a clause, and the subject of a gerund."""

import pytest

from search.speakers.mentions import Sentence, sentences
from search.speakers.openers import coordinated_after, gerund_subject, opener_people, opening_quote
from search.speakers.people import People, Person


def sentence(text):
    return Sentence(sentences(text)[0], People([text]), 1)


def attributions(text):
    """Return [(token index, [names])] of every attribution a sentence opens."""
    s = sentence(text)
    found = []
    for index in range(len(s.lower)):
        people = opener_people(s, index)
        if people:
            found.append((index, [person.display for person in people]))
    return found


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Según el ministro Luis Gil, la economía crece.", [(0, ["Luis Gil"])]),
        ("Según han declarado el expresidente Carlos Mesa y Luis Camacho, hubo fraude.",
         [(0, ["Carlos Mesa", "Luis Camacho"])]),
        ("Según dijo Pedro Sánchez, habrá elecciones.", [(0, ["Pedro Sánchez"])]),
        ("De acuerdo con la versión de Alejandra Arias, nadie entró.", [(0, ["Alejandra Arias"])]),
        ("Según los primeros informes del consejero Juan Pérez, hubo tres heridos.", [(0, ["Juan Pérez"])]),
        ("A juicio de la ministra María Jesús Montero, no hay crisis.", [(0, ["María Jesús Montero"])]),
        ("Para Ana Gil, la reforma es un error.", [(0, ["Ana Gil"])]),
        ("«Para Ana Gil, no hay dudas», dijo.", [(1, ["Ana Gil"])]),  # after an opening quote
        # no person
        ("Para mañana se espera lluvia.", []),
        ("Según Reuters, Orcel estaría dispuesto.", []),
        ("Según apuntó Reuters, Orcel estaría dispuesto.", []),  # the verb's subject is no person
        ("Según datos oficiales, hubo tres heridos.", []),
        ("La reforma, para Ana Gil, es un error.", []),  # `para` inside a clause is a purpose
        ("El informe salió sin firma.", []),
    ],
)
def test_opener_people(text, expected):
    assert attributions(text) == expected


@pytest.mark.parametrize(
    "text, start, expected",
    [
        ("declaró Carlos Mesa y Luis Camacho, hubo fraude.", 1, ["Carlos Mesa", "Luis Camacho"]),
        ("declaró Carlos Mesa, hubo fraude.", 1, ["Carlos Mesa"]),
        ("declaró que Carlos Mesa mintió.", 1, []),  # the subject comes after `que`: not the verb's
        ("declaró, en La Paz, Carlos Mesa.", 1, []),  # a comma before the first: later, not right after
    ],
)
def test_coordinated_after(text, start, expected):
    assert [person.display for person in coordinated_after(sentence(text), start)] == expected


@pytest.mark.parametrize(
    "tokens, index, expected",
    [
        (["«", "Para"], 0, True),
        (["“", "Para"], 0, True),
        (['"', "Para"], 0, True),  # the first `"` opens
        (['"', "no", '"', ",", '"', "Para"], 2, False),  # the second closes
        (['"', "no", '"', ",", '"', "Para"], 4, True),  # the third opens again
        (["»"], 0, False),
        (["dijo"], 0, False),
    ],
)
def test_opening_quote(tokens, index, expected):
    assert opening_quote(tokens, index) is expected


def test_gerund_subject_is_the_sentences_speaker_first():
    s = sentence("Luis Gil explicó el plan, agregando que era bueno.")
    verb = s.lower.index("agregando")
    ana = Person(["ana", "gil"], "Ana Gil")
    assert gerund_subject(s, verb, [[(0, ana)]], lambda: []) == [(0, ana)]


def test_gerund_subject_is_else_the_person_the_sentence_opens_with():
    s = sentence("Luis Gil presentó el plan, agregando que era bueno.")
    verb = s.lower.index("agregando")
    found = gerund_subject(s, verb, [], lambda: [])
    assert [(at, person.display) for at, person in found] == [(0, "Luis Gil")]


def test_gerund_subject_is_else_whoever_is_salient():
    s = sentence("El plan fue presentado ayer, agregando que era bueno.")
    verb = s.lower.index("agregando")
    ana = Person(["ana", "gil"], "Ana Gil")
    assert gerund_subject(s, verb, [[]], lambda: [ana]) == [(verb, ana)]
