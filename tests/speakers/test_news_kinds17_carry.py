"""Issue 14, round 17 (sp17b): statements carried to the wrong person, from blind19's errors. Rows of my own
wording, other names and shapes, with negatives.

- A compound tense (`haya fallecido`, `había llegado`) between a name and a reporting verb is that name's own verb:
  `X lamentó que el actor Y haya fallecido, pero señaló…` is X's, not Y's (search.speakers.clause_bounds.last_past,
  compound_tense), as a finite past is (`que Y murió, pero señaló`).
- A coordinator before a fronted adjunct joins the verb after it (`X no compareció, pero en el debate pidió…`,
  `y tras la reunión aseguró…`): the subject is the clauses' before it, not the person followed nor the object after
  the verb (search.speakers.coordination.coordinator_before_adjunct), in news.
- A verb joined by `y` to a clause with no statement takes the subject of that clause, the name right before its
  finite verb (`…, el presidente X salió en su defensa y aseguró…`), not a name quoted as a title or a character
  earlier in the sentence (`sobre “Don Tigre”, el dibujo…`) (search.speakers.coordination.coordinated_subject).
- A straight quotation mark glued to the word before it, with no letter after it (`…se habría reanudado", dijo el
  experto`), closes a quotation whose opening mark the source lost: it opens none, so the person quoted is not
  carried onto the paragraphs after it (search.speakers.quote_marks._lost_opening), in news.
- An opening mark of the kind already open (`«mentiroso, «cobarde, «rancio» y «casposo»`, `que “la obra… Cuevas
  acusó al alcalde de “mentir”`) tells that the quotation before it lost its closing mark: news nests `“` inside
  `«`, not a mark inside its own kind, so it closes the first and opens anew, and nothing is left open to carry
  (search.speakers.quote_marks.scan), in news.
"""

import pytest

from search.speakers import paragraph_speakers
from search.speakers.coordination import coordinator_before_adjunct
from search.speakers.mentions import Sentence, sentences
from search.speakers.people import People
from search.speakers.quote_marks import scan

INTRO = ["Homenaje en el teatro", "El presidente Arturo Lemus habló ayer en el Congreso.",
         "Lemus dijo que el actor Luis Parra fue un genio.", "Su rival Hugo Lara criticó el plan."]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("El ministro Tomás Rey lamentó que el actor Luis Parra haya fallecido, pero señaló que su obra vivirá.",
         ["Tomás Rey"]),
        ("El ministro Tomás Rey lamentó que el actor Luis Parra haya fallecido y señaló que su obra vivirá.",
         ["Tomás Rey"]),
        ("La jueza Elena Prado recordó que el fiscal Omar Duarte había dimitido, pero afirmó que el caso sigue.",
         ["Elena Prado"]),
        ("El mandatario lamentó que el actor haya fallecido, pero señaló que su obra seguirá viva.", ["Arturo Lemus"]),
        # what was read stays: a name right before its verb, and the subject of a reported verb in a compound tense
        ("El actor Luis Parra ha señalado que su obra vivirá.", ["Luis Parra"]),
        ("Tomás Rey, que había llegado tarde, aseguró que no hay crisis.", ["Tomás Rey"]),
    ],
)
def test_a_compound_tense_is_its_own_subjects_verb(line, expected):
    assert paragraph_speakers([*INTRO, line])[4] == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ('Pablo Nieto no compareció ante los medios, pero en el debate pidió a su rival "no caer en el juego".',
         ["Pablo Nieto"]),
        ("Pablo Nieto no habló con la prensa, pero en el debate pidió a Hugo Lara que aceptara el recuento.",
         ["Pablo Nieto"]),
        ("La alcaldesa Nuria Vera visitó la planta y tras la reunión aseguró que no habrá despidos.", ["Nuria Vera"]),
        ("La alcaldesa Nuria Vera visitó la planta y, al final del acto, pidió que haya calma.", ["Nuria Vera"]),
        # negatives: a new subject after the adjunct, no verb of saying
        ("Pablo Nieto no compareció, pero en el debate su rival Hugo Lara pidió un recuento.", ["Hugo Lara"]),
        ("Pablo Nieto no compareció, pero en el debate votó a favor.", []),
    ],
)
def test_a_coordinator_before_an_adjunct_joins_the_verb(line, expected):
    assert paragraph_speakers([*INTRO, line])[4] == expected


