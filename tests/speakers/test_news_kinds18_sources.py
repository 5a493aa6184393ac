"""Issue 14, round 18 (sp18a): sources that are no person, and the carry-over they end, from blind22's errors. Rows
of my own wording, other names and shapes, with negatives.

- A name that opens with the definite article of another language (`Le Monde`, `The Times`, `Il Giornale`, `Die
  Welt`, `L’Express`) is a newspaper's, a magazine's or a work's title, never a person's name alone
  (search.speakers.personhood.FOREIGN_ARTICLES); a surname that opens so is a person's where the document gives it
  with a given name or a role (`la ministra Anne Le Gall`, then `Le Gall`).
- A lone name the document writes after a noun for a medium, a body or a work, inside quotation marks too (`el
  portal "Desaparecidas"`, `la revista Enfoque`), is that thing's name (search.speakers.evidence.Evidence.after_thing).
"""

import pytest

from search.speakers import paragraph_speakers
from search.speakers.evidence import Evidence
from search.speakers.personhood import BODY, PERSON, Personhood

BOOK = ["Polémica por un ensayo", "La escritora Lucía Marín publicó un ensayo sobre el trabajo."]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Para Le Monde, las tesis de Marín son «ingenuas y peligrosas».", []),
        ("«Un libro valiente que incomoda a muchos», coincide The Times.", []),
        ("«Un libro valiente que incomoda a muchos», escribía L’Express.", []),
        ("Según Il Giornale, el ensayo «se agotó en una semana y va por la quinta edición».", []),
        ("«Un libro valiente que incomoda a muchos», opina Die Welt en su reseña.", []),
        # a person next to the medium keeps the credit; a surname opening with `Le` after a given name is a person's
        ("Para Le Monde, las tesis de Marín son «ingenuas», y su crítico Paul Rivet lo dijo en la radio.",
         ["Paul Rivet"]),
        ("«Un libro valiente que incomoda a muchos», dijo la ministra Anne Le Gall.", ["Anne Le Gall"]),
    ],
)
def test_a_name_opening_with_a_foreign_article_is_a_medium(line, expected):
    assert paragraph_speakers([*BOOK, line])[2] == expected


def test_a_surname_opening_with_le_given_before_is_a_persons():
    lines = [*BOOK, "La ministra francesa Anne Le Gall visitó la feria.", "Le Gall dijo que leerá el ensayo."]
    assert paragraph_speakers(lines)[3] == ["Anne Le Gall"]


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        ('Lo difundió el portal "Desaparecidas" en sus redes.\nDesaparecidas denunció el caso.', "Desaparecidas",
         BODY),
        ("Lo publicó la revista Enfoque.\nEnfoque aseguró que el plan fracasó.", "Enfoque", BODY),
        ("Lo publicó la cadena «Horizonte» anoche.\nHorizonte aseguró que sí.", "Horizonte", BODY),
        # a surname after a person's noun is a person's
        ("Lo contó la periodista Arizmendi.\nArizmendi aseguró que sí.", "Arizmendi", PERSON),
    ],
)
def test_a_lone_name_after_a_noun_for_a_medium(text, name, expected):
    assert Personhood(Evidence(text.split("\n"))).kind([name])[0] == expected


def test_a_quoted_portal_is_not_the_subject_of_the_line():
    lines = ["Marcha por las desaparecidas", "Cientos de personas marcharon en Quito.",
             'A través de las redes del portal "Desaparecidas", una mujer denunciaba que su hija sigue sin aparecer.']
    assert paragraph_speakers(lines)[2] == []
