"""Tests for search.speakers.mentions: sentences, name mentions and the roles around them."""

import pytest

from search.speakers.mentions import Sentence, sentences
from search.speakers.people import People


@pytest.mark.parametrize(
    "text, names, governed",
    [
        ("La fiscal general, Lucía Moreno, habló con Pedro Ruiz.", ["Lucía Moreno", "Pedro Ruiz"], [False, True]),
        # a place inside the role is a mention too, but governed by `de`: never a subject
        ("El alcalde de Vigo, Abel Caballero, llegó.", ["Vigo", "Abel Caballero"], [True, False]),
    ],
)
def test_mentions_and_governing_prepositions(text, names, governed):
    sentence = Sentence(sentences(text)[0], People(), 1)
    assert [" ".join(m.tokens) for m in sentence.mentions] == names
    assert [m.governed for m in sentence.mentions] == governed


@pytest.mark.parametrize(
    "text, names",
    [
        ("Porque Andrés no quiso venir.", ["Andrés"]),
        ("Asintió Benina con la cabeza.", ["Benina"]),
        ("Recientemente Tomás Vidal dejó la empresa.", ["Tomás Vidal"]),
    ],
)
def test_words_that_open_a_sentence_are_no_part_of_a_name(text, names):
    sentence = Sentence(sentences(text)[0], People([text]), 1)
    assert [" ".join(m.tokens) for m in sentence.mentions] == names
