"""Tests for search.speakers.glued_words: an imperative of address and an adjective glued to a name at a
sentence's start (`Diga Don Benicio`, `Inseguro Arturito`). Words of my own choosing, with negatives."""

import pytest

from search.speakers import paragraph_speakers
from search.speakers.genre import Kind
from search.speakers.glued_words import addressed_before, adjective_form, before_title


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("—Oiga usted, señora.", "Oiga", True),
        ("—Calle, Vd. no sabe nada.", "Calle", True),
        ("—Perdone V. la tardanza.", "Perdone", True),
        ("Oiga, Quintana, venga.", "Oiga", False),  # no pronoun of address
        ("Oigamos usted sabe qué.", "Oiga", False),  # a whole word only
    ],
)
def test_addressed_before(text, word, expected):
    assert addressed_before(text, word) is expected


@pytest.mark.parametrize(
    ("words", "expected"),
    [(["Diga", "Don", "Benicio"], True), (["Mire", "Señora", "Remedios"], True), (["Amparo", "Quintana"], False),
     (["Diga"], False)],
)
def test_before_title(words, expected):
    assert before_title(words) is expected


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("Inseguro", True),  # in- + seguro
        ("Desconfiada", True),  # des- + confiada
        ("Orgullosas", True),  # orgullosa
        ("Tranquilos", True),
        ("Quiroga", False),  # a surname: no inflected form is a word
        ("Gumersinda", False),
        ("Isa", False),  # too short a stem
        ("Ordóñez", False),  # no gender ending
    ],
)
def test_adjective_form(word, expected):
    assert adjective_form(word) is expected


def test_a_novels_speaker_is_the_name_without_the_imperative_or_the_adjective():
    paragraphs = ["Capítulo 2", "Doña Remedios cosía junto a la ventana.",
                  "—¿Conteste Doña Remedios, vendrá el médico?", "Doña Remedios repuso sin levantar la vista.",
                  "Casilda era joven.", "Marcharon hacia el río. Insegura Casilda de la visita, no abrió.",
                  "-No abro a nadie -dijo Casilda."]
    found = paragraph_speakers(paragraphs, Kind(short=False, news=False))
    assert found[3] == ["Doña Remedios"]  # not `Conteste Doña Remedios`
    assert found[6] == ["Casilda"]  # not `Insegura Casilda`
