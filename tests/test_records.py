import datetime

import pytest

from search.documents import Document
from search.records import document_records, parse_metadata_date


def test_records_are_numbered_from_one_with_path_ids():
    document = Document("a/b.txt", "Título", ["uno", "dos"])
    records = document_records(document)
    assert [(r.id, r.paragraph, r.text) for r in records] == [("a/b.txt#1", 1, "uno"),
                                                               ("a/b.txt#2", 2, "dos")]
    assert all(r.doc == "a/b.txt" and r.title == "Título" for r in records)


def test_given_ids_speakers_and_date_are_kept():
    document = Document("d", "T", ["uno"], date="2020-12-22", ids=["x-1"], speakers=[["Ana"]])
    [record] = document_records(document)
    assert record.id == "x-1" and record.speakers == ["Ana"]
    assert record.date == datetime.date(2020, 12, 22)


@pytest.mark.parametrize("value, expected", [
    ("2020-12-22", datetime.date(2020, 12, 22)),
    ("2020-12-22T10:00:00Z", datetime.date(2020, 12, 22)),
    ("2021-02-31", None),
    ("ayer", None),
])
def test_parse_metadata_date(value, expected):
    assert parse_metadata_date(value) == expected
