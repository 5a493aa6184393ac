"""Files of a mapped compound segment are read in place, and read as Whoosh reads them."""

import pickle

import pytest

from search.whoosh_ext.mapping import MappedBufferFile, ViewFile


def test_a_view_file_reads_seeks_and_unpickles_like_a_file():
    data = b"abc\ndef\n" + pickle.dumps((1, 2.5, "ñ"), 2) + b"tail"
    view = ViewFile(memoryview(data))
    assert view.read(2) == b"ab" and view.readline() == b"c\n" and view.tell() == 4
    assert view.seek(8) == 8 and pickle.load(view) == (1, 2.5, "ñ")
    assert view.read() == b"tail" and view.read(5) == b""
    assert view.seek(-4, 2) == len(data) - 4 and view.read(10) == b"tail"


def test_segments_open_in_place(seed_searcher):
    leaf = seed_searcher.reader().leaf_readers()[0][0] if not seed_searcher.is_atomic() \
        else seed_searcher.reader()
    postfile = leaf._terms._postfile
    if not isinstance(postfile, MappedBufferFile):
        pytest.skip("the seed segment is not a mapped compound file")
    assert isinstance(postfile.file, ViewFile)
    assert seed_searcher.doc_frequency("text", "chin") > 0
    assert list(leaf.postings("text", "chin").all_ids())
