"""The person a sentence names as its quotation's source keeps the salient person from taking the words."""

import pytest

from search.speakers import paragraph_speakers
from search.speakers.quote_sources import named_around, other_source


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Más atrás en el tiempo mira Rosa Elvira Quintero, fundadora del colectivo: «Esto ya pasó antes».",
         ["Rosa Elvira Quintero"]),
        ("«No habrá recortes este año», anticipará Quintero ante los sindicatos.", ["Quintero"]),
        ("“Es pronto para hablar de victoria”, se arranca el alcalde de la villa, Tomás Ibarra Soto.",
         ["Tomás Ibarra Soto"]),
        ("«No habrá recortes este año», dijo en Valparaíso.", []),  # a place a preposition governs
        ("«No habrá recortes este año», insistió.", []),
        ("Los tres puntos del pacto son claros: «Más escuelas, más hospitales y menos deuda».", []),
        ("Sin comillas, Rosa Quintero no cita a nadie.", []),
    ],
)
def test_named_around(text, expected):
    assert named_around(text) == expected


def test_a_source_sharing_a_word_with_the_person_followed_is_that_person():
    assert not other_source("«Esto sigue», remató Quintero en la sesión.", ["Rosa Quintero"])
    assert other_source("«Esto sigue», remató Ibarra en la sesión.", ["Rosa Quintero"])


@pytest.mark.parametrize(
    "paragraphs, line, absent",
    [
        # after a colon: the person before it, not the one who spoke last
        (["La exsenadora Marta Ibáñez Ruiz dijo que la reforma llega tarde.",
          "Más atrás en el tiempo mira Rosa Elvira Quintero, fundadora del colectivo: «Esto ya pasó antes con "
          "la otra ley y nadie hizo nada»."], 1, "Marta Ibáñez Ruiz"),
        # after the closing mark, with a verb our lists do not read as saying
        (["El analista Bruno Cabral Díaz dijo que el plan es frágil.",
          "El gobernador prepara un mensaje para la noche. «Esta provincia sabe levantarse y lo volverá a hacer», "
          "proclamará Ferrer ante el congreso local."], 1, "Bruno Cabral Díaz"),
    ],
)
def test_the_salient_person_does_not_take_words_another_is_named_for(paragraphs, line, absent):
    assert absent not in paragraph_speakers(paragraphs)[line]


def test_the_salient_person_still_takes_words_no_one_is_named_for():
    found = paragraph_speakers(["La jueza Carmen Ortiz Vela dijo que el caso sigue abierto.",
                                "A ello se suma la falta de medios: «No tenemos ni papel para las citaciones»."])
    assert found[1] == ["Carmen Ortiz Vela"]
