"""Tests for search.speakers.continuations: a paragraph that goes on with the points of the statement before it,
opened by an infinitive, in news. Rows of my own wording, other names and shapes, with negatives."""

import pytest

from search.speakers import paragraph_speakers
from search.speakers.continuations import opens_with_infinitive
from search.speakers.genre import Kind

HEADLINE = "La ministra presenta su plan de vivienda"
LEAD = "La ministra de Vivienda, Carmen Olmedo, presentó este martes su plan ante el Congreso."
CALLS = "Olmedo pidió a las comunidades construir cien mil viviendas y a los bancos rebajar las hipotecas."


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Asimismo, reforzar las ayudas al alquiler para menores de treinta años.", ["Carmen Olmedo"]),
        ("Por último, crear un registro público de pisos vacíos en cada provincia.", ["Carmen Olmedo"]),
        ("- Reducir los plazos de las licencias de obra a tres meses.", ["Carmen Olmedo"]),
        # negatives: a statement of the article's own with a name of a firm; a narrative sentence
        ("Constructora Pilar anunció ayer nuevas promociones.", []),
        ("El plan llega tras meses de negociación.", []),
    ],
)
def test_a_point_opened_by_an_infinitive_is_the_speakers_before_it(line, expected):
    assert paragraph_speakers([HEADLINE, LEAD, CALLS, line])[3] == expected


def test_a_point_after_a_paragraph_that_credits_nobody_is_nobodys():
    paragraphs = [HEADLINE, LEAD, "El plan se publicó en el Boletín Oficial con estas medidas:",
                  "Reforzar las ayudas al alquiler para menores de treinta años."]
    assert paragraph_speakers(paragraphs)[3] == []


def test_a_novels_infinitive_is_no_point():
    paragraphs = ["Capítulo 1", "Carmen Olmedo dijo que vendría.", "Olmedo pidió pan.",
                  "Asimismo, reforzar la puerta antes del invierno."]
    assert paragraph_speakers(paragraphs, Kind(short=True, news=False))[3] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Asimismo, establecer un plan de respuesta.", True),
        ("Establecer un plan de respuesta.", True),
        ("• Reevaluar cada 24 horas el tratamiento.", True),
        ("Pfizer informó este jueves del ensayo.", False),
        ("Mayor control de los precios.", False),
        ("Asimismo, la ministra habló.", False),
        ("Ayer, la ministra habló.", False),  # an adverb in -er
        ("Anteayer la ministra habló.", False),
    ],
)
def test_opens_with_infinitive(text, expected):
    assert opens_with_infinitive(text) is expected
