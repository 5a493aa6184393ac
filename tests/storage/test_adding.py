"""Tests for search.storage.adding: a file's documents written as they are read; a feed whose
reading fails midway keeps what was read, says so, and is read again at the next update."""

import errno
import json

from search.errors import UnreadableFile
from search.retrieval.reader import open_index
from search.retrieval.searching import search
from search.storage import adding
from search.storage.build import build_index
from search.storage.update import update_index


def found(index_dir, query):
    with open_index(index_dir) as index:
        return search(index, query, limit=100).total


def test_a_feed_whose_reading_fails_midway_keeps_what_was_read_and_is_read_again(tmp_path, monkeypatch):
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "feed.jsonl").write_text("".join(
        json.dumps({"id": f"r{n}", "text": f"Registro {n} sobre el cacao.", "doc": f"d{n}"}) + "\n" for n in range(6)))
    real = adding.iter_path

    def failing(path, root, warn, **options):
        for number, document in enumerate(real(path, root, warn, **options)):
            if number == 3:
                raise UnreadableFile(path, "no se puede leer (error de entrada/salida)") from OSError(errno.EIO, "")
            yield document

    monkeypatch.setattr(adding, "iter_path", failing)
    summary = build_index([folder], tmp_path / "ix")
    [(path, reason)] = summary.skipped
    assert reason == "no se puede leer (error de entrada/salida); se indexó lo leído antes (3 documentos)"
    assert summary.documents == 3 and found(tmp_path / "ix", "cacao") == 3
    monkeypatch.undo()
    summary = update_index([folder], tmp_path / "ix")  # the file is the same, but was read in part
    assert summary.updated == 1 and found(tmp_path / "ix", "cacao") == 6
    assert update_index([folder], tmp_path / "ix").unchanged == 1
