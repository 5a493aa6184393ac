"""A transcript that opens with speech gets a title made from its kind and date, at ingest."""

import pytest

from search.ingest.formats import read_path
from search.ingest.paragraphs import document_records
from search.ingest.titles import is_transcript, transcript_kind, transcript_title
from search.records import Document
from tests.conftest import TRANSCRIPTS

BRIEFING = [
    "HUGO LÓPEZ-GATELL RAMÍREZ, SUBSECRETARIO DE PREVENCIÓN Y PROMOCIÓN DE LA SALUD: Muy buenas "
    "noches. Vamos a iniciar la conferencia de prensa diaria.",
    "Hoy hablaremos de vacunas.",
    "PREGUNTA: ¿Cuándo llegan?",
    "HUGO LÓPEZ-GATELL RAMÍREZ: Mañana.",
]


@pytest.mark.parametrize("paragraphs, date, title", [
    (BRIEFING, "2020-06-15", "Conferencia de prensa, 2020-06-15"),
    (BRIEFING, None, "Conferencia de prensa: 2020-06-15"),  # no date: the file's name
    # what it calls itself, the most telling name first
    (["ANA PÉREZ: Buenas tardes, comienza la rueda de prensa del ministerio.", "LUIS GIL: Gracias."],
     "2021-03-01", "Rueda de prensa, 2021-03-01"),
    (["ENTREVISTADOR: Bienvenida a esta entrevista, ministra.", "MINISTRA ANA PÉREZ: Gracias."],
     "2021-03-01", "Entrevista, 2021-03-01"),
    # a briefing that says only "esta sesión", but where the press asks
    (["RICARDO CORTÉS ALCALÁ: Buenas noches, empezamos la sesión de hoy.",
      "INTERLOCUTORA: ¿Y las camas?", "RICARDO CORTÉS ALCALÁ: Hay camas."],
     "2020-11-16", "Conferencia de prensa, 2020-11-16"),
    # nobody says what it is, and no press: a transcript all the same
    (["ANA PÉREZ: Buenas tardes a todos los presentes.", "LUIS GIL: Gracias, Ana."],
     "2021-03-01", "Transcripción, 2021-03-01"),
    # a label that lost its colon still opens with speech
    (["RICARDO CORTÉS ALCALÁ, DIRECTOR GENERAL DE PROMOCIÓN DE LA SALUD Muy buenas tardes.",
      "PREGUNTA: ¿Y hoy?", "RICARDO CORTÉS ALCALÁ: Hoy no."], "2021-02-12",
     "Conferencia de prensa, 2021-02-12"),
])
def test_a_transcript_that_opens_with_speech_is_titled_by_kind_and_date(paragraphs, date, title):
    assert transcript_title(paragraphs, "actas/2020-06-15.txt", date) == title


@pytest.mark.parametrize("paragraphs", [
    ["Emilia Pardo Bazán: Cuentos de amor", "LUIS: Hola.", "ANA: Adiós."],  # a title, then a play
    ["Versión estenográfica de la conferencia de prensa", "ANA PÉREZ: Hola.", "LUIS GIL: Adiós."],
    ["ANA PÉREZ: Buenas noches a todos, empezamos.", "Sigue hablando Ana."],  # one speaker only
    ["El gobierno anunció medidas.", "Los precios suben."],  # a news release
    [],
])
def test_other_documents_keep_their_first_line(paragraphs):
    assert transcript_title(paragraphs, "x.txt", "2020-01-01") is None


def test_a_transcript_needs_two_speakers():
    assert is_transcript(BRIEFING)
    assert not is_transcript(["ANA PÉREZ: Hola.", "Sigue.", "ANA PÉREZ: Adiós."])
    assert transcript_kind(["ANA: Hola.", "PREGUNTA: ¿Qué?"]) == "Conferencia de prensa"


def test_the_title_is_made_at_ingest_and_kept_by_every_record():
    [document] = read_path(TRANSCRIPTS / "2020-06-15.txt", TRANSCRIPTS)
    when, records = document_records(document)
    assert document.title == "Conferencia de prensa, 2020-06-15"
    assert {record.title for record in records} == {document.title}
    [story] = read_path(TRANSCRIPTS / "cuento.txt", TRANSCRIPTS)
    document_records(story)
    assert story.title == "Emilia Pardo Bazán: Cuentos de amor"


def test_a_title_the_file_gives_is_never_replaced():
    given = Document("actas/2020-06-15.md", "Comparecencia del ministro", list(BRIEFING))
    document_records(given)
    assert given.title == "Comparecencia del ministro"
    records = Document("sesion", BRIEFING[0][:40], list(BRIEFING), titles=[BRIEFING[0][:40]] * 4,
                       title_is_first_line=True, date="2020-06-15")
    document_records(records)
    assert records.title == "Conferencia de prensa, 2020-06-15"
    assert records.titles == ["Conferencia de prensa, 2020-06-15"] * 4


def test_a_made_title_is_shown_but_not_searched(tmp_path):
    """Its words would match every paragraph of every transcript: `prensa` finds the text."""
    from search.retrieval.reader import open_index
    from search.retrieval.searching import search
    from search.storage.build import build_index

    [document] = read_path(TRANSCRIPTS / "2020-06-15.txt", TRANSCRIPTS)
    _, records = document_records(document)
    assert not any(record.title_searched for record in records)
    [story] = read_path(TRANSCRIPTS / "cuento.txt", TRANSCRIPTS)
    assert all(record.title_searched for record in document_records(story)[1])
    build_index([TRANSCRIPTS], tmp_path / "ix")
    with open_index(tmp_path / "ix") as index:
        found = search(index, "prensa", limit=50)
        holding = [hit for hit in found.hits if "prensa" in hit.snippet.lower()]
        assert found.total == len(holding) >= 1  # only paragraphs that say it
        assert found.hits[0].title == "Conferencia de prensa, 2020-06-15"  # still shown
        assert search(index, "cuentos").total >= 1  # a title the file gives is searched
