"""A process that searches an index through many updates keeps a bounded number of files open.

Each update makes new segments and a merge deletes old ones; a searcher of an earlier state
is set aside (reader.SearchIndex._set_aside) and closed once no request can still use it,
its posting-cache view (columnar._views) and texts files (hit_texts._files) with it. The
view once held its searcher, the weak key of its own entry, so every state of the index a
process ever searched kept its segments' files open (deleted ones too, their room on disk
never given back): 11 -> 310 open files over 50 updates (bench/open_files.py). A searcher
left to the collector instead says so with a ResourceWarning, at whatever test runs then.
"""

import gc
import json
import os
import threading
import warnings

import pytest

from bench.open_files import add_paragraph, open_files
from search.retrieval import reader
from search.retrieval.reader import open_index
from search.retrieval.searching import search
from search.storage import postcache
from search.storage.generations import live_generation
from search.storage.update import update_index
from web import create_app

pytestmark = pytest.mark.skipif(not os.path.isdir("/proc/self/fd"), reason="counts /proc/self/fd")

UPDATES = 12
QUERY = "cooperación"


@pytest.fixture
def served(tmp_path):
    """Return (the feed, the index folder) of an index of one paragraph, built by update_index."""
    feed, index_dir = tmp_path / "feed.jsonl", tmp_path / "ix"
    add_paragraph(feed, 0)
    update_index([feed], index_dir)
    return feed, index_dir


def updated_and_searched(index, feed, index_dir, first, count=UPDATES):
    """Add a paragraph and update `count` times from number `first`, searching after each."""
    for number in range(first, first + count):
        add_paragraph(feed, number)
        update_index([feed], index_dir)
        assert len(search(index, QUERY, limit=100).hits) == number + 1


def live_segments(index_dir):
    """Return how many segment files (.seg) the live generation has on disk."""
    return len(list(live_generation(index_dir).glob("*.seg")))


def test_closing_the_index_closes_every_generations_files(served):
    feed, index_dir = served
    with open_index(index_dir) as index:
        updated_and_searched(index, feed, index_dir, 1)
    # Only posting caches of live segments, kept for the next searcher (postcache.KEPT a process)
    assert set(open_files(index_dir)) <= {"all", "index", ".postcache"}


@pytest.mark.parametrize("rounds", [1, 3])
def test_files_stay_bounded_while_serving_updates(served, monkeypatch, rounds):
    """Searches seconds apart (no pairing window): the searcher of the state before is closed
    at the next search, and no file a merge deleted stays open. No collection is asked for:
    the searchers are closed, not left to the collector."""
    feed, index_dir = served
    monkeypatch.setattr(reader, "PAIRING_SECONDS", 0.0)
    with open_index(index_dir) as index:
        search(index, QUERY)
        for first in range(1, rounds * UPDATES, UPDATES):
            updated_and_searched(index, feed, index_dir, first)
            found = open_files(index_dir)
            assert found["deleted"] == 0, found  # was about 4 an update, and never closed
            segments = live_segments(index_dir)
            assert found[".seg"] == found[".texts"] == segments, found  # the live segments', each once
            assert found[".postcache"] <= segments, found


def test_an_earlier_state_stays_open_within_the_pairing_window(served):
    """A request under way may still read the searcher it paired with: the one set aside
    closes only once PAIRING_SECONDS have passed (here they never do)."""
    feed, index_dir = served
    with open_index(index_dir) as index:
        search(index, QUERY)
        before = live_segments(index_dir)
        updated_and_searched(index, feed, index_dir, 1, count=1)
        assert open_files(index_dir)[".seg"] == before + live_segments(index_dir)


