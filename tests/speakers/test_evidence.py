"""Tests for search.speakers.evidence: what a document itself says of a capitalised word."""

import pytest

from search.speakers.evidence import WINDOW, Evidence

TEXT = [
    "Vamos a Canarias, dijo Benina al llegar.",
    "Múltiples factores explican la crisis; ahora vamos a verlo.",
    "Lo dijo en Canarias la ministra Ana Gil, desde Tenerife y hacia Madrid.",
    "El dirigente estatal de Morena habló con militantes del PAN.",
    "Siempre llega tarde. Hasta Sevilla hay tres horas.",
]


@pytest.mark.parametrize(
    "question, word, expected",
    [
        # a word the text writes in lower case is a common word, wherever it opens a sentence
        ("is_common_word", "Vamos", True),
        ("is_common_word", "Ahora", True),
        ("is_common_word", "Múltiples", False),
        ("is_common_word", "Benina", False),
        ("is_common_word", "vam", False),  # part of a word is no word
        # a word after en, desde, hasta or hacia is a place
        ("is_place", "Canarias", True),
        ("is_place", "Madrid", True),
        ("is_place", "Tenerife", True),
        pytest.param("is_place", "Sevilla", True, marks=pytest.mark.xfail(
            strict=True, reason="only `En` is taken capitalised: `Hasta Sevilla`, `Desde Madrid` open sentences too")),
        ("is_place", "Benina", False),
        ("is_place", "Gil", False),
        # capitalised after a word in lower case or a comma is a name; only at a sentence's start is not
        ("is_proper", "Benina", True),
        ("is_proper", "Gil", True),
        ("is_proper", "Ana", True),
        ("is_proper", "Canarias", True),  # `a Canarias`: proper, and a place too
        ("is_proper", "Múltiples", False),
        ("is_proper", "Siempre", False),
        ("is_proper", "Lo", False),
        ("is_proper", "Gi", False),  # part of a name is no name
        # a body people belong to: `de X` after a noun of membership
        ("is_body", "Morena", True),
        ("is_body", "PAN", True),
        ("is_body", "Canarias", False),
        ("is_body", "Tenerife", False),
    ],
)
def test_what_the_text_says_of_a_word(question, word, expected):
    assert getattr(Evidence(TEXT), question)(word) is expected


def test_answers_come_from_a_window_around_the_paragraph_being_read():
    far = 3 * WINDOW
    paragraphs = ["Llegó a Canarias."] + ["Nada que decir."] * (far + WINDOW)
    evidence = Evidence(paragraphs)
    assert evidence.is_proper("Canarias")
    evidence.index = far  # blocks away: the first paragraph is out of sight
    assert not evidence.is_proper("Canarias")
    evidence.index = WINDOW + 1  # the next block: the one before it is still in sight
    assert evidence.is_proper("Canarias")


@pytest.mark.parametrize(
    "paragraphs, token, expected",
    [
        (["Andrés Manuel López Obrador habló.", "AMLO dijo que no."], "AMLO",
         ["Andrés", "Manuel", "López", "Obrador"]),
        (["Lo anunció Pedro Sánchez Pérez-Castejón."], "PSP", ["Pedro", "Sánchez", "Pérez-Castejón"]),
        (["Lo dijo Juan del Valle Ramírez."], "JVR", ["Juan", "del", "Valle", "Ramírez"]),  # `del` skipped
        pytest.param(["Lo dijo Juan de la Fuente Ramírez."], "JFR", ["Juan", "de", "la", "Fuente", "Ramírez"],
                     marks=pytest.mark.xfail(strict=True, reason="NAME takes one particle: `de la` cuts the name")),
        pytest.param(["Habló Juan del Valle Ramírez."], "JVR", ["Juan", "del", "Valle", "Ramírez"],
                     marks=pytest.mark.xfail(strict=True, reason="a capitalised verb opening the sentence joins "
                                                                 "the name: HJVR")),
        # two names with the same initials: no answer
        (["Ana Belén Torres llegó.", "Antonio Bueno Tapia salió."], "ABT", None),
        (["Ana Gil llegó."], "AG", None),  # fewer than three initials
        (["Nada aquí."], "AMLO", None),
    ],
)
def test_an_acronym_stands_for_the_one_name_it_spells(paragraphs, token, expected):
    assert Evidence(paragraphs).acronym(token) == expected
