"""A word that opens a sentence glued to a name it is no part of (round 17): a verb before its subject (`Dormía
Vieyra`), a participle (`Recibida Leocadia`), an invocation (`¡Válgame Dios!`), a verb before the pronoun of
address (`Sabe Vd.`), a field before a person (`el capitán de Artillería Lorenzo Mendoza`). Cases of other names
and verbs than those they were found on in novels; negatives: names of two words at a sentence's start, saints'
names, names of the news."""

import re

import pytest

from search.speakers import paragraph_speakers
from search.speakers.namewords import glued_opener, invocation, register_names
from search.speakers.people import People
from search.speakers.runs import name_runs


def registered(paragraphs: list[str]) -> list[str]:
    """The full names that the first paragraph, read as one with no statement, notes."""
    people = People(paragraphs)
    register_names(paragraphs[0], people, 1)
    return [person.display for person in people.known]


def runs(paragraphs: list[str]) -> list[str]:
    """The name runs of the first paragraph."""
    tokens = re.findall(r"\w+|[^\w\s]", paragraphs[0])
    return [" ".join(words) for _, _, words in name_runs(tokens, [t.lower() for t in tokens], People(paragraphs))]


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # a verb the document writes in lower case too
        (["Cenaba Ordóñez Bernal en la cocina, y nadie más cenaba.", "Ordóñez Bernal callaba."], ["Ordóñez Bernal"]),
        (["Duerme Quintana Bernal en el pajar; el perro duerme a sus pies."], ["Quintana Bernal"]),
        # a verb with an enclitic pronoun, with its accent or, in old texts, without it
        (["Acercose Ordóñez Bernal a la puerta."], ["Ordóñez Bernal"]),
        (["Levantóse Quintana Bernal de la silla."], ["Quintana Bernal"]),
        # a participle or an imperfect before a name the document writes alone more often
        (["Admitidos Ordóñez Bernal en la casa, todo cambió.", "Ordóñez Bernal sonrió.", "Ordóñez Bernal calló."],
         ["Ordóñez Bernal"]),
        (["Pasadas las Navidades, volvimos al colegio."], []),
        # an exclamation that calls on a god, a saint, a crowd
        (["¡Socórrenos San Telmo Bendito!"], []),
        (["¡Permita Dios Padre que llueva!"], []),
        # a verb before the pronoun of address
        (["¿Sabe Vd. lo que pasa?"], []),
        (["Perdone Usted la tardanza."], []),
        # a field, then the person
        (["El capitán de Caballería Ramiro Ordóñez llegó al pueblo."], ["Ramiro Ordóñez"]),
        # negatives: a full name, a saint's name, a title, a name the document writes inside a sentence
        (["Amparo Quintana llegó tarde."], ["Amparo Quintana"]),
        (["San Telmo Bendito protege a los marinos."], ["San Telmo Bendito"]),
        (["Don Ramiro Ordóñez llegó."], ["Don Ramiro Ordóñez"]),
        (["Almeida Ruiz llegó.", "El alcalde Almeida calló.", "Ruiz sonrió.", "Ruiz habló."], ["Almeida Ruiz"]),
    ],
)
def test_an_opening_word_is_no_part_of_the_name(paragraphs, expected):
    assert registered(paragraphs) == expected
    assert runs(paragraphs) == expected


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        (["Amparo Quintana dijo que vendría.", "Quintana llegó tarde."], [["Amparo Quintana"], []]),
        (["El alcalde Almeida llegó.", "Almeida Ruiz declaró que no habrá cambios.", "Ruiz calló."],
         [[], ["Almeida Ruiz"], []]),
        (["Tras la reunión, Marta Sáez habló.", "Marta Sáez aseguró que no habrá recortes."],
         [[], ["Marta Sáez"]]),
        (["El capitán de Caballería Ramiro Ordóñez llegó al pueblo.", "-Buenas noches -dijo Ordóñez."],
         [[], ["Ramiro Ordóñez"]]),
    ],
)
def test_speakers_whose_name_opens_a_sentence(paragraphs, expected):
    assert paragraph_speakers(paragraphs) == expected


@pytest.mark.parametrize(
    "text, words, expected",
    [
        ("Dígale Ordóñez que venga.", ["Dígale", "Ordóñez"], True),
        ("Pasadas las Navidades, volvimos.", ["Pasadas", "las", "Navidades"], True),
        ("Recibida Gumersinda en casa. Gumersinda calló.", ["Recibida", "Gumersinda"], True),
        ("San Telmo protege a los marinos.", ["San", "Telmo"], False),  # a saint's name: the title is the name's
        ("Santa Bárbara bendita.", ["Santa", "Bárbara"], False),
        ("Rosario Quintana habló.", ["Rosario", "Quintana"], False),
        ("Tyson Fury habló. Fury calló.", ["Tyson", "Fury"], False),  # never written in lower case
        ("Ordóñez habló.", ["Ordóñez"], False),
        # an imperative of address (sp18b): before a title, or written before `usted` elsewhere
        ("—¿Oiga Doña Remedios, vendrá mañana?", ["Oiga", "Doña", "Remedios"], True),
        ("—Mire usted, Quintana. —Mire Quintana, no insista.", ["Mire", "Quintana"], True),
        # an adjective that agrees with the name after it (sp18b): a common word inflected or without its prefix
        ("Insegura Gumersinda de su memoria, no contestó.", ["Insegura", "Gumersinda"], True),
        ("Orgullosas Remedios y Amparo de su obra, callaron.", ["Orgullosas", "Remedios"], True),
        # negatives: a name in -a whose other forms are no common words; a title opening the name
        ("Quiroga Bernal llegó tarde.", ["Quiroga", "Bernal"], False),
        ("Don Remedio Quiroga llegó.", ["Don", "Remedio", "Quiroga"], False),
    ],
)
def test_glued_opener(text, words, expected):
    assert glued_opener(words, People([text])) is expected


@pytest.mark.parametrize(
    "words, expected",
    [(["Válganos", "San", "Telmo"], True), (["Vivan", "los", "Novios"], True), (["San", "Telmo"], False),
     (["Amparo", "Quintana"], False), (["Dios"], False)],
)
def test_invocation(words, expected):
    assert invocation(words, People([" ".join(words)])) is expected
