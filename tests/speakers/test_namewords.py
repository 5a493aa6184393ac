"""The words of a person's name: which words may belong to one, which open a sentence as ordinary words, which
name a thing before its owner, and the full names noted in paragraphs with no statement."""

import pytest

from search.speakers.namewords import is_name_word, not_a_name, possessed, register_names
from search.speakers.people import People


@pytest.mark.parametrize("word, expected", [("Tomás", True), ("Vidal", True), ("ONU", False), ("del", False),
                                            ("dijo", False), ("Ministro", False)])
def test_is_name_word(word, expected):
    assert is_name_word(word) is expected


@pytest.mark.parametrize("word, expected", [("Recientemente", True), ("Ahora", True), ("Tomás", False),
                                            ("Vidal", False)])
def test_not_a_name(word, expected):
    assert not_a_name(word, People()) is expected


@pytest.mark.parametrize(
    "words, before, expected",
    [
        (["Instagram", "de", "Maluma"], "el", True),
        (["Twitter", "de", "Ana", "Ruiz"], "del", True),
        (["Duque", "de", "Alba"], "", False),  # no determiner before it
        (["Elena", "de", "Soto"], "la", False),  # a given name: a name with a particle
        (["San", "Juan", "de", "Dios"], "el", False),
    ],
)
def test_possessed(words, before, expected):
    assert possessed(words, before) is expected


@pytest.mark.parametrize(
    "text, found",
    [
        ("El arquitecto Pieter van der Berg presentó el plan.", "Pieter van der Berg"),
        ("La jueza Ana de la Serna llegó.", "Ana de la Serna"),
        ("Hay fotos nuevas en el Instagram de Marta Ruiz.", "Marta Ruiz"),
    ],
)
def test_register_names_notes_full_names(text, found):
    people = People([text])
    register_names(text, people, 1)
    assert [person.display for person in people.known] == [found]
