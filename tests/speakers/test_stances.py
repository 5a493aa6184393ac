"""Issue 14, round 17 (sp17d): an opinion reported with no verb of saying, as a stance after a copula
(search.speakers.clauses.stance). Rows of my own wording, other names and shapes, with negatives.

- In news, a degree word may stand between the copula and the stance (`es más optimista`, `es muy crítica con`).
- In news, some stances need no complement when the clause ends on them (`X, catedrática de…, es más optimista.`,
  `está convencido:`); `crítico` needs `con` (`el paciente sigue crítico` is his state).
- In news, a negated stance is a stance too (`no está satisfecho`, `no es partidaria de`), and its apposition closes
  before the negation, so the subject is the name that opens it, not a name inside a body's (`del Hospital X Y`).
- In news, a locution of a stance after a copula (`está en contra de`, `no está de acuerdo con`, `están a favor
  de`); `X está de acuerdo con Y` is X's stance, no longer Y's words read through the opener `de acuerdo con`.
- In news, `Para él, …` or `Para ella, …` opening a sentence is the view of whom the text is about (the discourse's
  salient person), if the gender fits (search.speakers.openers.para_pronoun).
- In a novel none of this makes a speaker: `estaba satisfecho` tells how he felt.
"""

import pytest

from search.speakers import paragraph_speakers
from search.speakers.clauses import stance
from search.speakers.genre import Kind

HEADLINE = "Debate sobre la nueva ley de aguas"
LEAD = "El Parlamento vota hoy la ley después de dos años de negociación."


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("La consejera Marta Gil, responsable del plan hidrológico, es más optimista.", ["Marta Gil"]),
        ("El economista Raúl Ibarra es menos pesimista que sus colegas.", ["Raúl Ibarra"]),
        ("Pero Tomás Vega, catedrático de Hidráulica en Murcia, no está satisfecho.", ["Tomás Vega"]),
        ("La diputada Irene Soto es muy crítica con el texto.", ["Irene Soto"]),
        ("La diputada Irene Soto no es partidaria de votarla ahora.", ["Irene Soto"]),
        ("El regante Julián Mora está convencido: la ley llega tarde.", ["Julián Mora"]),
        ("La alcaldesa Nuria Pons está bastante satisfecha con el acuerdo.", ["Nuria Pons"]),
        ("La diputada Irene Soto y el senador Julián Mora son más escépticos.", ["Irene Soto", "Julián Mora"]),
        # the apposition names a body after a person; its subject is the name that opens it
        ("Pero Tomás Vega, director del Hospital Ramón Casals en Lleida, Cataluña, no está satisfecho.",
         ["Tomás Vega"]),
        ("Pero Tomás Vega, director del Hospital Ramón Casals, no lo descarta.", ["Tomás Vega"]),
        # negatives: no person, a state and a trade, a stance with no end, no stance at all
        ("La situación es más optimista.", []),
        ("Los datos del embalse son pesimistas.", []),
        ("El regante Julián Mora sigue crítico tras el accidente.", []),
        ("El regante Julián Mora es crítico de cine.", []),
        ("La alcaldesa Nuria Pons es optimista, pero prefiere esperar.", []),
        ("La alcaldesa Nuria Pons no visitó la presa.", []),
    ],
)
def test_a_stance_with_no_verb_of_saying_is_the_subjects_opinion_in_news(line, expected):
    found = paragraph_speakers([HEADLINE, LEAD, line])
    assert sorted(found[-1]) == sorted(expected)


STORY = [
    "Capítulo tercero",
    "Aquella tarde el viento bajaba del monte y Julián Mora volvió tarde a casa.",
    "{}",
    "Cenaron en silencio y nadie habló del viaje.",
]


