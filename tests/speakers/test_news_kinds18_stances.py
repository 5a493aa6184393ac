"""Issue 14, round 18 (sp18a): stances told without a verb of saying, from blind22's errors. Rows of my own wording,
other names and shapes, with negatives.

- A verb of showing after `se` takes a stance locution as a copula does (`se mostró de acuerdo`, `se muestra en
  contra de…`): the subject's opinion (search.speakers.clauses._stance_copula, lex.SHOWING), as it takes a stance
  adjective (`se muestra escéptica con…`: search.speakers.reporting, already); a feeling or a thing's quality shown is
  none (`se mostró emocionada`, `el plan se mostró eficaz`).
- A stance locution may end its clause (`está de acuerdo.`, `se mostró en contra;`): the view the article goes on to
  give (search.speakers.clauses.stance_locution), in news.
"""

import pytest

from search.speakers import paragraph_speakers
from search.speakers.clauses import stance_locution

INTRO = ["Debate sobre la reforma", "El economista Tomás Herrera, de la Universidad de Vigo, criticó el plan.",
         "«Subirá la deuda y nadie lo paga», dijo Herrera."]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("La profesora Irene Campos, experta en finanzas públicas, se mostró de acuerdo.", ["Irene Campos"]),
        ("El diputado Óscar Llorente se mostró en contra de la medida.", ["Óscar Llorente"]),
        ("La alcaldesa Rosa Ibarz se muestra escéptica con respecto al calendario.", ["Rosa Ibarz"]),
        ("El concejal Hugo Sanz se mostró partidario de aplazar la votación.", ["Hugo Sanz"]),
        ("El senador Pablo Ureña no está de acuerdo.", ["Pablo Ureña"]),
        # negatives: a feeling, a thing's quality, an agreement as a noun
        ("La actriz Eva Gómez se mostró muy emocionada en la gala.", []),
        ("El nuevo sistema se mostró eficaz en las pruebas.", []),
        ("El acuerdo de la ministra Ana Vidal se firmó ayer.", []),
    ],
)
def test_a_stance_after_a_verb_of_showing(line, expected):
    assert paragraph_speakers([*INTRO, line])[3] == expected


@pytest.mark.parametrize(
    ("text", "index", "expected"),
    [
        ("ella se mostró de acuerdo .", 4, 2),
        ("ella está de acuerdo con todo", 3, 1),
        ("ella está de acuerdo y se fue", 3, None),
        ("ella mostró de acuerdo .", 3, None),  # no `se`
    ],
)
def test_stance_locution(text, index, expected):
    assert stance_locution(text.split(), index) == expected

