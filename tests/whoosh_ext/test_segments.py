"""Tests for search.whoosh_ext.segments: a segment's postings, lengths and columns read whole.

Each reading is checked against Whoosh's own, on segments written by Whoosh: inlined
postings (a term in one document), many blocks (a term in more than 128), columns that
stop before the last document, deletions, compound and separate files.
"""

import random
import shutil

import numpy as np
import pytest
from whoosh import index as whoosh_index
from whoosh.columns import NumericColumn
from whoosh.fields import COLUMN, ID, TEXT, Schema
from whoosh.filedb.filestore import RamStorage
from whoosh.util.numeric import byte_to_length

from search.whoosh_ext import segments

DOCS = 300  # "común" is in all of them: three blocks of postings


def write(folder, compound=True, docs=DOCS, delete=()):
    """Write a Whoosh index of `docs` documents into folder; return it, opened."""
    schema = Schema(text=TEXT(), doc=ID(), n=COLUMN(NumericColumn("I", default=7)))
    ix = whoosh_index.create_in(folder, schema)
    writer = ix.writer(compound=compound)
    for number in range(docs):
        words = "común " + f"palabra{number} " + "repetida " * (number % 4) + ("rara" if number == 5 else "")
        fields = {"text": words, "doc": f"d{number}"}
        if number < docs - 10:
            fields["n"] = number * 3
        writer.add_document(**fields)
    writer.commit()
    if delete:
        writer = ix.writer()
        for number in delete:
            writer.delete_by_term("doc", f"d{number}")
        writer.commit(merge=False)
    return ix


@pytest.fixture(scope="module", params=[True, False], ids=["compound", "separate"])
def ix(request, tmp_path_factory):
    return write(tmp_path_factory.mktemp("segment"), compound=request.param, delete=(3, 150))


@pytest.fixture
def leaf(ix):
    with ix.reader() as reader:
        yield reader


def test_field_postings_are_whooshs_postings(leaf):
    found = segments.field_postings(leaf, "text")
    assert found.terms == sorted(found.terms) == list(leaf.lexicon("text"))
    assert len(found.starts) == len(found.terms) + 1 and found.starts[-1] == len(found.docs)
    assert found.docs.dtype == np.int32 and found.weights.dtype == np.float32
    for ordinal, term in enumerate(found.terms):
        matcher = leaf.postings("text", term)
        ids, weights = [], []
        while matcher.is_active():
            ids.append(matcher.id())
            weights.append(matcher.weight())
            matcher.next()
        start, end = found.starts[ordinal], found.starts[ordinal + 1]
        live = [(int(doc), float(weight)) for doc, weight in
                zip(found.docs[start:end], found.weights[start:end]) if not leaf.is_deleted(doc)]
        assert live == list(zip(ids, weights)), term  # Whoosh's matcher skips the deleted


@pytest.mark.parametrize("term, count", [
    ("común", DOCS),  # several blocks
    ("rara", 1),  # inlined in the term info
    ("repetida", DOCS * 3 // 4),
])
def test_a_terms_postings(leaf, term, count):
    found = segments.field_postings(leaf, "text")
    ordinal = found.terms.index(term.encode("utf-8"))
    docs = found.docs[found.starts[ordinal]:found.starts[ordinal + 1]]
    assert len(docs) == count and list(docs) == sorted(docs)  # deleted documents keep their postings


def test_a_field_with_no_postings_is_empty(leaf):
    found = segments.field_postings(leaf, "nada")
    assert found.terms == [] and found.starts.tolist() == [0] and len(found.docs) == 0


def test_damaged_postings_raise_value_error(tmp_path):
    (tmp_path / "ix").mkdir()
    write(tmp_path / "ix", compound=False)
    [postings] = (tmp_path / "ix").glob("*.pst")
    raw = bytearray(postings.read_bytes())
    rng = random.Random(1)
    for place in range(len(raw) // 3, len(raw) // 2):
        raw[place] = rng.randrange(256)
    postings.write_bytes(bytes(raw))
    with whoosh_index.open_dir(tmp_path / "ix").reader() as leaf, \
            pytest.raises(ValueError, match="unreadable postings in field 'text'"):
        segments.field_postings(leaf, "text")


def test_numeric_column_has_a_value_for_every_document(leaf):
    found = segments.numeric_column(leaf, "n", np.uint32)
    assert len(found) == DOCS and found.dtype == np.uint32
    assert found[:DOCS - 10].tolist() == [number * 3 for number in range(DOCS - 10)]
    assert found[DOCS - 10:].tolist() == [0] * 10  # past Whoosh's last value: the default asked for
    assert segments.numeric_column(leaf, "n", np.int64, default=-1)[-1] == -1


def test_numeric_column_of_a_missing_column_is_none(leaf):
    assert segments.numeric_column(leaf, "nada", np.uint32) is None


def test_length_bytes_are_whooshs_field_lengths(leaf):
    lengths = segments.length_bytes(leaf, "text")
    assert lengths.dtype == np.uint8 and len(lengths) == DOCS
    for doc in range(DOCS):
        assert byte_to_length(int(lengths[doc])) == leaf.doc_field_length(doc, "text")


def test_length_bytes_of_a_field_without_lengths_are_zeros(leaf):
    assert segments.length_bytes(leaf, "doc").tolist() == [0] * DOCS


def test_deleted_docs_are_sorted_int32(leaf):
    found = segments.deleted_docs(leaf)
    assert found.dtype == np.int32 and found.tolist() == [3, 150]


def test_a_segment_without_deletions(tmp_path):
    with write(tmp_path, docs=5).reader() as leaf:
        assert segments.deleted_docs(leaf).tolist() == []


def test_segment_folder_is_the_index_folder(ix, leaf):
    assert segments.segment_folder(leaf) == ix.storage.folder


def test_an_index_in_memory_has_no_folder():
    """Not "": the posting cache would be written into the current directory."""
    ix = RamStorage().create_index(Schema(text=TEXT()))
    with ix.writer() as writer:
        writer.add_document(text="hola")
    with ix.reader() as leaf:
        assert segments.segment_folder(leaf) is None


def test_open_segment_reads_one_segment_of_several(tmp_path):
    ix = write(tmp_path, docs=4)
    with ix.writer() as writer:
        writer.add_document(text="segundo segmento", doc="x")
        writer.mergetype = None
    with ix.reader() as reader:
        leaves = [leaf for leaf, _ in reader.leaf_readers()]
    assert len(leaves) == 2
    for segment, expected in zip(ix._segments(), (4, 1)):
        with segments.open_segment(ix, segment) as leaf:
            assert leaf.doc_count_all() == expected


def test_a_copy_of_the_index_reads_alike(ix, tmp_path):
    """Nothing is kept by path: a copy of the files gives the same arrays."""
    shutil.copytree(ix.storage.folder, tmp_path / "copia")
    with ix.reader() as leaf, whoosh_index.open_dir(tmp_path / "copia").reader() as other:
        assert segments.field_postings(leaf, "text").docs.tolist() == \
            segments.field_postings(other, "text").docs.tolist()
