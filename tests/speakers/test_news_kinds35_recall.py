"""Kinds of real news whose speaker was missed although a person plainly speaks (session 35): a name written with
glued initials (`K.P. Maurya`), a description as the subject that the lexicon lacked (`el académico`, `el
uniformado`) or that has a complement of common nouns (`la exempleada de la red social`), and a name after an opening
connective with a long apposition before its verb (`Por su parte X, especialista en… y docente de…, de la
Universidad…, expone que…`), with the subject-less lines after it."""

import pytest

from search.speakers import paragraph_speakers
from search.speakers.epithet_subjects import description_at
from search.speakers.initials import glued_initials
from search.speakers.mentions import TOKEN


def speakers(*paragraphs):
    return paragraph_speakers(list(paragraphs))[-1]


@pytest.mark.parametrize(
    "token, expected",
    [
        ("K.P", True),
        ("J.R.R", True),
        ("A.B.C.D", False),  # four letters: an acronym's (`E.A.A.O.`)
        ("EE.UU", False),  # the United States, two letters a part
        ("U.S", False),  # abbreviations of the same shape
        ("S.A", False),
        ("U.D", False),
        ("I.E", False),
        ("K", False),  # a lone initial is read as one already
        ("k.p", False),
    ],
)
def test_glued_initials(token, expected):
    assert glued_initials(token) is expected


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # glued initials open the name; the full stop after them ends no sentence
        (["Un curandero contagia a decenas de pacientes",
          "El vicegobernador de la provincia, A.K. Sharma, dijo que el curandero fue detenido."], ["A.K. Sharma"]),
        (["Un brote en el norte", "«Hubo un brote en la aldea», explicó el doctor R.N. Mehta."], ["R.N. Mehta"]),
        (["Un brote en el norte", "«Hubo un brote en la aldea», explicó el doctor R.N. Mehta a la prensa."],
         ["R.N. Mehta"]),
        # not the previous speaker
        (["Un brote en el norte", "La ministra Ana Gil dijo que enviará médicos.",
          "«Hubo un brote en la aldea», explicó el doctor R.N. Mehta."], ["R.N. Mehta"]),
        # inside a name, and three of them
        (["Festival de cine", "El director Kevin B.J. Lowe dijo que el festival crecerá."], ["Kevin B.J. Lowe"]),
        (["Libros", "El novelista G.R.R. Martin dijo que terminará la saga."], ["G.R.R. Martin"]),
        # the same person again by the surname
        (["Un brote en el norte", "El vicegobernador de la provincia, A.K. Sharma, dijo que habrá vacunas.",
          "«Llegarán el lunes», añadió Sharma."], ["A.K. Sharma"]),
    ],
)
def test_glued_initials_name_the_speaker(paragraphs, expected):
    assert speakers(*paragraphs) == expected


@pytest.mark.parametrize(
    "paragraphs",
    [
        # abbreviations of the same shape before a capitalised word: a club, a school, a country's body
        ["Fútbol", "La U.D. Almería anunció que renovará a su entrenador."],
        ["Colegios", "La I.E. Alfonso López informó que las clases siguen."],
        ["Migración", "La U.S. Immigration aseguró que revisará los casos."],
    ],
)
def test_abbreviations_of_bodies_open_no_name(paragraphs):
    # (the sentence is still cut after the abbreviation, as before glued initials were read: `Almería` alone may be
    # taken for a name; that is the splitter's, not the initials')
    assert not any("." in name for name in speakers(*paragraphs))


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # nouns for a person the lexicon lacked, as the subject after the person was introduced
        (["Economista propone un plan", "El economista Tomás Ibarra presentó su plan para el sur del país.",
          "El académico planteó que el plan requiere inversión pública."], ["Tomás Ibarra"]),
        (["Operativo en el centro", "El teniente Marcos Vidal dijo que hubo 18 detenidos.",
          "«Son 38 habitaciones en total», explicó el uniformado."], ["Marcos Vidal"]),
        (["Alerta por lluvias", "La meteoróloga Inés Cortés advirtió que lloverá el domingo.",
          "«Hay que salir con paraguas», comentó la profesional."], ["Inés Cortés"]),
        # a complement of common nouns: the body or the work the person belongs to
        (["Exempleada denuncia fallas", "Lena Park, una extrabajadora de la empresa, aseguró que hubo fallas.",
          "Además, la exempleada de la red social reconoció que tomó decisiones sola."], ["Lena Park"]),
    ],
)
def test_descriptions_name_the_person_followed(paragraphs, expected):
    assert speakers(*paragraphs) == expected


