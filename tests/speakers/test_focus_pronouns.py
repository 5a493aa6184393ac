"""A pronoun as the subject of a verb of saying (search.speakers.focus_pronouns): which pronouns are subjects, and
whom they stand for. Rows of our own wording; negatives: a pronoun after a preposition, a demonstrative before a
noun, a verb with no statement after it, a singular verb with `ambos`."""

import pytest

from search.speakers.focus_pronouns import pronoun_people, pronoun_subject
from search.speakers.people import People


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Ella menciona que, desde el principio, todos preguntan.", ("f", 1, False)),
        ("Y él explicó: no hay prisa.", ("m", 1, False)),
        ("Fue en mayo cuando se conocieron, contó este.", ("m", 1, True)),
        ('"Es tarde", dijo ella.', ("f", 1, True)),
        ("Se conocieron en Puebla, contaron ambos en una entrevista.", ("", 2, True)),
        ("Se conocieron en Puebla, recordaron las dos.", ("", 2, True)),
        ("Habló con ella sobre el acuerdo.", None),
        ("Esta semana dijo que no.", None),
        ("Ella menciona el acuerdo en su libro.", None),  # no `que` or `:`: an act of mentioning, not a statement
        ("Se conocieron en Puebla, contó ambos.", None),  # a singular verb with `ambos`: no such subject
    ],
)
def test_pronoun_subject(text: str, expected):
    assert pronoun_subject(text) == expected


def test_pronoun_people():
    people = People()
    ana, luis, rosa = (people.person(name.split(), 1) for name in ("Ana Gil", "Luis Mora", "Rosa Díaz"))
    gender = {id(ana): "f", id(luis): "m", id(rosa): "f"}.get
    speaks = {id(ana), id(luis)}.__contains__

    def meant(wanted, mentioned):
        return pronoun_people(wanted, mentioned, lambda person: gender(id(person)), lambda person: speaks(id(person)))

    assert meant(("f", 1, False), [ana, luis]) == [ana]
    assert meant(("m", 1, True), [luis, ana]) == [luis]
    assert meant(("f", 1, False), [ana, luis, rosa]) == []  # the last woman mentioned never speaks
    assert meant(("", 2, True), [rosa, ana, luis]) == [ana, luis]
    assert meant(("", 2, True), [rosa, ana]) == []
