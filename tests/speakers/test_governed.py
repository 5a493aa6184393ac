"""A name after a preposition and a noun we lack: the preposition's complement, or, right before its clause's verb,
the subject of a fronted circumstance that lost its comma (review21, finding 1). Our own wording, other names."""

import pytest

from search.speakers import paragraph_speakers
from search.speakers.governed import governed_noun

BEFORE = ["Titular", "El físico Raimundo Olid presentó su libro."]


@pytest.mark.parametrize("sentence, expected", [
    # a fronted circumstance with no comma, then the subject and its verb
    ("En la rueda de prensa semanal Teresa Villalobos dijo que el hospital abrirá en marzo.", ["Teresa Villalobos"]),
    ("Tras la reunión con los rectores Gerardo Anaya afirmó que habrá becas.", ["Gerardo Anaya"]),
    ("Desde su escaño Rosario Quintero advirtió que votará en contra.", ["Rosario Quintero"]),
    ("En la conferencia matutina Teresa Villalobos ha dicho que no habrá recortes.", ["Teresa Villalobos"]),
    ("En su comparecencia Teresa Villalobos no descartó que haya cambios.", ["Teresa Villalobos"]),
    ("En la misma entrevista Teresa Villalobos se refirió a las quejas de los vecinos.", ["Teresa Villalobos"]),
    ("Este lunes, en la rueda de prensa Teresa Villalobos dijo que el hospital abrirá.", ["Teresa Villalobos"]),
    ("Según fuentes cercanas, en la cena Gerardo Anaya aseguró que dimitirá.", ["Gerardo Anaya"]),
    # the phrase closed by a comma: the subject comes after it
    ("Con su colega Irene Vaillancourt, Gerardo Anaya afirmó que el modelo falla.", ["Gerardo Anaya"]),
    ("Con su colega estadounidense Irene Vaillancourt, el físico planteó que el tiempo no existe.",
     ["Raimundo Olid"]),
    # negatives: the phrase goes on after the name, or a verb or participle before it takes the phrase as its own
    ("El físico trabajó con su colega canadiense Irene Vaillancourt en un estudio que afirma que el tiempo no existe.",
     []),
    ("Olid escribió con su colega canadiense Irene Vaillancourt un ensayo y afirmó que el tiempo no existe.",
     ["Raimundo Olid"]),
    ("La carta que firmó con su colega Irene Vaillancourt reveló que el modelo falla.", []),
    ("El libro escrito con su colega Irene Vaillancourt afirma que el tiempo no existe.", []),
    ("El artículo elaborado con un investigador suizo Mathis Krüger sostiene que el modelo falla.", []),
])
def test_a_fronted_circumstance_and_a_prepositional_complement(sentence, expected):
    assert paragraph_speakers([*BEFORE, sentence])[-1] == expected


@pytest.mark.parametrize("text, start, end, expected", [
    ("con su colega estadounidense James Hartle en 2019", 4, 6, True),
    ("En la sesión plenaria Ana Gil dijo que", 4, 6, False),
    ("En la sesión plenaria Ana Gil , dijo", 4, 6, True),
    ("dijo a la prensa local Ana Gil", 5, 7, False),  # a medium after `a`: no complement
    ("La carta que firmó con su colega Ana Gil reveló que", 7, 9, True),
])
def test_governed_noun(text, start, end, expected):
    tokens = text.split()
    assert governed_noun(tokens, [token.lower() for token in tokens], start, end) is expected
