"""A document's kind, decided once (search.speakers.genre), and what it does to an opinion column, two interviews
and a short chapter of a novel (fixtures of our own in tests/fixtures/speakers/kinds)."""

import pathlib

import pytest

from search.speakers import paragraph_speakers
from search.speakers.genre import SHORT, document_kind

KINDS = pathlib.Path(__file__).resolve().parent.parent / "fixtures" / "speakers" / "kinds"


def read(name: str) -> list[str]:
    return [line for line in (KINDS / name).read_text(encoding="utf-8").splitlines() if line.strip()]


NEWS = ["Titular", "La consejera Irene Lasa dijo que habrá más plazas.", "«Es un buen día», añadió."]
DASH_QA = NEWS + ["— ¿Se presentará?", "— No me toca decidirlo.", "Lasa visitó después el colegio."] * 2
INTERVIEW_IN_DASHES = ["Entrevista con Irene Lasa"] + ["—¿Habrá más plazas?", "—Sí, yo me comprometo."] * 12
CHAPTER = ["Capítulo dos", "La lluvia no paraba.", "—¿Vienes? —preguntó Irene.", "—No puedo —dije.",
           "Cerré la puerta.", "—Te espero —insistió ella.", "—No me esperes.", "Bajé a la calle."]
NARRATOR = ["Memorias"] + ["Yo recuerdo aquella casa de mi abuela."] * 20
TALE = ["Cuento"] + ["—¿Vienes? —preguntó ella.", "—No sé —dijo él."] * 10
UNTAGGED = ["Cuento"] + ["—¿Vienes?", "—No sé."] * 10


@pytest.mark.parametrize("paragraphs, short, news", [
    (NEWS, True, True),
    (DASH_QA, True, True),  # a few untagged dash answers in a news item
    (INTERVIEW_IN_DASHES, True, True),  # dialogue, but no tags: an interview, not a story
    (CHAPTER, True, False),  # a third of it dialogue, tagged by a narrator: a story
    (NARRATOR, True, False),  # twenty paragraphs in the first person
    (TALE, True, False),  # twenty paragraphs of dialogue, tagged
    (UNTAGGED, True, True),  # no narrator tags any: questions and answers, read as news
    (NEWS + ["Sigue el texto."] * SHORT, False, False),  # a book or a transcript
    (["Caja de herramientas", "Un martillo, un destornillador—y clavos—sin más."], True, True),  # a dash inside
])
def test_document_kind(paragraphs, short, news):
    kind = document_kind(paragraphs)
    assert (kind.short, kind.news) == (short, news)
    assert len(kind.voiced) == (len(paragraphs) if short else 0)


@pytest.mark.parametrize("name, news, expected", [
    # an opinion column in the first person: the author's paragraphs are nobody's, not the mayor's she quotes
    ("columna.txt", True, {5: ["Joaquín Berrocal"], 9: ["Joaquín Berrocal"]}),
    # interviews: the answers are the interviewee's, labelled `R.` or `Respuesta:`
    ("entrevista_pr.txt", True, {1: ["Ignacio Ferrándiz"], 4: ["Ignacio Ferrándiz"], 6: ["Ignacio Ferrándiz"],
                                 8: ["Ignacio Ferrándiz"]}),
    ("entrevista_pregunta.txt", True, {4: ["Marisa Olabarría"], 6: ["Marisa Olabarría"]}),
    # a short chapter: the narrator's first-person lines are not the character who spoke before
    ("capitulo.txt", False, {13: ["Villalba"], 15: ["Villalba"]}),
])
def test_kinds_of_documents(name, news, expected):
    paragraphs = read(name)
    assert document_kind(paragraphs).news is news
    found = {line: speakers for line, speakers in enumerate(paragraph_speakers(paragraphs), 1) if speakers}
    assert found == expected


def test_the_kind_is_decided_once_and_may_be_given():
    """paragraph_speakers takes the kind a caller decided (a chapter read as a news item gives the narrator's line
    after a character's words to nobody still: the narrator spoke before)."""
    paragraphs = read("capitulo.txt")
    assert paragraph_speakers(paragraphs, document_kind(paragraphs)) == paragraph_speakers(paragraphs)


def test_a_transcript_s_turns_make_no_story():
    """A short transcript's speakers say `yo` in every turn: its kind is read from the paragraphs outside the turns,
    so its labelled first line still names its speaker (not a book's `Autor: Título`)."""
    turn = "Yo creo que hoy tenemos buenas noticias y yo les voy a explicar las cifras."
    paragraphs = ["ROSA ELVIRA MANCERA, SUBSECRETARIA DE SALUD: Muy buenas noches a todas y a todos",
                  *[turn] * 25, "PREGUNTA: ¿Cuántos casos hay?", "ROSA ELVIRA MANCERA: Doce, yo los conté."]
    found = paragraph_speakers(paragraphs)
    assert found[0] == found[1] == found[-1] == ["Rosa Elvira Mancera"]
    assert found[-2] == ["Pregunta"]


@pytest.mark.parametrize("paragraphs, plural", [
    # the first person plural is read in news only (search.speakers.first_person: after a quotation)
    (NEWS + ["Y así seguiremos hasta el verano."], (False, False, False, True)),
    (NEWS + ["Nuestro país cumple con las metas."], (False, False, False, False)),  # a possessive: a press office
    (NEWS + ["Los próximos días serán clave."], (False, False, False, False)),  # an adjective
    (NARRATOR + ["Y así seguiremos hasta el verano."], ()),  # a story: not read
])
def test_the_first_person_plural_is_read_in_news(paragraphs, plural):
    assert document_kind(paragraphs).plural == plural
