"""Trial35, finding 5: a body that speaks through a person (`La oposición, en voz de X, criticó…`) credited no
one; the person whose voice it is speaks. Words sung or read `en voz de` someone state nothing."""

import pytest

from search.speakers import paragraph_speakers


@pytest.mark.parametrize("line, expected", [
    ("El sindicato, en voz de su secretaria general, Elena Ruiz, rechazó el convenio.", ["Elena Ruiz"]),
    ("La patronal, en voz del empresario Jordi Vall, advirtió que subirán los precios.", ["Jordi Vall"]),
    ("En voz de Tomás Gil, la bancada pidió la renuncia del ministro.", ["Tomás Gil"]),
    # no statement: a song, a reading
    ("El himno, en voz de Ainhoa Arteta, abrió la ceremonia.", []),
    ("La carta, leída en voz alta por los alumnos, emocionó al público.", []),
])
def test_a_body_speaks_in_the_voice_of_a_person(line, expected):
    assert paragraph_speakers(["Noticias del día", line])[1] == expected
