"""Tests for search.speakers.turns: transcript labels and bold Markdown labels."""

import pytest

from search.speakers.turns import GENERIC_SPEAKERS, normalize_markdown_label, turn_label, turn_speakers


@pytest.mark.parametrize(
    "line, expected",
    [
        ("**HUGO LÓPEZ-GATELL RAMÍREZ:** Buenas noches.", "HUGO LÓPEZ-GATELL RAMÍREZ: Buenas noches."),
        ("**RICARDO CORTÉS ALCALÁ, DIRECTOR GENERAL:** Gracias.", "RICARDO CORTÉS ALCALÁ, DIRECTOR GENERAL: Gracias."),
        ("**P** **RESIDENTE ANDRÉS MANUEL LÓPEZ OBRADOR:** Buenos días.",
         "PRESIDENTE ANDRÉS MANUEL LÓPEZ OBRADOR: Buenos días."),
        ("**PREGUNTA**: ¿Y la vacuna?", "PREGUNTA: ¿Y la vacuna?"),
        ("Un texto con **negritas**: sin etiqueta.", "Un texto con **negritas**: sin etiqueta."),
        ("**Importante** sin dos puntos.", "**Importante** sin dos puntos."),
        # a dialogue dash or a bullet before the label, in its bold or out of it
        ("**— PREGUNTA:** ¿Y?", "PREGUNTA: ¿Y?"), ("— **PREGUNTA:** ¿Y?", "PREGUNTA: ¿Y?"),
        ("**-INTERLOCUTORA:** ¿Y?", "INTERLOCUTORA: ¿Y?"), ("• **MODERADOR:** Adelante.", "MODERADOR: Adelante."),
        # a generic label in bold needs no colon; a name or a word of prose does
        ("**PREGUNTA** ¿Y la vacuna?", "PREGUNTA: ¿Y la vacuna?"), ("**P.** ¿Y?", "P: ¿Y?"),
        ("**R.** Sí.", "R: Sí."), ("**INTERLOCUTOR** ¿Cuándo?", "INTERLOCUTOR: ¿Cuándo?"),
        ("**Madrid** es la capital.", "**Madrid** es la capital."),
        ("**Pregunta** de examen.", "**Pregunta** de examen."), ("**PREGUNTA**", "**PREGUNTA**"),
        ("**PREGUNTA.-** ¿Y?", "**PREGUNTA.-** ¿Y?"),  # the dash closes it: labels.py reads it
        ("- **Nota:** algo", "- **Nota:** algo"),
        # Markdown's other list markers, as `-` (review26a)
        ("* **PREGUNTA:** ¿Y?", "PREGUNTA: ¿Y?"), ("+ **PREGUNTA:** ¿Y?", "PREGUNTA: ¿Y?"),
        ("* **P.** ¿Y?", "P: ¿Y?"), ("* **Nota:** algo", "* **Nota:** algo"),
    ],
)
def test_normalize_markdown_label(line, expected):
    assert normalize_markdown_label(line) == expected


@pytest.mark.parametrize("paragraph, expected", [
    # trial 18: a label with Markdown's marks, in any format (a .txt saved from a page keeps them)
    ("**Carolina Darias:** La vacunación avanza.", ("Carolina Darias", True)),
    ("**FERNANDO SIMÓN, DIRECTOR DEL CCAES:** Buenas tardes.", ("Fernando Simón", False)),
    ("*PREGUNTA:* ¿Y?", ("Pregunta", False)), ("***P.*** ¿Y?", ("Pregunta", False)),
    ("__Ana Ruiz:__ Sí.", ("Ana Ruiz", True)), ("> **ANA RUIZ:** Sí.", ("Ana Ruiz", False)),
    ("— **PREGUNTA:** ¿Y?", ("Pregunta", False)), ("**PREGUNTA.-** ¿Y?", ("Pregunta", False)),
    # a dash before a plain label in capitals or a generic one
    ("— Periodista: ¿Y las mascarillas?", ("Reportero", True)), ("- PREGUNTA: ¿Y?", ("Pregunta", False)),
    ("• ANA RUIZ: Sí.", ("Ana Ruiz", False)),
    # not: prose in bold, a novel's dialogue (its dashes, a name in mixed case), a separator
    ("**Madrid** es la capital.", None), ("*Nota:* algo", None), ("_____", None),
    ("—Don Juan: venga usted.", None), ("—María de la Lú—murmuró.—Dos palabritas na más.", None),
    ("–El casamiento no ha sido a la francesa, Gabriel –agregó alguien.– Yo no sé", None),
    ("—*¡Vaya, hombre! al cabo parecen gente; a la salud de ustedes.»", None),
])
def test_turn_label_reads_marked_and_dashed_labels(paragraph, expected):
    assert turn_label(paragraph) == expected


