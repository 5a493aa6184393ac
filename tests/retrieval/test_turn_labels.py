"""A transcript turn's label names its speaker (`orador:`); its words are not searched as text.

Trial 12, finding 5: 770 of the 1,951 briefing paragraphs that "mention" Alomía were his own
turns' labels (`JOSÉ LUIS ALOMÍA ZEGARRA, DIRECTOR GENERAL DE EPIDEMIOLOGÍA: Buenas noches`),
and `pregunta` matched every reporter's turn. The label is kept in the stored text, for
display; what the speaker says is what the words search.
"""

import pytest

from search.ingest.paragraphs import spoken_text
from search.retrieval.reader import open_index
from search.retrieval.searching import search
from search.storage.build import build_index

ALOMIA = "JOSÉ LUIS ALOMÍA ZEGARRA, DIRECTOR GENERAL DE EPIDEMIOLOGÍA"
DOCUMENTS = {
    "2020-06-01.txt": [f"{ALOMIA}: Buenas noches. Hoy el informe técnico trae casos nuevos.",
                       "PREGUNTA: ¿Cuántos casos hay en Oaxaca?",
                       "HUGO LÓPEZ-GATELL RAMÍREZ, SUBSECRETARIO: El doctor Alomía lo explicará con la pregunta "
                       "de la semana."],
    "moncloa.txt": ["Rueda de prensa tras el Consejo de Ministros",
                    "Portavoz.- Buenos días. El Consejo aprobó el decreto.",
                    "P.- ¿Cuándo entra en vigor el decreto?",
                    "Sra. Montaño.- Mañana mismo, dijo la portavoz Montaño."],
    "nota.txt": ["La vacuna: llega hoy a Oaxaca.", "Alomía visitó el hospital."],
}


@pytest.fixture(scope="module")
def index(tmp_path_factory):
    folder = tmp_path_factory.mktemp("labels")
    for name, paragraphs in DOCUMENTS.items():
        (folder / name).write_text("\n\n".join(paragraphs) + "\n", encoding="utf-8")
    index_dir = tmp_path_factory.mktemp("labels-index")
    build_index([folder], index_dir)
    with open_index(index_dir) as opened:
        yield opened


@pytest.mark.parametrize("query, expected", [
    ("Alomía", {"2020-06-01.txt#3", "nota.txt#2"}),  # not his own turn's label
    ("epidemiología", set()),  # a role word of the label
    ("pregunta", {"2020-06-01.txt#3"}),  # not the reporter's label
    ("Gatell", set()),
    ("portavoz", {"moncloa.txt#4"}),  # said in the text; `Portavoz.-` is a label
    ("Montaño", {"moncloa.txt#4"}),
    ("vacuna", {"nota.txt#1", "nota.txt#2"}),  # a colon in a sentence is no label (and the title says it)
    ("casos Oaxaca", {"2020-06-01.txt#2"}),  # what the labelled turns say is searched
    ('"buenas noches"', {"2020-06-01.txt#1"}),
    ("orador:Alomía", {"2020-06-01.txt#1"}),  # the label gives the speaker
    ('orador:"José Luis Alomía Zegarra"', {"2020-06-01.txt#1"}),
])
def test_a_turn_label_gives_the_speaker_not_words(index, query, expected):
    results = search(index, query, limit=20)
    assert {hit.id for hit in results.hits} == expected
    assert results.mode == "all"


def test_the_label_is_kept_for_display(index):
    [hit] = search(index, '"buenas noches"').hits
    assert "DIRECTOR GENERAL DE EPIDEMIOLOGÍA: Buenas noches" in hit.snippet
    assert hit.speakers == ["José Luis Alomía Zegarra"]


@pytest.mark.parametrize("paragraph, spoken", [
    (f"{ALOMIA}: Buenas noches.", "Buenas noches."),
    ("PREGUNTA: ¿Y los casos?", "¿Y los casos?"),
    ("Sra. Montaño.- Mañana mismo.", "Mañana mismo."),
    ("El señor PRESIDENTE: Gracias.", "Gracias."),
    ("Voz mujer: hola", "hola"),
    ("La vacuna: llega hoy.", "La vacuna: llega hoy."),
    ("Madrid.- El ministro dijo que sí.", "Madrid.- El ministro dijo que sí."),
    ("A las 19:00 horas empezó.", "A las 19:00 horas empezó."),
])
def test_spoken_text(paragraph, spoken):
    assert spoken_text(paragraph) == spoken
