"""Issue 14, round 17 (sp17c): a panel's guests listed one to a line, and the definite plural that gives them their
shared view (search.speakers.panels). Rows of my own wording, names and events, with negatives (a meeting's or a
visit's list, an indefinite plural, a plural of others, a man among the guests of `las`, two lists)."""

import pytest

from search.speakers import paragraph_speakers
from search.speakers.panels import panel_lines, panel_noun

HEAD = ["Cómo financiar la ciencia, a debate", "La mesa redonda, organizada por la Fundación Norte, contó con:"]
WOMEN = ["Lucía Barros, directora de un laboratorio de genética", "Marta Ibarra, presidenta de la Red de Museos",
         "Irene Sotomayor, coordinadora del programa Vela"]
MIXED = ["Lucía Barros, directora de un laboratorio de genética", "Tomás Aldana, presidente de la Red de Museos"]
ALL_WOMEN = ["Lucía Barros", "Marta Ibarra", "Irene Sotomayor"]


@pytest.mark.parametrize(
    ("guests", "line", "expected"),
    [
        (WOMEN, "Las participantes defendieron que la inversión privada es insuficiente.", ALL_WOMEN),
        (WOMEN, "Según las expertas, el país invierte la mitad que sus vecinos.", ALL_WOMEN),
        (WOMEN, "Durante el debate, las ponentes advirtieron que faltan becas.", ALL_WOMEN),
        (MIXED, "Los invitados señalaron que faltan becas.", ["Lucía Barros", "Tomás Aldana"]),
        (MIXED, "Los especialistas afirmaron que el modelo está agotado.", ["Lucía Barros", "Tomás Aldana"]),
        # negatives: a man among the guests of `las`; others, unnamed; people who are not the panel; no statement
        (MIXED, "Las participantes defendieron que la inversión privada es insuficiente.", []),
        (WOMEN, "Algunos expertos sostienen que el problema es la burocracia.", []),
        (WOMEN, "Los vecinos del barrio denunciaron que el laboratorio hace ruido.", []),
        (WOMEN, "Las participantes recorrieron después las instalaciones del museo.", []),
        (WOMEN, "Las participantes llegaron a la sede a las diez de la mañana.", []),
    ],
)
def test_a_panel_plural_is_its_listed_guests(guests, line, expected):
    found = paragraph_speakers([*HEAD, *guests, line])
    assert sorted(found[-1]) == sorted(expected)
    assert all(found[index] == [] for index in range(len(HEAD) + len(guests)))  # the list itself credits no one


@pytest.mark.parametrize(
    ("introduction", "expected"),
    [
        ("Según coincidieron las invitadas al foro Ciencia Abierta, que contó con la participación de:", ALL_WOMEN),
        ("Las ponentes del seminario aseguraron que el sistema necesita reformas, según explicaron:", ALL_WOMEN),
        # negatives: an introduction that voices nothing; a meeting's list and its attendees
        ("El seminario, celebrado en la biblioteca central, contó con la participación de:", []),
        ("A la reunión con el alcalde asistieron:", []),
    ],
)
def test_the_panel_introduction_is_theirs_when_their_plural_speaks_in_it(introduction, expected):
    found = paragraph_speakers(["Ciencia y dinero", introduction, *WOMEN, "El acto terminó a las ocho."])
    assert sorted(found[1]) == sorted(expected)


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (["Titular", "Participaron:", "Ana Gil, directora de X", "Luis Mora, fundador de Y", "Fin."], (1, [2, 3])),
        (["Titular", "Participó:", "Ana Gil, directora de X", "Fin."], None),  # one guest is no panel
        (["Titular", "Participaron:", "Ana Gil, directora de X", "Luis Mora, fundador de Y", "Después hablaron:",
          "Eva Rus, alcaldesa de Z", "Pablo Soto, concejal de Z"], None),  # two lists: which one is meant?
        (["Titular", "Los datos:", "El paro bajó un 2 %, según el instituto", "La inflación subió"], None),
    ],
)
def test_panel_lines(paragraphs, expected):
    assert panel_lines(paragraphs) == expected


@pytest.mark.parametrize(
    ("words", "expected"),
    [("las participantes del foro".split(), "las"), ("Los ponentes".split(), "los"),
     ("estas expertas".split(), "estas"), ("algunos expertos".split(), None), ("los vecinos".split(), None),
     ("participantes".split(), None)],
)
def test_panel_noun(words, expected):
    assert panel_noun(words) == expected


def test_a_meeting_list_and_its_attendees_credit_no_one():
    found = paragraph_speakers(["Reunión en el ayuntamiento", "A la reunión asistieron:", *MIXED,
                                "Los asistentes acordaron que la obra empezará en mayo."])
    assert found[-1] == []
