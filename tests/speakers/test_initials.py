"""Names written with glued initials (`K.P. Maurya`, `J.R.R. Tolkien`: search/speakers/initials.py), kept whole and
given their statements, and abbreviations of bodies of the same shape (`U.S.`, `S.A.`, `U.D.`) that open no name."""

import pytest

from search.speakers import paragraph_speakers
from search.speakers.initials import glued_initials


def speakers(*paragraphs):
    return paragraph_speakers(list(paragraphs))[-1]


@pytest.mark.parametrize(
    "token, expected",
    [
        ("K.P", True),
        ("J.R.R", True),
        ("A.B.C.D", False),  # four letters: an acronym's (`E.A.A.O.`)
        ("EE.UU", False),  # the United States, two letters a part
        ("U.S", False),  # abbreviations of the same shape
        ("S.A", False),
        ("U.D", False),
        ("I.E", False),
        ("K", False),  # a lone initial is read as one already
        ("k.p", False),
    ],
)
def test_glued_initials(token, expected):
    assert glued_initials(token) is expected


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # glued initials open the name; the full stop after them ends no sentence
        (["Un curandero contagia a decenas de pacientes",
          "El vicegobernador de la provincia, A.K. Sharma, dijo que el curandero fue detenido."], ["A.K. Sharma"]),
        (["Un brote en el norte", "«Hubo un brote en la aldea», explicó el doctor R.N. Mehta."], ["R.N. Mehta"]),
        (["Un brote en el norte", "«Hubo un brote en la aldea», explicó el doctor R.N. Mehta a la prensa."],
         ["R.N. Mehta"]),
        # not the previous speaker
        (["Un brote en el norte", "La ministra Ana Gil dijo que enviará médicos.",
          "«Hubo un brote en la aldea», explicó el doctor R.N. Mehta."], ["R.N. Mehta"]),
        # inside a name, and three of them
        (["Festival de cine", "El director Kevin B.J. Lowe dijo que el festival crecerá."], ["Kevin B.J. Lowe"]),
        (["Libros", "El novelista G.R.R. Martin dijo que terminará la saga."], ["G.R.R. Martin"]),
        # the same person again by the surname
        (["Un brote en el norte", "El vicegobernador de la provincia, A.K. Sharma, dijo que habrá vacunas.",
          "«Llegarán el lunes», añadió Sharma."], ["A.K. Sharma"]),
    ],
)
def test_glued_initials_name_the_speaker(paragraphs, expected):
    assert speakers(*paragraphs) == expected


@pytest.mark.parametrize(
    "paragraphs",
    [
        # abbreviations of the same shape before a capitalised word: a club, a school, a country's body
        ["Fútbol", "La U.D. Almería anunció que renovará a su entrenador."],
        ["Colegios", "La I.E. Alfonso López informó que las clases siguen."],
        ["Migración", "La U.S. Immigration aseguró que revisará los casos."],
    ],
)
def test_abbreviations_of_bodies_open_no_name(paragraphs):
    # (the sentence is still cut after the abbreviation, as before glued initials were read: `Almería` alone may be
    # taken for a name; that is the splitter's, not the initials')
    assert not any("." in name for name in speakers(*paragraphs))
