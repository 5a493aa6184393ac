"""Tests for search.speakers.interviews: unlabelled interviews, and quoted headlines."""

import pytest

from search.speakers import paragraph_speakers
from search.speakers.genre import SHORT as LONGEST
from search.speakers.interviews import QUESTION, interview_answers
from search.speakers.people import Person

ANA = Person(["ana", "requena"], "Ana Requena")
LUIS = Person(["luis", "gil"], "Luis Gil")

INTERVIEW = [
    "Ana Requena reivindica en su nuevo libro el placer.",
    "¿Qué le motivó a escribir este libro?",
    "Me motivó lo que me sucedió en un viaje.",
    "¿Y cómo lo recibieron sus lectoras?",
    "Creo que muy bien, nos escriben cada día.",
    "¿Volverá a escribir?",
    "Sí, yo no sé dejar de hacerlo.",
]


def speakers(found):
    return [[person.display for person in people] for people in found]


def introduced(paragraphs, *people):
    """Return results with people named in the introduction only."""
    return [list(people)] + [[] for _ in paragraphs[1:]]


@pytest.mark.parametrize(
    "paragraph, question",
    [
        ("¿Qué le motivó a escribir este libro?", True),
        ("¿Y ahora?", True),
        ("Y usted, ¿qué opina?", True),  # a question opened without `¿`
        ("¿Cuándo volvió al taller? ¿Qué encontró allí?", True),  # several questions in a row
        ("¿Volvió al taller? Sí, al día siguiente.", False),  # a question and its answer
        ("—¿Vendrás mañana?", False),  # a line of dialogue
        ("Dijo que vendría. ¿Vendrá?", False),  # a statement first
        ("Me motivó lo que me sucedió.", False),
    ],
)
def test_question(paragraph, question):
    assert bool(QUESTION.match(paragraph)) is question


def test_the_answers_of_an_interview_are_the_interviewees():
    found = interview_answers(INTERVIEW, introduced(INTERVIEW, ANA))
    assert speakers(found) == [["Ana Requena"], [], ["Ana Requena"], [], ["Ana Requena"], [], ["Ana Requena"]]


def test_the_interviewee_is_the_person_the_introduction_names_most():
    paragraphs = ["Luis Gil entrevista a Ana Requena.", "Ana Requena publica su libro."] + INTERVIEW[1:]
    results = [[LUIS, ANA], [ANA]] + [[] for _ in INTERVIEW[1:]]
    assert speakers(interview_answers(paragraphs, results))[3] == ["Ana Requena"]


def test_answers_already_attributed_are_kept():
    results = introduced(INTERVIEW, ANA)
    results[4] = [LUIS]
    assert speakers(interview_answers(INTERVIEW, results))[4] == ["Luis Gil"]


@pytest.mark.parametrize(
    "paragraphs",
    [
        # one question alone is no interview
        ["Ana Requena publica un libro.", "¿Por qué lo escribió?", "Porque yo lo necesitaba.",
         "Me lo merezco."],
        # answers that don't speak in the first person
        ["Ana Requena publica un libro.", "¿Por qué?", "El libro trata del placer.", "¿Y luego?",
         "La editorial lo lanza en mayo.", "Se vende bien."],
        # the first question comes too late: a story, not an interview
        ["Ana Requena publica un libro."] + ["Ella llegó tarde."] * 25 + INTERVIEW[1:],
        # quoted questions are somebody's words, not the interviewer's
        ["Ana Requena publica un libro.", "«¿Por qué yo?»", "Me lo pregunto yo.", "«¿Y ahora?»",
         "Yo no lo sé."],
    ],
    ids=["one question", "no first person", "late question", "quoted questions"],
)
def test_no_interview_no_change(paragraphs):
    results = introduced(paragraphs, ANA)
    assert interview_answers(paragraphs, results) == results


def test_without_anybody_named_first_nobody_answers():
    results = [[] for _ in INTERVIEW]
    assert interview_answers(INTERVIEW, results) == results


def test_a_book_is_no_interview():
    paragraphs = INTERVIEW + ["Me fui a casa, pensé yo."] * LONGEST
    results = introduced(paragraphs, ANA)
    assert interview_answers(paragraphs, results) == results


