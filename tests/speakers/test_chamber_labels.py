"""Tests for search.speakers.chamber_labels: the labels of parliamentary records, and what is no label.

The rows copy the shapes of real records (Spain's Congreso, the Parlamento de Canarias, the congresses of Peru, Chile
and Argentina, Mexico's Senate, La Moncloa's press conferences), in sentences and names of our own.
"""

import pytest

from search.speakers.chamber_labels import bracketed_person
from search.speakers.turns import turn_label, turn_speakers


@pytest.mark.parametrize("paragraph, expected", [
    # an article and an honorific, in capitals or not, before a role or a name
    ("El señor presidente: Pasamos al siguiente punto.", ("Presidente", False)),
    ("La señora vicepresidenta primera: Silencio, por favor.", ("Vicepresidenta primera", False)),
    ("La señora Ortega Llano: Buenas tardes, señorías.", ("Ortega Llano", False)),
    # a bracket: the person when a role stands outside it, a role or a party when the person does
    ("El señor PRESIDENTE (Tomás Ribas Soler).— Se abre la sesión.", ("Tomás Ribas Soler", False)),
    # the role in the bracket is as Spain's Congreso prints it (congreso.es, Aviso legal: its information may be reused
    # without conditions if the source is cited); the name and the words are ours
    ("El señor BERMEJO CANO (Candidato a la Presidencia del Gobierno): Señorías, gracias.", ("Bermejo Cano", False)),
    ("El señor QUIROGA PAZ (PARTIDO NUEVO).— Señora Presidenta: pido la palabra.", ("Quiroga Paz", False)),
    ("La señora SALAS (Presidenta).- Puede intervenir el senador.", ("Salas", False)),
    ("El señor Ribas (con voz firme): ¡Orden!", ("Ribas", False)),
    # closed by `.-` or `.—`, alone on its line (the turn's text on the next one)
    ("El señor SALAS (Presidente).-", ("Salas", False)),
    ("La señora PRESIDENTA.— Pasamos al siguiente punto.", ("Presidenta", False)),
    # an honorific abbreviated before a role and the person in brackets
    ("Sra. Presidenta (Ferrer).- Se vota.", ("Ferrer", False)),
    ("Sr. Secretario (Olmos).- Falta un voto.", ("Olmos", False)),
    ("Sra. Lucena Paz.-Yo no voto.", ("Lucena Paz", False)),
    # `C.` (ciudadano) and role words before the name, in capitals or not, after a dash
    ("-EL C. PRESIDENTE SENADOR TOMÁS RIBAS SOLER: (10:05 horas) Buenos días.", ("Tomás Ribas Soler", False)),
    ("- LA C. SECRETARIA DIPUTADA ELENA ORTEGA LLANO: Hay quórum.", ("Elena Ortega Llano", False)),
    ("El C. Presidente Tomás Ribas Soler: Se abre la sesión.", ("Tomás Ribas Soler", True)),
    ("La C. Secretaria Elena Ortega Llano: Hay quórum.", ("Elena Ortega Llano", True)),
    ("El Presidente Senador Tomás Ribas Soler: Se reanuda la sesión.", ("Tomás Ribas Soler", True)),
    ("Senador Tomás Ribas Soler: Muchas gracias.", ("Tomás Ribas Soler", True)),
    # an article and a role alone: the role speaks
    ("El Ministro del Interior: No consta.", ("Ministro del Interior", False)),
    ("El Presidente: Puede continuar su señoría.", ("Presidente", False)),
    # a label closed by `.-` before a colon of the text
    ("Portavoz.- La respuesta es sencilla: no.", ("Portavoz", False)),
    # `SEÑOR`, `SEÑORA` spelt out before a label in capitals closed by `.-` (Uruguay): no part of the name
    ("SEÑORA PRESIDENTE.- Con el quórum necesario, comenzamos.", ("Presidente", False)),
    ("SEÑOR QUIROGA.- Pido la palabra.", ("Quiroga", False)),
])
def test_chamber_labels(paragraph, expected):
    assert turn_label(paragraph) == expected


@pytest.mark.parametrize("paragraph", [
    "El señor alcalde dijo ayer: no habrá cambios.",  # prose after an honorific
    "El señor Ribas, que llegó tarde: nada que decir.",
    "MADRID.- El Gobierno aprobó ayer el decreto.",  # a dateline
    "SESIÓN ORDINARIA DE LA CÁMARA, CELEBRADA EL MARTES 3 DE MAYO.",  # a heading in capitals
    "Nota: el horario de la sesión cambia.",
    "El Gobierno: una nota de prensa.",  # a body is no role
    "La señora del tercero: siempre tan amable.",
    "—Vamos, señor Ribas —dijo ella—: no tarde.",  # a novel's dialogue
    "El RELATOR pasa lista:",  # what happens, said by no one
    "Senador: el cargo que ocupa.",
    "SEÑORA MÍA.- ¿Dónde estabas?",
])
def test_no_chamber_label(paragraph):
    assert turn_label(paragraph) is None


