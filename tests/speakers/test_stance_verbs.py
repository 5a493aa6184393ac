"""Tests for search.speakers.stance_verbs: verbs of stance that state a position in their frames (`teme que`,
`respalda la medida`, `invita a votar`), in news only. Rows of my own wording, other names and shapes, with
negatives: the same verbs as leaning, fearing a thing, hospitality, waiting, an impersonal `se`, a novel."""

import pytest

from search.speakers import attributions, paragraph_speakers
from search.speakers.genre import Kind
from search.speakers.stance_verbs import stance_frame

HEADLINE = "La cooperativa agraria vota su fusión"
LEAD = "Los socios de la cooperativa votarán el domingo la fusión con otras dos del valle."
INTRO = "El presidente Gonzalo Ibarra y la tesorera Marina Etxeberria presentaron ayer las cuentas."


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Marina Etxeberria teme que la fusión deje fuera a los pequeños productores.", ["Marina Etxeberria"]),
        ("Ibarra teme por el futuro de la almazara si la fusión fracasa.", ["Gonzalo Ibarra"]),
        ("Gonzalo Ibarra respalda plenamente la propuesta de la junta.", ["Gonzalo Ibarra"]),
        ("Etxeberria apoyó la candidatura de los productores jóvenes.", ["Marina Etxeberria"]),
        ("Ibarra apoya que la votación sea secreta.", ["Gonzalo Ibarra"]),
        ("Marina Etxeberria invitó a los socios a votar con la cabeza fría.", ["Marina Etxeberria"]),
        ("Gonzalo Ibarra invita a reflexionar antes del domingo.", ["Gonzalo Ibarra"]),
        ("Etxeberria espera que la asamblea apruebe las cuentas.", ["Marina Etxeberria"]),
        ("Ibarra se alegró de que los socios acudieran en masa.", ["Gonzalo Ibarra"]),
        # negatives: leaning, a thing feared, hospitality, waiting, an impersonal `se`
        ("Ibarra apoya los codos en la mesa y escucha.", []),
        ("Etxeberria respalda la silla contra la pared.", []),
        ("Ibarra teme a los perros desde niño.", []),
        ("Etxeberria invitó a cenar a los socios fundadores.", []),
        ("Ibarra invitó a sus hermanos a la fiesta de la vendimia.", []),
        ("Etxeberria invitó a dos socios a formar parte de la junta.", []),
        ("Ibarra temía que la fusión fracasara, y por eso votó en contra.", []),  # narrated, not stated
        ("Etxeberria esperaba que la asamblea terminara pronto.", []),
        ("Marina Etxeberria espera el resultado en la sede.", []),
        ("Se espera que la votación acabe a mediodía.", []),
        ("Gonzalo Ibarra se apoya en su equipo de técnicos.", []),
    ],
)
def test_a_stance_verb_states_a_position_in_its_frame(line, expected):
    assert paragraph_speakers([HEADLINE, LEAD, INTRO, line])[3] == expected


def test_the_mechanism_is_named_in_the_trace():
    why = attributions([HEADLINE, LEAD, INTRO, "Gonzalo Ibarra teme que la fusión llegue tarde."])
    assert why[3] == {"Gonzalo Ibarra": "stance-verb"}


def test_a_characters_fear_in_a_novel_is_no_statement():
    paragraphs = ["Capítulo 5", "Marina Etxeberria cerró la puerta.", "Marina temía que la descubrieran en el granero."]
    assert paragraph_speakers(paragraphs, Kind(short=True, news=False))[2] == []


@pytest.mark.parametrize(
    ("words", "index", "expected"),
    [
        ("la alcaldesa lamenta y teme que llueva", 4, True),
        ("apoyaban las reformas del sindicato", 0, True),
        ("apoyaban la cabeza en el hombro", 0, False),
        ("invitaron al consejero a dimitir", 0, True),
        ("invitaron al consejero a la cena", 0, False),
        ("se alegró mucho", 1, False),
    ],
)
def test_stance_frame(words, index, expected):
    assert stance_frame(words.split(), index) is expected
