"""Embedded tweets: credit lines, personal and media accounts, and how far a tweet's text reaches back."""

import pytest

from search.speakers.tweets import credit, is_personal, tweet_speakers


@pytest.mark.parametrize(
    "text, expected",
    [
        ("— Marta Solís (@martasolis) March 4, 2019", ("Marta Solís", "martasolis")),
        ("— Marta Solís (@martasolis) March *NUMBER*, *NUMBER*", ("Marta Solís", "martasolis")),
        ("– Pablo Ibarra (@pibarra_) 12 de agosto de 2020", ("Pablo Ibarra", "pibarra_")),
        ("― Pablo Ibarra (@pibarra_) 12 ago. 2020", ("Pablo Ibarra", "pibarra_")),
        ("Pablo Ibarra (@pibarra_) 12 de agosto, 2020", ("Pablo Ibarra", "pibarra_")),
        ("- sofía ruiz (@sofiaruiz) *NUMBER* de diciembre de *NUMBER*", ("sofía ruiz", "sofiaruiz")),
        ("— Diario Sur (@diariosur) 3 May 2018", ("Diario Sur", "diariosur")),
        # not a credit line: a mention of an account inside a sentence, or without a date or a dash
        ("Pablo Ibarra (@pibarra_) lo publicó el lunes.", None),
        ("Pablo Ibarra (@pibarra_)", None),
        ("Según Pablo Ibarra (@pibarra_), el 12 de agosto de 2020 hubo luz.", None),
    ],
)
def test_credit_lines(text, expected):
    assert credit(text) == expected


@pytest.mark.parametrize(
    "name, handle, expected",
    [
        ("Marta Solís", "martasolis", True),
        ("ludwika paleta", "ludwikapaleta", True),
        ("Residente", "residente", True),  # one word that is the handle: an artist's own account
        ("MARCA", "marca", False),  # a brand writes its name in capitals
        ("LOLA", "BuzzFeedLola", False),  # one word that is not the handle: a media outlet's section
        ("EL PAÍS", "el_pais", False),
        ("Noticias Hoy", "noticiashoy", False),
        ("Canal 22", "canal22", False),
        ("Policía Nacional", "policia", False),
        ("Lucía Méndez", "", True),  # a Facebook page: a given name first
        ("Supermercados Norte", "", False),
    ],
)
def test_personal_or_media_accounts(name, handle, expected):
    assert is_personal(name, handle) is expected


def test_the_tweet_reaches_back_to_the_line_that_introduces_it():
    paragraphs = ["La diputada publicó un mensaje:", "Hoy es un buen día.", "Vamos por más.",
                  "— Marta Solís (@martasolis) March 4, 2019", "La sesión siguió."]
    assert tweet_speakers(paragraphs, [[]] * 5, str) == [[], ["Marta Solís"], ["Marta Solís"], ["Marta Solís"], []]


def test_the_tweet_reaches_back_no_further_than_a_tweet_holds():
    long_line = "Los datos del informe anual muestran un descenso de la inversión pública en todas las regiones. " * 3
    paragraphs = [long_line, "Hoy es un buen día.", "— Marta Solís (@martasolis) March 4, 2019"]
    assert tweet_speakers(paragraphs, [[]] * 3, str) == [[], ["Marta Solís"], ["Marta Solís"]]


def test_a_line_given_to_someone_else_ends_the_tweet():
    paragraphs = ["El alcalde dijo que no.", "Hoy es un buen día.", "— Marta Solís (@martasolis) March 4, 2019"]
    assert tweet_speakers(paragraphs, [["Luis Mora"], [], []], str) == [["Luis Mora"], ["Marta Solís"],
                                                                         ["Marta Solís"]]


def test_a_media_accounts_tweet_is_nobodys():
    paragraphs = ["Hoy es un buen día.", "— Noticias Hoy (@noticiashoy) March 4, 2019"]
    assert tweet_speakers(paragraphs, [["Luis Mora"], []], str) == [["Luis Mora"], []]
    assert tweet_speakers(paragraphs, [[], []], str) == [[], []]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Una publicación compartida de Sara Díaz (@sara.diaz) el 14 Jun, 2018 a las 12:03 PDT",
         ("Sara Díaz", "sara.diaz")),
        ("A post shared by Sara Díaz (@sara.diaz) on Oct 3, 2017 at 10:15am PDT", ("Sara Díaz", "sara.diaz")),
        ("Una publicación compartida por @residente el 14 de jun. de 2018", ("residente", "residente")),
        ("Publicado por Sara Díaz en martes, 3 de octubre de 2017", ("Sara Díaz", "")),
        # not a credit: words that open one, in a sentence
        ("Publicado por primera vez en 2017, el libro se agotó.", None),
        ("Una publicación compartida miles de veces llegó a la fiscalía.", None),
    ],
)
def test_instagram_and_facebook_credit_lines(text, expected):
    assert credit(text) == expected


def test_a_tweet_and_its_credit_in_one_paragraph():
    paragraphs = ["El senador escribió en la red social.",
                  "Hoy votamos por el futuro. pic.twitter.com/xyz — Rubén Solís (@rubensolis) 3 de mayo de 2018",
                  "La votación empezó a las diez."]
    assert tweet_speakers(paragraphs, [[], [], []], str) == [[], ["Rubén Solís"], []]
    media = ["Cierran el puerto. *URL* — Diario Sur (@diariosur) March 4, 2019"]
    assert tweet_speakers(media, [["Luis Mora"]], str) == [[]]
    # a dash inside a sentence that names an account is no credit
    prose = ["El alcalde —Luis Mora (@luismora)— dijo que no."]
    assert tweet_speakers(prose, [["Luis Mora"]], str) == [["Luis Mora"]]


@pytest.mark.parametrize("written, shown", [
    ("pieter van der berg", "Pieter van der Berg"),
    ("ludwika paleta", "Ludwika Paleta"),
    ("lucía di marco", "Lucía di Marco"),
])
def test_a_credit_written_in_lower_case_shows_the_name_cased_with_its_particles(written, shown):
    paragraphs = ["Hoy es un buen día.", f"— {written} (@{written.replace(' ', '')}) March 4, 2019"]
    assert tweet_speakers(paragraphs, [[]] * 2, str)[1] == [shown]