@pytest.mark.parametrize(
    ("text", "left", "expected"),
    [
        ("Gil no vino , pero en el debate pidió", 7, 4),
        ("Gil no vino y tras la reunión , aseguró", 7, 3),
        ("Gil no vino , pero Ana Gil pidió", 6, None),
        ("Gil no vino pero pidió", 3, None),
    ],
)
def test_coordinator_before_adjunct(text, left, expected):
    s = Sentence(sentences(text)[0], People(), 1)
    assert coordinator_before_adjunct(s, -1, left) == expected


def test_a_straight_mark_whose_opening_was_lost_opens_nothing():
    """Read as an opening mark, the lost one opened a quotation that the next straight mark (two paragraphs on)
    closed, and the paragraph between them, no one's, was the expert's."""
    paragraphs = ["Emisiones", 'La caída fue grande, según Marta Ibáñez, del centro CREA. "La demanda sigue baja", '
                  'destacó Ibáñez. Es probable que esto haya reducido las emisiones", dijo entonces la experta. Y, por '
                  'lo pronto, la tendencia se ha mantenido: Ibáñez calcula que el país emitió menos.',
                  "Para hacerse una idea, la cifra equivale a lo que emite una gran ciudad en un año.",
                  'Aunque, para Ibáñez, "la pregunta clave es si el descenso durará".']
    assert paragraph_speakers(paragraphs)[1:] == [["Marta Ibáñez"], [], ["Marta Ibáñez"]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('Es probable que baje", dijo la experta.', None),  # a lost opening: nothing left open
        ('Dijo: "Es probable que baje', '"'),  # an opening mark, after a colon
        ('Dijo "es probable" y se fue.', None),
        ('Es probable que baje." Luego dijo "que siga', '"'),
    ],
)
def test_scan_in_news(text, expected):
    assert scan(text, None, nested=True)[0] == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Ante las quejas por el tributo que ayer rindió a “Don Tigre”, dibujo cuya voz hizo el actor, el alcalde "
         "Pablo Nieto salió en su defensa y aseguró que la serie fue muy buena.", ["Pablo Nieto"]),
        ("Ante las quejas por el tributo que ayer rindió a Raúl Peña y a “Don Tigre”, el alcalde Pablo Nieto salió en "
         "su defensa y aseguró que la serie fue muy buena.", ["Pablo Nieto"]),
        # the first name still opens a sentence whose verbs it heads
        ("Pablo Nieto rindió homenaje al actor y aseguró que su obra vivirá.", ["Pablo Nieto"]),
    ],
)
def test_a_joined_verb_takes_the_subject_of_the_clause_before(line, expected):
    assert paragraph_speakers([*INTRO, line])[4] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ana Cuevas llama a Nieto «mentiroso, «cobarde, «rancio» y «casposo» tras su ataque", None),
        ("Nieto dijo que “la obra acabará en mayo. Cuevas lo acusó de “mentir” sobre los plazos.", None),
        ("Nieto dijo: «La obra acabará en mayo, “sin falta”, y", "»"),  # a quotation inside another of its own
        ("Nieto dijo: «La obra acabará", "»"),
    ],
)
def test_an_opening_mark_of_the_kind_already_open_closes_the_first(text, expected):
    assert scan(text, None, nested=True)[0] == expected


def test_a_list_of_quoted_words_leaves_nothing_open():
    paragraphs = ["Ana Cuevas llama a Nieto «mentiroso, «cobarde, «rancio» y «casposo» tras su ataque",
                  "La concejala Ana Cuevas ha criticado las palabras del exalcalde Pablo Nieto, que la definió como "
                  "«inútil».",
                  "En una entrevista en la radio, Nieto cargó contra la concejala: «No sabe nada de gestión»."]
    assert paragraph_speakers(paragraphs)[2] == ["Pablo Nieto"]
