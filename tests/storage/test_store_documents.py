"""Whole documents and ids read from the record store (store_documents.py)."""

from tests.storage.test_store import add


def test_counts(store):
    add(store, "a.txt", ["uno", "dos"])
    add(store, "b.txt", ["tres"])
    assert store.counts() == (2, 3)


def test_paragraph_count_is_the_live_versions(store):
    add(store, "a.txt", ["uno", "dos", "tres"])
    assert store.paragraph_count("a.txt") == 3 and store.paragraph_count("nada.txt") == 0


def test_a_name_finds_its_newest_version_and_a_shared_name_is_told(store):
    first = add(store, "a.txt", ["uno"])
    second = add(store, "a.txt", ["dos", "tres"])
    assert store.docno_of("a.txt") == max(first, second) and store.docno_of("nada.txt") is None
    assert [record.text for record in store.document_records("a.txt")] == ["dos", "tres"]
    assert store.highest_docno() == max(first, second)
