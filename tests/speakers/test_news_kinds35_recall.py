"""Kinds of real news whose speaker was missed although a person plainly speaks (session 35): a description as the
subject that the lexicon lacked (`el académico`, `el uniformado`) or that has a complement of common nouns (`la
exempleada de la red social`), and a name after an opening connective with a long apposition before its verb (`Por
su parte X, especialista en… y docente de…, de la Universidad…, expone que…`), with the subject-less lines after it.
Glued initials are in test_initials.py."""

import pytest

from search.speakers import paragraph_speakers
from search.speakers.epithet_subjects import description_at
from search.speakers.mentions import TOKEN


def speakers(*paragraphs):
    return paragraph_speakers(list(paragraphs))[-1]


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
