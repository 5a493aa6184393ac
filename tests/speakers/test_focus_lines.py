"""What a news line needs to take the person in focus (search.speakers.focus_lines): a quotation opening it with no
voice of its own, a description of a person, a verb of saying with no subject; quotations left open or closed. My own
wording, with negatives (a story's dash line, a question, a heading, a subject after the verb)."""

import pytest

from search.speakers.focus_lines import closes, described, left_open, needs_speaker, voiced_by_other


@pytest.mark.parametrize(
    "text, previous, expected",
    [
        ('"Es muy pronto para decirlo y lo sabemos todos.', "", True),
        ("—Lo que cuenta es que la gente siga viniendo cada año.", "—¿Qué cuenta?", True),
        ("»Y nadie lo ha querido ver hasta ahora mismo.", "", True),
        # a dash line that answers no question: a story's dialogue may give it to anyone
        ("—Lo que cuenta es que la gente siga viniendo cada año.", "Se levantó y fue a la puerta.", False),
        ("El alcalde habló ayer de las obras del colector.", "", False),
        ("—¿Qué piensa hacer con la flota el año que viene?", "¿Y usted?", False),
        ('"Crisis" en la lonja', "", False),
    ],
)
def test_needs_speaker(text, previous, expected):
    assert needs_speaker(text, previous) is expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ('"…", dijo uno de los vecinos.', True),
        ('"…", relatan los vecinos.', True),
        ('"…", comentó Ana Gil.', True),
        ('"…", comentó.', False),
        ('"…", comentó sonriendo.', False),
        ('"…", comentó en la radio.', False),
        ('"…", comentó visiblemente molesta.', False),
        ("Sin marcas y sin verbo de decir.", False),
    ],
)
def test_voiced_by_other(text, expected):
    assert voiced_by_other(text) is expected


@pytest.mark.parametrize(
    "text, opened, closed",
    [
        ('dijo: "Y a ti también.', True, False),
        ('Gracias a todos", dijo.', False, True),
        ("«Primero esto.", True, False),
        ("Y lo otro».", False, True),
        ("Sin marcas.", False, False),
    ],
)
def test_open_and_closed_quotations(text, opened, closed):
    assert left_open(text) is opened and closes(text) is closed


@pytest.mark.parametrize(
    "text, expected",
    [
        ("No debe confundirse con otra cosa, resaltó la funcionaria en entrevista.", "f"),
        ("Según el titular del instituto, el plan sigue.", "m"),
        ("La integrante del Consejo Nacional (CN), comentó que sí.", "f"),
        ("La especialista en piel explicó que no.", "f"),
        # a noun of one of the person endings (search.speakers.lexicon.PERSON_ENDINGS), after every source opener
        ("La enfermera comentó que no quedaban camas.", "f"),
        ('"Fue un año duro", resumió el tesorero del club.', "m"),
        ("A juicio de la asesora, no hay riesgo.", "f"),
        ("De acuerdo a la ingeniera, la obra terminará en mayo.", "f"),
        # a body's noun with a person's ending is no person
        ("Según la cartera de Salud, quedan camas.", None),
        ("A juicio de la consultora, el mercado crece.", None),
        # a turn to someone else, and a description that acts but states nothing
        ("En cambio, la diputada anunció que presentará otra propuesta.", None),
        ("La ministra habló en el Senado.", None),
        ("Y remató con un elogio para los vecinos.", ""),
        ('Y mirando a su pareja dijo: "Y a ti.', ""),
        # no description of a person that speaks
        ("La empresa comentó que no.", None),
        ("El periodista comparecerá este lunes acusado de violar datos.", None),
        ("La ministra de Cultura Lidia Prado ha comentado que sí.", None),
        ("Propone que todos los universos compartan leyes.", None),
        ("¿Cree que se educa diferente?", None),
        ('Y su hermano dijo: "Y a ti.', None),
    ],
)
def test_described(text, expected):
    assert described(text) == expected
