"""Shared by the ranking tests of trial 12: an index of a few named texts among filler, and
both ways a query is scored (the posting cache, and Whoosh's matchers), which must agree."""

import pytest

from search.retrieval import columnar
from search.retrieval.ranking import weighting
from search.retrieval.reader import open_index
from search.storage.build import build_index


def open_texts(folder, texts, filler):
    """Build an index of one file per named text ({name: text}) and a file of filler
    paragraphs in folder, and return it open (a context manager)."""
    for name, text in texts.items():
        (folder / f"{name}.txt").write_text(text + "\n")
    (folder / "filler.txt").write_text("\n".join(filler) + "\n")
    build_index([folder], folder / "ix")
    return open_index(folder / "ix", weighting())


@pytest.fixture(params=["columnar", "whoosh"])
def search_path(request, monkeypatch):
    """Score on the posting cache, then on Whoosh's own matchers."""
    if request.param == "whoosh":
        monkeypatch.setattr(columnar, "postings_for", lambda searcher: None)
    return request.param
