"""Tests for search.speakers.subject_slots: what stands in the place of a verb's subject."""

import pytest

from search.speakers.mentions import Sentence, sentences
from search.speakers.people import People
from search.speakers.subject_slots import cleft, fronted_object, in_date, no_subject


@pytest.mark.parametrize(
    "words, expected",
    [(["durante", "su", "intervención"], True), (["en", "madrid", "el", "gobierno"], False),
     (["asimismo", ","], True), (["el", "ministro"], False),
     # a day is no subject; a noun after the day's article is
     (["el", "martes"], True), (["este", "lunes"], True), (["el", "pasado", "viernes"], True),
     (["el", "próximo", "domingo"], True), (["el", "martes", "el", "ministro"], False), (["el", "mar"], False)],
)
def test_no_subject(words, expected):
    assert no_subject(words, 0, len(words) - 1, None) is expected


@pytest.mark.parametrize(
    "words, index, expected",
    [("que el martes pidió", 1, True), ("que el martes pidió", 2, True), ("el pasado viernes", 1, True),
     ("el ministro martes", 0, False), ("martes negro", 0, False)],
)
def test_in_date(words, index, expected):
    assert in_date(words.split(), index) is expected


def test_fronted_object_and_cleft():
    s = Sentence(sentences("La noticia la dio a conocer el ministro.")[0], People(), 1)
    assert fronted_object(s, 1, 3)
    s = Sentence(sentences("Fue la ministra Ana Gil quien anunció el plan.")[0], People(), 1)
    assert cleft(s, s.lower.index("quien")).display == "Ana Gil"
