"""Tests for search.speakers.acronyms: an acronym a document ties to a person is that person; a body's is no one's."""

import pytest

from search.speakers import paragraph_speakers
from search.speakers.acronyms import Acronyms


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # the initials of the whole name, in brackets or told with `como se conoce a`
        (["El presidente Anselmo Luis Tagle Rivas (ALTR) anunció un plan.", "«Saldremos adelante», dijo ALTR."],
         "Anselmo Luis Tagle Rivas"),
        (["ALTR, como se conoce a Anselmo Luis Tagle Rivas, anunció un plan.", "«Saldremos adelante», dijo ALTR."],
         "Anselmo Luis Tagle Rivas"),
        # the document gives the surnames only: the acronym ends with their initials, the given names left out
        (["El presidente Tagle Rivas anunció un plan.", "«Saldremos adelante», dijo ALTR en la plaza."], "Tagle Rivas"),
        (["La alcaldesa Berrueta Ochoa visitó el mercado.", "«Habrá más puestos», aseguró MBO."], "Berrueta Ochoa"),
        (["La alcaldesa Berrueta Ochoa visitó el mercado.", "MBO aseguró que «habrá más puestos»."], "Berrueta Ochoa"),
    ],
)
def test_an_acronym_the_document_ties_to_a_person_is_that_person(paragraphs, expected):
    assert paragraph_speakers(paragraphs)[-1] == [expected]


@pytest.mark.parametrize(
    "paragraphs",
    [
        # a body's acronym, after an article here or known to the lexicon, shares a person's initials
        ["La consejera Irene Núñez Estrada votó en contra.", "«La participación fue alta», informó el INE."],
        ["La consejera Irene Núñez Estrada votó en contra.", "Según el INE, «la participación fue alta»."],
        ["La consejera Irene Núñez Estrada votó en contra.", "«La participación fue alta», dijo INE.",
         "El INE publicó los datos."],
        ["La ministra Olga Martínez Soto visitó Ginebra.", "«Las vacunas son seguras», dijo OMS en un comunicado."],
        ["La alcaldesa Berrueta Ochoa visitó el mercado.", "«Habrá más puestos», aseguró la MBO."],
        # an acronym the document never ties to anyone
        ["«Las vacunas son seguras», dijo la OMS en un comunicado."],
        ["«Habrá más puestos», aseguró MBO."],
        # surnames met with no role: words in capitals the text may have misread as a name (`Quality Management`
        # in a body's name, then `EFQM`)
        ["El sello de la Fundación Quality Management premia la gestión.", "«Es un trabajo excelente», resaltó FQM."],
        ["Tagle Rivas llegó tarde a la cita.", "«Saldremos adelante», dijo ALTR."],
        # two letters are no acronym; surnames of no one the document introduced (`Palacio Nacional`)
        ["La alcaldesa Berrueta Ochoa visitó el mercado.", "«Habrá más puestos», aseguró BO."],
        ["La portavoz habló desde Palacio Nacional.", "«Habrá más puestos», dijo APN."],
    ],
)
def test_an_acronym_the_document_ties_to_no_person_is_no_speaker(paragraphs):
    assert paragraph_speakers(paragraphs)[-1] == []


@pytest.mark.parametrize(
    "paragraphs, token, full, surnames",
    [
        (["Lo dijo Anselmo Luis Tagle Rivas."], "ALTR", ["Anselmo", "Luis", "Tagle", "Rivas"], None),
        (["Lo dijo Tagle Rivas."], "ALTR", None, ["Tagle", "Rivas"]),
        (["Lo dijo Tagle Rivas."], "ATR", None, ["Tagle", "Rivas"]),
        # two names fit: neither
        (["Lo dijo Tagle Rivas.", "Y Toledo Ruiz."], "ALTR", None, None),
        # a body's: after an article, or in the lexicon
        (["Lo dijo Tagle Rivas.", "Y la ALTR."], "ALTR", None, None),
        (["Lo dijo Óscar Nieto Uribe."], "ONU", None, None),
    ],
)
def test_the_names_an_acronym_spells(paragraphs, token, full, surnames):
    acronyms = Acronyms(paragraphs)
    assert (acronyms.full(token), acronyms.surnames(token)) == (full, surnames)
