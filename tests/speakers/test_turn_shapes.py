"""Tests for search.speakers.turn_shapes: label shapes read with the document's other labels (`SIMÓN.-` against a
dateline, titled mixed-case labels in pairs, numbered labels, an interview's `—P.`). Our own wording and names."""

import pytest

from search.speakers import paragraph_speakers
from search.speakers.turns import turn_label, turn_speakers


@pytest.mark.parametrize("paragraphs, expected", [
    # after another label closed by a dash
    (["PREGUNTA.- ¿Cómo empezó todo?", "SIMÓN.- Por casualidad, en un taller.", "PREGUNTA.- ¿Y después?",
      "Lo dejó todo, según cuentan.", "SIMÓN.- Seguí, sin pensarlo."],
     ["Pregunta", "Simón", "Pregunta", "Pregunta", "Simón"]),
    (["Sra. Ruiz.- Buenas tardes.", "MATEO.- Buenas tardes.", "Sra. Ruiz.- Empiece."],
     ["Ruiz", "Mateo", "Ruiz"]),
    # two names that take turns, each more than once
    (["ANA.- ¿Vienes?", "LUCAS.- No puedo.", "ANA.- ¿Por qué?", "LUCAS.- Llueve."], ["Ana", "Lucas", "Ana", "Lucas"]),
    (["Julia.- ¿Vienes?", "Mateo.- No puedo.", "Julia.- ¿Por qué?", "Mateo.- Llueve."],
     ["Julia", "Mateo", "Julia", "Mateo"]),
])
def test_a_word_closed_by_a_dash_is_a_label_among_labels(paragraphs, expected):
    assert turn_speakers(paragraphs) == expected


@pytest.mark.parametrize("paragraphs", [
    ["MADRID.- El Gobierno aprobó ayer el decreto.", "La medida entra en vigor mañana."],
    ["MÓSTOLES.- El pleno aprobó el presupuesto.", "El alcalde lo defendió."],  # a place no list knows
    ["MÓSTOLES.- El pleno aprobó el presupuesto.", "GETAFE.- Abre la nueva biblioteca.",
     "ALCORCÓN.- Cortes de tráfico por obras."],  # a digest of datelines, once each
    ["Moraleja.— Nada dura.", "Fin del cuento."],  # a heading's word in mixed case
])
def test_a_dateline_is_no_label(paragraphs):
    assert turn_speakers(paragraphs) == [None] * len(paragraphs)


def test_a_dateline_before_the_labels_is_no_label():
    paragraphs = ["GETAFE.- Así fue la charla con la directora.", "PREGUNTA.- ¿Cómo está?", "ELENA.- Bien, gracias.",
                  "NOTA.- Editada por su extensión."]
    assert turn_speakers(paragraphs) == [None, "Pregunta", "Elena", "Elena"]


@pytest.mark.parametrize("paragraphs, expected", [
    (["Senador Tomás Ribas Soler: Buenos días.", "Tiene la palabra la senadora Ortega.",
      "Senadora Elena Ortega Llano: Gracias, presidente.", "Quiero empezar por el presupuesto."],
     ["Tomás Ribas Soler", "Tomás Ribas Soler", "Elena Ortega Llano", "Elena Ortega Llano"]),
    (["Diputada Elena Ortega: Pido la palabra.", "Diputado Ribas: Adelante.", "Sigo con lo mío."],
     ["Elena Ortega", "Ribas", "Ribas"]),
    (["El Presidente Senador Tomás Ribas Soler: Se abre la sesión.", "Nos acompañan hoy estudiantes.",
      "El Presidente Senador Tomás Ribas Soler: Se levanta la sesión."],
     ["Tomás Ribas Soler", "Tomás Ribas Soler", "Tomás Ribas Soler"]),
    (["Sra. Lucena: Buenas tardes.", "Sr. Ribas: Buenas tardes.", "Empecemos por el orden del día."],
     ["Lucena", "Ribas", "Ribas"]),
])
def test_two_titled_labels_make_a_record(paragraphs, expected):
    assert turn_speakers(paragraphs) == expected


@pytest.mark.parametrize("paragraphs", [
    ["Senadora Elena Ortega: «No habrá recortes»", "La senadora habló ayer en el pleno.", "Dijo que votará en contra."],
    ["Sr. Director: Le escribo para quejarme del ruido.", "Atentamente, Ana Ruiz."],  # a letter
    ["Sra. Lucena: le escribo otra vez.", "Nada ha cambiado desde mayo."],
])
def test_one_titled_label_alone_makes_no_record(paragraphs):
    assert turn_speakers(paragraphs) == [None] * len(paragraphs)


@pytest.mark.parametrize("paragraph, expected", [
    ("1. ANA RUIZ: Buenos días a todos.", ("Ana Ruiz", False)),
    ("2) PREGUNTA: ¿Y el presupuesto?", ("Pregunta", False)),
    ("3. PRESIDENTE: Se abre la sesión.", ("Presidente", False)),
    ("12. TOMÁS RIBAS SOLER, DIRECTOR: Gracias.", ("Tomás Ribas Soler", False)),
    ("—P. ¿Cuándo llegó a la ciudad?", ("Pregunta", False)),
    ("—R. Hace diez años.", (None, False)),
    ("– Pregunta. ¿Y después?", ("Pregunta", False)),
])
def test_numbered_and_dashed_labels(paragraph, expected):
    assert turn_label(paragraph) == expected


@pytest.mark.parametrize("paragraph", [
    "1. INTRODUCCIÓN: el proyecto nace en 2019.",  # a numbered heading
    "2. OBJETIVOS GENERALES: mejorar la red.",
    "3. Ana Ruiz: directora del proyecto.",  # a list of people, in mixed case
    "4. MADRID: sede del congreso.",
    "2024. UN AÑO DIFÍCIL: resumen.",
    "—Pero, ¿qué dices? —preguntó Ana.",  # a novel's dialogue
])
def test_no_numbered_or_dashed_label(paragraph):
    assert turn_label(paragraph) is None


@pytest.mark.parametrize("introduction", [
    "El equipo de la revista habló en exclusiva con Lucía Ferrer Vidal.",
    "Conversamos con Lucía Ferrer Vidal en su despacho.",
    "Hoy charlamos largo y tendido con Lucía Ferrer Vidal, la nueva rectora.",
])
@pytest.mark.parametrize("question, answer", [
    ("P: ¿Ha cambiado la universidad?", "R: No tanto como debería."),
    ("—P. ¿Ha cambiado la universidad?", "—R. No tanto como debería."),
    ("Pregunta.— ¿Ha cambiado la universidad?", "Respuesta.— No tanto como debería."),
])
def test_labelled_answers_are_the_interviewee_the_introduction_names(introduction, question, answer):
    """One exchange is enough when questions and answers are labelled; the answer need not say `yo`."""
    found = paragraph_speakers([introduction, question, answer])
    assert found[1] == ["Pregunta"]
    assert found[2] == ["Lucía Ferrer Vidal"]


def test_labelled_answers_with_no_one_introduced_credit_no_one():
    found = paragraph_speakers(["Una charla en la radio local.", "P: ¿Ha cambiado la ciudad?", "R: No tanto."])
    assert found[2] == []
