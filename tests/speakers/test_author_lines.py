"""A book's first line `Autor: Título` is no one's words, while a news headline `Nombre: dicho` is."""

import pytest

from search.speakers import paragraph_speakers
from search.speakers.author_lines import author_line

STORY = ["La tarde caía sobre el puerto.", "Nadie esperaba el barco.", "—¿Vendrá? —preguntó la niña."]
BOOK = ["Pasó otro día en la aldea."] * 420


@pytest.mark.parametrize("paragraphs, expected", [
    (["Rosalía Quintana: Cuentos del faro", *STORY], True),  # the author never named again
    (["Ferrán, Augusto: La soledad", *STORY], True),  # surname first, as libraries write it
    (["Tomás Vidal: Memorias de un boticario", *BOOK], True),  # a book: long
    (["Tomás Vidal: Memorias de un boticario", "Vidal dijo que escribió el libro en 1990."], False),
    (["Gil: No habrá recortes", "La ministra Ana Gil aseguró ayer que no habrá recortes."], False),
    (["Gil: «No habrá recortes»", "Nada más."], False),  # quotation marks: someone's words
    (["Gil: No habrá recortes.", "Nada más."], False),  # a sentence, with its full stop
    (["Rosalía Quintana: Cuentos del faro"], False),  # nothing after it
])
def test_author_line(paragraphs, expected):
    assert author_line(paragraphs) is expected


def test_the_author_speaks_in_no_line_of_the_book():
    speakers = paragraph_speakers(["Rosalía Quintana: Cuentos del faro", *STORY])
    assert all("Rosalía Quintana" not in found for found in speakers)
    assert len(speakers) == 1 + len(STORY)


def test_a_headline_with_the_same_shape_keeps_its_speaker():
    speakers = paragraph_speakers(["Ana Gil: «No habrá recortes»", "La ministra Ana Gil habló en Sevilla."])
    assert speakers[0] == ["Ana Gil"]


@pytest.mark.parametrize("first", ["Habrá elecciones en mayo: el presidente Luis Arce", "Así fue la gala: lo mejor"])
def test_words_that_name_no_author_open_no_book(first):
    assert not author_line([first, *STORY])
