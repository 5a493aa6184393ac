"""Tests for search.speakers.verbs and stance_verbs: verbs of language and belief a treebank count showed the
lexicon lacked (`especificar`, `presagiar`, `piensa que`),
and where the line stops (verbs of perception, knowledge and will).
Rows of my own wording, other names and shapes, with negatives."""

import pytest

from search.speakers import paragraph_speakers
from search.speakers.genre import Kind
from search.speakers.verbs import PARTICIPLES, PLURAL, SINGULAR

HEADLINE = "El consorcio del agua revisa las tarifas"
LEAD = "El consorcio que abastece a once municipios debatió ayer la subida del precio del agua."
INTRO = "La gerente Olaia Berasategui y el interventor Tomás Quiroga presentaron el informe anual."


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Olaia Berasategui especificó que la subida no afectará a las familias numerosas.", ["Olaia Berasategui"]),
        ("Quiroga especifica en el informe que el déficit se debe a las averías.", ["Tomás Quiroga"]),
        ("«No habrá cortes este verano», especificó Tomás Quiroga.", ["Tomás Quiroga"]),
        ("Berasategui quiso especificar que la tarifa social se mantiene.", ["Olaia Berasategui"]),
        ("Tomás Quiroga presagia que el embalse no llegará a la mitad en agosto.", ["Tomás Quiroga"]),
        ("Olaia Berasategui piensa que la subida es inevitable.", ["Olaia Berasategui"]),
        ("Quiroga, por su parte, piensa que el consorcio debe invertir en tuberías.", ["Tomás Quiroga"]),
        # negatives: a thought narrated in the past, thinking of something, an impersonal `se`; verbs of
        # perception, knowledge and will (factive or no words), which the treebank also showed
        ("Quiroga pensó que nadie leería el anexo.", []),
        ("Olaia Berasategui piensa en las familias que no pueden pagar.", []),
        ("Se piensa que el embalse se recuperará en otoño.", []),
        ("Tomás Quiroga sabe que el anexo tiene errores.", []),
        ("Berasategui descubrió que faltaban dos contadores.", []),
        ("Quiroga vio que el depósito perdía agua.", []),
        ("Olaia Berasategui decidió que la reunión fuera a puerta cerrada.", []),
        ("El nuevo contrato permite que los municipios paguen a plazos.", []),
    ],
)
def test_a_verb_the_treebank_showed_reports_in_news(line, expected):
    assert sorted(paragraph_speakers([HEADLINE, LEAD, INTRO, line])[3]) == expected


def test_a_characters_thought_in_a_novel_is_no_statement():
    paragraphs = ["Capítulo 3", "Tomás Quiroga cerró el libro.", "Tomás piensa que nadie lo ha leído nunca."]
    assert paragraph_speakers(paragraphs, Kind(short=True, news=False))[2] == []


@pytest.mark.parametrize(
    "form", ["especificó", "especifica", "especificaban", "especificaría", "presagió", "presagian"])
def test_the_treebank_verbs_have_every_reporting_form(form):
    assert form in SINGULAR | PLURAL


def test_the_treebank_verbs_have_participles_and_no_future():
    assert {"especificado", "presagiado"} <= PARTICIPLES and not {"especificará", "presagiará"} & (SINGULAR | PLURAL)
