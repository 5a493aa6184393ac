"""A segment's postings pooled a term at a time, in document order, instead of sorted.

Whoosh's PostingPool keeps one tuple a posting, sorts them in runs of its memory limit,
writes each run to disk and merges the runs (heapq) when the segment is written: in a
build, a tenth of the CPU went to that sort, the runs' marshalling and their merge. A
writer adds its documents in increasing document number, so a term's postings, kept
together, are already in the order the sort would give them; only the terms need sorting
(about 70 postings a term here). TermPool keeps, for each (field, term), its document
numbers and frequencies in one array('I') (a counted field's postings: indexing.py), or
Whoosh's (docnum, weight, value) tuples for any other posting, and spills its terms to a
sorted run when its estimated size passes the limit, as Whoosh's pool does; the runs of a
term are joined in the order they were written, which is their documents' order. When a
posting comes out of document order (SegmentWriter.add_reader adds a term at a time), the
terms are sorted a term at a time before they are written, as Whoosh's sort would.

A run is listed in `runs` before a byte of it is written and leaves the list only once
deleted, so cleanup() deletes a run the disk had no room for, or one a stopped merge left:
the build's workers share one temporary folder and never call Whoosh's cancel().
"""

import marshal
from array import array
from heapq import merge
from itertools import groupby, islice
from operator import itemgetter

from whoosh.formats import Existence
from whoosh.system import emptybytes, pack_uint
from whoosh.util import random_name

RUN_BLOCK = 4096  # items (terms, or Whoosh's postings) marshalled together in a run
TERM_OVERHEAD = 360  # a new term's key tuple, its bytes, its dict slot and array, in bytes
COUNTED_SIZE = 8  # a counted posting: its document number and frequency, two unsigned ints
OTHER_OVERHEAD = 150  # Whoosh's estimate of a posting tuple less its term and value (PostingPool.add)
_KEY = itemgetter(0, 1)
_PACKED = tuple(pack_uint(freq) for freq in range(256))  # a frequency's value bytes, most of them


def packed(freq):
    """Return a frequency's value bytes in a Frequency format's posting: 4 bytes, big-endian (Whoosh's pack_uint)."""
    return _PACKED[freq] if freq < 256 else pack_uint(freq)


def write_run(f, items):
    """Write `items` (marshal's types: tuples, bytes, numbers, lists) to the run file f, a
    block of RUN_BLOCK items a marshal call, and close f (also when a write fails).

    One call a block, not a pickle an item as Whoosh's PostingPool: a sixth of the time.
    Runs are this process's temporary files, so marshal's format, tied to the Python
    version, is never read by another one.
    """
    items = iter(items)
    try:
        while block := list(islice(items, RUN_BLOCK)):
            marshal.dump(block, f)
    finally:
        f.close()


def read_run(f):
    """Yield the items write_run wrote to the run file f, in order; close f when done or stopped."""
    try:
        while True:
            try:
                block = marshal.load(f)
            except EOFError:
                return
            yield from block
    finally:
        f.close()


