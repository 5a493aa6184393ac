"""A process that searches an index through many updates keeps a bounded number of files open.

Each update makes new segments; a searcher of the old ones is closed once set aside
(reader.SearchIndex._set_aside), and its posting-cache view (columnar._views) must go with
it: that view held its searcher, the weak key of its own entry, so every state of the index
a process ever searched kept its segments' texts and posting-cache files open (deleted
ones too: their room on disk never came back), until `select()` failed past 1024 fds.
"""

import gc
import json
import os
from collections import Counter

import pytest

from search.retrieval import reader
from search.retrieval.reader import open_index
from search.retrieval.searching import search
from search.storage.update import update_index

pytestmark = pytest.mark.skipif(not os.path.isdir("/proc/self/fd"), reason="counts /proc/self/fd")

UPDATES = 12


def open_files(index_dir):
    """Return the files of the index open in this process: {kind (suffix, "deleted"): count}."""
    found = []
    for fd in os.listdir("/proc/self/fd"):
        try:
            found.append(os.readlink(f"/proc/self/fd/{fd}"))
        except OSError:
            continue  # the listing's own fd, closed already
    kinds = Counter()
    for target in found:
        if target.startswith(os.fspath(index_dir)):
            kinds["deleted" if target.endswith("(deleted)") else os.path.splitext(target)[1]] += 1
    return kinds


def add(feed, n):
    with open(feed, "a", encoding="utf-8") as out:
        out.write(json.dumps({"id": f"p{n}", "doc": f"nota-{n}",
                              "text": f"Rusia y China firmaron el acuerdo {n} de cooperación."},
                             ensure_ascii=False) + "\n")


@pytest.fixture
def served(tmp_path):
    feed, index_dir = tmp_path / "feed.jsonl", tmp_path / "ix"
    add(feed, 0)
    update_index([feed], index_dir)
    return feed, index_dir


def updated_and_searched(index, feed, index_dir, first=1):
    for n in range(first, first + UPDATES):
        add(feed, n)
        update_index([feed], index_dir)
        assert len(search(index, "cooperación", limit=100).hits) == n + 1


def test_closing_the_index_closes_every_generations_files(served):
    feed, index_dir = served
    with open_index(index_dir) as index:
        updated_and_searched(index, feed, index_dir)
    gc.collect()
    # Only posting caches of live segments, kept for the next searcher (postcache.KEPT a process)
    assert set(open_files(index_dir)) <= {".postcache"}


def test_files_stay_bounded_while_serving_updates(served, monkeypatch):
    """Searches seconds apart (no pairing window): set-aside searchers close on the next one,
    and no file a merge deleted stays open but the last searcher's (a segment's .seg, .texts
    and .postcache); the segments' caches form cycles, hence the collection first."""
    feed, index_dir = served
    monkeypatch.setattr(reader, "PAIRING_SECONDS", 0.0)
    with open_index(index_dir) as index:
        search(index, "cooperación")
        for first in (1, UPDATES + 1, 2 * UPDATES + 1):
            updated_and_searched(index, feed, index_dir, first)
            gc.collect()
            found = open_files(index_dir)
            assert found["deleted"] <= 3, found  # was about 4 an update, and never closed
            assert found[".texts"] == found[".seg"], found  # the live segments', each once
