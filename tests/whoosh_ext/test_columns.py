"""Tests for search.whoosh_ext.columns: whole columns read once, and kept by segment."""

import pickle

import pytest
from whoosh import index as whoosh_index
from whoosh.columns import NumericColumn
from whoosh.fields import COLUMN, ID, TEXT, Schema

from search.text.pairs import SIGNATURE_BYTES, SIGNATURE_FIELD, SIGNATURE_SCHEME
from search.whoosh_ext import columns
from search.whoosh_ext.columns import SignatureColumn, fixed_bytes_column, numeric_column

DOCS = 40
WITH_VALUES = 30  # the last documents have no value: Whoosh stops writing the column there


def write(folder, docs=DOCS):
    schema = Schema(text=TEXT(), doc=ID(), n=COLUMN(NumericColumn("I", default=7)),
                    big=COLUMN(NumericColumn("q")), sig=COLUMN(SignatureColumn(4, 3)))
    ix = whoosh_index.create_in(folder, schema)
    with ix.writer() as writer:
        for number in range(docs):
            fields = {"text": f"nota {number}", "doc": f"d{number}"}
            if number < WITH_VALUES:
                fields.update(n=number * 1000, big=-(2 ** 40) - number, sig=bytes([number, 1, 2, 255]))
            writer.add_document(**fields)
    return ix


@pytest.fixture
def leaf(tmp_path):
    with write(tmp_path).reader() as reader:
        yield reader


def test_a_fixed_bytes_column_is_whooshs_values_in_one_piece(leaf):
    data, width = fixed_bytes_column(leaf, "sig")
    assert width == 4 and len(data) == WITH_VALUES * 4
    whoosh = leaf.column_reader("sig")
    for doc in range(WITH_VALUES):
        assert data[doc * width:(doc + 1) * width] == whoosh[doc] == bytes([doc, 1, 2, 255])
    assert whoosh[DOCS - 1] == bytes(4)  # past the end of data: the default, zeros


@pytest.mark.parametrize("fieldname", ["n", "big"])
def test_a_numeric_column_has_whooshs_number_for_every_document(leaf, fieldname):
    found = numeric_column(leaf, fieldname)
    whoosh = leaf.column_reader(fieldname)
    assert len(found) == DOCS and list(found) == [whoosh[doc] for doc in range(DOCS)]


def test_numbers_past_the_last_value_take_the_columns_default(leaf):
    found = numeric_column(leaf, "n")
    assert found[WITH_VALUES - 1] == (WITH_VALUES - 1) * 1000 and list(found[WITH_VALUES:]) == [7] * 10
    assert numeric_column(leaf, "big")[0] == -(2 ** 40)  # signed, eight bytes, big-endian on disk


@pytest.mark.parametrize("fieldname", ["text", "doc", "nada"])
def test_a_field_that_is_no_fixed_column_gives_none(leaf, fieldname):
    assert fixed_bytes_column(leaf, fieldname) is None and numeric_column(leaf, fieldname) is None


def test_a_column_is_read_once_per_segment(leaf, monkeypatch):
    first = numeric_column(leaf, "n")
    monkeypatch.setattr(columns, "_raw_bytes", lambda raw: pytest.fail("read again"))
    assert numeric_column(leaf, "n") is first


def test_a_new_segment_is_read_anew(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    with write(tmp_path / "a").reader() as one, write(tmp_path / "b", docs=3).reader() as other:
        assert len(numeric_column(one, "n")) == DOCS and len(numeric_column(other, "n")) == 3


def test_only_the_latest_segments_are_kept(tmp_path, monkeypatch):
    monkeypatch.setattr(columns, "KEPT_SEGMENTS", 1)
    monkeypatch.setattr(columns, "_kept", type(columns._kept)())
    for number in range(5):
        (tmp_path / str(number)).mkdir()
        with write(tmp_path / str(number), docs=2).reader() as leaf:
            numeric_column(leaf, "n")
            numeric_column(leaf, "big")
            fixed_bytes_column(leaf, "sig")
            numeric_column(leaf, "n")
    assert len(columns._kept) == 3  # three columns of the one latest segment
    assert {fieldname for _, fieldname in columns._kept} == {"n", "big", "sig"}


def test_a_signature_column_pickles_its_width_and_scheme():
    column = pickle.loads(pickle.dumps(SignatureColumn(SIGNATURE_BYTES, SIGNATURE_SCHEME)))
    assert (column.size, column.scheme, column._fixedlen) == (SIGNATURE_BYTES, SIGNATURE_SCHEME,
                                                             SIGNATURE_BYTES)


def test_the_seed_indexs_signatures(seed):
    """The shipped schema's pair signatures, read whole, are what Whoosh reads one by one."""
    for leaf, _ in seed.searcher().reader().leaf_readers():
        data, width = fixed_bytes_column(leaf, SIGNATURE_FIELD)
        whoosh = leaf.column_reader(SIGNATURE_FIELD)
        assert width == SIGNATURE_BYTES
        assert [data[d * width:(d + 1) * width] for d in range(leaf.doc_count_all())] == \
            [whoosh[d] for d in range(leaf.doc_count_all())]
        assert list(numeric_column(leaf, "paragraph")) == \
            [leaf.column_reader("paragraph")[d] for d in range(leaf.doc_count_all())]

