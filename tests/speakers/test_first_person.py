"""Unquoted paragraphs in the first person singular in news: the voice of the speaker before them."""

import pytest

from search.speakers import paragraph_speakers
from search.speakers.first_person import first_person
from search.speakers.people import Person


def speakers(*paragraphs: str) -> list[list[str]]:
    return paragraph_speakers(list(paragraphs))


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # an unquoted paragraph in the first person singular goes on with the speaker before it
        (["Gil habla de su gestión", "La exministra Ana Gil dijo que no conoce el caso.",
          "A mí me tocó revisar las cuentas cuando estuve en el ministerio."],
         [["Ana Gil"], ["Ana Gil"], ["Ana Gil"]]),
        (["Piden más control", "El senador Luis Paz arremetió contra el plan.",
          "Estoy siendo muy claro: no votaré esta ley.", "Y no pienso cambiar de idea."],
         [[], ["Luis Paz"], ["Luis Paz"], ["Luis Paz"]]),
        # negatives: no speaker before; a question; the first person plural of the writer; a heading
        (["Piden más control", "El plan se votará el lunes.", "Yo creo que no saldrá adelante."], [[], [], []]),
        (["Piden más control", "El senador Luis Paz arremetió contra el plan.", "¿Y usted qué haría yo en su lugar?"],
         [[], ["Luis Paz"], []]),
        (["Piden más control", "El senador Luis Paz arremetió contra el plan.", "Recordemos que el plan es de 2019."],
         [[], ["Luis Paz"], []]),
    ],
)
def test_an_unquoted_paragraph_in_the_first_person(paragraphs, expected):
    assert speakers(*paragraphs) == expected


def test_only_unattributed_paragraphs_change():
    ana, luis = Person(["ana", "gil"], "Ana Gil"), Person(["luis", "paz"], "Luis Paz")
    texts = ["Titular", "Subtítulo", "Gil dijo que sí.", "Yo no me rindo.", "Paz dijo: yo tampoco."]
    found = first_person(texts, [[], [], [ana], [], [luis]])
    assert found == [[], [], [ana], [ana], [luis]]


def test_headings_are_left_alone():
    ana = Person(["ana", "gil"], "Ana Gil")
    assert first_person(["Gil: no", "Yo no me rindo", "Texto."], [[ana], [], []]) == [[ana], [], []]
