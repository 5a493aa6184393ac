"""The extensions refuse a Whoosh release they weren't tested with, and indexes say which wrote them."""

import pytest
import whoosh.index

from search import whoosh_ext
from search.errors import IndexNotFound
from search.retrieval.reader import open_index
from search.storage.build import build_index


def test_the_installed_whoosh_is_the_tested_release():
    whoosh_ext.check_version()  # raises if the pin and the extensions disagree


@pytest.mark.parametrize("release", [(2, 7, 4), (2, 8, 0), (3, 0, 0)])
def test_another_release_is_refused_with_the_fix(release):
    with pytest.raises(whoosh_ext.UnsupportedWhoosh, match=r"instale whoosh-reloaded==2\.7\.5"):
        whoosh_ext.check_version(release)


def test_an_index_written_by_another_whoosh_says_so_in_one_line(tmp_path, corpus, monkeypatch):
    monkeypatch.setattr(whoosh.index, "__version__", (2, 7, 4))  # what the TOC records
    build_index([corpus], tmp_path / "ix", procs=1)
    monkeypatch.undo()
    with pytest.raises(IndexNotFound) as raised:
        open_index(tmp_path / "ix")
    message = str(raised.value)
    assert "lo escribió Whoosh 2.7.4" in message and "hemeroteca update --index" in message
    assert f"hemeroteca index {corpus} --index {tmp_path / 'ix'}" in message
    assert "\n" not in message
