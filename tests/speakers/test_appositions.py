"""Tests for search.speakers.appositions: a name's apposition between it and its verb."""

import pytest

from search.speakers.appositions import opening_apposed, quoted_alias
from search.speakers.mentions import Sentence, sentences
from search.speakers.people import People


def sentence(text):
    return Sentence(sentences(text)[0], People(), 1)


def before_verb(s, verb):
    return s.lower.index(verb) - 1


@pytest.mark.parametrize("text, verb, name_end", [
    ('Jaime Ruiz, "El Tigre", aseguró que volverá.', "aseguró", ","),
    ("Marta Soler, «La Dama de Hierro», advirtió que no cederá.", "advirtió", ","),
    ('"Ganaremos", aseguró Jaime Ruiz.', "aseguró", None),  # a quotation closing before the verb
    ('La ley, "la más dura", entró en vigor.', "entró", None),  # words after a comma that name no one
])
def test_a_quoted_nickname_between_a_name_and_its_verb(text, verb, name_end):
    s = sentence(text)
    found = quoted_alias(s, before_verb(s, verb))
    assert (found is None) if name_end is None else (s.lower[found] == name_end and found < s.lower.index(verb))


@pytest.mark.parametrize("text, verb, opener", [
    ("Lucía Prado, la principal experta en vacunas, advirtió que faltan dosis.", "advirtió", "Lucía Prado"),
    ("Tomás Vidal, director del Hospital Juan Pérez, explicó la medida.", "explicó", "Tomás Vidal"),
    ("Lucía Prado, la experta que ayer dijo otra cosa, advirtió que faltan dosis.", "advirtió", None),  # said
    ("Lucía Prado visitó el hospital y, tras la reunión, advirtió que faltan dosis.", "advirtió", None),
])
def test_a_description_from_the_opening_name_to_its_verb(text, verb, opener):
    s = sentence(text)
    found = opening_apposed(s, before_verb(s, verb))
    assert (found is None) if opener is None else " ".join(s.tokens[found.start:found.end]) == opener
