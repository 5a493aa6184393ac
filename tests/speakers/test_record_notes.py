"""Tests for search.speakers.record_notes: the notes of a record that no one says, read with the record's own shapes.

Every row is our own wording and invented names, in the shapes of real records (Argentina's, Peru's and Uruguay's
chambers; samples read from their published records).
"""

import pytest

from search.speakers.record_notes import described, reading_note
from search.speakers.turns import turn_speakers

# A record whose labels close with a dash and whose notes follow a single dash (Argentina's `–`, Peru's `—`)
DASHED_RECORD = [
    "Sra. Presidenta (Ferrer).- Se abre la votación.",
    "{note}",
    "Sr. Olmos.- Pido la palabra, presidenta.",
    "{note}",
    "Sr. Olmos.- Gracias.",
]


@pytest.mark.parametrize("note", [
    "–Murmullos en las bancas.",
    "–Varios senadores hablan a la vez.",
    "–Se practica la votación por medios electrónicos.",
    "—Se aprueba, sin debate, el acta anterior.",
    "—Asume la Presidencia el señor Tomás Ribas Soler.",
    "—Es copia de la grabación de la sesión.",
    "–Aplausos prolongados en las galerías.",
])
def test_a_dash_note_in_a_record_that_dashes_its_notes_is_no_ones(note):
    paragraphs = [paragraph.format(note=note) for paragraph in DASHED_RECORD]
    assert turn_speakers(paragraphs) == ["Ferrer", None, "Olmos", None, "Olmos"]


@pytest.mark.parametrize("line", [
    "–Léase el artículo siguiente.",  # an imperative with `se`: the president again
    "–Vótese la moción.",
    "–¿Me permite una interrupción?",  # asks
    "–¡Silencio en las bancas!",
    "–Les pido, señorías, que guarden silencio.",  # addressed to the chamber
    "–Yo no voto así.",  # first person
    "–Nosotros nos abstenemos.",
])
def test_a_dash_line_that_speaks_keeps_the_turn(line):
    paragraphs = [paragraph.format(note=line) for paragraph in DASHED_RECORD]
    assert turn_speakers(paragraphs) == ["Ferrer", "Ferrer", "Olmos", "Olmos", "Olmos"]


@pytest.mark.parametrize("line", ["–Pásese al primer punto del orden del día.", "–Se pasa a votar el artículo 3.º."])
def test_a_record_that_brackets_its_notes_dashes_the_words_that_resume_a_turn(line):
    """Uruguay's Senate writes its notes in brackets: a dash there is the president speaking again after one,
    whatever the line reads like."""
    paragraphs = ["SEÑOR PRESIDENTE.- Con el quórum necesario, comenzamos.", "(Son las 10:12).", line,
                  "(Se vota).", "SEÑORA LUCENA.- Pido la palabra."]
    assert turn_speakers(paragraphs) == ["Presidente", None, "Presidente", None, "Lucena"]


@pytest.mark.parametrize("paragraphs, expected", [
    # labels closed by a colon: a dash opens an interview's answer or a briefing's dialogue
    (["PREGUNTA: ¿Y el presupuesto?", "ELENA ORTEGA: Llegará.", "—Se aprueba en mayo, sin falta."],
     ["Pregunta", "Elena Ortega", "Elena Ortega"]),
    (["ANA RUIZ: Buenos días.", "TOMÁS RIBAS: Buenos días.", "–Varios asistentes aplauden."],
     ["Ana Ruiz", "Tomás Ribas", "Tomás Ribas"]),
])
def test_a_transcript_labelled_with_colons_keeps_its_dash_lines(paragraphs, expected):
    assert turn_speakers(paragraphs) == expected


@pytest.mark.parametrize("text, expected", [
    ("–Manifestaciones en las bancas.", True),
    ("—Se levanta la sesión a las 14:05.", True),
    ("–Léase.", False),
    ("–¿Quién pidió la palabra?", False),
    ("–«Artículo 1.º: créase el registro».", False),  # a read text in quotation marks
    ("–Mi voto es negativo.", False),
])
def test_described(text, expected):
    assert described(text) is expected


@pytest.mark.parametrize("paragraph, expected", [
    ("El RELATOR pasa lista:", ("Relator", False)),
    ("La RELATORA pasa lista:", ("Relatora", False)),
    ("El señor SECRETARIO (Lucena Paz) lee:", ("Lucena Paz", False)),
    ("La señora SECRETARIA da lectura:", ("Secretaria", False)),
    ("El Relator pasa lista:", ("Relator", False)),
    ("El señor PROSECRETARIO lee: «Artículo 1.º. Créase el registro».", ("Prosecretario", True)),
])
def test_reading_note(paragraph, expected):
    assert reading_note(paragraph) == expected


@pytest.mark.parametrize("paragraph", [
    "El señor alcalde dijo ayer: no habrá cambios.",  # a role in lower case: prose
    "El Gobierno anunció ayer: habrá elecciones.",  # a body, no officer
    "El Presidente electo: una figura nueva.",
    "La señora vicepresidenta primera: Silencio.",  # a label
    "El RELATOR: Ana Ruiz, presente.",  # a label too, no verb
    "El señor Ribas, que llegó tarde: nada que decir.",
    "Nota: el horario cambia.",
    "Fuente: elaboración propia.",
])
def test_no_reading_note(paragraph):
    assert reading_note(paragraph) is None


def test_a_reading_note_is_no_ones_and_the_reader_reads_what_follows():
    paragraphs = [
        "La señora PRESIDENTA.— Se va a pasar lista.",
        "El RELATOR pasa lista:",
        "Ana Ruiz, presente; Tomás Ribas, presente.",
        "La señora PRESIDENTA.— Hay quórum.",
        "El señor SECRETARIO (Olmos Vidal) lee: «Orden del día».",
        "La señora PRESIDENTA.— Gracias.",
    ]
    assert turn_speakers(paragraphs) == ["Presidenta", None, "Relator", "Presidenta", "Olmos Vidal", "Presidenta"]
