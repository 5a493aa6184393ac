"""What a reader serves: deleted documents left out, which Whoosh's term table still counts."""

import pytest
from whoosh.fields import ID, Schema
from whoosh.index import create_in

from search.query.served import live_frequency, serves


@pytest.fixture
def reader(tmp_path):
    index = create_in(tmp_path, Schema(doc=ID(stored=True), word=ID))
    writer = index.writer()
    for doc, word in [("1", "email"), ("2", "email"), ("3", "email"), ("4", "otra")]:
        writer.add_document(doc=doc, word=word)
    writer.commit()
    writer = index.writer()
    writer.delete_by_term("doc", "1")
    writer.delete_by_term("doc", "4")
    writer.commit(merge=False)  # the deleted stay in the segment, as until a merge
    with index.searcher() as searcher:
        yield searcher.reader()


@pytest.mark.parametrize("fieldname, term, whoosh, live, served", [
    ("word", "email", 3, 2, True),
    ("word", "otra", 1, 0, False),  # its one document deleted
    ("doc", "1", 1, 0, False),
    ("doc", "2", 1, 1, True),
    ("word", "nada", 0, 0, False),  # in no document
])
def test_a_reader_serves_the_documents_not_deleted(reader, fieldname, term, whoosh, live, served):
    assert reader.doc_frequency(fieldname, term) == whoosh
    assert live_frequency(reader, fieldname, term) == live
    assert serves(reader, fieldname, term) is served
