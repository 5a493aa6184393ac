"""A role that no one the document names holds nor fits the person followed (another gender), as the subject after
a fronted adjunct (`El pasado mayo, la ministra noruega advirtió…`), is someone the text does not name, as it is at
the start of a sentence: the quoted words in its clause are not the person followed's (search.speakers.subjects).
Kind 2 of issue 14's round 16 (a quotation carried to the wrong person). Rows of my own wording."""

import pytest

from search.speakers import paragraph_speakers

FOLLOWED = ["Crisis en el valle", "«No cambiaremos de idea», explica Andrés Zawada, de 47 años."]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("El pasado mayo, la ministra de Sanidad advirtió que si seguían llamándose “zonas libres de toda ideología”, "
         "no habría ayudas.", []),
        ("Esta semana, la embajadora sueca recordó que el dinero “no llegará a quien discrimine a sus vecinos”.", []),
        ("Ayer, la jueza del caso aseguró que “la decisión no tiene vuelta atrás en ningún caso”.", []),
        # a name after the role, or the role of someone the text named: that person
        ("El pasado mayo, la ministra Eva Gil advirtió que “no habrá ayudas para quien discrimine”.", ["Eva Gil"]),
        # no adjunct: the followed person's own words after a subject-less verb stay his
        ("Además, advirtió que “no habrá marcha atrás en ningún caso”.", ["Andrés Zawada"]),
    ],
)
def test_an_unknown_role_after_an_adjunct_is_not_the_person_followed(line, expected):
    assert paragraph_speakers([*FOLLOWED, line])[2] == expected


def test_a_known_role_after_an_adjunct_is_its_holder():
    paragraphs = ["Visita al valle", "La ministra de Sanidad, Eva Gil, visitó el hospital.",
                  "«No cambiaremos de idea», explica Andrés Zawada, de 47 años.",
                  "El pasado mayo, la ministra advirtió que “no habrá ayudas para quien discrimine”."]
    assert paragraph_speakers(paragraphs)[3] == ["Eva Gil"]
