"""A try of FileIndex.reader that fails closes the segment readers it opened (reader_retries.py)."""

import gc
import warnings

import pytest
from whoosh.fields import TEXT, Schema
from whoosh.filedb.filestore import FileStorage
from whoosh.reading import SegmentReader

from search import whoosh_ext


@pytest.fixture()
def two_segments(tmp_path):
    whoosh_ext.install()
    # not mapped, as Hemeroteca opens segments (whoosh_ext): a segment reader holds its file open
    ix = FileStorage(str(tmp_path), supports_mmap=False).create_index(Schema(body=TEXT()))
    for body in ("primer segmento", "segundo segmento"):
        with ix.writer() as writer:
            writer.add_document(body=body)
            writer.merge = False  # a segment a commit
    assert len(ix._segments()) == 2
    return ix


def test_a_failed_try_closes_what_it_opened_and_the_retry_reads(two_segments, monkeypatch):
    opened = SegmentReader.__init__
    tries = []

    def second_one_gone(self, *args, **kwargs):  # a writer removes the second segment's file once
        tries.append(self)
        if len(tries) == 2:
            raise FileNotFoundError("a writer removed it just now")
        opened(self, *args, **kwargs)

    monkeypatch.setattr(SegmentReader, "__init__", second_one_gone)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        with two_segments.reader() as reader:
            assert reader.doc_count() == 2  # the retry read both
        del reader
        gc.collect()  # what the failed try left would be closed here, with a warning
    assert len(tries) == 4
    assert [str(warning.message) for warning in caught if warning.category is ResourceWarning] == []


def test_an_error_that_is_not_a_missing_file_goes_by_unchanged(two_segments, monkeypatch):
    def broken(self, *args, **kwargs):
        raise ValueError("not an IOError: no retry")

    monkeypatch.setattr(SegmentReader, "__init__", broken)
    with pytest.raises(ValueError, match="no retry"):
        two_segments.reader()
