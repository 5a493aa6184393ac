"""The writer's private steps: abandoning a writer, counting segments."""

from whoosh import index as whoosh_index

from search.storage.schema import paragraph_schema
from search.whoosh_ext.writing import abandon, segment_count


def test_an_abandoned_writer_releases_the_lock_and_writes_nothing(tmp_path):
    ix = whoosh_index.create_in(str(tmp_path), paragraph_schema())
    writer = ix.writer()
    writer.add_document(text="Texto que nunca se escribe.", doc="a", docno=1, paragraph=1)
    abandon(writer)
    assert ix.doc_count_all() == 0
    ix.writer().cancel()  # the lock is free: a new writer opens at once


def test_segment_count_follows_commits_and_merges(tmp_path):
    ix = whoosh_index.create_in(str(tmp_path), paragraph_schema())
    for number in (1, 2):
        writer = ix.writer()
        writer.add_document(text=f"Párrafo {number}.", doc=str(number), docno=number, paragraph=1)
        writer.commit(merge=False)
    assert segment_count(ix) == 2
    ix.writer().commit(optimize=True)
    assert segment_count(ix) == 1
