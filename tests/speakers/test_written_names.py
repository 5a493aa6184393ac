"""How a document's whole text writes a lone name (search.speakers.written_names)."""

import pytest

from search.speakers.written_names import after_article, after_given_name, after_office, joined_by_ampersand


@pytest.mark.parametrize("text, word, written", [
    ("Habló la directora de Oxfam.", "Oxfam", True),
    ("Lo dijo la presidenta de la Coparmex.", "Coparmex", True),
    ("Habló el presidente de Grupo Salinas.", "Grupo", False),  # the start of a longer name
    ("Lo dijo el portavoz de Daddy Yankee.", "Daddy", False),  # a person has a spokesperson too
    ("Habló la directora de\nOxfam dijo.", "Oxfam", False),  # the office ends the paragraph before
])
def test_after_office(text, word, written):
    assert after_office(text, word) is written


@pytest.mark.parametrize("text, word, written", [
    ("Lo dijo Alfredo del Mazo.", "Mazo", True),
    ("Lo dijo Ana Gil.", "Gil", True),
    ("Lo dijo José Luis Ábalos.", "Ábalos", True),
    ("Lo dijo el Mazo.", "Mazo", False),
    ("Vino Ana.\nGil dijo que sí.", "Gil", False),  # the given name is in the paragraph before
])
def test_after_given_name(text, word, written):
    assert after_given_name(text, word) is written


@pytest.mark.parametrize("text, word, written", [
    ("Según datos de la Profeco, sube.", "Profeco", True),
    ("Dijo que el Conacyt informó.", "Conacyt", True),
    ("Es conocido como el Bronco en Nuevo León.", "Bronco", False),  # a nickname
    ("Lo dijo Alfredo del Mazo.", "Mazo", False),  # a name's particle
    ("Lo dijo Guy de la Ferronière.", "Ferronière", False),
    ("Lo dijo Saúl \"el Canelo\" Álvarez.", "Canelo", False),
])
def test_after_article(text, word, written):
    assert after_article(text, word) is written


@pytest.mark.parametrize("text, word, written", [
    ("La vacuna de Harlow & Harlow llegó ayer.", "Harlow", True),
    ("El bufete Ruiz & Asociados lo niega.", "Ruiz", True),
    ("El bufete Ruiz & Asociados lo niega.", "Asociados", True),
    ("Compró acciones de P&G y de Ortega&Soto.", "Soto", True),
    ("Ana Ruiz y Pedro Soto firmaron.", "Ruiz", False),  # `y` joins two people
    ("Lo dijo Ruizano & Cía.", "Ruiz", False),  # only the whole word
])
def test_joined_by_ampersand(text, word, written):
    assert joined_by_ampersand(text, word) is written
