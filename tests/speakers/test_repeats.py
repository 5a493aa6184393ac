"""Paragraphs a news item prints twice get the speakers of their first print."""

import pytest

from search.speakers import paragraph_speakers
from search.speakers.people import Person
from search.speakers.repeats import repeated


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # the lead's statement repeated without its credit, further on
        (["Destaca Sara Ruiz el papel de las cooperativas",
          "Las cooperativas sostienen a miles de familias en el campo mexicano, dijo Sara Ruiz.",
          "El acto se celebró en Puebla.",
          "Las cooperativas sostienen a miles de familias en el campo mexicano."],
         [["Sara Ruiz"], ["Sara Ruiz"], [], ["Sara Ruiz"]]),
        # negatives: a short line; a repeat of a line nobody said
        (["Habla Sara Ruiz", "Es así, dijo Sara Ruiz.", "El acto fue breve.", "Es así."],
         [[], ["Sara Ruiz"], [], []]),
        (["La feria abre el lunes con doscientos expositores de todo el país.", "Sara Ruiz dijo que irá.",
          "La feria abre el lunes con doscientos expositores de todo el país."],
         [[], ["Sara Ruiz"], []]),
    ],
)
def test_a_repeated_paragraph_keeps_its_speaker(paragraphs, expected):
    assert paragraph_speakers(paragraphs) == expected


def test_a_paragraph_with_its_own_speaker_is_kept():
    ana, luis = Person(["ana", "gil"], "Ana Gil"), Person(["luis", "paz"], "Luis Paz")
    texts = ["Uno dos tres cuatro cinco seis siete ocho nueve."] * 2
    assert repeated(texts, [[ana], [luis]]) == [[ana], [luis]]
