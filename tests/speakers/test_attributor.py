"""The statements of one paragraph (search.speakers.attributor), read in a document's order."""

import pytest

from search.speakers.attributor import Attributor


def speakers(paragraphs):
    attributor = Attributor(paragraphs)
    return [[person.display for person in attributor.paragraph(text)[0]] for text in paragraphs]


@pytest.mark.parametrize("paragraphs, expected", [
    (["La ministra Ana Gil dijo que no habrá recortes."], [["Ana Gil"]]),  # a verb of saying
    (["Según Pedro Ruiz, la obra terminará en mayo."], [["Pedro Ruiz"]]),  # an opener
    (["La reforma fue anunciada por Marcelo Ebrard ayer."], [["Marcelo Ebrard"]]),  # a passive's agent
    (["El clima seguirá frío esta semana."], [[]]),  # no statement
    (["Ana Gil no dijo nada sobre el tema."], [[]]),  # a negated verb reports nothing
    (["La ministra Ana Gil llegó a Lima.", "Más tarde, Gil aseguró que firmará."], [[], ["Ana Gil"]]),
])
def test_a_paragraphs_statements(paragraphs, expected):
    assert speakers(paragraphs) == expected
