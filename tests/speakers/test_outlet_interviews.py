"""An interview whose questions were dropped (search.speakers.interviews.outlet_interviewee): the outlet says it
talked with someone (`EL COLOMBIANO conversó con X, el actor…`, `Este diario habló con X`) and the quoted answers
follow with no credit: they are the interviewee's. A talk between two people (`el ministro conversó con el
alcalde`) is no interview. Issue 14, stop 34, from Colombian news (El Colombiano). Rows of my own wording."""

import pytest

from search.speakers import paragraph_speakers
from search.speakers.interviews import OUTLET_TALKED

ANSWERS = ["“Lo hice pensando en mi madre.", "Ella me enseñó a cantar”.", "“Ahora quiero girar por el país”."]


@pytest.mark.parametrize(("frame", "name"), [
    ("EL HERALDO conversó con Lucía Pardo, la cantante de 30 años que presenta su disco.", "Lucía Pardo"),
    ("A propósito del lanzamiento, LA PRENSA habló con Tomasito.", "Tomasito"),
    ("Este diario dialogó con Andrés Quiroga, el director de la orquesta.", "Andrés Quiroga"),
    ("Nuestro medio entrevistó a Sara Benítez, autora del libro.", "Sara Benítez"),
    ("EL COLOMBIANO ha conversado con la escritora Marta Ibáñez sobre su novela.", "Marta Ibáñez"),
])
def test_the_answers_after_the_outlet_talked_with_someone_are_theirs(frame, name):
    found = paragraph_speakers(["Titular", "El disco sale el viernes en todas las plataformas.", frame, *ANSWERS])
    assert found[2] == []  # the frame itself states nothing
    assert found[3:] == [[name]] * 3


@pytest.mark.parametrize(("frame", "talked_with"), [
    ("El ministro Luis Mora conversó con el alcalde Iván Peña sobre la obra.", "Iván Peña"),  # two officials
    ("La cantante Lucía Pardo habló con el productor Iván Peña antes del concierto.", "Iván Peña"),
    ("Iván Peña conversó con Luis Mora en el despacho.", "Luis Mora"),
])
def test_a_talk_between_two_people_is_no_interview(frame, talked_with):
    assert OUTLET_TALKED.search(frame) is None
    found = paragraph_speakers(["Titular", "El disco sale el viernes en todas las plataformas.", frame, *ANSWERS])
    assert all(talked_with not in people for people in found[3:])  # the one talked with is no interviewee
