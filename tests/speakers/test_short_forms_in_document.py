"""Short forms of a name in one document (search.speakers.people, search.speakers.name_forms): a later surname, both
surnames or the given name and first surname are the person the document introduced in full; two people who share
words of their names stay two."""

import pytest

from search.speakers import paragraph_speakers


@pytest.mark.parametrize(
    "paragraphs, expected",
    [
        # the first surname alone, both surnames, a hyphened surname alone or with the second surname
        (["La jefa de Gobierno, Marisol Quintana Berrio, pidió calma.", "«No habrá cierre», afirmó Quintana.",
          "«Vamos a reforzar la vigilancia», añadió Quintana Berrio."],
         [["Marisol Quintana Berrio"]] * 3),
        (["El subsecretario Ramiro Ortuño-Vilches Sanz habló.", "«Hay evidencia», dijo Ortuño-Vilches.",
          "Ortuño-Vilches Sanz añadió que «habrá dosis»."],
         [[], ["Ramiro Ortuño-Vilches Sanz"], ["Ramiro Ortuño-Vilches Sanz"]]),
        # a headline with the surnames before the full name; the short form first, the full one later
        (["Quintana Berrio: «No habrá cierre»", "La jefa de Gobierno, Marisol Quintana Berrio, pidió calma.",
          "«Vamos a reforzar la vigilancia», afirmó Quintana."],
         [["Marisol Quintana Berrio"]] * 3),
        (["Marisol Quintana dijo que «no habrá cierre».", "Más tarde, Marisol Quintana Berrio afirmó que «sí».",
          "«Es lo que toca», insistió Quintana."],
         [["Marisol Quintana Berrio"]] * 3),
        # two people who share a surname, each named by the words that tell them apart
        (["La jueza Marisol Quintana Berrio habló.", "La fiscal Ana Quintana Ruiz respondió.",
          "«No hay pruebas», dijo Marisol Quintana."],
         [[], ["Ana Quintana Ruiz"], ["Marisol Quintana Berrio"]]),
        (["El senador Evaristo Quiroga Mendieta y su hijo, Evaristo Quiroga Ferrer, llegaron.",
          "«Vamos a ganar», dijo Quiroga Ferrer.", "«Claro que sí», añadió Quiroga Mendieta."],
         [[], ["Evaristo Quiroga Ferrer"], ["Evaristo Quiroga Mendieta"]]),
    ],
)
def test_a_short_form_is_the_person_the_document_introduced(paragraphs, expected):
    assert paragraph_speakers(paragraphs) == expected
