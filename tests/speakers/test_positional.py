"""Verbs of saying told by their place (search.speakers.positional), and an aside set off by commas before an
inverted subject (search.speakers.inverted). Cases of my own wording, names and verbs, with negatives: a verb of no
saying, a quoted title or slogan followed by a comma, a body after the verb, the present tense, a story's dialogue."""

import pytest

from search.speakers import paragraph_speakers
from search.speakers.genre import Kind
from search.speakers.positional import any_positional, may_be_placed, positional_verb

HEAD = "Reabre el Museo de Historia Natural de Tlaxcala"
ANCHOR = "La directora del museo, Irene Saldívar Ponce, recorrió las salas con la prensa."


@pytest.mark.parametrize(
    "line, expected",
    [
        # a verb no lexicon lists, placed after the quotation closes: any preterite there says
        ('"Las salas no se tocarán", rectificó Saldívar Ponce.', ["Irene Saldívar Ponce"]),
        ("«Nadie perderá su empleo», zanjó la directora Irene Saldívar Ponce.", ["Irene Saldívar Ponce"]),
        ('"Abriremos en marzo", remachó.', ["Irene Saldívar Ponce"]),
        ("“Es un día histórico”, celebró emocionada Saldívar Ponce.", ["Irene Saldívar Ponce"]),
        # `Así lo…` takes up what was just said
        ("Así lo reivindicó ante los periodistas Irene Saldívar Ponce.", ["Irene Saldívar Ponce"]),
        ("Así lo refrendó, por su parte, Tomás Ugarte Leal, presidente del patronato.", ["Tomás Ugarte Leal"]),
        # negatives: a slogan or title in quotation marks before a verb that is no saying, a body, no verb
        ('Su lema, "Cultura para todos", marcó la reapertura.', []),
        ('La exposición "Raíces", inauguró la temporada de otoño.', []),
        ('"Abriremos en marzo", anunció la Secretaría de Cultura.', []),
        ('"Abriremos en marzo", en palabras de la guía.', []),
        ("Así lo mostraron las cifras del primer fin de semana.", []),
    ],
)
def test_a_verb_of_saying_by_its_place(line: str, expected: list[str]):
    assert paragraph_speakers([HEAD, ANCHOR, line])[2] == expected


def test_a_story_does_not_read_verbs_by_their_place():
    """A novel's dialogue keeps its own rules: an unknown verb after a quotation gives no speaker there."""
    lines = ["Capítulo primero", "Tomás Ugarte entró en la cocina.", '"No quiero sopa", refunfuñó Tomás Ugarte.']
    assert paragraph_speakers(lines, Kind(short=True, news=False))[2] == []


@pytest.mark.parametrize(
    "lower, index, expected",
    [
        (['"', "sí", '"', ",", "rectificó", "ana", "."], 4, True),
        (["«", "sí", "»", ",", "zanjó", "."], 4, True),
        (["así", "lo", "refrendó", "ana", "gil", "."], 2, True),
        (["así", "la", "describió", "su", "hermano", "."], 2, True),
        (["ana", "gil", "rectificó", "el", "dato", "."], 2, False),  # no place: the lexicon decides
        (['"', "sí", '"', ",", "suelta", "ana", "."], 4, False),  # the present: as often a noun or an adjective
        (["luego", "así", "lo", "explicó", "."], 3, False),  # `Así lo` opening the sentence only
        (['"', "sí", '"', ",", "yo", "."], 4, False),
    ],
)
def test_positional_verb(lower: list[str], index: int, expected: bool):
    assert positional_verb(lower, index) is expected
    assert any_positional(lower) is expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ('"no", rectificó ana gil.', True),
        ("así lo refrendó ana gil.", True),
        ("el museo abrió. así lo celebró la ciudad.", True),
        ("ana gil rectificó el dato.", False),
        ('"no" , dijo', False),  # `dijo` is no preterite in -ó: the lexicon knows it anyway
    ],
)
def test_may_be_placed(text: str, expected: bool):
    assert may_be_placed(text) is expected