@pytest.mark.parametrize(
    "line",
    [
        "Julián Mora estaba satisfecho con su jornada.",
        "Julián Mora era más optimista que su hermano.",
        "Julián Mora no estaba convencido.",
        "Julián Mora era muy crítico con su padre.",
        "Si no lo creía, tampoco lo negaba el mismo Julián Mora.",  # narration: the negation stays the subject's
        "Julián Mora estaba de acuerdo con el médico Luis Pardo.",  # agreeing: no one's words, not even Pardo's
    ],
)
def test_a_novels_stance_makes_no_speaker(line):
    paragraphs = [paragraph.format(line) for paragraph in STORY]
    assert paragraph_speakers(paragraphs, Kind(short=True, news=False))[2] == []


@pytest.mark.parametrize(
    ("words", "index", "news", "expected"),
    [
        ("ruiz es escéptico con el plan".split(), 2, False, 1),  # the stance read anywhere, with its complement
        ("ruiz es más optimista .".split(), 3, False, None),  # a degree word and no complement: news only
        ("ruiz es más optimista .".split(), 3, True, 1),
        ("ruiz está satisfecho con todo".split(), 2, False, None),  # read in news only
        ("ruiz es crítico de cine".split(), 2, True, None),
        ("ruiz es optimista , pero".split(), 2, True, None),
    ],
)
def test_stance_returns_the_copula(words, index, news, expected):
    assert stance(words, index, news) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("El regante Julián Mora está en contra del trasvase.", ["Julián Mora"]),
        ("La alcaldesa Nuria Pons no está de acuerdo con el reparto.", ["Nuria Pons"]),
        ("La alcaldesa Nuria Pons y el regante Julián Mora están totalmente a favor del pacto.",
         ["Nuria Pons", "Julián Mora"]),
        # agreeing with someone is the subject's stance, not a source's words (`de acuerdo con X` as an opener)
        ("El regante Julián Mora está de acuerdo con la alcaldesa Nuria Pons.", ["Julián Mora"]),
        ("De acuerdo con la alcaldesa Nuria Pons, el pacto llega tarde.", ["Nuria Pons"]),
        # negatives: no copula, no person
        ("El regante Julián Mora votó en contra del trasvase.", []),
        ("La norma está en contra de la Constitución.", []),
    ],
)
def test_a_stance_locution_after_a_copula_is_the_subjects_opinion_in_news(line, expected):
    found = paragraph_speakers([HEADLINE, LEAD, line])
    assert sorted(found[-1]) == sorted(expected)


def test_a_novels_stance_locution_makes_no_speaker():
    paragraphs = [paragraph.format("Julián Mora no estaba de acuerdo con su hermano.") for paragraph in STORY]
    assert paragraph_speakers(paragraphs, Kind(short=True, news=False))[2] == []


@pytest.mark.parametrize(
    ("paragraphs", "expected"),
    [
        (["La jueza Elena Prats archivó la causa el lunes.", "Para ella, el caso no tenía recorrido."],
         ["Elena Prats"]),
        (["El alcalde Óscar Lima firmó el decreto. Para él, la ciudad no podía esperar más."], ["Óscar Lima"]),
        (["La jueza Elena Prats archivó la causa el lunes.", "Pero para ella, el caso no tenía recorrido."],
         ["Elena Prats"]),
        # negatives: the gender does not fit; the pronoun inside the clause is no opener; no one to refer to
        (["La jueza Elena Prats archivó la causa el lunes.", "Para él, el caso no tenía recorrido."], []),
        (["La jueza Elena Prats archivó la causa el lunes.", "El caso, para ella, no tenía recorrido."], []),
        (["La causa se archivó el lunes.", "Para él, el caso no tenía recorrido."], []),
    ],
)
def test_para_and_a_pronoun_is_the_view_of_whom_the_news_is_about(paragraphs, expected):
    assert paragraph_speakers([HEADLINE, *paragraphs])[-1] == expected


def test_a_novels_para_and_a_pronoun_makes_no_speaker():
    paragraphs = [paragraph.format("Para él, el día había sido demasiado largo.") for paragraph in STORY]
    assert paragraph_speakers(paragraphs, Kind(short=True, news=False))[2] == []
