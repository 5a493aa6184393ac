"""Descriptions of the person an article follows, instead of their name or office (round 9): a demonym used as a
noun, a trade or fame noun with its adjectives, a nickname the article introduced, a superlative; and surnames
written in camel case. Cases of other names and shapes than those they were found on, negatives included."""

import pytest

from search.speakers import paragraph_speakers


def speakers(*paragraphs: str) -> list[list[str]]:
    return paragraph_speakers(list(paragraphs))


@pytest.mark.parametrize(
    "paragraphs, line, expected",
    [
        # a demonym as a noun, with or without an age
        (["Rafael Nadal gana en París.", "El español de 36 años afirmó que seguirá jugando."], 1, ["Rafael Nadal"]),
        (["Sofía Vergara presenta su serie.", "La colombiana aseguró que no piensa retirarse."], 1,
         ["Sofía Vergara"]),
        (["Katie Taylor defiende su título.", "La irlandesa de 37 años dijo que será su última pelea."], 1,
         ["Katie Taylor"]),
        # a trade noun with an adjective of nationality, or of fame, before or after it
        (["Sergio Pérez termina segundo.", "El piloto mexicano declaró que el coche respondió bien."], 1,
         ["Sergio Pérez"]),
        (["Pedro Almodóvar estrena película.", "El célebre cineasta manchego explicó que la rodó en Madrid."], 1,
         ["Pedro Almodóvar"]),
        (["Rosalía llena el estadio.", "Rosalía Vila cantó dos horas.", "La popular cantante agradeció el apoyo."], 2,
         ["Rosalía Vila"]),
        (["Luka Modric renueva con su club.", "El centrocampista croata aseguró que está feliz."], 1,
         ["Luka Modric"]),
        (["Monseñor Carlos Aguiar llega a la diócesis.", "El prelado sostuvo que su prioridad es la paz."], 1,
         ["Carlos Aguiar"]),
        # a superlative description
        (["Bad Bunny cancela su gira.", "El máximo exponente del trap latino explicó que necesita descansar."], 1,
         ["Bad Bunny"]),
        # a subheading before the lead names the person: the article's main actor
        (["Fury promete ganar", "El púgil británico aseguró que noqueará a su rival.",
          "Tyson Fury habló en Londres."], 1, ["Tyson Fury"]),
        # a former trade
        (["Iker Casillas vuelve a la televisión.", "El exguardameta aseguró que no volverá a jugar."], 1,
         ["Iker Casillas"]),
        # a camel-case surname is one word of a name
        (["Leonardo DiCaprio dona un millón.", "El actor estadounidense dijo que el planeta no espera."], 1,
         ["Leonardo DiCaprio"]),
    ],
)
def test_a_description_is_the_person_followed(paragraphs, line, expected):
    assert speakers(*paragraphs)[line] == expected


@pytest.mark.parametrize(
    "paragraphs, line, expected",
    [
        # a nickname introduced with `conocido como`, `apodado`, before or after its use
        (["Juan Pérez, conocido como «El rey del mambo», vuelve a los escenarios.",
          "El rey del mambo contó que ensaya cada día."], 1, ["Juan Pérez"]),
        (["El mago de las finanzas dijo que la bolsa subirá.",
          "Luis Ortega, apodado \"El mago de las finanzas\", dirige el fondo."], 0, ["Luis Ortega"]),
    ],
)
def test_an_epithet_is_the_person_it_names(paragraphs, line, expected):
    assert speakers(*paragraphs)[line] == expected


@pytest.mark.parametrize(
    "paragraphs, line, expected",
    [
        # a description that contradicts the person followed: their gender, their nationality
        (["Carlos Ruiz presenta su libro.", "La cantante aseguró que no irá a la gala."], 1, []),
        (["El peleador mexicano Julio César Chávez llega a Las Vegas.",
          "El argentino aseguró que ganará la pelea."], 1, []),
        # two people of that nationality in play: `el irlandés` is neither
        (["El boxeador irlandés Sean Kelly y el luchador irlandés Liam Byrne se enfrentan.",
          "El irlandés dijo que está preparado."], 1, []),
        # a description that fits someone else the text introduced with it
        (["La ministra Ana Gil visitó el estadio con el futbolista Pedro Ruiz.",
          "El futbolista afirmó que el césped está mal."], 1, ["Pedro Ruiz"]),
        # a description of a thing
        (["Marta López visitó la cueva.", "La puerta del infierno emite gases, explicó."], 1, ["Marta López"]),
        (["Marta López visitó Irlanda.", "El irlandés es una lengua que se habla poco."], 1, []),
    ],
)
def test_a_description_that_fits_no_one_is_nobody(paragraphs, line, expected):
    assert speakers(*paragraphs)[line] == expected


@pytest.mark.parametrize(
    "paragraphs, line, expected",
    [
        # a trade the text gives someone else, or an office: the description is not the person followed
        (["La ministra Ana Gil habló en Madrid.", "La cantante dijo que vendrá."], 1, []),
        (["El tenista Rafael Nadal habló en Madrid.", "El futbolista dijo que vendrá."], 1, []),
        # a noun that covers the trade the text gives (search.speakers.hypernyms)
        (["El tenista Rafael Nadal habló en Madrid.", "El deportista dijo que vendrá."], 1, ["Rafael Nadal"]),
        # `el funcionario` at the desk is not the article's main actor
        (["Marta Ruiz, vecina de Lugo, acudió a la oficina.", "Acudió de nuevo y el funcionario le dijo: «Mañana»."],
         1, []),
    ],
)
def test_a_trade_or_office_the_text_gives_decides(paragraphs, line, expected):
    assert speakers(*paragraphs)[line] == expected


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # a headline with the subject by surname, and a verb of swearing before `que`
        (["Canelo jura que ganará en mayo", "Saúl Canelo Álvarez habló en Guadalajara.", "Canelo dijo que sí."],
         ["Saúl Canelo Álvarez"]),
        (["Messi asegura que no se retira", "Lionel Messi habló en Miami."], ["Lionel Messi"]),
        # a heading's indefinite description: the one the body introduces with that trade
        (["Una científica asegura que hay agua en Marte", "La científica María Blanco habló en Madrid.",
          "Blanco dijo que sí."], ["María Blanco"]),
        (["Un nuevo fármaco", "Un investigador propone un método para frenar la diabetes",
          "La diabetes afecta a millones.", "El investigador Pablo Soria, del CSIC, lo explica en un artículo."],
         [[], ["Pablo Soria"]]),
        # not an anonymous source that fits no one, nor `la jura de bandera`
        (["Un portavoz asegura que no habrá recortes", "El ministro Luis Gil habló en Madrid."], []),
        (["La jura de bandera reúne a mil personas", "El rey Felipe habló en Madrid."], []),
        (["Un vecino asegura que oyó disparos", "La policía detuvo a Juan Pérez."], []),
    ],
)
def test_headlines_by_surname_or_description(paragraphs, expected):
    found = speakers(*paragraphs)
    assert (found[:2] if expected and isinstance(expected[0], list) else found[0]) == expected


@pytest.mark.parametrize(
    "paragraph, expected",
    [
        # sure, as convinced: a stance shown (`se mostró seguro de que…`)
        ("Ana Gil se mostró segura de que ganará las elecciones.", ["Ana Gil"]),
        ("El boxeador Saúl Álvarez se mostró seguro de que noqueará a su rival.", ["Saúl Álvarez"]),
        # but not a thing shown safe
        ("El coche se mostró seguro en la prueba de choque.", []),
    ],
)
def test_shown_sure(paragraph, expected):
    assert speakers(paragraph) == [expected]
