"""Quoted words that are nobody's words: terms, titles, what a body asks for."""

import pytest

from search.speakers.quoted_terms import body_before_quote, only_terms


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
