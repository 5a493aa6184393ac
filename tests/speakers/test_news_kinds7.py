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
