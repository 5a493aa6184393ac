"""Unquoted paragraphs in the first person singular in news: the voice of the speaker before them."""

import pytest

from search.speakers import paragraph_speakers
from search.speakers.first_person import first_person, in_first_person
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


@pytest.mark.parametrize(
    "text, expected",
    [
        ("A mí me tocó revisar las cuentas.", True),
        ("Mi madre dijo que volviera pronto.", True),  # a capital opening the sentence
        ("Llegó tarde. Mi hermano no lo esperaba.", True),
        ("—Mi casa es tuya —le dijo.", True),
        # negatives: a name with `Mi` in it; the third person; quoted words (the quotation's own speaker)
        ("El hotel Mi Casa cerró en mayo.", False),
        ("La ministra reconoció el error ante la prensa.", False),
        ("«Yo no me rindo», repitió.", False),
    ],
)
def test_in_first_person(text, expected):
    assert in_first_person(text) is expected


def test_a_story_is_not_a_news_item():
    """A short novel told in dialogue in dashes or by a narrator in the first person: its paragraphs in the first
    person are its characters' or narrator's, never the person named before (fiction_es's short works)."""
    ana = Person(["ana", "gil"], "Ana Gil")
    dialogue = ["Cuento", "Ana Gil dijo que vendría."] + ["—¿Vienes? —preguntó él.", "—No sé."] * 12 + ["Yo la esperé."]
    speakers_in = [[], [ana]] + [[]] * (len(dialogue) - 2)
    assert first_person(dialogue, speakers_in)[-1] == []
    narrator = ["Memorias", "Ana Gil dijo que vendría."] + ["Yo la esperé toda la tarde."] * 20
    assert first_person(narrator, [[], [ana]] + [[]] * 20)[2:] == [[]] * 20
    news = ["Piden más control", "Ana Gil dijo que vendría.", "—No sé.", "Yo la esperé toda la tarde."]
    assert first_person(news, [[], [ana], [], []])[3] == [ana]


# An answer in the first person over several paragraphs: the plural goes on with the speaker after a paragraph in
# their own voice, as after a quotation (round 16b); not after narration, nor in a column.
ANSWER = ["Titular", "En una entrevista con la radio local, la alcaldesa Rosario Méndez aseguró que el puerto crecerá.",
          "Yo diría que el balance es bueno. Hemos cumplido casi todo el programa."]


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (ANSWER + ["Otros logros están en los parques que estamos terminando en el barrio alto."],
         [["Rosario Méndez"], ["Rosario Méndez"], ["Rosario Méndez"]]),
        (ANSWER + ["Otros logros están en los parques que estamos terminando.", "Y tenemos más proyectos en marcha."],
         [["Rosario Méndez"], ["Rosario Méndez"], ["Rosario Méndez"], ["Rosario Méndez"]]),
        # negative: the plural after narration is the narrator's
        (["Titular", "La alcaldesa Rosario Méndez aseguró que el puerto crecerá.", "El puerto abrió en 1920.",
          "Recordemos que el muelle se amplió en 1990."],
         [["Rosario Méndez"], [], []]),
    ],
)
def test_the_plural_goes_on_after_an_answer_in_the_first_person(paragraphs, expected):
    found = paragraph_speakers(paragraphs)[1:]
    assert found == expected
