"""Issue 14, round 19 (sp19b): a plural verb of saying with no subject refers to the people a sentence before named
together as its subject (search.speakers.plural_topic); clauses joined by `y` share an unwritten subject
(search.speakers.subject_slots.verb_first). Rows of my own wording, other names and shapes, with negatives: a single
person before, two people named apart, a body or another plural subject written, a subject after `se`."""

import pytest

from search.speakers import attributions, paragraph_speakers
from search.speakers.mentions import TOKEN, Sentence
from search.speakers.people import People
from search.speakers.plural_topic import OPENS_TOGETHER, coordinated_subject_people, opening_together


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (["Las biólogas Nuria Ferrer y Olga Ibáñez estudiaron durante un año el delta del río.",
          "Han concluido que la salinidad del agua se ha duplicado desde 2010."], ["Nuria Ferrer", "Olga Ibáñez"]),
        (["El arquitecto Mateo Lobo, de la Universidad de Granada, y la ingeniera Clara Soler midieron el puente.",
          "Para ello usaron sensores durante tres meses. Compararon las series y advirtieron que la estructura cede."],
         ["Mateo Lobo", "Clara Soler"]),
        (["Iván Cortés e Inés Prado presentaron ayer su libro en Cáceres.",
          "«Queríamos contar lo que nadie contó», explicaron."], ["Iván Cortés", "Inés Prado"]),
        # negatives: one person before, two people named apart, a plural subject written, a body
        (["La bióloga Nuria Ferrer estudió durante un año el delta del río.",
          "Han concluido que la salinidad del agua se ha duplicado."], []),
        (["Nuria Ferrer visitó a Olga Ibáñez en su laboratorio de Cádiz.",
          "Han concluido que la salinidad del agua se ha duplicado."], []),
        (["Nuria Ferrer y Olga Ibáñez estudiaron el delta del río.",
          "Los pescadores de la zona, en cambio, aseguran que no ven cambios."], []),
        (["Nuria Ferrer y Olga Ibáñez estudiaron el delta del río.",
          "La Confederación Hidrográfica respondió que vigila el caudal."], []),
        (["Nuria Ferrer y Olga Ibáñez estudiaron el delta del río en 2019.",
          "El 12 de marzo se cerró el paso al público.", "Tres años después, 40 especies habían desaparecido.",
          "Han concluido que la salinidad del agua se ha duplicado."], []),  # too far back
    ],
)
def test_a_plural_with_no_subject_takes_the_people_named_together(paragraphs, expected):
    assert sorted(paragraph_speakers(paragraphs)[-1]) == sorted(expected)


def test_the_trace_names_the_plural_topic():
    found = attributions(["Las biólogas Nuria Ferrer y Olga Ibáñez estudiaron el delta del río.",
                          "Han concluido que la salinidad se ha duplicado."])
    assert found[-1] == {"Nuria Ferrer": "verb:plural-topic", "Olga Ibáñez": "verb:plural-topic"}


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (["«El plan llega tarde», dijo la concejala Irene Valls.",
          "Repasó las cuentas del año y denunció que faltan dos millones."], ["Irene Valls"]),
        (["«El plan llega tarde», dijo la concejala Irene Valls.",
          "Ayer visitó la obra y aseguró que estará lista en junio."], ["Irene Valls"]),
        # negatives: a subject written before the verb, a subject after `se`, a plural verb after one person
        (["«El plan llega tarde», dijo la concejala Irene Valls.",
          "El informe repasa las cuentas del año y concluye que faltan dos millones."], []),
        (["«El plan llega tarde», dijo la concejala Irene Valls.",
          "Ayer se publicó el balance y confirmó que faltan dos millones."], []),
        (["«El plan llega tarde», dijo la concejala Irene Valls.",
          "Llegaron los resultados y confirmaron que faltan dos millones."], []),
    ],
)
def test_clauses_joined_by_y_share_their_unwritten_subject(paragraphs, expected):
    assert paragraph_speakers(paragraphs)[-1] == expected


def sentence(text: str) -> Sentence:
    return Sentence(TOKEN.findall(text), People(), 1)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ana Gil y Luis Mora firmaron el acuerdo.", ["Ana Gil", "Luis Mora"]),
        ("Los juristas Ana Gil, de la Universidad de Vigo, y Luis Mora recurrieron.", ["Ana Gil", "Luis Mora"]),
        ("La jueza Ana Gil y el fiscal Luis Mora se reunieron.", ["Ana Gil", "Luis Mora"]),
        ("Ana Gil, Luis Mora y Eva Rus firmaron.", []),  # a list written with commas: not read
        ("Ana Gil firmó con Luis Mora el acuerdo.", []),  # one subject
        ("Ana Gil y Luis Mora, de Vigo.", []),  # no verb after it
        ("Para Ana Gil y Luis Mora, el acuerdo llega tarde.", []),  # governed by a preposition
    ],
)
def test_coordinated_subject_people(text, expected):
    assert [person.display for person in coordinated_subject_people(sentence(text), 0)] == expected


@pytest.mark.parametrize(
    ("text", "opens"),
    [
        ("Ana Gil y Luis Mora firmaron.", True),
        ("Los juristas Ana Gil, de la Universidad de Vigo, y Luis Mora recurrieron.", True),
        ("El ministro José Ruiz y el alcalde Luis Mora se reunieron.", True),
        ("En Vigo, Ana Gil firmó.", False),
        ("La sesión y el pleno se aplazaron.", False),
    ],
)
def test_opens_together(text, opens):
    assert bool(OPENS_TOGETHER.match(text)) is opens


def test_opening_together_reads_the_first_sentence_only():
    found = opening_together(People(), "Ana Gil firmó. Luis Mora y Eva Rus llegaron.", 1)
    assert found == []
