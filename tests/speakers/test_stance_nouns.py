"""Tests for search.speakers.stance_nouns: a stance written as a noun (`La reacción de X ha sido…`), in news.
Rows of my own wording, other names and shapes, with negatives (a body, a state, a relative clause, a novel)."""

import pytest

from search.speakers import paragraph_speakers
from search.speakers.genre import Kind
from search.speakers.stance_nouns import stance_noun_copula

HEADLINE = "El puerto cierra su terminal norte"
LEAD = "La autoridad portuaria anunció el cierre de la terminal norte durante seis meses."
INTRO = "La alcaldesa Nuria Campos y el consejero Andrés Ferrer se reunieron el lunes con los estibadores."


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("La reacción de Campos ha sido pedir una auditoría del contrato.", ["Nuria Campos"]),
        ("La respuesta del consejero fue que no habrá despidos.", ["Andrés Ferrer"]),
        ("Pero la postura de Ferrer es clara: la terminal reabrirá en otoño.", ["Andrés Ferrer"]),
        ("El mensaje de la alcaldesa Nuria Campos: «Nadie se quedará sin empleo».", ["Nuria Campos"]),
        ("Sin embargo, la conclusión de Andrés Ferrer sigue siendo que el cierre era inevitable.",
         ["Andrés Ferrer"]),
        ("La advertencia de Campos, alcaldesa desde 2019, fue «no habrá otra prórroga».", ["Nuria Campos"]),
        # negatives: what follows the copula states nothing; a body owns it; the noun does not open the clause
        ("La respuesta de Ferrer fue rápida.", []),
        ("La reacción de Campos fue similar.", []),
        ("La postura de España es clara: el puerto es estratégico.", []),
        ("La reacción del público ha sido aplaudir a los estibadores.", []),
        ("Los estibadores conocen la respuesta de Ferrer, que fue negociar.", []),
        ("La visita de Campos fue breve: apenas una hora.", []),  # a visit is no statement
    ],
)
def test_a_stance_noun_states_its_owners_view_in_news(line, expected):
    assert paragraph_speakers([HEADLINE, LEAD, INTRO, line])[3] == expected


def test_a_novels_stance_noun_makes_no_speaker():
    paragraphs = ["Capítulo 3", "Nuria Campos llegó tarde.", "La respuesta de Campos fue callar y mirar el río."]
    assert paragraph_speakers(paragraphs, Kind(short=True, news=False))[2] == []


@pytest.mark.parametrize(
    ("words", "index", "marks", "expected"),
    [
        ("la reacción de gil ha sido negarlo todo .", 1, True, 4),
        ("la respuesta de gil fue que sí .", 1, True, 4),
        ("el mensaje de gil : « basta »", 1, True, 4),
        ("la respuesta de gil fue rápida .", 1, True, None),
        ("la respuesta de gil fue rápida", 1, False, 4),  # a paragraph's bare words: a cheap first look
        ("la respuesta que dio gil fue negarlo", 1, True, None),  # no owner after the noun
        ("respuesta de gil fue negarlo", 0, True, None),  # no article
        ("la reacción de gil , que llegó tarde , fue irse", 1, True, None),  # a relative clause in between
    ],
)
def test_stance_noun_copula(words, index, marks, expected):
    assert stance_noun_copula(words.split(), index, marks) == expected
