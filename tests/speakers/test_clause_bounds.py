"""Where a verb's clause starts."""

import pytest

from search.speakers.clause_bounds import aside, clause_start, other_verb


@pytest.mark.parametrize(
    "words, left, expected",
    [
        ("el ministro dijo", 1, (-1, None)),
        ("el ministro , que llegó ayer , dijo", 6, (-1, (2, 7))),
        ("lo sabe : el ministro dijo", 4, (2, None)),
        ("el ministerio de salud ( minsa ) informó", 6, (-1, None)),
        ("x , quien , según un comunicado , elogió", 7, (2, (3, 8))),
    ],
)
def test_clause_start(words, left, expected):
    assert clause_start(words.split(), left) == expected


def test_aside_and_other_verb():
    lower = 'el nombre de " gavi " responde'.split()
    assert aside(lower, 5) == 3
    assert aside("dijo : « sí »".split(), 4) is None
    assert other_verb("abe murió en el hospital , informó".split(), 0, 5, None)
    assert not other_verb("el ministro de salud informó".split(), 0, 3, None)
