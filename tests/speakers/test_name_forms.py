"""Another slice of a name met before."""

import pytest

from search.speakers.people import People


@pytest.mark.parametrize(
    "first, later, expected",
    [
        (["María", "Cristina", "Cepeda"], ["García", "Cepeda"], "María Cristina García Cepeda"),
        (["Luis", "Paz"], ["Ortega", "Paz"], "Luis Ortega Paz"),
        # a given name is someone else of that surname
        (["Luis", "Paz"], ["Ana", "Paz"], "Ana Paz"),
    ],
)
def test_a_first_surname_the_first_mention_left_out(first, later, expected):
    text = f"Lo dijo {' '.join(later)} ayer."  # the document writes the surname inside a sentence
    people = People([text])
    people.person(first, 1)
    assert people.person(later, 2).display == expected


def test_a_word_only_at_a_sentences_start_is_no_surname():
    people = People(["Enterado Bringas de la noticia, salió."])
    people.person(["Rosalía", "Bringas"], 1)
    assert people.person(["Enterado", "Bringas"], 2).display == "Enterado Bringas"


def test_too_far_back_is_someone_else():
    people = People(["Lo dijo Ortega Paz ayer."])
    people.person(["Luis", "Paz"], 1)
    assert people.person(["Ortega", "Paz"], 100).display == "Ortega Paz"


@pytest.mark.parametrize(
    "first, later, times, expected",
    [
        # a surname spelt another way for its sound: the same person, however often it is written so
        (["Rafael", "Bornacelly"], ["Bornacelli"], 3, "Rafael Bornacelly"),
        (["Rafael", "Bornacelly"], ["Rafael", "Bornacelli"], 3, "Rafael Bornacelly"),
        (["Marta", "Etcheberry"], ["Etcheverry"], 2, "Marta Etcheberry"),
        (["Lucía", "Echavarría"], ["Lucía", "Echabarría"], 2, "Lucía Echavarría"),
        (["Tomás", "Gonzales"], ["Gonzalez"], 4, "Tomás Gonzales"),
        (["Ana", "Jiménez"], ["Giménez"], 1, "Giménez"),  # the first letter is no slip
        # negatives: another given name; a letter of another sound written more than once; a short surname
        (["Rafael", "Bornacelly"], ["Julia", "Bornacelli"], 2, "Julia Bornacelli"),
        (["Ana", "Carmona"], ["Cardona"], 2, "Cardona"),
        (["Luis", "Ruiz"], ["Ruis"], 1, "Ruis"),
    ],
)
def test_a_surname_spelt_another_way_for_its_sound(first, later, times, expected):
    people = People([" ".join(["Lo dijo", " ".join(later), "ayer."] * times)])
    people.person(first, 1)
    assert people.person(later, 2).display == expected
