"""Quoted words that are nobody's words: terms, titles, what a body asks for."""

import pytest

from search.speakers.quoted_terms import body_before_quote, narrators_quote, only_terms, stands_as_speech


@pytest.mark.parametrize(
    "text, expected",
    [
        ('Creó al villano The Creeper -alias "el loco de piel amarilla"- con DC Comics.', True),
        ('No quiso salir en la película "In Search of Steve Ditko" de la BBC.', True),
        ('Lo ve como "una buena historia que contarle a sus nietos".', False),
        ('A ello se suma la crisis: "No sólo faltan médicos, faltan camas".', False),
        ("Sin comillas no hay término.", False),
    ],
)
def test_only_terms(text, expected):
    assert only_terms(text) is expected


@pytest.mark.parametrize(
    "text",
    ['Publicó una exclusiva bajo el titular "Todos los nombres de la lista".',
     "Marcharon con el lema «Nadie se queda atrás en esta ciudad».",
     'Lo llaman por su apodo "Hombre que nunca duerme en casa".'],
)
def test_a_quotation_after_a_title_noun_is_a_name(text):
    assert only_terms(text)


@pytest.mark.parametrize(
    "text, expected",
    [
        ('Canadá demandará la "puesta en marcha de un plan común".', True),
        ('El Ministerio pedirá una "revisión total de las cuentas".', True),
        ('En Canadá dijo que habrá "una revisión total".', False),
        ('Santiago Peña pidió una "revisión total de las cuentas".', False),
        ("Sin comillas no hay nada que decir.", False),
    ],
)
def test_body_before_quote(text, expected):
    assert body_before_quote(text) is expected


@pytest.mark.parametrize(("text", "speech"), [
    ("“Nadie nos avisó de que el puente iba a cerrar”.", True),  # the quotation opens the paragraph
    ("  «Vamos a recurrir la multa ante el juzgado».", True),
    ("Y entonces llegó la pregunta: «¿Quién paga todo esto al final?»", True),  # after a colon
    ("Lo resumió en una frase: \"no hay más dinero para obras\".", True),
    ("Los vecinos describen el ruido como «un taladro que no para nunca».", False),  # inside the sentence
    ("El informe habla de síntomas «parecidos a los de un catarro fuerte», según el hospital.", False),
    ("Escribió guiones como “Tarde de lluvia”, “El último tren” y “Casa vacía”.", False),  # a list of titles
    ("¿Es tan grave “dudar de todo lo que se lee”?", False),
    ("El plan, «que nadie ha leído entero todavía», sigue en pie.", False),
    ("La reunión acabó tarde y sin acuerdo.", False),
])
def test_a_quotation_stands_as_speech_when_it_opens_the_paragraph_or_follows_a_colon(text, speech):
    assert stands_as_speech(text) is speech


@pytest.mark.parametrize(("text", "narrators"), [
    ("Los pacientes tienen dolores «parecidos a los de una gripe fuerte», según el hospital.", True),
    ("Según la ley, el sueldo «se tomará como referencia para todos» en adelante.", True),
    ("¿De verdad es tan grave «pensar distinto de los demás»?", True),
    ("Lo dijo claro. ¿Quién paga «todo lo que se ha roto aquí»? Nadie lo sabe.", True),
    # the sentence with the quotation neither names a source nor asks
    ("Volvió a pedir un «plan creíble para bajar la deuda pública».", False),
    ("¿Vendrá mañana? Exigió un «plan creíble para bajar la deuda pública».", False),
    ("Según el parte, llovió. Pidió una «revisión completa de todo el acuerdo».", False),
    ("No hay comillas en esta frase.", False),
])
def test_words_quoted_in_a_sentence_that_names_its_source_or_asks_are_the_narrators(text, narrators):
    assert narrators_quote(text) is narrators
