"""A noun of statement gives its owner's view through its own completive complement, anywhere in a sentence
(search.speakers.stance_nouns.complement_owner): `la negativa de X a reconocer…`, `la petición de X de que…`, `el
llamamiento de X para que…`. Issue 14, round 20: a statement reported as a noun phrase, the recall errors of the
unseen news sets. Rows of my own wording, other nouns and other shapes, with negatives."""

import pytest

from search.speakers import attributions, paragraph_speakers
from search.speakers.stance_nouns import complement_at, stance_noun_complement


@pytest.mark.parametrize(("line", "expected"), [
    ("El pleno se alargó por la negativa de Ana Gil a aceptar que había perdido la votación.", ["Ana Gil"]),
    ("La promesa de Luis Mora de bajar los impuestos no convenció a nadie.", ["Luis Mora"]),
    ("La exigencia de Marta Ruiz de que dimita el alcalde llegó tarde.", ["Marta Ruiz"]),
    ("Nadie esperaba la insistencia de Pablo Serra en que el plan sigue vivo.", ["Pablo Serra"]),
    ("Sorprendió la petición del concejal Jaime Ortiz para que se revise el contrato.", ["Jaime Ortiz"]),
    # negatives: a complement that is no clause of view, a noun of no statement, a body as the owner
    ("La negativa de Ana Gil a la prensa duró una semana.", []),
    ("El compromiso de Luis Mora con la ciudad es antiguo.", []),
    ("La casa de Luis Mora de Toledo se vendió a que nadie lo supiera.", []),
    ("La negativa de Hacienda a revisar las cuentas molestó a los alcaldes.", []),
])
def test_a_noun_of_statement_credits_its_owner_through_its_complement(line, expected):
    assert paragraph_speakers(["Titular", line])[1] == expected


def test_the_trace_names_the_complement_frame():
    line = "La promesa de Luis Mora de bajar los impuestos no convenció a nadie."
    assert attributions(["Titular", line])[1] == {"Luis Mora": "stance-noun:complement"}


@pytest.mark.parametrize(("words", "at", "expected"), [
    ("la negativa de ruiz a reconocer que perdió", 4, True),
    ("la petición de ruiz para que dimita", 4, True),
    ("la petición de ruiz para dimitir", 4, False),  # `para` + infinitive is a purpose, not what is asked
    ("la negativa de ruiz a la prensa", 4, False),
    ("la promesa de ruiz", 4, False),
])
def test_a_completive_complement_is_que_or_an_infinitive_after_its_preposition(words, at, expected):
    assert complement_at(words.split(), at) is expected


def test_the_cheap_look_needs_the_article_and_the_owner_link():
    assert stance_noun_complement("la negativa de ruiz a reconocer".split(), 1)
    assert not stance_noun_complement("una negativa a reconocer".split(), 1)
