"""Tests for search.speakers.runs: runs of capitalised words that may name people."""

import pytest

from search.speakers import paragraph_speakers
from search.speakers.namewords import is_name_word, not_a_name, register_names
from search.speakers.people import People
from search.speakers.runs import is_role, name_runs
from search.speakers.sentences import sentences

CONTEXT = ["Andrés Manuel López Obrador habló.", "El dirigente de Morena habló."]


def runs(text, context=CONTEXT):
    tokens = sentences(text)[0]
    return [words for _, _, words in name_runs(tokens, [token.lower() for token in tokens],
                                                People([text] + context))]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Lo dijo Ana Gil ayer.", ["Ana Gil"]),
        # a run cut where a person's name starts inside it
        ("dijo al medio argentino Télam Fernando Goldbaum", ["Fernando Goldbaum"]),
        ("El rector de la Universidad de Salamanca Ricardo Rivero habló.", ["Ricardo Rivero"]),
        ("Lo anunció el ministro de Gobierno Eduardo del Castillo ayer.", ["Eduardo del Castillo"]),
        ("El vicepresidente de Venezuela Tareck El Aissami respondió.", ["Tareck El Aissami"]),
        ("Lo dijo el ministro de Defensa Padrino López.", ["Padrino López"]),
        ("Habló el diputado de Sumar Alberto Ibáñez.", ["Alberto Ibáñez"]),
        # a field after `en` (round 17a), or a given name that is a word too after `de` (`de Salud`): a body's words
        ("Lo aclara la experta en Dietética Carla Ibarra.", ["Carla Ibarra"]),
        ("Lo dijo el licenciado en Derecho Tomás Ariza ayer.", ["Tomás Ariza"]),
        ("Habló el secretario de Salud Pública Hugo Sarrió.", ["Hugo Sarrió"]),
        # the ordinary word that opens a sentence goes
        ("Recientemente Tomás Vidal presentó su libro.", ["Tomás Vidal"]),
        # particles and initials inside a name
        ("Lo dijo Omar Al Bashir.", ["Omar Al Bashir"]),
        ("Lo dijo David A. Semonian ayer.", ["David A. Semonian"]),
        ("Lo dijo Iván Lima ayer.", ["Iván Lima"]),  # a surname that is also a place
        # an acronym that spells a name of the document
        ("Lo dijo AMLO ayer.", ["Andrés Manuel López Obrador"]),
        # no person
        ("Múltiples factores la explican.", []),
        ("Siempre llega tarde.", []),
        ("La Seguridad Social pagará.", []),
        ("El Ministerio de Salud (Minsa) informó.", []),
        ("Morena exige la renuncia.", []),  # a party the document names as one
        ("Lo dijo HRW ayer.", []),  # an acronym of no name the document gives
        pytest.param("Lo dijo Iván Lima en La Paz.", ["Iván Lima"], marks=pytest.mark.xfail(
            strict=True, reason="`La Paz` loses its article and `Paz` alone is a run")),
    ],
)
def test_name_runs(text, expected):
    assert [" ".join(words) for words in runs(text)] == expected


@pytest.mark.parametrize(
    "text, context, expected",
    [
        ("Porque Andrés Pérez no vino.", [], ["Andrés Pérez"]),
        ("Lo vio Ana Gil en Madrid.", [], ["Ana Gil"]),
        ("Tenía la Benina Ruiz su casa.", ["Ella tenía frío."], ["Benina Ruiz"]),  # `tenía` is a word here
        ("Tenía la Benina Ruiz su casa.", [], ["Benina Ruiz"]),  # a stop word opening the sentence is no name
        ("La Seguridad Social pagará.", [], []),
        ("Ayuntamiento de Madrid abrió.", [], []),
        ("El 5 de Enero Martes llegó.", [], []),
    ],
)
def test_register_names(text, context, expected):
    people = People([text] + context)
    register_names(text, people, 1)
    assert [person.display for person in people.known] == expected


def test_registered_names_resolve_later_surnames():
    people = People(["Porque Andrés Pérez no vino.", "Pérez habló."])
    register_names("Porque Andrés Pérez no vino.", people, 1)
    assert people.find(["Pérez"]).display == "Andrés Pérez"


@pytest.mark.parametrize(
    "word, context, expected",
    [
        ("Recientemente", [], True),  # an adverb in -mente
        ("Porque", [], True),  # a function word
        ("Vamos", [], True),  # a verb that opens sentences
        ("Caracol", ["Vio un caracol lento."], True),  # written in lower case in the document
        ("Caracol", [], False),
        ("Andrés", [], False),  # a given name
        ("Benina", [], False),
    ],
)
def test_not_a_name(word, context, expected):
    assert not_a_name(word, People(context)) is expected


@pytest.mark.parametrize(
    "token, expected",
    [("Gil", True), ("Ñandú", True), ("Á", True), ("GIL", False), ("gil", False), ("El", False),
     ("Ministro", False), ("3D", False), ("Dijo", False)],
)
def test_is_name_word(token, expected):
    assert is_name_word(token) is expected


@pytest.mark.parametrize(
    "word, expected",
    [("ministro", True), ("exministra", True), ("expresidente", True), ("casa", False), ("exceso", False)],
)
def test_is_role(word, expected):
    assert is_role(word) is expected


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # trial 33, defect 5: `el fiscal nacional, Ángel Valencia`, then `Valencia señaló: «…»` had no speaker
        (["El fiscal regional, Marcos Lima, visitó la comisaría.", "Luego, Lima señaló: «Habrá más patrullas»."],
         [[], ["Marcos Lima"]]),
        (["La senadora Elena Granada presentó el proyecto.", "Al respecto, Granada afirmó que «no habrá retrasos»."],
         [[], ["Elena Granada"]]),
        (["El entrenador, Pedro Santiago, habló tras el partido.", "«Fue un partido duro», dijo Santiago."],
         [[], ["Pedro Santiago"]]),
        # after a preposition of place the town is the town; a town nobody is named after is no person
        (["El ministro Luis Granada llegó ayer a Sevilla.",
          "Desde Granada, la portavoz Marta Ruiz dijo que «el festival sigue»."], [[], ["Marta Ruiz"]]),
        (["La diputada Carmen Soria viajó a Valencia.", "Valencia anunció que cerrará el puerto el lunes."], [[], []]),
        (["La jueza Ana Lima llegó ayer.", "El alcalde de Lima, Jorge Muñoz, dijo que «la ciudad está lista»."],
         [[], ["Jorge Muñoz"]]),
    ],
)
def test_a_surname_that_is_a_town_names_the_person_the_document_gave_it(paragraphs, expected):
    assert paragraph_speakers(paragraphs) == expected
