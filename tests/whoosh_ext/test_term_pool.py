"""The term pool gives Whoosh's sorted postings, whatever runs it spilled and in whatever order they came."""

import pytest
from whoosh.fields import ID, TEXT, Schema
from whoosh.filedb.filestore import FileStorage
from whoosh.formats import Existence

from search.whoosh_ext.term_pool import TermPool


def _schema():
    return Schema(body=TEXT(), name=ID())


def _whoosh_posting(schema, fieldname, term, docnum, freq):
    """The posting Whoosh's own add_document makes of a counted term (indexing.field_counts)."""
    if type(schema[fieldname].format) is Existence:
        return fieldname, term.encode(), docnum, 1.0, b""
    return fieldname, term.encode(), docnum, float(freq), freq.to_bytes(4, "big")


def _documents(count):
    """count documents' counts of two fields: words in all, in some, one in each, frequencies past 255."""
    return [{"body": {"comun": 1 + number % 3, f"w{number % 7}": 1, f"solo{number}": 1, "mucho": 250 + number % 10},
             "name": {f"n{number % 2}": 1}} for number in range(count)]


@pytest.mark.parametrize(("count", "limit"), [(1, 10**9), (300, 10**9), (300, 5_000), (300, 400), (1_000, 40_000)],
                         ids=["one", "in-memory", "runs", "a-run-a-document", "many-runs"])
def test_counted_postings_come_out_sorted_as_whoosh_s_pool_gives_them(tmp_path, count, limit):
    schema = _schema()
    pool = TermPool(FileStorage(str(tmp_path)), schema)
    pool.limit = limit
    expected = []
    for docnum, fields in enumerate(_documents(count)):
        for fieldname, counts in fields.items():
            pool.add_counts(fieldname, counts, docnum)
            expected += [_whoosh_posting(schema, fieldname, term, docnum, freq) for term, freq in counts.items()]
    assert (len(pool.runs) > 1) is (limit < 10**6 and count > 1)
    assert list(pool.iter_postings()) == sorted(expected)
    assert not list(tmp_path.glob("*.run"))  # the runs are deleted once read


@pytest.mark.parametrize("limit", [10**9, 3_000], ids=["in-memory", "runs"])
def test_whoosh_s_own_postings_join_a_counted_term(tmp_path, limit):
    """Postings added one by one (Whoosh's add_document for a list value) beside counted ones, of the same term."""
    schema = _schema()
    pool = TermPool(FileStorage(str(tmp_path)), schema)
    pool.limit = limit
    expected = []
    for docnum in range(200):
        if docnum % 3:
            pool.add_counts("body", {"tema": docnum % 4 + 1, f"t{docnum % 9}": 1}, docnum)
            expected += [_whoosh_posting(schema, "body", "tema", docnum, docnum % 4 + 1),
                         _whoosh_posting(schema, "body", f"t{docnum % 9}", docnum, 1)]
        else:
            for item in [("body", b"tema", docnum, 2.0, b"\x00\x00\x00\x02"), ("name", b"x", docnum, 1.0, b"")]:
                pool.add(item)
                expected.append(item)
    assert list(pool.iter_postings()) == sorted(expected)


@pytest.mark.parametrize("limit", [10**9, 2_000], ids=["in-memory", "runs"])
def test_postings_out_of_document_order_are_sorted_by_term(tmp_path, limit):
    """A term at a time, as SegmentWriter.add_reader adds a segment's postings, then documents after."""
    schema = _schema()
    pool = TermPool(FileStorage(str(tmp_path)), schema)
    pool.limit = limit
    expected = []
    for term in ("b", "a", "c"):
        for docnum in range(50):
            item = ("body", term.encode(), docnum, float(docnum % 3 + 1), (docnum % 3 + 1).to_bytes(4, "big"))
            pool.add(item)
            expected.append(item)
    for docnum in range(50, 80):
        pool.add_counts("body", {"a": 2, "z": 1}, docnum)
        expected += [_whoosh_posting(schema, "body", "a", docnum, 2), _whoosh_posting(schema, "body", "z", docnum, 1)]
    pool.add_counts("body", {"a": 1}, 10)  # a document number again, before the last
    expected.append(_whoosh_posting(schema, "body", "a", 10, 1))
    assert list(pool.iter_postings()) == sorted(expected)


def test_iter_terms_gives_each_term_once_with_its_postings_in_order(tmp_path):
    pool = TermPool(FileStorage(str(tmp_path)), _schema())
    pool.limit = 500
    for docnum in range(40):
        pool.add_counts("body", {"uno": docnum % 2 + 1, "dos": 1}, docnum)
    terms = [(fieldname, term, list(postings)) for fieldname, term, postings in pool.iter_terms()]
    assert [term for _, term, _ in terms] == [b"dos", b"uno"]
    assert terms[1][2] == [value for docnum in range(40) for value in (docnum, docnum % 2 + 1)]


def test_fieldnames_and_cleanup(tmp_path):
    pool = TermPool(FileStorage(str(tmp_path)), _schema())
    pool.limit = 100
    pool.add_counts("body", {}, 0)
    assert pool.fieldnames == set()
    for docnum in range(5):
        pool.add_counts("body", {"uno": 1}, docnum)
    assert pool.fieldnames == {"body"} and pool.runs and list(tmp_path.glob("*.run"))
    pool.cleanup()
    assert not pool.runs and not list(tmp_path.glob("*.run"))
