"""Tests for search.speakers.inverted: the subject written after a reporting verb."""

import pytest

from search.speakers.inverted import right_subject
from search.speakers.mentions import Sentence, sentences
from search.speakers.people import People


def subject_after(text: str, verb: str) -> str | None:
    tokens = sentences(text)[0]
    s = Sentence(tokens, People(), 1)
    person = right_subject(s, tokens.index(verb) + 1)
    return person.display if person is not None else None


@pytest.mark.parametrize(
    "text, verb, expected",
    [
        ("«Sí», dijo ayer la jueza Ana Gil.", "dijo", "Ana Gil"),
        ("«Sí», dijo el pasado lunes Luis Vega.", "dijo", "Luis Vega"),
        ("«No», afirmó por su parte el abogado Raúl Mena.", "afirmó", "Raúl Mena"),
        ("«Seguimos», dijo al medio argentino Télam Fernando Goldbaum, director del hospital.", "dijo",
         "Fernando Goldbaum"),
        ("La recaudación crecerá, asegura ministra Paula Vera", "asegura", "Paula Vera"),  # a headline's credit
        # the one addressed after `a`, set off by commas, is the object
        ("En su turno, respondió a su rival, el concejal Pedro Soto, que no.", "respondió", None),
        ("«No», dijo la cadena.", "dijo", None),
    ],
)
def test_right_subject(text, verb, expected):
    assert subject_after(text, verb) == expected
