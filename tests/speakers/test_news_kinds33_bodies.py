"""A body speaks for no person (issue 14, stop 33, from an unlabelled pool of Chilean news): a body spoken from with a
plural verb (`Desde la firma precisan que «…»`; search.speakers.voice_spans.subject_before, voices.IMPERSONAL_CUES)
voices its line and the quotation it opens, which the person followed does not take; and the bodies Chile's press
names by one word (`Carabineros confirmó`, `según Senapred`; search.speakers.lexicon.LONE_BODIES) are never people.
Rows of my own wording, with other names."""

import pytest

from search.speakers import paragraph_speakers
from search.speakers.voices import line_voices

MAYOR = ["Titular", "La alcaldesa Rosa Vidal indicó que «el proyecto debe ser un aporte para el barrio»."]


@pytest.mark.parametrize("line", [
    "Desde la firma precisan que «ha pasado más de una década desde la licitación».",
    "Desde el Ministerio de Obras Públicas aseguraron que «las obras terminan en marzo».",
    "Desde Aguas del Sur informaron que «el corte durará quince horas».",
    "Desde la oposición criticaron que «el plan llega tarde y sin recursos».",
    "Desde la empresa precisaron: «Hemos cumplido cada uno de los plazos».",
])
def test_a_body_spoken_from_voices_its_quotation(line):
    assert paragraph_speakers([*MAYOR, line])[2] == []


def test_the_body_spoken_from_keeps_the_quotation_over_paragraphs():
    lines = ["Desde la constructora señalaron que «el proyecto se reactivó en 2022.",
             "Nos hemos reunido con los vecinos y con el colegio».",
             "«Seguiremos informando a la comunidad», añadieron."]
    assert paragraph_speakers([*MAYOR, *lines])[2:] == [[], [], []]


@pytest.mark.parametrize(("line", "voice"), [
    ("Desde la firma precisan que no habrá cambios.", ("Desde la firma", "body")),
    ("Desde Carabineros informaron que hubo tres detenidos.", ("Desde Carabineros", "body")),
])
def test_the_voice_is_the_body(line, voice):
    assert [(found.text, found.kind) for found in line_voices(["Titular", line], 1)] == [voice]


@pytest.mark.parametrize(("line", "expected"), [
    # negatives: a place spoken from, a person the subject; a singular verb with no subject is the person followed's
    ("Desde Valparaíso, la alcaldesa precisó que «las obras terminan en marzo».", ["Rosa Vidal"]),
    ("Desde su despacho, precisó que «las obras terminan en marzo».", ["Rosa Vidal"]),
    ("Desde el municipio, Rosa Vidal aseguró que «las obras terminan en marzo».", ["Rosa Vidal"]),
])
def test_a_person_spoken_from_a_place_still_speaks(line, expected):
    assert paragraph_speakers([*MAYOR, line])[2] == expected


@pytest.mark.parametrize("line", [
    "Carabineros confirmó que el detenido pasará a control de detención.",
    "«No hay riesgo de tsunami», informó Senapred en sus redes sociales.",
    "Según Gendarmería, el reo fue trasladado el domingo.",
    "Codelco informó que su presidente ejecutivo presentó su renuncia.",
    "Contraloría anunció una auditoría a los convenios.",
    "En su último sondeo, Cadem aseguró que la aprobación subió dos puntos.",
])
def test_a_chilean_body_named_by_one_word_is_no_person(line):
    assert paragraph_speakers(["Titular", line])[1] == []


@pytest.mark.parametrize(("line", "expected"), [
    # negatives: a person who heads the body, or is named with it, keeps the line
    ("El general director de Carabineros, Marcelo Araya, confirmó que hubo tres detenidos.", ["Marcelo Araya"]),
    ("Según el director de Senapred, Álvaro Ruiz, no hay riesgo de tsunami.", ["Álvaro Ruiz"]),
    ("La presidenta de Codelco, Inés Pardo, aseguró que la producción subirá.", ["Inés Pardo"]),
])
def test_a_person_of_the_body_still_speaks(line, expected):
    assert paragraph_speakers(["Titular", line])[1] == expected