def test_a_finished_threads_searcher_is_closed_by_the_next_one_opened(served, monkeypatch):
    """A pool's thread that ends drops its thread-local searcher: the index closes it when
    another thread opens one, not the collector some time later."""
    feed, index_dir = served
    monkeypatch.setattr(reader, "PAIRING_SECONDS", 0.0)
    with open_index(index_dir) as index:
        for number in range(1, 4):
            worker = threading.Thread(target=search, args=(index, QUERY))
            worker.start()
            worker.join()
            updated_and_searched(index, feed, index_dir, number, count=1)
            found = open_files(index_dir)
            assert found["deleted"] == 0 and found[".seg"] == live_segments(index_dir), found
        assert len(index.opened) == 1


@pytest.mark.parametrize("requests", [1, 3])
def test_an_index_dropped_unclosed_closes_its_files_as_it_is_collected(served, requests):
    """An app's index is closed by nothing (a test's app, a script's open_index): collected,
    it closes its searchers, with no ResourceWarning (Whoosh's segment files said one). The
    texts files go with the posting-cache view, a cycle, at the collector's next pass: the
    finalizer, run by the collector in whatever thread, takes no lock of theirs."""
    _, index_dir = served
    client = create_app({"INDEX_DIR": str(index_dir), "TESTING": True}).test_client()
    for _ in range(requests):
        assert json.loads(client.get(f"/api/search?q={QUERY}").data)["total"] == 1
    assert open_files(index_dir)[".seg"] == 1
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", ResourceWarning)
        del client
        gc.collect()
        assert open_files(index_dir)[".seg"] == 0
        gc.collect()
    assert [str(warning.message) for warning in caught if warning.category is ResourceWarning] == []
    assert set(open_files(index_dir)) <= {"all", "index", ".postcache"}


def test_a_searcher_taken_by_close_is_not_closed_again_by_its_thread(served, monkeypatch):
    """close() in one thread and the owner's _close_aside in another: only the one that took
    the searcher from `opened` closes it (Whoosh raises ReaderClosed on a second close)."""
    _, index_dir = served
    closed, real_close = [], reader._close

    def counted(searcher, tell_keepers=True):
        closed.append(searcher)
        real_close(searcher, tell_keepers)

    monkeypatch.setattr(reader, "_close", counted)
    index = open_index(index_dir)
    searcher = index.searcher()
    index.close()
    index._close(searcher)  # the owner's late close, after close() took it
    assert closed == [searcher]


@pytest.mark.parametrize("failing", [0, 1])
def test_one_searcher_failing_to_close_leaves_none_open(served, failing, caplog):
    """A searcher whose close raises is logged; the others and the record store still close."""
    _, index_dir = served
    index = open_index(index_dir)
    searchers = [index.searcher()]
    worker = threading.Thread(target=lambda: searchers.append(index.searcher()))
    worker.start()
    worker.join()
    bad = searchers[failing]

    def broken():
        raise OSError("disco dañado")

    bad.close, real_close = broken, bad.close
    stores = []
    store_close = index.live.store.close
    index.live.store.close = lambda: stores.append(store_close())
    index.close()
    assert [searcher.is_closed for searcher in searchers if searcher is not bad] == [True]
    assert len(stores) == 1 and "disco dañado" in caplog.text
    real_close()


def test_an_index_dropped_unclosed_gives_back_its_posting_cache_counts(served):
    """The finalizer closes Whoosh's files only; the view its searcher had still gives back
    its count on each cache (at the next load), or a merge would never drop those caches."""
    _, index_dir = served
    postcache.forget_all()
    client = create_app({"INDEX_DIR": str(index_dir), "TESTING": True}).test_client()
    assert json.loads(client.get(f"/api/search?q={QUERY}").data)["total"] == 1
    client.application.extensions["hemeroteca"].warming.join(10)  # its searcher released too
    del client
    gc.collect()
    gc.collect()
    with open_index(index_dir) as index:
        search(index, QUERY)
        assert [cache.views for cache in postcache._open.values()] == [1]  # this searcher's only
    assert [cache.views for cache in postcache._open.values()] == [0]
    postcache.forget_all()
