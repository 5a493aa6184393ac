"""The read path's repairs: one segment's file written at a time, others not held up, and no
texts file written that lacks a live document's entry."""

import threading

from search.retrieval.reader import open_index
from search.storage import repairs
from search.storage.build import build_index
from search.storage.generations import live_generation
from search.storage.store_texts import DamagedTexts, texts_path


def test_a_segments_lock_holds_its_own_key_only_and_is_forgotten_after():
    inside, release = threading.Event(), threading.Event()

    def hold():
        with repairs.segment_lock("a"):
            inside.set()
            release.wait(10)

    holder = threading.Thread(target=hold)
    holder.start()
    assert inside.wait(10)
    with repairs.segment_lock("b"):  # another segment's: not held up
        pass
    assert repairs._locks["a"][1] == 1
    release.set()
    holder.join(10)
    assert "a" not in repairs._locks and "b" not in repairs._locks


def test_a_texts_file_is_not_written_when_the_store_lacks_a_live_documents_entry(corpus, tmp_path, monkeypatch):
    index_dir = tmp_path / "ix"
    build_index([corpus], index_dir, procs=1)
    with open_index(index_dir) as index:
        leaf = index.searcher().reader().leaf_readers()[0][0]
        path = texts_path(live_generation(index_dir), leaf.segment().segment_id())
        path.unlink()
        problem = DamagedTexts(path, "no existe")
        lacking = repairs.segment_entries(index.store, leaf)
        lacking[0] = b""
        with monkeypatch.context() as behind:  # a store that does not yet show the first entry
            behind.setattr(repairs, "segment_entries", lambda store, reader: list(lacking))
            assert repairs.rewritten_texts(leaf, index.store, problem) is None
        assert not path.exists()
        texts = repairs.rewritten_texts(leaf, index.store, problem)
        assert texts is not None and path.exists() and texts.entry(0)
        texts.close()
