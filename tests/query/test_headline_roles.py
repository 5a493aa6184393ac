"""Trial35, finding 3: a news headline `Nombre, cargo: «cita»` was read as a transcript's turn label, so
`orador:presidente` found the headline's speaker as if a transcript had given them that role, and its label
words were dropped from the searchable text. A document with no other label is no transcript: its headline is
its words, its speaker found by reported speech, and no role is kept; a transcript's labels still give theirs."""

import pytest

from search.ingest.paragraphs import document_records, spoken_text
from search.records import Document
from search.retrieval.ranking import weighting
from search.retrieval.reader import open_index
from search.retrieval.searching import search
from tests.conftest import build_texts_index

HEADLINES = [
    "Lucía Ferrer, presidenta de la patronal hotelera: «Este verano faltarán camareros»",
    "Tomás Irigoyen, director del Museo Naval: «La maqueta vuelve a casa»",
    "Rosa Vidal, alcaldesa de Gandía: «No cerraremos la playa»",
]
TEXTS = {
    "hoteles.txt": f"{HEADLINES[0]}\n\nEl sector calcula que le faltan diez mil empleados en la costa.\n",
    "museo.txt": f"{HEADLINES[1]}\n\nLa pieza, del siglo XVIII, se expondrá desde el lunes.\n",
    "rueda.txt": "LUIS MORA, ALCALDE DE ELCHE: Buenas tardes, empezamos la rueda de prensa sobre la playa.\n\n"
                 "PREGUNTA: ¿Cerrarán la playa este verano?\n\nLUIS MORA: No, la playa sigue abierta.\n",
}


@pytest.fixture(scope="module")
def index(tmp_path_factory):
    with open_index(build_texts_index(tmp_path_factory, "headline_roles", TEXTS), weighting()) as opened:
        yield opened


@pytest.mark.parametrize("query, speakers", [
    ("orador:presidenta", set()),  # the headline's role is no transcript's
    ("orador:director", set()),
    ("orador:alcalde", {"Luis Mora"}),  # the transcript's label still gives its role
    ("playa orador:alcalde", {"Luis Mora"}),
])
def test_only_a_transcripts_labels_give_roles(index, query, speakers):
    results = search(index, query)
    assert {speaker for hit in results.hits for speaker in hit.speakers} == speakers


@pytest.mark.parametrize("query", ["patronal hotelera", "Museo Naval", "Ferrer presidenta"])
def test_a_headlines_opening_words_are_searchable(index, query):
    assert search(index, query).hits


@pytest.mark.parametrize("headline", HEADLINES)
def test_a_headline_with_a_labels_shape_is_no_turn(headline):
    _, records = document_records(Document("nota.txt", headline, [headline, "Otra frase de la noticia."],
                                           title_is_first_line=True))
    assert [record.turn for record in records] == [False, False]
    assert spoken_text(records[0].text, records[0].turn) == headline


def test_a_transcripts_label_is_a_turn_and_not_its_words():
    paragraphs = ["LUIS MORA, ALCALDE DE ELCHE: Buenas tardes.", "PREGUNTA: ¿Y la playa?", "LUIS MORA: Abierta."]
    _, records = document_records(Document("rueda.txt", "Rueda", paragraphs, title_is_first_line=True))
    assert [record.turn for record in records] == [True, True, True]
    assert [spoken_text(record.text, record.turn) for record in records] == ["Buenas tardes.", "¿Y la playa?",
                                                                            "Abierta."]
