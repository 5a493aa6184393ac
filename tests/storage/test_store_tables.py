import sqlite3

import pytest

from search.errors import IndexNotFound
from search.retrieval.reader import open_index
from search.storage.build import build_index
from search.storage.generations import live_generation
from search.storage.store import RecordStore
from search.storage.store_tables import OutdatedStore


def test_a_store_from_before_updates_is_refused(tmp_path):
    path = tmp_path / "records.sqlite"
    old = sqlite3.connect(path)
    old.execute("CREATE TABLE docs (docno INTEGER PRIMARY KEY, doc TEXT NOT NULL UNIQUE)")
    old.close()
    with pytest.raises(OutdatedStore, match="versión anterior"):
        RecordStore(path)


def test_an_index_from_before_updates_says_rebuild(tmp_path, corpus):
    build_index([corpus], tmp_path / "ix")
    path = live_generation(tmp_path / "ix") / "records.sqlite"
    path.unlink()
    old = sqlite3.connect(path)
    old.execute("CREATE TABLE docs (docno INTEGER PRIMARY KEY, doc TEXT NOT NULL UNIQUE)")
    old.close()
    with pytest.raises(IndexNotFound, match="otra versión de Hemeroteca. Póngalo al día con «hemeroteca update"):
        open_index(tmp_path / "ix")
