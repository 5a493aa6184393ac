"""Issue 14, round 19 (sp19b): the one among those who said (search.speakers.partitives). A name's noun phrase, set
beside it or predicated of it by a copula, whose relative clause or `el primero en` infinitive says something, credits
the name. Rows of my own wording, other names and shapes, with negatives: a relative clause with its own subject, a
verb that says nothing, a noun phrase after a preposition or another verb."""

import pytest

from search.speakers import attributions, paragraph_speakers
from search.speakers.mentions import TOKEN, Sentence
from search.speakers.partitives import first_to, named_antecedent
from search.speakers.people import People


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Tomás Ugarte es uno de los economistas que han advertido que la deuda es insostenible.", ["Tomás Ugarte"]),
        ("Lidia Roca fue una de las muchas vecinas que durante meses denunciaron el ruido del puerto.", ["Lidia Roca"]),
        ("Óscar Beltrán fue el primero en denunciar que faltaban los fondos.", ["Óscar Beltrán"]),
        ("Marta Ilundain, la ingeniera que fue una de las primeras en advertir sobre la grieta, dimitió ayer.",
         ["Marta Ilundain"]),
        ("Raúl Sastre, el vecino que alertó de la fuga, recibió una medalla.", ["Raúl Sastre"]),
        ("Ana Lucía Torres fue la única en reconocer que hubo errores.", ["Ana Lucía Torres"]),
        # negatives: the relative's own subject, a verb that says nothing, the phrase after a preposition or a verb
        ("Lidia Roca es una de las vecinas que los inspectores visitaron ayer.", []),
        ("Óscar Beltrán fue el primero en llegar a la meta.", []),
        ("Lidia Roca es una de las vecinas que viven junto al puerto.", []),
        ("La alcaldesa habló con la vecina que denunció el ruido.", []),
        ("El jurado premió a la periodista que reveló el fraude.", []),
    ],
)
def test_the_one_among_those_who_said(line, expected):
    assert paragraph_speakers([line]) == [expected]


def test_the_trace_names_the_partitive():
    assert attributions(["Óscar Beltrán fue el primero en denunciar que faltaban los fondos."]) == [
        {"Óscar Beltrán": "partitive"}]


def sentence(text: str) -> Sentence:
    return Sentence(TOKEN.findall(text), People(), 1)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ana Gil es una de las expertas que avisaron.", "Ana Gil"),
        ("Ana Gil, la médica que avisó, llegó.", "Ana Gil"),
        ("Ana Gil ha sido una de las pocas que avisaron.", "Ana Gil"),
        ("Ana Gil visitó a la médica que avisó.", None),  # another verb: the phrase is its object
        ("Con la médica que avisó llegó Ana Gil.", None),
        ("Ana Gil es la que avisó.", None),  # no noun: a free relative, not read here
    ],
)
def test_named_antecedent(text, expected):
    s = sentence(text)
    found = named_antecedent(s, s.lower.index("que"))
    assert (found.display if found else None) == expected


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ("ana gil fue la primera en denunciar", 2),
        ("ana gil fue una de las primeras en advertir", 2),
        ("ana gil es la única en reconocer", 2),
        ("ana gil llegó la primera en denunciar", None),  # no copula
        ("ana gil fue la primera al denunciar", None),
        ("ana gil fue experta en denunciar", None),
    ],
)
def test_first_to(words, expected):
    lower = words.split()
    assert first_to(lower, len(lower) - 1) == expected