@pytest.mark.parametrize(
    "headline, later, expected",
    [
        ("«No voy a dimitir»", [[LUIS], [LUIS], [ANA]], ["Luis Gil"]),  # the main speaker's words
        ("“No voy a dimitir”", [[LUIS], [LUIS]], ["Luis Gil"]),
        ("\"No voy a dimitir\".", [[LUIS], [LUIS]], ["Luis Gil"]),
        ("«No voy a dimitir»", [[LUIS], [ANA]], []),  # nobody speaks twice: no main speaker
        ("«No voy a dimitir», dice el alcalde", [[LUIS], [LUIS]], []),  # not all quotation
        ("No voy a dimitir", [[LUIS], [LUIS]], []),  # no quotation
    ],
)
def test_a_quoted_headline_is_the_main_speakers(headline, later, expected):
    paragraphs = [headline] + ["Lo dijo ayer."] * len(later)
    found = interview_answers(paragraphs, [[]] + later)
    assert speakers(found)[0] == expected
    assert found[1:] == later


def test_a_quoted_headline_with_a_speaker_keeps_it():
    paragraphs = ["«No voy a dimitir»", "Lo dijo.", "Lo repitió."]
    assert speakers(interview_answers(paragraphs, [[ANA], [LUIS], [LUIS]]))[0] == ["Ana Requena"]


def test_a_storys_dash_dialogue_is_no_interview():
    paragraphs = ["Ana Requena llegó tarde a casa.", "—¿Dónde estabas?", "—En el bar, yo solo tomé un café.",
                  "—¿Con quién?", "—Con mis amigos, te lo juro."]
    results = introduced(paragraphs, ANA)
    assert interview_answers(paragraphs, results) == results


@pytest.mark.parametrize("title", [
    "Entrevista con la ministra de Hacienda, Lucía Ferrer Vidal.",
    "ENTREVISTA A Lucía Ferrer Vidal, ministra de Hacienda",
    "Una entrevista con Lucía Ferrer Vidal",
])
def test_an_interview_titled_so_gives_labelled_answers_to_the_one_it_names(title):
    paragraphs = [title, "P: Ministra, ¿subirán los impuestos?", "R: No. Pagarán más quienes más tienen.",
                  "P: ¿Y el déficit?", "R: Bajará al 3 % el año que viene."]
    found = paragraph_speakers(paragraphs)
    assert found[2] == found[4] == ["Lucía Ferrer Vidal"]
    assert found[1] == found[3] == ["Pregunta"]


# An introduction whose paragraph closes on the first question, a reporter who interviews named in it,
# answers with no label, and questions of several sentences.
TRAILING = [
    "Una bióloga que estudió el glaciar. Hablamos con ella en su laboratorio",
    "Marta Olivares lleva veinte años midiendo el hielo del valle.",
    "El reportero Iñigo Salas, que viaja con el fotógrafo Pablo Ortiz, entrevistó a Olivares en marzo. "
    "¿Cuándo notó que el glaciar retrocedía? Al parecer nadie te creyó al principio.",
    "Lo noté en mi segundo verano: la morrena quedaba lejos de la lengua.",
    "Nadie me creía, y yo tampoco quería creerlo.",
    "¿Y sus colegas? ¿Qué le dijeron?",
    "Que esperara a tener más datos.",
    "¿Volverá al valle este año?",
    "Sí, en julio.",
]


def test_the_first_question_may_close_the_introduction_and_questions_credit_no_one():
    found = paragraph_speakers(TRAILING)
    assert found[3] == found[4] == found[6] == found[8] == ["Marta Olivares"]
    assert found[5] == found[7] == []  # the reporter asks: no view of his


@pytest.mark.parametrize(
    "closing",
    [
        "Nadie sabe cuánto hielo queda. ¿Quién lo medirá?",  # a rhetorical question, no interview introduced
        "Iñigo Salas entrevistó a Olivares. ¿Por qué «ahora»? Porque el hielo se va.",  # a quotation in it
        "Iñigo Salas entrevistó a Olivares. ¿Por qué ahora? Lo explica su último informe.",  # then a statement
    ],
)
def test_a_paragraph_ending_on_a_question_opens_no_interview_otherwise(closing):
    paragraphs = ["Marta Olivares mide el hielo del valle.", closing, "La morrena queda lejos de la lengua.",
                  "¿Cuántas visitas recibe el valle?", "Muchas, yo las cuento.", "¿Y en invierno?",
                  "Pocas, nos quedamos solos."]
    assert paragraph_speakers(paragraphs)[2] == []
