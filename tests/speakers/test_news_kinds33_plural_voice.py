"""A quotation given by a verb of saying in the third person plural is the words of several (a body's people,
witnesses, users), never of the one person a news item follows (search.speakers.quote_sources.plural_voice, read by
search.speakers.quotes where a quotation no verb attributes would go to that person). Issue 14, stop 33: from the
quotations an unlabelled pool of Chilean news gave to the person followed. Rows of my own wording."""

import pytest

from search.speakers import paragraph_speakers
from search.speakers.quote_sources import plural_voice

MAYOR = ["Titular", "El alcalde Tomás Vera indicó que «el operativo fue un éxito»."]


@pytest.mark.parametrize("line", [
    "Sobre las críticas de los vecinos, señalaron que «todo quedó registrado en las cámaras».",
    "Por último, reiteraron su «compromiso de seguir actuando con celeridad».",
    "A esto se suma que testigos afirman que el dinero quedó en el suelo, un «hurto por hallazgo».",
    "Asimismo, afirmaron que la conducta «transgrede la línea editorial del medio».",
])
def test_a_plural_voice_keeps_its_quotation_from_the_person_followed(line):
    assert paragraph_speakers([*MAYOR, line])[2] == []


@pytest.mark.parametrize(("line", "expected"), [
    # negatives: a singular verb is the person followed's; a passive `se` is no one's voice; a plural inside the
    # quotation is the speaker's own words
    ("Además, insistió en que «no habrá más cortes de agua».", ["Tomás Vera"]),
    ("El chofer «tiene una fractura de cadera», y no se descartan nuevas cirugías.", ["Tomás Vera"]),
    ("«Los vecinos dijeron que estaban cansados y les creemos».", ["Tomás Vera"]),
])
def test_a_singular_or_passive_verb_does_not_count(line, expected):
    assert paragraph_speakers([*MAYOR, line])[2] == expected


def test_two_people_followed_keep_a_plural_voice():
    """`Ana Gil y Luis Mora…`, then `señalaron que «…»`: the plural verb is theirs (search.speakers.plural_topic)."""
    lines = ["Titular", "Los diputados Ana Gil y Luis Mora presentaron un proyecto de ley.",
             "En la ocasión, señalaron que «es urgente legislar sobre esta materia»."]
    assert sorted(paragraph_speakers(lines)[2]) == ["Ana Gil", "Luis Mora"]


@pytest.mark.parametrize(("text", "expected"), [
    ("Asimismo, afirmaron que «no habrá cambios».", True),
    ("«No habrá cambios», reiteraron.", True),
    ("«Afirmaron que sí», dijo.", False),
    ("No se descartan cambios.", False),
    ("Afirmó que «no habrá cambios».", False),
])
def test_plural_voice(text, expected):
    assert plural_voice(text) is expected
