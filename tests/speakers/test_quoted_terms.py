"""Quoted words that are nobody's words: terms, titles, what a body asks for."""

import pytest

from search.speakers.quoted_terms import body_before_quote, only_terms


@pytest.mark.parametrize(
    "text, expected",
    [
        ('Lo apodan "el loco de piel amarilla".', True),
        ('Publicó el documental "In Search of Steve Ditko".', True),
        ("Salió bajo el titular «Nadie sabe qué pasará mañana».", True),
        ('"Nadie sabe qué pasará mañana", dijo.', False),
        ('Hay "el loco" y hay "nadie sabe qué pasará".', False),
    ],
)
def test_only_terms(text, expected):
    assert only_terms(text) is expected


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