@pytest.mark.parametrize(
    "paragraphs",
    [
        # a body as the subject, with a complement of common nouns
        ["Corte de agua", "El gerente Pablo Soto dijo que el servicio volverá.",
         "La oficina de la empresa informó que habrá cortes."],
    ],
)
def test_descriptions_that_name_someone_else(paragraphs):
    assert speakers(*paragraphs) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("la exempleada de la red social reconoció", ("f", 6, ("exempleada",))),
        ("el académico de esta casa de estudios dijo", ("m", 7, ("académico",))),
        ("el ministro de la economía dijo", None),  # an office's complement names the office
        ("la periodista de El País dijo", None),  # a name inside: whoever works there
        ("la cantante de la banda y su hermano dijeron", None),  # a coordination, not a complement of ours
        ("la hermana de la víctima dijo", None),  # a family tie: subject_slots.relation
    ],
)
def test_a_description_with_a_complement(text, expected):
    assert description_at(TOKEN.findall(text), 0) == expected


LONG_APPOSITION = ("Por su parte Marta Ruiz Peña, especialista en cardiología y docente de la Facultad de Medicina, "
                   "de la Universidad del Norte, expone que faltan plazas de residencia.")


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        (["Faltan médicos en el país", LONG_APPOSITION], ["Marta Ruiz Peña"]),
        # the subject-less present-tense lines that follow, as Latin American papers write them
        (["Faltan médicos en el país", LONG_APPOSITION, "Destaca que los residentes ganan poco."],
         ["Marta Ruiz Peña"]),
        (["Faltan médicos en el país", LONG_APPOSITION, "Destaca que los residentes ganan poco.",
          "Dice que el examen funciona como un filtro."], ["Marta Ruiz Peña"]),
        (["Faltan médicos en el país", LONG_APPOSITION, "En su opinión la salida es abrir más plazas."],
         ["Marta Ruiz Peña"]),
        # other connectives, with their comma
        (["Fondos para la música", "Asimismo, Luis Vera, director de la Escuela Nacional de Música, de la "
          "Secretaría de Cultura, afirmó que habrá fondos."], ["Luis Vera"]),
        (["Fondos para la música", "Por otro lado, Rosa Quintana, rectora de la Universidad Central, de la "
          "Asociación de Rectores, señaló que faltan recursos."], ["Rosa Quintana"]),
    ],
)
def test_a_name_after_a_connective_with_a_long_apposition(paragraphs, expected):
    assert speakers(*paragraphs) == expected


@pytest.mark.parametrize(
    "paragraphs",
    [
        # an institution, a place, a visit, a meeting: no statement of a person
        ["Fondos", "Por su parte, la Universidad del Norte, institución pública, informó que habrá fondos."],
        ["Lluvias", "Por su parte Valparaíso, capital de la región, de la zona central, registró lluvias."],
        ["Visita", "Por su parte Ana Gil, ministra de Salud, de la Región de Murcia, visitó el hospital."],
        ["Reunión", "Asimismo, Luis Vera, director de la Escuela de Música, se reunió con los alcaldes."],
    ],
)
def test_no_statement_after_a_connective(paragraphs):
    assert speakers(*paragraphs) == []
