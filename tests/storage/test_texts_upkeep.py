"""Tests for search.storage.texts_upkeep: the texts files a writer's segments lack, written;
a stale one, or one lacking entries after a commit, written again."""

import pytest

from search.retrieval.reader import open_index
from search.storage import build as indexer
from search.storage import store_texts, texts_upkeep
from search.storage.generations import live_generation
from tests.storage.test_store_texts import build_with_turns, texts_files


@pytest.fixture
def built(corpus, tmp_path, monkeypatch):
    monkeypatch.setattr(indexer, "SMALL_BUILD_FILES", 1)  # two workers, two segments
    return build_with_turns(corpus, tmp_path)


def test_a_file_of_another_version_or_segment_is_stale(built, monkeypatch):
    path = texts_files(built)[0]
    with open_index(built) as index:
        leaf = [leaf for leaf, _ in index.searcher().reader().leaf_readers()
                if leaf.segment().segment_id() in path.name][0]
        segment_id, count = leaf.segment().segment_id(), leaf.doc_count_all()
    assert texts_upkeep.texts_problem(path, segment_id, count) is None
    assert "otro segmento" in str(texts_upkeep.texts_problem(path, "MAIN_other", count))
    assert "otro segmento" in str(texts_upkeep.texts_problem(path, segment_id, count + 1))
    monkeypatch.setattr(store_texts, "VERSION", store_texts.VERSION + 1)
    assert "otra versión" in str(texts_upkeep.texts_problem(path, segment_id, count))


def test_a_writer_that_just_committed_writes_again_a_file_lacking_entries(built):
    """A search that met a segment before its writer wrote the file, from a store behind the
    writer's commit, could leave a sound file with a live document's entry missing: the writer
    writes its own (`complete`); a writer that committed nothing leaves files as they are."""
    from whoosh.filedb.filestore import FileStorage

    from search.layout import STORE_FILE
    from search.storage.store import RecordStore

    generation = live_generation(built)
    ix = FileStorage(str(generation)).open_index()
    store = RecordStore(generation / STORE_FILE)
    with ix.reader() as reader:
        leaf = reader.leaf_readers()[0][0]
        segment_id = leaf.segment().segment_id()
        entries = store_texts.segment_entries(store, leaf)
        entries[0] = b""  # as a store behind the writer's commit gives it
        path = store_texts.texts_path(generation, segment_id)
        store_texts.write_texts(path, segment_id, entries)
        assert texts_upkeep.texts_problem(path, segment_id, leaf.doc_count_all()) is None
        assert texts_upkeep.lacking_entries(path, leaf) == 1
        assert texts_upkeep.write_missing_texts(generation, ix, store) == []
        assert texts_upkeep.lacking_entries(path, leaf) == 1
        assert texts_upkeep.write_missing_texts(generation, ix, store, complete=True) == []  # not damage: nothing said
        assert texts_upkeep.lacking_entries(path, leaf) == 0
    store.close()
