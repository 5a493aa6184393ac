"""Postings written a term at a time: Whoosh's blocks and term infos, byte for byte."""

import numpy as np
import pytest
from whoosh import index as whoosh_index
from whoosh.codec.base import OutOfOrderError
from whoosh.fields import ID, KEYWORD, TEXT, Schema
from whoosh.writing import SegmentWriter

from search.storage.adding import whoosh_fields
from search.storage.schema import paragraph_schema
from search.whoosh_ext import segments
from search.whoosh_ext.term_writing import can_write, write_terms
from search.whoosh_ext.writing import LengthCachingWriter
from tests.whoosh_ext.test_indexing import RECORDS, segment_digests


class WhooshWriting(LengthCachingWriter):
    """The same writer, its postings written by Whoosh's own _flush_segment."""

    _flush_segment = SegmentWriter._flush_segment


def _schema():
    return Schema(body=TEXT(), tags=KEYWORD(scorable=False), name=ID())


def _segment_files(directory, writer_class, documents):
    directory.mkdir()
    ix = whoosh_index.create_in(str(directory), _schema())
    writer = writer_class(ix)
    for fields in documents:
        writer.add_document(**fields)
    writer.commit()
    (segment,) = ix._segments()
    files = segment_digests(ix, segment)
    ix.close()
    return files


def _documents(count):
    """count documents: a word in all (blocks of 128 and a remainder), words in some, lengths from 1 to 400."""
    return [{"body": " ".join(["comun"] + [f"w{number % 7}"] * (number % 5) + ["largo"] * (number % 400)
                              + [f"solo{number}"]),
             "tags": f"t{number % 3} t{number % 11}", "name": f"n{number % 2}"} for number in range(count)]


@pytest.mark.parametrize("count", [1, 127, 128, 129, 256, 300, 1000])
def test_the_segment_is_whoosh_s_byte_for_byte(tmp_path, count):
    """A term's postings fill a block (128), pass it by one, fill two, and many; lengths
    from none to hundreds; an unscored field and a field of Existence."""
    documents = _documents(count)
    assert _segment_files(tmp_path / "term", LengthCachingWriter, documents) == \
        _segment_files(tmp_path / "whoosh", WhooshWriting, documents)


class Recorder:
    """A field writer that says what it is told (for the order checks)."""

    def __init__(self):
        self.calls = []

    def __getattr__(self, name):
        return lambda *args: self.calls.append((name, *args))


@pytest.mark.parametrize("terms", [
    [("b", b"x"), ("a", b"x")],  # a field before the last
    [("a", b"y"), ("a", b"x")],  # a term before the last
    [("a", b"x"), ("a", b"x")],  # the same term twice in a row
    [("a", b"x"), ("a", b"y"), ("a", b"x")],  # a term again
])
def test_terms_out_of_order_are_refused(tmp_path, terms):
    ix = whoosh_index.create_in(str(tmp_path), Schema(a=TEXT(), b=TEXT()))
    writer = LengthCachingWriter(ix)
    writer.perdocwriter.close()
    perdoc = writer.per_document_reader()
    with pytest.raises(OutOfOrderError):
        write_terms(writer.fieldwriter, ix.schema, perdoc,
                    iter([(fieldname, term, [(docnum, 1.0, b"")]) for docnum, (fieldname, term) in enumerate(terms)]))
    perdoc.close()
    writer.cancel()


def test_can_write_only_whoosh_s_w3_field_writer(tmp_path):
    ix = whoosh_index.create_in(str(tmp_path), _schema())
    writer = LengthCachingWriter(ix)
    writer.perdocwriter.close()
    perdoc = writer.per_document_reader()
    assert can_write(writer.fieldwriter, perdoc)
    assert not can_write(writer.fieldwriter, None)
    assert not can_write(Recorder(), perdoc)
    perdoc.close()
    writer.cancel()


@pytest.mark.parametrize("count", [1, 129, 300])
@pytest.mark.parametrize("schema", ["small", "paragraphs"])
def test_the_postings_written_are_those_read_back(tmp_path, count, schema):
    """What the writer hands the posting cache is what segments.field_postings reads back:
    every indexed field, its terms, starts, documents and weights, dtypes included."""
    if schema == "small":
        ix = whoosh_index.create_in(str(tmp_path), _schema())
        documents = _documents(count)
    else:
        ix = whoosh_index.create_in(str(tmp_path), paragraph_schema())
        names = set(ix.schema.names())
        documents = [whoosh_fields(record, docno, names) for docno, record in enumerate((RECORDS * 40)[:count], 1)]
    writer = LengthCachingWriter(ix)
    writer.pool.limit = 20_000  # a few runs
    for fields in documents:
        writer.add_document(**fields)
    writer.commit()
    written = writer.written_postings
    with ix.reader() as leaf:
        assert set(written) == set(leaf.indexed_field_names())
        for fieldname, found in written.items():
            read = segments.field_postings(leaf, fieldname)
            assert found.terms == read.terms
            for name in ("starts", "docs", "weights"):
                assert getattr(found, name).dtype == getattr(read, name).dtype
                assert np.array_equal(getattr(found, name), getattr(read, name)), (fieldname, name)
    ix.close()


def test_whoosh_s_own_writing_hands_over_no_postings(tmp_path):
    ix = whoosh_index.create_in(str(tmp_path), _schema())
    writer = WhooshWriting(ix)
    writer.add_document(body="uno dos", tags="t", name="n")
    writer.commit()
    assert writer.written_postings is None
    ix.close()
