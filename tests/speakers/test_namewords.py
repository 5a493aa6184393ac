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
        # trial33: each word whole, a word in capitals after a name none of it (was `Mito Urbano V`)
        ("¡Juntos haremos que Mito Urbano VIVA con más pasión que nunca!", "Mito Urbano"),
        ("Dijeron que Ana Ruiz NUNCA volverá.", "Ana Ruiz"),
    ],
)
def test_register_names_notes_full_names(text, found):
    people = People([text])
    register_names(text, people, 1)
    assert [person.display for person in people.known] == [found]


# trial33: a book's title, a town joined to a person, in narrative text. A name the document knows alone (`Chacho`)
# then `de` and a place it writes as one (`en La Rioja`) is the man and where he came from; a saint's town before
# him across an unmarked clause break is no part of him; a title after a possessive or a noun for a work is none.
CHACHO = ["-Vamos -dijo Chacho.", "Vivían en La Rioja, en Huaja y en San Juan."]


@pytest.mark.parametrize("paragraphs, line, expected", [
    ([*CHACHO, "Ocho días después de haber salido Chacho de La Rioja, había reunido cuatro mil hombres.",
      "-Ya está -respondió Chacho."], 3, ["Chacho"]),
    ([*CHACHO, "Así salió Chacho de Huaja al frente de un ejército.", "-Ya está -respondió Chacho."], 3, ["Chacho"]),
    ([*CHACHO, "En cuanto Benavídez se movió de San Juan Chacho lo supo con detalle.",
      "-Ya está -respondió Chacho."], 3, ["Chacho"]),
    (["Lo contamos en nuestra obra Historia de Rosas con detalle.",
      "-¿Y quién es Chacho? -preguntó Rosas, sumamente agradado."], 1, ["Rosas"]),
    (["Lo contamos en nuestra Historia de Rosas con detalle.",
      "-¿Y quién es Chacho? -preguntó Rosas, sumamente agradado."], 1, ["Rosas"]),
    # a name not known alone keeps its `de`; a saint's name after him (not known alone), a person's
    (["-Hola -dijo Ana.", "Llegó Ana de la Rosa con su hermano.", "-Sí -respondió Ana de la Rosa."], 2,
     ["Ana de la Rosa"]),
    (["-Hola -dijo Bosco.", "Vivían en Turín.", "Lo fundó San Juan Bosco en Turín.", "-Sí -respondió San Juan Bosco."],
     3, ["San Juan Bosco"]),
])
def test_a_place_or_a_title_joined_to_a_name_is_no_part_of_it(paragraphs, line, expected):
    from search.speakers import paragraph_speakers

    found = paragraph_speakers(paragraphs)
    assert found[line] == expected
    every = {name for names in found for name in names}
    assert not any(name.startswith(("Historia", "San Juan Chacho")) or name.startswith("Chacho ") for name in every)
