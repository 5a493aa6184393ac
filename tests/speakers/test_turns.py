"""Tests for search.speakers.turns: transcript labels and bold Markdown labels."""

import pytest

from search.speakers.turns import GENERIC_SPEAKERS, normalize_markdown_label


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
    ],
)
def test_normalize_markdown_label(line, expected):
    assert normalize_markdown_label(line) == expected


def test_generic_speakers_are_no_person_names():
    assert {"Pregunta", "Interlocutor", "Moderador"} <= GENERIC_SPEAKERS