def test_generic_speakers_are_no_person_names():
    assert {"Pregunta", "Interlocutor", "Moderador"} <= GENERIC_SPEAKERS


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # a mixed-case label that reads as a name starts a turn in a transcript in capitals; `Nota:` does not
        (["ANA RUIZ: Empezamos.", "LUIS PONS: Bien.", "MARTA GIL: Sí.", "Carmen Díaz: Una pregunta.",
          "Nota: sigue.", "Otra."],
         ["Ana Ruiz", "Luis Pons", "Marta Gil", "Carmen Díaz", "Carmen Díaz", "Carmen Díaz"]),
        # so does a generic label in mixed case: the question is not the last speaker's
        (["ANA RUIZ: Empezamos.", "LUIS PONS: Bien.", "Interlocutor (Reforma): ¿Y?", "LUIS PONS: Sí.",
          "Pregunta: ¿Cuándo?", "Otra."],
         ["Ana Ruiz", "Luis Pons", "Interlocutor", "Luis Pons", "Pregunta", "Pregunta"]),
        # a voice-over is a generic speaker, not the one before
        (["ANA RUIZ: Empezamos.", "LUIS PONS: Bien.", "VOZ MUJER: Se ruega silencio.", "Gracias."],
         ["Ana Ruiz", "Luis Pons", "Voz", "Voz"]),
        # in a novel, a label speaks for its own paragraph only
        (["Jacinto Octavio Picón: Dulce y sabrosa"] + ["Era de noche."] * 30 + ["PORDATA: Te doy las gracias.",
                                                                               "La letra era torpe."],
         [None] * 33),
        (["DON LUIS: Ven.", "Era de noche."] + ["Llovía."] * 98 + ["DOÑA ANA: No.", "Calló."] * 2 + ["Fin."] * 96,
         ["Don Luis"] + [None] * 99 + ["Doña Ana", None] * 2 + [None] * 96),
        # a play or a parliamentary scene is a transcript: turns run on
        (["DON LUIS: Ven.", "Era de noche."] * 10, ["Don Luis"] * 20),
        # a role in brackets, and a later label by surname alone, are the same person as the full label
        (["TERESA MONTAÑO (Portavoz de la Junta): Buenos días.", "Hoy hay dos acuerdos.",
          "REPORTERA (Radio Norte): ¿Cuándo?", "MONTAÑO: Mañana.", "JAIME SOTO ORTIZ (Economía): Añado algo.",
          "SOTO: Y otra cosa.", "P.: ¿Y los precios?"],
         ["Teresa Montaño", "Teresa Montaño", "Reportero", "Teresa Montaño", "Jaime Soto Ortiz", "Jaime Soto Ortiz",
          "Pregunta"]),
        # a surname two people share stays as written
        (["ANA SOTO: Hola.", "LUIS SOTO: Adiós.", "SOTO: ¿Quién?"], ["Ana Soto", "Luis Soto", "Soto"]),
        # trial 18: a transcript in capitals whose other turns are in bold, after a dash, or by honorific and
        # surname: each its own speaker's, not the turn before's
        (["FERNANDO SIMÓN, DIRECTOR DEL CCAES: Buenas tardes.", "PREGUNTA: ¿Cuándo?", "FERNANDO SIMÓN: Pronto.",
          "**Carolina Darias:** La vacunación avanza.", "Sr. Simón: Añado algo.", "— Periodista: ¿Y las mascarillas?",
          "Fernando Simón: Seguirán."],
         ["Fernando Simón", "Pregunta", "Fernando Simón", "Carolina Darias", "Fernando Simón", "Reportero",
          "Fernando Simón"]),
        # La Moncloa: turns closed by `.-`, the question's and the answer's labels end the turn before
        (["Portavoz.- Buenas tardes.", "Hoy el Consejo aprobó el decreto.", "P.- (Eva Ros, Diario Sur) ¿Y el plan?",
          "Sra. Montaño.- Mañana.", "Sr. Iturbe.- Añado algo.", "Y termino."],
         ["Portavoz", "Portavoz", "Pregunta", "Montaño", "Iturbe", "Iturbe"]),
        # trial 18b: honorifics in capitals (a parliamentary record, a transcript): the name after them
        (["EL SEÑOR PRESIDENTE: Se abre la sesión.", "LA SEÑORA DARIAS: Gracias.", "EL SR. SIMÓN.- Los casos bajan.",
          "SRA. DARIAS: Seguimos.", "FERNANDO SIMÓN: Fin."],
         ["Presidente", "Darias", "Fernando Simón", "Darias", "Fernando Simón"]),
    ],
)
def test_turn_speakers(paragraphs, expected):
    assert turn_speakers(paragraphs) == expected
