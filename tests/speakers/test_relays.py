"""Tests for search.speakers.relays: whose words a relayed message, a signed letter and a speaking work are."""

import pytest

from search.speakers.mentions import Sentence, sentences
from search.speakers.people import People
from search.speakers.relays import author_of_work, relayed, signs


def _read(*texts: str) -> tuple[People, Sentence]:
    """Read every text but the last into a document's people; return them and the last text as a sentence."""
    people = People()
    for clock, text in enumerate(texts[:-1], 1):
        Sentence(sentences(text)[0], people, clock)
    return people, Sentence(sentences(texts[-1])[0], people, len(texts))


@pytest.mark.parametrize(
    "texts, expected",
    [
        (("La cantante Rosa Vidal llegó.", "Su portavoz leyó una carta de Rosa Vidal."), "Rosa Vidal"),
        (("La cantante Rosa Vidal llegó.", "Su agente difundió el sentir de la cantante."), "Rosa Vidal"),
        (("El actor Iván Gil llegó.", "Su abogado hizo llegar un mensaje de Iván Gil."), "Iván Gil"),
        # negatives: a message with no author named, a verb that relays nothing, `hizo` without `llegar`
        (("La cantante Rosa Vidal llegó.", "Su portavoz leyó un comunicado."), None),
        (("La cantante Rosa Vidal llegó.", "Su portavoz rompió una carta de Rosa Vidal."), None),
        (("La cantante Rosa Vidal llegó.", "Su portavoz hizo una carta de Rosa Vidal."), None),
    ],
)
def test_relayed(texts, expected):
    person = relayed(_read(*texts)[1])
    assert (person.display if person is not None else None) == expected


@pytest.mark.parametrize(
    "texts, expected",
    [
        (("El biólogo Marcos Ferrer midió el gas.", "El estudio de Ferrer añade otra causa."), "Marcos Ferrer"),
        (("La química Ana Soto midió el gas.", "La investigación de la química Ana Soto concluye que sí."),
         "Ana Soto"),
        # negatives: a work with no author, a document that is no work of a person, too short a sentence
        (("El biólogo Marcos Ferrer midió el gas.", "El estudio concluye que sí."), None),
        (("El biólogo Marcos Ferrer midió el gas.", "La casa de Ferrer tiene dos plantas."), None),
        (("El biólogo Marcos Ferrer midió el gas.", "El estudio."), None),
    ],
)
def test_author_of_work(texts, expected):
    person = author_of_work(_read(*texts)[1])
    assert (person.display if person is not None else None) == expected


@pytest.mark.parametrize(
    "words, expected",
    [
        ("JULIÁN MORA", True),
        ("TADEO JACINTO DE PAJARES", True),
        ("Ana Gil", True),
        ("Hasta Siempre", False),
        ("HASTA SIEMPRE", False),
        ("Un Abrazo", False),
    ],
)
def test_signs(words, expected):
    assert signs(words.split(), People()) is expected
