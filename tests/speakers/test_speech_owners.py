"""Tests for search.speakers.speech_owners: a noun of speech owned by a person before a colon's quotation (`la
máxima de X: «…»`, `Su discurso sonó como un aviso: «…»`), in news. Rows of my own wording, other names and shapes,
with negatives: a body or a document as owner, a topic noun, a work's title after the colon, a novel."""

import pytest

from search.speakers import attributions, paragraph_speakers
from search.speakers.genre import Kind
from search.speakers.speech_owners import SPEECH_NOUNS

HEADLINE = "El Ayuntamiento aprueba el plan de vivienda"
LEAD = "El pleno municipal aprobó este jueves el plan de vivienda con los votos de la mayoría."
INTRO = "La concejala Irene Salas y el arquitecto Tomás Ugarte defendieron el plan ante los vecinos."


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Los vecinos recordaron la vieja máxima de Tomás Ugarte: «Una casa es un derecho, no un premio».",
         ["Tomás Ugarte"]),
        ("Una antigua frase de Irene Salas lo resume bien: «El barrio se construye entre todos».", ["Irene Salas"]),
        ("En 2015, en plena crisis, una columna del arquitecto Tomás Ugarte advertía a los promotores: «El suelo no "
         "es vuestro».", ["Tomás Ugarte"]),
        ("El mensaje del arquitecto: «No habrá desahucios este invierno».", ["Tomás Ugarte"]),
        ("Las palabras de Salas fueron recibidas con aplausos: «Lo hemos conseguido».", ["Irene Salas"]),
        ("Lo dice la célebre cita de Ugarte: «Sin vivienda no hay ciudad».", ["Tomás Ugarte"]),
        ("Los técnicos compartieron una carta de Salas que aún circula por el barrio: «Esperad un año más».",
         ["Irene Salas"]),
    ],
)
def test_a_noun_of_speech_a_person_owns_gives_them_the_quotation(line, expected):
    assert paragraph_speakers([HEADLINE, LEAD, INTRO, line])[3] == expected


@pytest.mark.parametrize(
    "line",
    [
        # a body's or a document's words, a topic that names a person, no quotation: this mechanism credits no one
        # (an unattributed quotation may still go to whoever is salient, search.speakers.reported)
        "El informe del ministerio: «La demanda supera a la oferta».",
        "La nota de la constructora: «Las obras empiezan en marzo».",
        "La dimisión de Ugarte: «Un terremoto», tituló la prensa local.",
        "El caso de Irene Salas: «Un ejemplo para otros municipios».",
        "La máxima de Tomás Ugarte se cita a menudo en la facultad.",
    ],
)
def test_a_body_a_topic_or_no_quotation_owns_no_words(line):
    assert "speech-owner" not in attributions([HEADLINE, LEAD, INTRO, line])[3].values()


def test_the_mechanism_is_named_in_the_trace():
    why = attributions([HEADLINE, LEAD, INTRO, "Los vecinos citan la máxima de Ugarte: «Sin vivienda no hay ciudad»."])
    assert why[3] == {"Tomás Ugarte": "speech-owner"}


def test_a_possessive_owner_is_the_person_just_named():
    lines = [HEADLINE, "El alcalde de la ciudad, el socialista Bruno Lago, lo intentó ayer. Su intervención ante los "
             "vecinos sonó como una disculpa: «Llegamos tarde y lo sabemos»."]
    assert paragraph_speakers(lines)[1] == ["Bruno Lago"]


def test_a_person_who_recites_anothers_words_keeps_their_credit():
    line = "Irene Salas recordó en el pleno la máxima de Ugarte: «Sin vivienda no hay ciudad»."
    assert sorted(paragraph_speakers([HEADLINE, LEAD, INTRO, line])[3]) == ["Irene Salas", "Tomás Ugarte"]


def test_a_works_title_after_its_colon_is_no_ones_words():
    line = "Tomás Ugarte presentó ayer su último libro: «Ciudades habitables»."
    assert paragraph_speakers([HEADLINE, LEAD, INTRO, line])[3] == []


def test_a_novels_letter_is_read_by_its_dialogue_rules():
    paragraphs = ["Capítulo 2", "Tomás Ugarte dobló el papel.", "La carta de Irene decía: «Vuelve pronto»."]
    speakers = paragraph_speakers(paragraphs, Kind(short=True, news=False))
    assert "Irene" not in speakers[2]


@pytest.mark.parametrize("noun", ["libro", "informe", "nota", "comunicado", "sentencia", "muerte", "caso"])
def test_documents_topics_and_titled_works_are_no_nouns_of_speech(noun):
    assert noun not in SPEECH_NOUNS