class TermPool:
    """Whoosh's PostingPool's interface (add, iter_postings, cleanup, fieldnames, limit),
    its postings kept a term at a time; add_counts adds a counted field's postings at once.

    `schema` says which fields keep an Existence format (weight 1.0 and no value bytes);
    the other counted fields keep a Frequency's (weight the frequency, value its 4 packed
    bytes). Runs go to `tempstore` (the writer's temporary storage), as Whoosh's do.
    """

    def __init__(self, tempstore, schema, limitmb=128):
        self.tempstore = tempstore
        self.limit = limitmb * 1024 * 1024
        self.currentsize = 0
        self.fieldnames = set()
        self.runs = []
        self._existence = {name for name, field in schema.items() if type(field.format) is Existence}
        self._terms = {}  # (fieldname, term bytes) -> array('I') of docnum, freq, ... or [(docnum, weight, value)]
        self._lastdoc = -1  # the largest document number added
        # the largest in the runs: a posting at or below it may come before one of its term's in a run
        self._spilled = -1
        self._unordered = False  # a posting came before another of its term: sort each term's

    def add_counts(self, fieldname, counts, docnum):
        """Add one document's postings of a counted field: `counts`, {term str: frequency}."""
        if not counts:
            return
        if docnum < self._lastdoc:
            self._unordered = True
        self._lastdoc = docnum
        self.fieldnames.add(fieldname)
        terms, size = self._terms, COUNTED_SIZE * len(counts)
        for term, freq in counts.items():
            key = (fieldname, term.encode("utf-8"))
            postings = terms.get(key)
            if postings is None:
                terms[key] = array("I", (docnum, freq))
                size += TERM_OVERHEAD + 2 * len(key[1])
            elif type(postings) is array:
                postings.append(docnum)
                postings.append(freq)
            else:  # a term with postings of Whoosh's own: this one joins them as a tuple, of a tuple's size
                postings.append(self._posting(fieldname, docnum, freq))
                size += OTHER_OVERHEAD
        self._grow(size)

    def add(self, item):
        """Add (fieldname, term bytes, docnum, weight, value bytes or None), as Whoosh's PostingPool.add."""
        fieldname, tbytes, docnum, weight, vbytes = item
        self.fieldnames.add(fieldname)
        key = (fieldname, tbytes)
        postings = self._terms.get(key)
        size = OTHER_OVERHEAD + len(fieldname) + 2 * len(tbytes) + len(vbytes or "")
        if postings is None:
            postings = self._terms[key] = []
            size += TERM_OVERHEAD
        elif type(postings) is array:  # a counted term: its postings become tuples, of a tuple's size each
            size += (OTHER_OVERHEAD - COUNTED_SIZE) * (len(postings) // 2)
            postings = self._terms[key] = self._tuples(fieldname, postings)
        if docnum <= self._spilled or (postings and postings[-1][0] >= docnum):
            self._unordered = True
        self._lastdoc = max(self._lastdoc, docnum)
        postings.append((docnum, weight, vbytes))
        self._grow(size)

    def _grow(self, size):
        self.currentsize += size
        if self.currentsize > self.limit:
            self.save()

    def _posting(self, fieldname, docnum, freq):
        """Return a counted posting as Whoosh's (docnum, weight, value bytes) (indexing.field_counts)."""
        if fieldname in self._existence:
            return docnum, 1.0, emptybytes
        return docnum, float(freq), packed(freq)

    def _tuples(self, fieldname, postings):
        return [self._posting(fieldname, docnum, freq) for docnum, freq in zip(postings[::2], postings[1::2])]

    def save(self):
        """Write the pool's terms to a sorted run and empty it."""
        if not self._terms:
            return
        path = f"{random_name()}.run"
        self.runs.append(path)  # first: a run the disk has no room for is deleted all the same
        try:
            write_run(self.tempstore.create_file(path).raw_file(),
                      ((fieldname, tbytes, postings.tobytes() if type(postings) is array else postings)
                       for (fieldname, tbytes), postings in sorted(self._terms.items())))
        except BaseException:
            self._delete(path)
            raise
        self._terms = {}
        self._spilled = self._lastdoc
        self.currentsize = 0

    def _read_run(self, path):
        try:
            for fieldname, tbytes, postings in read_run(self.tempstore.open_file(path).raw_file()):
                yield fieldname, tbytes, array("I", postings) if type(postings) is bytes else postings
        finally:
            self._delete(path)

    def _delete(self, path):
        """Delete a run and take it off `runs`; a run that can't be deleted stays listed for cleanup()."""
        try:
            self.tempstore.delete_file(path)
        except OSError:
            if self.tempstore.file_exists(path):
                return
        if path in self.runs:  # cleanup() may have deleted it first, the merge stopped
            self.runs.remove(path)

    def iter_terms(self):
        """Yield (fieldname, term bytes, postings) sorted by field and term, each term once.

        postings: an array('I') of docnum, frequency, docnum, frequency..., or a list of
        (docnum, weight, value bytes); either in increasing document number (weight, value).
        """
        if self.runs:
            self.save()
            # each run leaves self.runs once read and deleted: cleanup() deletes those a stopped merge left;
            # equal keys come from the earlier runs first
            terms = self._joined(merge(*map(self._read_run, list(self.runs)), key=_KEY))
        else:
            terms = self._popped()
        if not self._unordered:
            yield from terms
            return
        for fieldname, tbytes, postings in terms:
            if type(postings) is array:
                postings = self._tuples(fieldname, postings)
            yield fieldname, tbytes, sorted(postings)

    def _popped(self):
        """Yield the pool's terms sorted, each taken out of the pool as it is given: a term's
        postings are freed once written, not when the last term is (the segment's copy of
        them, LengthCachingWriter.written_postings, grows meanwhile)."""
        held, self._terms = self._terms, {}
        for key in sorted(held):
            yield *key, held.pop(key)

    def _joined(self, parts):
        """Join the runs' parts of each term, in the runs' order (the documents')."""
        for (fieldname, tbytes), group in groupby(parts, _KEY):
            first, *rest = [postings for _, _, postings in group]
            if not rest:
                yield fieldname, tbytes, first
            elif type(first) is array and all(type(postings) is array for postings in rest):
                for postings in rest:
                    first.extend(postings)
                yield fieldname, tbytes, first
            else:
                joined = []
                for postings in (first, *rest):
                    joined.extend(self._tuples(fieldname, postings) if type(postings) is array else postings)
                yield fieldname, tbytes, joined

    def iter_postings(self):
        """Yield (fieldname, term bytes, docnum, weight, value bytes) sorted, as Whoosh's pool does."""
        for fieldname, tbytes, postings in self.iter_terms():
            if type(postings) is array:
                postings = self._tuples(fieldname, postings)
            for docnum, weight, vbytes in postings:
                yield fieldname, tbytes, docnum, weight, vbytes

    def cleanup(self):
        """Delete the runs left on disk (a cancelled writer's)."""
        for path in list(self.runs):
            try:
                self.tempstore.delete_file(path)
            except OSError:
                pass
        self.runs = []
