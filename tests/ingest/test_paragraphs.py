import datetime

import pytest

from search.ingest.formats import read_path
from search.ingest.paragraphs import document_records
from search.records import Document
from tests.conftest import SEEDS


def test_records_are_numbered_from_one_with_path_ids():
    document = Document("a/b.txt", "Título", ["uno", "dos"])
    when, records = document_records(document)
    assert when is None
    assert [(r.id, r.paragraph, r.text) for r in records] == [("a/b.txt#1", 1, "uno"),
                                                               ("a/b.txt#2", 2, "dos")]
    assert all(r.doc == "a/b.txt" and r.title == "Título" for r in records)


def test_given_ids_speakers_and_date_are_kept():
    document = Document("d", "T", ["uno"], date="2020-12-22", ids=["x-1"], speakers=[["Ana"]])
    when, [record] = document_records(document)
    assert record.id == "x-1" and record.speakers == ["Ana"]
    assert when == record.date == datetime.date(2020, 12, 22)


def test_the_seed_gets_its_speakers_and_date():
    [document] = read_path(SEEDS / "000_0ae4057f2a729d92.txt", SEEDS)
    when, records = document_records(document)
    assert when == datetime.date(2020, 12, 22)
    assert [r.speakers for r in records] == [
        [], ["Wang Yi", "Vladímir Putin"], ["Wang Yi"], ["Wang Yi"], ["Sergey Lavrov"],
        ["Wang Yi", "Sergey Lavrov"]]


def test_transcript_turns_and_file_name_date():
    document = Document("2020-06-15.txt", "t", [
        "HUGO LÓPEZ-GATELL RAMÍREZ, SUBSECRETARIO: Buenas noches.", "Sigue el informe.",
        "PREGUNTA: ¿Cuántos casos?"])
    when, records = document_records(document)
    assert when == datetime.date(2020, 6, 15)
    assert [r.speakers for r in records] == [["Hugo López-Gatell Ramírez"]] * 2 + [["Pregunta"]]


def test_standalone_jsonl_records_are_read_alone():
    document = Document("notas.jsonl", "t", ["Sergey Lavrov dijo que sí.", "Lavrov viajó."],
                        ids=["a", "b"], speakers=[[], []], dates=["2021-01-02", None],
                        standalone=True)
    _, records = document_records(document)
    assert [r.speakers for r in records] == [["Sergey Lavrov"], []]
    assert [r.date for r in records] == [datetime.date(2021, 1, 2), None]


def test_each_jsonl_record_is_dated_by_its_own_date_dateline_or_the_file_name(tmp_path):
    path = tmp_path / "teletipos_2021-01-06.jsonl"
    path.write_text(
        '{"id": "a", "text": "MADRID, 5 Ene. (EFE) - La campaña empezó el 27 de diciembre de 2020."}\n'
        '{"id": "b", "date": "2021-01-02", "text": "Lima, 5 ene (EFE).- Texto."}\n'
        '{"id": "c", "text": "La campaña empezó el 27 de diciembre de 2020."}\n', encoding="utf-8")
    [document] = read_path(path, tmp_path)
    _, records = document_records(document)
    assert [r.date for r in records] == [datetime.date(2021, 1, 5), datetime.date(2021, 1, 2),
                                         datetime.date(2021, 1, 6)]


@pytest.mark.parametrize("name, text", [
    ("2021-01-05-b.txt", "El ministro dijo ayer que habrá más dosis.\nLa campaña empezó el 27 de diciembre de 2020.\n"),
    ("efe.txt", "MADRID, 5 Ene. (EFE) - El ministro recordó que la campaña empezó el 27 de diciembre de 2020.\n"),
    ("moncloa_2021-01-05_nota.txt", "Nota de prensa.\nLa campaña empezó el 27 de diciembre de 2020.\n"),
    ("nota.md", "# Vacunas\n\nMadrid, 5 de enero de 2021.- La campaña empezó el 27 de diciembre de 2020.\n"),
])
def test_a_date_in_the_body_does_not_date_a_file(tmp_path, name, text):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    [document] = read_path(path, tmp_path)
    when, records = document_records(document)
    assert when == datetime.date(2021, 1, 5) and {r.date for r in records} == {when}


def test_a_date_said_in_a_transcript_turn_is_not_the_documents():
    turn = "HUGO LÓPEZ-GATELL RAMÍREZ: Son las 19:01 del sábado 25 de abril de 2020."
    when, _ = document_records(Document("2020-04-26.txt", "Conferencia", [turn]))
    assert when == datetime.date(2020, 4, 26)


@pytest.mark.parametrize("rule", ["---", "* * *", "—", "***"])
def test_a_rule_inside_a_transcript_is_spoken_by_nobody(rule):
    document = Document("actas/2020-06-15.txt", "Sesión", [
        "ANA PÉREZ, MINISTRA DE SANIDAD: Buenas tardes a todos.",
        "Seguimos con la vacunación.", rule, "Fin de la sesión."])
    _, records = document_records(document)
    assert records[1].speakers == ["Ana Pérez"]
    assert records[2].text == rule and records[2].speakers == []
