import datetime

import pytest

from search.documents import Document
from search.records import document_records, parse_metadata_date
from tests.conftest import SEEDS
from search.documents import read_path


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


@pytest.mark.parametrize("value, expected", [
    ("2020-12-22", datetime.date(2020, 12, 22)),
    ("2020-12-22T10:00:00Z", datetime.date(2020, 12, 22)),
    ("2021-02-31", None),
    ("ayer", None),
])
def test_parse_metadata_date(value, expected):
    assert parse_metadata_date(value) == expected
