import os

import numpy as np

from search.retrieval.reader import open_index
from search.retrieval.searching import search
from search.storage import kept_postings, postcache_file
from search.storage.build import build_index
from search.storage.kept_postings import KeptPostings


def arrays(size):
    return np.zeros(size, dtype=np.int32), np.zeros(size, dtype=np.float32)


def test_the_least_recently_used_go_first_past_the_budget():
    kept = KeptPostings(budget=700)  # 20 postings take 160 bytes
    for key in "abcd":
        kept.put(key, arrays(20))
    assert kept.get("a") is not None  # a is now the most recent
    kept.put("e", arrays(20))
    assert kept.get("b") is None
    assert all(kept.get(key) is not None for key in "acde")
    assert kept.used == 640


def test_a_list_larger_than_a_quarter_of_the_budget_is_not_kept():
    kept = KeptPostings(budget=800)
    kept.put("small", arrays(10))
    kept.put("large", arrays(30))
    assert kept.get("large") is None and kept.get("small") is not None


def test_a_term_read_once_is_not_read_again_and_answers_the_same(corpus, tmp_path, monkeypatch):
    build_index([corpus], tmp_path / "ix")
    kept_postings.KEPT.clear()
    reads = []
    pread = os.pread

    def counted(handle, size, offset):
        reads.append((handle, offset))
        return pread(handle, size, offset)

    monkeypatch.setattr(postcache_file.os, "pread", counted)
    with open_index(tmp_path / "ix") as index:
        first = [(hit.id, hit.score) for hit in search(index, "gobierno medidas").hits]
        read = len(reads)
        assert read and first
        assert [(hit.id, hit.score) for hit in search(index, "gobierno medidas").hits] == first
        assert len(reads) == read  # the same postings, from memory
