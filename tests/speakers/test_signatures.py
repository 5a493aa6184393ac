"""Who signs a text: a signature at its end, a byline or frame at its top; and the names that sign nothing."""

import pytest

from search.speakers.signatures import dateline, signer

BODY = ["Título", "Os escribo para contaros lo que haremos este año."]


@pytest.mark.parametrize(
    "ending, words, lines",
    [
        (["Firmado: Begoña Salas Ruiz"], ["Begoña", "Salas", "Ruiz"], [2]),
        (["Fdo.: Ramiro Alonso"], ["Ramiro", "Alonso"], [2]),
        (["Firmado: Begoña Salas", "Alcaldesa de Teruel"], ["Begoña", "Salas"], [2, 3]),
        (["Ignacio de la Vega Mora, Ministro de Transportes"], ["Ignacio", "de", "la", "Vega", "Mora"], [2]),
        (["Ignacio Vega Mora, exconsejero de Hacienda", "Zaragoza, 3 de abril de 2024"],
         ["Ignacio", "Vega", "Mora"], [2]),
        (["Nerea Etxeberria", "Secretaria General"], ["Nerea", "Etxeberria"], [2, 3]),
        (["Nerea Etxeberria", "La presidenta del consejo", "12/05/2023"], ["Nerea", "Etxeberria"], [2, 3]),
        (["Un fuerte abrazo,", "Gonzalo Pineda Ríos"], ["Gonzalo", "Pineda", "Ríos"], [3]),
        (["Nada más por hoy. Atentamente,", "Gonzalo Pineda"], ["Gonzalo", "Pineda"], [3]),
        (["SOFÍA MARÍN LUQUE", "Consejera de Cultura"], ["SOFÍA", "MARÍN", "LUQUE"], [2, 3]),
        # a source that lost its line breaks: the office, or the closing, on the name's line
        (["Rocío Galán Peña Ministra de Trabajo"], ["Rocío", "Galán", "Peña"], [2]),
        (["Un abrazo, Rocío Galán"], ["Rocío", "Galán"], [2]),
        (["Rocío Galán, Ministra de Inclusión, Seguridad Social y Migraciones."], ["Rocío", "Galán"], [2]),
    ],
)
def test_a_signature_at_the_end(ending, words, lines):
    assert signer(BODY + ending) == (words, lines)


@pytest.mark.parametrize(
    "top, words",
    [
        ("Carta de la ministra de Sanidad, Inés Roldán, a los profesionales", ["Inés", "Roldán"]),
        ("Carta abierta del alcalde Fermín Oteo Sanz a los vecinos", ["Fermín", "Oteo", "Sanz"]),
        ("Artículo de opinión de Ramón Iglesias Paz publicado en la prensa regional", ["Ramón", "Iglesias", "Paz"]),
        ("Tribuna de Alba Serrano en el diario local", ["Alba", "Serrano"]),
        ("Mensaje del presidente Héctor Luján con motivo del Día de la Memoria", ["Héctor", "Luján"]),
        ("Por Alba Serrano, portavoz del grupo municipal", ["Alba", "Serrano"]),
        ("Opinión | Alba Serrano Gil", ["Alba", "Serrano", "Gil"]),
        ("Tribuna: Alba Serrano", ["Alba", "Serrano"]),
    ],
)
def test_a_frame_or_byline_at_the_top(top, words):
    assert signer([top, "Os escribo para contaros lo que haremos este año."]) == (words, [0])


def test_a_byline_then_an_office_line():
    assert signer(["Título", "Por Alba Serrano", "Diputada autonómica", "Quiero contaros algo."]) == \
        (["Alba", "Serrano"], [1, 2])


@pytest.mark.parametrize(
    "ending",
    [
        ["Por Julián Serrano"],  # a reporter's byline
        ["Julián Serrano"],  # a name alone: a byline as often as a signature
        ["Foto: Julián Serrano Gil"],  # a photo credit
        ["Texto: Julián Serrano, director de la revista"],
        ["Gabinete de prensa", "Julián Serrano Gil"],
        ["Julián Serrano Gil", "Jefe de prensa"],  # an office of the press: a contact, no signer
        ["Contacto: Julián Serrano Gil, director de comunicación"],
        ["Julián Serrano Gil, director", "jserrano@example.org"],
        ["Firmado: el comité de empresa"],  # no person's name
        ["Un abrazo,", "Julián Serrano", "Y gracias otra vez por todo lo que habéis hecho."],  # more text after it
        ["El Ministerio de Cultura, a 3 de mayo"],
        # a columnist's signature: an address, then the name and a biography, no office
        ["rosa.quintero@example.org", "ROSA QUINTERO. Periodista, premio de reportaje 2018, profesora universitaria"],
        ["Rocío Galán, ministra de Trabajo, lo explicó así en la rueda de prensa."],  # a sentence, not a signature
        ["Rocío Galán, ministra de Trabajo, presentó ayer el plan."],
        ["Un abrazo, Rocío Galán y todo el equipo de la asociación vecinal"],
    ],
)
def test_names_that_sign_nothing(ending):
    assert signer(BODY + ending) is None


@pytest.mark.parametrize(
    "top",
    [
        "Por Julián Serrano",  # no office: a reporter's byline
        "Carta de una lectora a la redacción",  # the press
        "Carta de los vecinos al ayuntamiento",  # no person's name
        "Lo que aprendí en el tren / Óscar Medina",  # a column's byline, no frame
        "Opinión: la ley que defendió Alba Serrano",  # a name further on, after a label: no byline
    ],
)
def test_tops_that_frame_nothing(top):
    assert signer([top, "Os escribo para contaros lo que haremos este año."]) is None


@pytest.mark.parametrize(
    "text, expected",
    [("Madrid, 8 de marzo de 2024", True), ("12/03/2024", True), ("En Soria, a lunes", True),
     ("Sevilla, enero de 2023", True), ("Ministra de Igualdad", False), ("Hemos creado 300 plazas este año", False),
     ("Os escribo el 8 de marzo porque es un día que nos importa a todos", False)],
)
def test_a_dateline(text, expected):
    assert dateline(text) is expected
