"""The term pool gives Whoosh's sorted postings, whatever runs it spilled and in whatever order they came."""

import pytest
from whoosh.fields import ID, TEXT, Schema
from whoosh.filedb.filestore import FileStorage
from whoosh.formats import Existence

from search.whoosh_ext.term_pool import TermPool


def _schema():
    return Schema(body=TEXT(), name=ID())


def _pool(tmp_path, limit):
    """Return (schema, a TermPool over tmp_path that spills past `limit` bytes)."""
    schema = _schema()
    pool = TermPool(FileStorage(str(tmp_path)), schema)
    pool.limit = limit
    return schema, pool


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
    schema, pool = _pool(tmp_path, limit)
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
    schema, pool = _pool(tmp_path, limit)
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
    schema, pool = _pool(tmp_path, limit)
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


@pytest.mark.parametrize("first, then", [
    (range(10, 20), range(0, 5)),  # review34, 6: lower document numbers after a spill
    (range(10, 20), [19]),  # the same document again
    (range(10, 20), range(15, 25)),  # some lower, some higher
    (range(0, 10), range(10, 15)),  # in order: nothing to sort
], ids=["lower", "same", "overlapping", "in-order"])
@pytest.mark.parametrize("way", ["add", "add_counts"])
def test_postings_out_of_order_after_a_spill_are_sorted(tmp_path, first, then, way):
    """A term's postings spilled to a run, then an earlier document's: sorted as when all stay in memory."""
    schema = _schema()
    pool = TermPool(FileStorage(str(tmp_path)), schema)
    expected = []
    for numbers in (first, then):
        for docnum in numbers:
            if way == "add":
                item = ("body", b"tema", docnum, 1.0, b"\x00\x00\x00\x01")
                pool.add(item)
                expected.append(item)
            else:
                pool.add_counts("body", {"tema": 1}, docnum)
                expected.append(_whoosh_posting(schema, "body", "tema", docnum, 1))
        pool.save()
    assert len(pool.runs) == 2
    assert list(pool.iter_postings()) == sorted(expected)


class _FullDisk(FileStorage):
    """A temporary storage whose run files fill the disk after `room` bytes (ENOSPC), as the faults bench's."""

    def __init__(self, path, room):
        super().__init__(path)
        self.room = room

    def create_file(self, name, **kwargs):
        f = super().create_file(name, **kwargs)
        raw, storage = f.raw_file(), self

        class Filling:
            def write(self, data):
                if len(data) > storage.room:
                    raw.write(data[:storage.room])
                    raise OSError(28, "No space left on device")
                storage.room -= len(data)
                return raw.write(data)

            def close(self):
                raw.close()

        f.raw_file = Filling
        return f


@pytest.mark.parametrize("room", [0, 100, 10**9], ids=["no-room", "partial-run", "room"])
def test_a_run_that_fills_the_disk_is_deleted(tmp_path, room):
    """review34, 5: a run file is recorded before it is written, so a partial one (disk full) is deleted."""
    pool = TermPool(_FullDisk(str(tmp_path), room), _schema())
    for docnum in range(50):
        pool.add_counts("body", {f"w{docnum}": 1, "comun": 2}, docnum)
    if room < 10**9:
        with pytest.raises(OSError, match="No space"):
            pool.save()
    else:
        pool.save()
    assert bool(list(tmp_path.glob("*.run"))) is (room == 10**9)
    pool.cleanup()
    assert not pool.runs and not list(tmp_path.glob("*.run"))


@pytest.mark.parametrize("read", [0, 1, 3], ids=["none-read", "one-term", "some-terms"])
def test_runs_of_a_merge_that_stops_are_deleted_by_cleanup(tmp_path, read):
    """review34, 5: a merge stopped part-way (write_terms raised) leaves its runs to cleanup, not to the
    generators' finalization; each run leaves pool.runs only once deleted."""
    pool = TermPool(FileStorage(str(tmp_path)), _schema())
    pool.limit = 300
    for docnum in range(40):
        pool.add_counts("body", {f"w{docnum % 5}": 1, "comun": 1}, docnum)
    terms = pool.iter_terms()
    for _ in range(read):
        next(terms)
    assert pool.runs and sorted(pool.runs) == sorted(path.name for path in tmp_path.glob("*.run"))
    pool.cleanup()
    assert not pool.runs and not list(tmp_path.glob("*.run"))
    del terms


def test_a_term_s_arrays_are_freed_once_given(tmp_path):
    """review34, 8: in memory, iter_terms lets go of each term's postings once given, not at the last term."""
    import gc
    import weakref

    pool = TermPool(FileStorage(str(tmp_path)), _schema())
    for docnum in range(10):
        pool.add_counts("body", {"a": 1, "b": 2}, docnum)
    terms = pool.iter_terms()
    _, _, first = next(terms)
    watched = weakref.ref(first)
    del first
    _, _, second = next(terms)
    gc.collect()
    assert watched() is None and len(second) == 20  # an array('I') of docnum, frequency


@pytest.mark.parametrize("counted_first", [True, False], ids=["converted", "joined"])
def test_postings_held_as_tuples_are_counted_at_a_tuple_s_size(tmp_path, counted_first):
    """review34, 11: a counted term's postings turned into tuples, or joining them, count as tuples, not 8 bytes."""
    from search.whoosh_ext.term_pool import OTHER_OVERHEAD

    pool = TermPool(FileStorage(str(tmp_path)), _schema())
    numbers = range(0, 100) if counted_first else range(1, 101)
    if not counted_first:
        pool.add(("body", b"tema", 0, 1.0, b"\x00\x00\x00\x01"))
    for docnum in numbers:
        pool.add_counts("body", {"tema": 1}, docnum)
    if counted_first:
        pool.add(("body", b"tema", 100, 1.0, b"\x00\x00\x00\x01"))
    assert pool.currentsize >= 101 * OTHER_OVERHEAD