@pytest.mark.parametrize("outside, inside, expected", [
    ("MINISTRA DE HACIENDA", "Lucena Paz", "Lucena Paz"),
    ("PRESIDENTE", "Tomás Ribas Soler", "Tomás Ribas Soler"),
    ("BERMEJO CANO", "Candidato a la Presidencia", "Bermejo Cano"),
    ("QUIROGA PAZ", "PARTIDO 2000", "Quiroga Paz"),
    ("Presidente", "con ademán violento", "Presidente"),
    ("presidente", None, "Presidente"),
])
def test_bracketed_person(outside, inside, expected):
    assert bracketed_person(outside, inside) == expected


def test_record_notes_are_no_ones():
    """A note of the record (`(Aplausos)`, `--Se levanta…`) breaks no turn and is nobody's; in a record that brackets
    its notes a single dash is the turn going on (Uruguay's Senate; test_record_notes has the records that dash
    them)."""
    paragraphs = [
        "Sra. Presidenta (Ferrer).- Se abre la votación.",
        "–Manifestaciones en las bancas.",
        "Sra. Lucena Paz.- No voto.",
        "(Aplausos)",
        "Y no votaré mientras no se aclare.",
        "--Se levanta la sesión a las 18:00.",
        "Sra. Presidenta (Ferrer).- Se levanta la sesión.",
    ]
    assert turn_speakers(paragraphs) == ["Ferrer", "Ferrer", "Lucena Paz", None, "Lucena Paz", None, "Ferrer"]


def test_a_single_dash_resumes_the_turn_after_a_note():
    """`–Léase el artículo 7.º.` after `(Apoyados).` is the president again (Uruguay's Senate); a label of a role
    closed by `.-` is sure enough alone to make a transcript of a short record."""
    paragraphs = ["SEÑOR PRESIDENTE.- Está abierta la sesión.", "(Son las 15:15).", "–Léase el artículo 7.º.",
                  "(Se lee)."]
    assert turn_speakers(paragraphs) == ["Presidente", None, "Presidente", None]


def test_a_parliamentary_label_alone_makes_a_transcript():
    paragraphs = ["Se abre la sesión a las diez.", "El señor PRESIDENTE: Señorías, comenzamos.", "Damos la palabra."]
    assert turn_speakers(paragraphs) == [None, "Presidente", "Presidente"]


@pytest.mark.parametrize("paragraphs, expected", [
    (["ANA RUIZ: ¿Y el presupuesto?", "TOMÁS RIBAS: Llegará.", "A.R.: ¿Cuándo?", "T. R.: En mayo."],
     ["Ana Ruiz", "Tomás Ribas", "Ana Ruiz", "Tomás Ribas"]),
    # initials that fit two people, or none, name no one
    (["ANA RUIZ: ¿Sí?", "ÁLVARO RÍOS: No.", "A.R.: ¿Cuándo?"], ["Ana Ruiz", "Álvaro Ríos", "Álvaro Ríos"]),
    (["ANA RUIZ: ¿Sí?", "TOMÁS RIBAS: No.", "J.E.: ¿Cuándo?"], ["Ana Ruiz", "Tomás Ribas", "Tomás Ribas"]),
])
def test_initials_name_the_one_speaker_they_fit(paragraphs, expected):
    assert turn_speakers(paragraphs) == expected


def test_chilean_label_alone_on_its_line():
    paragraphs = [
        "El señor SALAS (Presidente).-",
        "Comienza la sesión a la hora fijada.",
        "La señora LUCENA.- Pido la palabra.",
        "El señor SALAS (Presidente).- Adelante, senadora.",
    ]
    assert turn_speakers(paragraphs) == ["Salas", "Salas", "Lucena", "Salas"]


def test_a_novel_dialogue_with_dashes_keeps_its_turns():
    """In a transcript the em dash opens an interview's answer, not a note: the turn goes on."""
    paragraphs = ["PREGUNTA: ¿Y el presupuesto?", "ELENA ORTEGA: Llegará.", "—Se lo aseguro, en mayo."]
    assert turn_speakers(paragraphs) == ["Pregunta", "Elena Ortega", "Elena Ortega"]
