"""Tests for search.speakers.reporting: whether a verb reports where it stands."""

import pytest

from search.speakers import paragraph_speakers
from search.speakers.mentions import Sentence, sentences
from search.speakers.people import People
from search.speakers.reporting import before_verb, led_infinitive, neither_subject, reports, urges


def reports_at(text: str, word: str) -> bool:
    tokens = sentences(text)[0]
    s = Sentence(tokens, People(), 1)
    return reports(s, s.lower.index(word))


@pytest.mark.parametrize(
    "text, word, expected",
    [
        ("La alcaldesa celebró que haya acuerdo.", "celebró", True),
        ("La alcaldesa celebró la sentencia.", "celebró", True),
        ("La alcaldesa celebró una reunión con los vecinos.", "celebró", False),
        ("El alcalde celebró su cumpleaños.", "celebró", False),
        ("La vecina contó: «Nos dejaron solos».", "contó", True),
        ("La vecina contó con el apoyo del barrio.", "contó", False),
        ("«Esto terminó», acabó su discurso el diputado.", "acabó", True),
        ("El tenor acabó su gira en Lima.", "acabó", False),
        ("El ministro dejó claro que no habrá recortes.", "dejó", True),
        ("El ministro dejó la carpeta en la mesa.", "dejó", False),
        ("La senadora tomó la palabra para pedir calma.", "tomó", True),
        ("La senadora tomó un café.", "tomó", False),
        ("El ministro echó por delante que no habrá recortes.", "echó", True),
        ("La nadadora concedió que se equivocó.", "concedió", True),
        ("La nadadora concedió una entrevista.", "concedió", False),
    ],
)
def test_reports(text, word, expected):
    assert reports_at(text, word) is expected


@pytest.mark.parametrize(
    "text, infinitive, lead",
    [
        ("ha querido recordar que sí", "recordar", "querido"),
        ("intervino para señalar que sí", "señalar", "intervino"),
        ("se limitó a señalar que sí", "señalar", "limitó"),
        ("fue enfático en afirmar que sí", "afirmar", "fue"),
        ("vino a señalar la casa", "señalar", None),
    ],
)
def test_led_infinitive(text, infinitive, lead):
    lower = text.split()
    found = led_infinitive(lower, lower.index(infinitive))
    assert (lower[found] if found is not None else None) == lead


@pytest.mark.parametrize(
    "text, expected",
    [("llamó a estrechar lazos", True), ("llamó a la población a votar", True), ("llamó a su madre", False)],
)
def test_urges(text, expected):
    assert urges(text.split(), 1) is expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("ni pablo ni rocío quisieron comentar", True),
        ("pero , ni pablo ni rocío quisieron comentar", True),
        ("pablo y rocío quisieron comentar", False),
    ],
)
def test_neither_subject(text, expected):
    lower = text.split()
    assert neither_subject(lower, lower.index("quisieron") - 1) is expected


@pytest.mark.parametrize("words, verb, clitics, expected", [
    ("la jueza ha dicho que no", 3, False, 1),
    ("la jueza se lo ha dicho", 5, True, 1),
    ("la jueza se lo ha dicho", 5, False, 3),
    ("ha dicho", 1, False, -1),
    ("dijo", 0, False, -1),
])
def test_before_verb(words, verb, clitics, expected):
    assert before_verb(words.split(), verb, clitics) == expected


@pytest.mark.parametrize("paragraph, expected", [
    # a credit after a comma reports the words before it: who speaks in them is quoted
    ("Los dos socios dijeron que el trato seguía, pero nadie lo cree, sostiene la analista Berta Oyarzun.",
     ["Berta Oyarzun"]),
    ("Néstor Ibarguren ha propuesto un fondo para los regantes y una rebaja del agua, subrayó.",
     ["Néstor Ibarguren"]),
    # a verb that ends the sentence after quotation marks is no such credit: the quoted words are someone's
    ("Néstor Ibarguren dijo que «el fondo llega tarde», y lo repitió, subrayó.", ["Néstor Ibarguren"]),
])
def test_a_credit_at_the_end_of_a_sentence(paragraph, expected):
    assert paragraph_speakers(["Titular", "El consejero Néstor Ibarguren visitó la presa.", paragraph])[2] == expected
