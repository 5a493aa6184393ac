"""Tests for search.ingest.jsonl_documents: two passes, each document given when complete,
ids as when the file was read whole."""

import json

import pytest

from search.ingest import jsonl_documents
from search.ingest.jsonl_documents import feed_documents, read_records, survey


def lines(*records):
    return "\n".join(json.dumps(record, ensure_ascii=False) for record in records)


def given(text):
    return lambda problems: jsonl_documents.json_lines(text, problems)


def test_the_survey_finds_where_each_document_ends_and_which_ids_repeat():
    text = lines({"id": "a", "text": "uno", "doc": "d1"}, {"id": "b", "text": "dos", "doc": "d2"},
                 {"id": "a", "text": "tres", "doc": "d1"}, {"text": ""}, {"id": "c", "text": "cuatro"})
    found = survey(given(text))
    assert found.ends.tolist() == [False, True, True, True]  # the record without text is no record
    assert found.repeated == {hash("a")}


def test_a_document_is_given_as_soon_as_its_last_record_is_read():
    text = lines({"id": "1", "text": "a", "doc": "d1"}, {"id": "2", "text": "b", "doc": "d2"},
                 {"id": "3", "text": "c", "doc": "d2"}, {"id": "4", "text": "d", "doc": "d1"})
    read = []

    def items(problems):
        for number, item in jsonl_documents.json_lines(text, problems):
            read.append(number)
            yield number, item

    documents = feed_documents("f.jsonl", "f.jsonl", items, [].append)
    first = next(documents)
    assert first.doc == "d2" and read[-1] == 3  # d2 ended at line 3: line 4 not read yet
    assert [d.doc for d in documents] == ["d1"]


@pytest.mark.parametrize("part", [1, 2, 3])
def test_parts_of_the_records_without_doc_number_their_paragraphs_and_made_ids_on(monkeypatch, part):
    monkeypatch.setattr(jsonl_documents, "FEED_PART_RECORDS", part)
    documents = read_records("f.jsonl", "f.jsonl", lines(*({"text": f"t{n}"} for n in range(5))), [].append)
    assert [i for d in documents for i in d.ids] == [f"f.jsonl#{n}" for n in range(1, 6)]
    assert [d.first_paragraph for d in documents] == list(range(0, 5, part))


def test_a_shared_doc_is_named_after_its_file():
    [document] = read_records("f2.jsonl", "f2.jsonl", lines({"text": "a", "doc": "rueda-1"}), [].append,
                              shared=frozenset({"rueda-1"}))
    assert (document.doc, document.ids) == ("f2.jsonl/rueda-1", ["f2.jsonl/rueda-1#1"])
