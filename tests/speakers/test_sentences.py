"""Tests for search.speakers.sentences: sentence boundaries that abbreviations and initials do not end."""

import pytest

from search.speakers.sentences import sentences


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Lo dijo el Sr. Pérez. Luego se fue.", 2),
        ("Habló J. R. Gómez ante la prensa. Nadie preguntó.", 2),
        ('Dijo: "Basta". "No más", repitió.', 2),
        ("Una sola frase sin punto final", 1),
    ],
)
def test_sentences(text, expected):
    assert len(sentences(text)) == expected
