"""Kinds of attribution met in real news (round 7), each with cases of other names and shapes than those it was
found on, negative ones included."""

import pytest

from search.speakers import paragraph_speakers


def speakers(*paragraphs: str) -> list[list[str]]:
    return paragraph_speakers(list(paragraphs))


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # a surname opened by a capitalised particle, after the verb or as subject, is the person introduced with it
        (["La actriz Sara del Pino denunció a la productora.", '"Nadie me ha escuchado", ha dicho Del Pino en Lima.'],
         [["Sara del Pino"], ["Sara del Pino"]]),
        (["El juez Mario de la Serna llegó al tribunal.", "«Se hará justicia», añadió De la Serna."],
         [[], ["Mario de la Serna"]]),
        (["La ingeniera Marta van den Bosch presentó el proyecto.", "Van den Bosch dijo que la obra acaba en mayo."],
         [[], ["Marta van den Bosch"]]),
        (["El técnico Hugo di Marco llegó a Roma.", "Di Marco aseguró que el equipo está listo."],
         [[], ["Hugo di Marco"]]),
        # a first mention before a reporting verb is a name too
        (["De la Vega afirmó que el plan es viable."], [["De la Vega"]]),
        # negative: the lower-case contraction, and a capitalised particle opening a sentence on a place or body
        (["La actriz Sara del Pino denunció a la productora.", "La casa del Pino quedó vacía."],
         [["Sara del Pino"], []]),
        (["La jueza Ana de la Serna dijo que no.", "Del Ministerio salió la orden al día siguiente."],
         [["Ana de la Serna"], []]),
        (["De Madrid llegaron las primeras noticias."], [[]]),
    ],
)
def test_a_surname_opened_by_a_capitalised_particle(paragraphs, expected):
    assert speakers(*paragraphs) == expected


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # a credit after the quotation whose subject is a role, its body and the name, with no commas between
        (['"Queremos llegar a todos", afirmó la directora de la fundación Irene Salas en un comunicado.'],
         [["Irene Salas"]]),
        (["«El producto llegará en junio», dijo el gerente técnico de la compañía Jason Park."], [["Jason Park"]]),
        # and the quotation's following lines keep that speaker
        (['"La idea es sencilla", explicó el jefe de diseño del estudio Gregory Lane ante la prensa.',
          '"No hace falta más.', 'Basta con escuchar".', "El estudio abrió en 2010."],
         [["Gregory Lane"], ["Gregory Lane"], ["Gregory Lane"], []]),
        # negative: a body named by a common noun and its name, with no person after it
        (['"Las ventas suben", informó el director de la aerolínea Vueling en un comunicado.'], [[]]),
        (["El director de la empresa visitó la planta de la firma Ortega Hermanos."], [[]]),
    ],
)
def test_a_credit_of_a_role_its_body_and_a_name_without_commas(paragraphs, expected):
    assert speakers(*paragraphs) == expected


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # a thing and its owner after a determiner: the owner alone is the person, and keeps their name
        (["El cantante Bunbury dijo que está listo.", "Los mensajes en el Twitter de Bunbury fueron de apoyo."],
         [["Bunbury"], []]),
        (["La cantante Tini anunció: «Vuelvo en mayo».", "Sus fans celebran en la cuenta de Tini la noticia.",
          "Otros escriben en el Facebook de Tini."], [["Tini"], [], []]),
        (["La actriz Marta Ruiz dijo que sí.", "Hay fotos nuevas en el Instagram de Marta Ruiz."],
         [["Marta Ruiz"], []]),
        # negative: a given name before `de` is a person's name with a particle, not a thing
        (["La escritora Elena de Soto habló ayer.", "«Escribo cada día», dijo Elena de Soto."],
         [[], ["Elena de Soto"]]),
    ],
)
def test_a_thing_named_with_its_owner_is_no_person(paragraphs, expected):
    assert speakers(*paragraphs) == expected


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # `de acuerdo a X`, the Latin American form of `de acuerdo con X`, reports X's words, by name or by role
        (["El alcalde Tomás Prieto visitó la zona.", "De acuerdo al mismo alcalde, el agua llegará en junio."],
         [[], ["Tomás Prieto"]]),
        (["La arquitecta Nuria Vidal presentó la obra.", "De acuerdo a Vidal, costará dos millones."],
         [[], ["Nuria Vidal"]]),
        (["El médico Iván Soto atendió a los heridos.", "Nadie murió, de acuerdo a la misma fuente médica."],
         [[], []]),
        # negative: what one acts in accordance with is no speaker
        (["La jueza Ana Gil viajó a Lima.", "De acuerdo al plan, llegará a las diez."], [[], []]),
        (["La jueza Ana Gil viajó a Lima.", "De acuerdo a la ley, el juicio será público."], [[], []]),
    ],
)
def test_de_acuerdo_a_reports_like_de_acuerdo_con(paragraphs, expected):
    assert speakers(*paragraphs) == expected
