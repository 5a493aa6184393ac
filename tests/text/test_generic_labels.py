"""Tests for search.text.generic_labels: the generic speakers and the words their labels are written with."""

import pytest

from search.text.generic_labels import GENERIC_LABELS, GENERIC_SPEAKERS, generic_label


@pytest.mark.parametrize("folded, expected", [
    ("periodista", "Reportero"), ("periodistas", "Reportero"), ("reportera", "Reportero"),
    ("pregunta", "Pregunta"), ("interlocutora", "Interlocutor"), ("publico", "Participante"),
    ("asistente", "Participante"), ("voces", "Voz"), ("voz mujer", "Voz"), ("intervencion", "Intervención"),
    # people and words that only end like one
    ("ana", None), ("lopez", None), ("presidente", None), ("", None),
])
def test_generic_label(folded, expected):
    assert generic_label(folded) == expected


def test_every_label_shows_a_generic_speaker():
    assert {display for _, display in GENERIC_LABELS} <= GENERIC_SPEAKERS
