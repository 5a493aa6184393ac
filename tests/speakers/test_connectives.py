"""A sentence that opens by turning to another speaker (`En cambio`, `Mientras tanto`, `A su vez`…): a role no one
holds names the other person met, not the one followed; a connective that adds to the same speaker's words (`Por
otro lado`, `Además`) does not turn (review21, finding 5). Our own wording, other names."""

import pytest

from search.speakers import paragraph_speakers
from search.speakers.connectives import turns_away

TWO = ["Choque entre la escritora y el alcalde", "La escritora Nuria Abad dijo que no apoyará a Gonzalo Iturbe.",
       "«Sería un error», insistió Abad."]
ONE = ["Debate en el Congreso", "Rosario Quintero dijo que no votará el plan de movilidad.",
       "«Es un parche», añadió Quintero."]

TURNING = ["En cambio", "Por el contrario", "En contraste", "En contraposición", "Mientras tanto", "En tanto",
           "Entretanto", "A su vez", "A su turno", "De su lado", "Como respuesta", "En respuesta", "Por su parte"]
ADDING = ["Por otro lado", "Por otra parte", "Además", "Asimismo", "Después"]


@pytest.mark.parametrize("opening", TURNING)
def test_a_turn_names_the_other_person(opening):
    paragraphs = [*TWO, f"{opening}, el alcalde respondió que el proyecto sigue adelante."]
    assert paragraph_speakers(paragraphs)[3] == ["Gonzalo Iturbe"]


@pytest.mark.parametrize("opening", TURNING)
def test_a_turn_is_not_the_person_followed(opening):
    # no one else is named: the deputy is someone unnamed
    paragraphs = [*ONE, f"{opening}, la diputada anunció que presentará otra propuesta."]
    assert paragraph_speakers(paragraphs)[3] == []


@pytest.mark.parametrize("opening", ADDING)
def test_an_addition_goes_on_with_the_person_followed(opening):
    paragraphs = [*ONE, f"{opening}, la diputada anunció que presentará otra propuesta."]
    assert paragraph_speakers(paragraphs)[3] == ["Rosario Quintero"]


@pytest.mark.parametrize("paragraph, expected", [
    # the turn's role held by someone named: that person, whoever is followed
    ("En cambio, la escritora respondió que no cambiará de opinión.", ["Nuria Abad"]),
    # a turn word inside the sentence, not opening it, turns nothing
    ("El alcalde, en cambio, respondió que el proyecto sigue adelante.", ["Gonzalo Iturbe"]),
])
def test_a_turn_and_a_named_role(paragraph, expected):
    assert paragraph_speakers([*TWO, paragraph])[3] == expected


@pytest.mark.parametrize("text, expected", [
    ("entretanto , la ministra dijo", True),
    ("el secretario de hacienda , en cambio , dijo", True),
    ("en cambio el candidato dijo", True),  # a comma left out
    ("en cambio de planes , dijo", False),  # a noun and its complement
    ("en respuesta a la carta , el ministro dijo", True),
    ("además , la ministra dijo", False),
    ("dijo que , a la larga , en tanto dure", False),
])
def test_turns_away(text, expected):
    assert turns_away(text.split()) is expected
