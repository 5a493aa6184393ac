"""A statement whose speaker is written but not recognised must not go to the person quoted before it.

For an analyst asking who said something, a wrong name is worse than none: `orador:X` would list another
person's words. Each row: an opening paragraph that quotes someone, then a statement credited after the verb.
"""

import pytest

from search.speakers import paragraph_speakers

OPENING = '"Es una buena noticia", declaró el portavoz Julián Otero.'


@pytest.mark.parametrize(
    "statement, expected",
    [
        # surnames that are also the words of places and bodies (INE's frequent surnames)
        ('"Los precios bajarán", afirmó la ministra Rosa Cruz en Bruselas.', ["Rosa Cruz"]),
        ('"Los precios bajarán", afirmó el economista Andrés de la Calle.', ["Andrés de la Calle"]),
        ('"Los precios bajarán", dijo Marta Mercado.', ["Marta Mercado"]),
        ('"Los precios bajarán", señaló el alcalde Jorge Puerto.', ["Jorge Puerto"]),
        # a phrase about someone between the verb and its subject
        ('"Es un peligro", dijo sobre el senador el exgobernador Ramiro Álvarez.', ["Ramiro Álvarez"]),
        # an office with its own field, held by no one known: nobody, not the spokesperson quoted before
        ('"Los precios bajarán", afirmó el ministro de Agricultura.', []),
        ('"Los precios bajarán", afirmó la secretaria de Energía.', []),
        # what still refers back: the same office, a bare verb, or a bare office
        ('"Los precios bajarán", insistió el portavoz.', ["Julián Otero"]),
        ('"Los precios bajarán", añadió.', ["Julián Otero"]),
    ],
)
def test_a_written_subject_is_never_the_person_before(statement, expected):
    assert paragraph_speakers([OPENING, statement])[1] == expected


@pytest.mark.parametrize("opening, statement", [
    ('"Es una buena noticia", declaró la portavoz y ministra de Agricultura, Elena Varela.',
     '"Los precios bajarán", afirmó la ministra de Agricultura.'),
    # the same field in other words: `Asuntos Económicos` is `Economía`
    ('"Es pronto", dijo la vicepresidenta de Asuntos Económicos, Elena Varela.',
     'Además, la titular de Economía insistió en que "habrá ayudas".'),
])
def test_the_field_of_an_office_the_person_holds_still_refers_back(opening, statement):
    assert paragraph_speakers([opening, statement])[1] == ["Elena Varela"]


@pytest.mark.parametrize("place", ["la Calle Mayor", "el Puerto de Vigo", "el Mercado de San Miguel"])
def test_places_named_with_those_words_are_no_people(place):
    found = paragraph_speakers([f"Los vecinos se reunieron en {place}.", f'"No nos iremos", dijeron en {place}.'])
    assert all(not names for names in found)


@pytest.mark.parametrize(
    "line, expected",
    [
        # in a novel's dialogue, a title of courtesy or a manner between the verb and the name
        ("—No lo consentiré —dijo gravemente don Anselmo.", ["Anselmo"]),
        ("—¡Qué vergüenza! —exclamó indignada doña Leonor.", ["Leonor"]),
        ("—Ni hablar —replicó sor Juana.", ["Juana"]),
        ("«Nunca», contestó sorprendido Ramiro Vidal.", ["Ramiro Vidal"]),
        # with no name after it, the line refers back to the one who spoke
        ("—Ya voy —contestó tranquilamente.", ["Guzmán Ortega"]),
    ],
)
def test_a_dialogue_verb_credits_the_name_after_courtesy_or_manner(line, expected):
    assert paragraph_speakers(["—Vamos allá —dijo Guzmán Ortega.", line])[1] == expected


@pytest.mark.parametrize(
    "line, expected",
    [
        # whole names as written: Catalan `i`, an elided particle, a one-letter surname after `de la`
        ("«No cederemos», replicó el conseller Pere Aragonès i Garcia.", ["Pere Aragonès i Garcia"]),
        ("«Es pronto», advirtió la historiadora Anne Marie d'Aubigny.", ["Anne Marie d'Aubigny"]),
        ("«Crecerá», dijo el secretario Tomás Ruiz de la O.", ["Tomás Ruiz de la O"]),
        ("«Nos vamos», dijeron Jordi i Marta.", ["Jordi"]),  # two given names joined by `i` stay apart
        # an old preterite with its pronoun, without its accent, opens no name
        ("Volviose Leonor hacia él y dijo: «Basta».", ["Leonor"]),
        # what is left of a body's name after a cut is no one
        ("Acudió al negociado de Derecho del Interior, y el funcionario le dijo: «Vuelva mañana».", []),
    ],
)
def test_names_are_whole_and_never_fragments(line, expected):
    assert paragraph_speakers([line]) == [expected]


@pytest.mark.parametrize("name", ["Guy de la Ferronière", "Lech Wałęsa", "Zoë Çelik", "Łukasz Nowak"])
def test_a_name_noted_before_keeps_its_letters_of_any_latin_script(name):
    surname = name.split()[-1]
    found = paragraph_speakers([f"Llegó {name} a la corte con su séquito.", f"—Vamos allá —dijo {surname}."])
    assert found[1] == [name]


@pytest.mark.parametrize(
    "second, expected",
    [
        # a description the president does not share fits the person just introduced, who has no office
        ('Rodrigo Vial celebró el resultado. "Hablaron claro", escribió el líder opositor en X.', ["Rodrigo Vial"]),
        ('Rodrigo Vial celebró el resultado. "Hablaron claro", escribió el dirigente conservador.', ["Rodrigo Vial"]),
        # the president's own office still names him
        ('Rodrigo Vial celebró el resultado. "Seguiremos", respondió el presidente.', ["Gabriel Ortúzar"]),
    ],
)
def test_a_description_fits_the_person_followed_over_a_merely_compatible_office(second, expected):
    first = '"Necesitamos acuerdos", afirmó el presidente Gabriel Ortúzar.'
    assert paragraph_speakers([first, second])[1][-1:] == expected


@pytest.mark.parametrize(
    "line, expected",
    [
        # the name that opens the sentence, then an apposition up to the comma before the verb
        ("Irene Salas, la principal experta en vacunas del instituto de salud de la región, celebró este lunes "
         "los resultados del estudio de la vacuna desarrollada por Bioterra, la cual muestra una eficacia alta.",
         ["Irene Salas"]),
        ("Irene Salas, la directora del centro, explicó que habrá cambios.", ["Irene Salas"]),
        # a verb in between makes it no apposition: the clause's own subject speaks
        ("Irene Salas, la directora que firmó el acuerdo, explicó que habrá cambios.", ["Irene Salas"]),
    ],
)
def test_the_name_before_an_apposition_is_the_subject(line, expected):
    assert paragraph_speakers([line]) == [expected]


@pytest.mark.parametrize(
    "opening, expected",
    [
        # a nationality the text gives someone else: nobody, not the person quoted before (demonyms.py)
        ('"Seguiremos", dijo el presidente checo Pavel Horák.', []),
        ('"Seguiremos", dijo el primer ministro esloveno Janez Novak.', []),
        # the same nationality: the person quoted before
        ('"Seguiremos", dijo el presidente croata Ivan Horvat.', ["Ivan Horvat"]),
    ],
)
def test_a_demonym_after_the_verb_fits_only_someone_of_that_nationality(opening, expected):
    assert paragraph_speakers([opening, '"No cederemos", añadió el croata.'])[1] == expected
