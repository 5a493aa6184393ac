"""Tests for search.speakers.hints: the cheap first look for reporting words."""

import pytest

from search.speakers.hints import MARKS, no_hint


@pytest.mark.parametrize(
    "text, expected",
    [
        ("La lluvia siguió toda la noche.", True),
        ("El alcalde dijo que sí.", False),
        # weak words report only in their context
        ("Quería volver a casa.", True),
        ("Ha querido recordar que el plazo acaba hoy.", False),
        ("Terminó la cena y se fueron.", True),
        ("«Es tarde», terminó el juez.", False),
        ("—Es tarde —terminó el juez.", False),
        ("Se comprometió a bajar los impuestos.", False),
        ("Puso la mesa.", True),
        ("Puso en valor el trabajo del equipo.", False),
    ],
)
def test_no_hint(text, expected):
    assert no_hint(MARKS.sub(" ", text.lower()).split(), text) is expected
