"""Where a verb's clause starts."""

import pytest

from search.speakers.clause_bounds import aside, clause_start, main_after_relative, other_verb


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


@pytest.mark.parametrize(
    "words, boundary, left, expected",
    [
        ("en una entrevista que emitirá la cadena x el domingo ha", 3, 10, True),
        ("la entrevista que emitió la cadena x ha", 2, 7, True),
        ("el ministro que llegó", 2, 3, False),  # the relative's own verb, nothing after it
        ("el ministro , que llegó ayer , ha", 3, 7, False),  # set off by a comma: another rule
        ("la gente que vive aquí ha", 2, 5, False),  # no past, future or imperfect form in the relative
    ],
)
def test_main_after_relative(words, boundary, left, expected):
    assert main_after_relative(words.split(), boundary, left) is expected
