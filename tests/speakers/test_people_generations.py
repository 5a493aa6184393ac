"""Names with a regnal or generational number, and the display names of posts' credit lines (issue 14)."""

import pytest

from search.speakers import paragraph_speakers
from search.speakers.names import generation, other_generation, proper_case


@pytest.mark.parametrize("written, shown", [
    ("FELIPE VI", "Felipe VI"),
    ("JUAN CARLOS I", "Juan Carlos I"),
    ("BENEDICTO XVI", "Benedicto XVI"),
    ("MARTIN LUTHER KING III", "Martin Luther King III"),
    ("VICTORIA ALONSO", "Victoria Alonso"),  # a word that starts like a numeral is a word
    ("IVÁN VIVES", "Iván Vives"),
    ("DI MARÍA", "Di María"),
])
def test_proper_case_keeps_roman_numerals(written, shown):
    assert proper_case(written) == shown


@pytest.mark.parametrize("tokens, suffix", [
    (["diego", "maradona", "jr"], "jr"),
    (["martin", "luther", "king", "iii"], "iii"),
    (["cuauhtemoc", "blanco", "hijo"], "hijo"),
    (["felipe", "vi"], None),  # regnal: after a given name
    (["juan", "pablo", "ii"], None),
    (["diego", "maradona"], None),
    (["jr"], None),
])
def test_generation(tokens, suffix):
    assert generation(tokens) == suffix


@pytest.mark.parametrize("longer, shorter, other", [
    (["diego", "maradona", "jr"], ["diego", "maradona"], True),
    (["martin", "luther", "king", "iii"], ["luther", "king"], True),
    (["diego", "maradona", "jr"], ["maradona"], False),  # a lone surname may be either
    (["juan", "pablo", "ii"], ["juan", "pablo"], False),
    (["diego", "armando", "maradona"], ["diego", "maradona"], False),
])
def test_other_generation(longer, shorter, other):
    assert other_generation(longer, shorter) is other


@pytest.mark.parametrize("paragraphs, expected", [
    (["Raúl Ferrer afirmó que «el campo necesita agua».",
      "Su hijo, Raúl Ferrer Jr., dijo que «seguirá con la finca».",
      "Raúl Ferrer añadió que «no venderá»."],
     [["Raúl Ferrer"], ["Raúl Ferrer Jr"], ["Raúl Ferrer"]]),
    (["Tomás Ibarra III dijo: «Mi abuelo fundó el diario».",
      "Tomás Ibarra declaró en 1970 que «la prensa debe ser libre»."],
     [["Tomás Ibarra III"], ["Tomás Ibarra"]]),
    (["La reina Isabel II dijo que «el país resistirá».", "Isabel añadió que «juntos venceremos»."],
     [["Isabel II"], ["Isabel II"]]),
    (["El rey Felipe VI afirmó que «la Constitución nos une»."], [["Felipe VI"]]),
    (["CARLOS III: Buenas tardes a todos.", "CARLOS III: Gracias por venir."], [["Carlos III"], ["Carlos III"]]),
])
def test_generations_keep_people_apart_and_numbers_in_names(paragraphs, expected):
    assert paragraph_speakers(paragraphs) == expected


@pytest.mark.parametrize("paragraphs, expected", [
    # a title before the article's name: the one it calls by that title, not his relative
    (["La gobernadora Marta Quiroga dijo que «habrá agua».", "Hoy inauguramos la presa.",
      "— Gobernadora Quiroga (@GobQuiroga) March 3, 2019", "Su esposo, Luis Quiroga, asistió al acto."],
     [["Marta Quiroga"], ["Marta Quiroga"], ["Marta Quiroga"], []]),
    (["El senador Pablo Erice dijo que «votará en contra».", "No votaré esta ley.",
      "— Senador Pablo Erice (@perice) 3 de marzo de 2019"],
     [["Pablo Erice"], ["Pablo Erice"], ["Pablo Erice"]]),
    # a surname spelt one letter off by the article
    (["La cantante Lucía Bermeo cantó en la gala y lo publicó en su cuenta.", "¿Alguien despierto?",
      "— Lucía Bermejo (@luciabermejo) March 3, 2019"],
     [[], ["Lucía Bermeo"], ["Lucía Bermeo"]]),
    # negatives: another given name, a short surname, or a name the article never gives
    (["El actor Luis Gómez cenó y lo publicó en su cuenta.", "Hoy votamos.", "— Ana Gómez (@agomez) May 3, 2018"],
     [[], ["Ana Gómez"], ["Ana Gómez"]]),
    (["El actor Luis Gil cenó y lo publicó en su cuenta.", "Hoy votamos.", "— Luis Gol (@lgol) May 3, 2018"],
     [[], ["Luis Gol"], ["Luis Gol"]]),
    (["Llovió toda la tarde y lo publicó en su cuenta.", "Hoy votamos.",
      "— Diputada Irene Salas (@isalas) May 3, 2018"],
     [[], ["Irene Salas"], ["Irene Salas"]]),
])
def test_credit_names_resolve_to_the_article_person(paragraphs, expected):
    assert paragraph_speakers(paragraphs) == expected
