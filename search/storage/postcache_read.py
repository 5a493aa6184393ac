"""Reading one segment's posting cache: term tables, postings, lengths and columns, on demand.

A fresh search needs a few terms of a few fields: reading every small section of both
segments' files when they are opened (15 MB at 165k paragraphs) was half the cost of
opening them. So a SegmentCache reads each section when a search first asks for it:
the small sections whole, the term tables and postings of the large fields
(postcache_file.LARGE_FIELDS) a slice at a time, and their term lookups are kept.

Each file was checked when it was opened (postcache_file.open_cache). A later read that
fails (the file was truncated or written in place since) opens the cache again through
`reload` (postcache.load_cache: checked again, or rebuilt from its segment, and the log
says so), and the read is made from it: facets, term counts and record places never see
the damage. Only with nothing to reload from (no segment reader left) does the read
raise DamagedCache.
"""

import threading
from bisect import bisect_left
from collections.abc import Mapping

import numpy as np

from search.storage.postcache_file import LARGE_FIELDS
from search.storage.postcache_layout import LAST_KEY, TermTable, prefix_key, split_postings, term_major_places
from search.storage.postcache_sections import DamagedCache, Loaded, read_parts
from search.storage.postcache_slices import key_range

SCORED_FIELDS = ("text", "title", "exact")  # the fields whose lengths BM25 needs
COLUMNS = (("docno", np.uint32), ("paragraph", np.uint32))
KEPT_LOOKUPS = 65536  # terms looked up, kept per field
# A large field's terms looked up from slices of the file before its term table is read
# whole: a fresh search looks up a few (each a few reads), a server thousands (each then
# a bisect in memory).
SLICED_LOOKUPS = 64
# A field of no more terms than this is looked up in a dictionary of all its terms, made on
# its first lookup: a title field has about 120 terms a segment, and most words a query asks
# of it are not there (a miss was a key computed and two binary searches in each segment).
ALL_TERMS_KEPT = 4096
PARTS = ("blob", "ends", "starts", "docs", "weights", "postings", "keys")


class SegmentCache:
    """The posting cache of one segment: fields, field lengths and columns, read as asked.

    `arrays` maps section names to arrays, Sections of `file` (postcache_file.open_cache)
    or Loaded arrays. `reload(problem)`, when set, returns this segment's SegmentCache
    opened again after a read failed with `problem` (see the module's docstring).
    """

    def __init__(self, segment_id, doc_count, arrays, file=None, reload=None):
        self.segment_id = segment_id
        self.doc_count = doc_count
        self.file = file  # the CacheFile the sections are read from; None: all in memory
        self.reload = reload
        self._sections = {name: array if hasattr(array, "read") else Loaded(array)
                          for name, array in arrays.items()}
        self._whole = {}
        self._lock = threading.Lock()
        # A field with lengths but no terms (titles all of stop words) has no postings to view.
        self.fields = {name: FieldCache(self, name)
                       for name in sorted(key.split(".")[0] for key in arrays if key.endswith(".blob"))}
        self.lengths = Sections(self, {name: f"{name}.lengths" for name in SCORED_FIELDS
                                       if f"{name}.lengths" in arrays})
        self.columns = Sections(self, {name: name for name, _ in COLUMNS if name in arrays})
        self._places, self._place_reads = None, 0  # the columns as memoryviews; places read as items
        self.views = 0  # the searchers' views reading it (each postcache.load_cache counted, a release each)

    def drop(self):
        """Let a cache that no view reads and none keeps go now, and its file close with it.

        Its fields and sections point back at it: a cycle, which only the collector's next
        full pass would free, a merged segment's file open (its room on disk kept) until then.
        """
        self.fields, self.lengths, self.columns = {}, {}, {}

    def count(self, name):
        """Return the number of items of a section, unread."""
        return self._sections[name].count

    def place(self, document):
        """Return (docno, paragraph) of a document of the segment (its number in it), as ints.

        The first SLICED_LOOKUPS are read as two items each, together (a page of hits reads
        20 items, not the two columns: 650 KB a segment at 165k paragraphs); then the
        columns are read whole and kept.
        """
        if self._places is None:
            if self._place_reads < SLICED_LOOKUPS:
                self._place_reads += 1
                parts = (("docno", document, document + 1), ("paragraph", document, document + 1))
                docno, paragraph = self.reading(lambda sections: read_parts(sections, parts))
                return int(docno[0]), int(paragraph[0])
            # memoryviews index as Python ints, not numpy scalars
            self._places = (memoryview(self.columns["docno"]), memoryview(self.columns["paragraph"]))
        docnos, paragraphs = self._places
        return docnos[document], paragraphs[document]

    def whole(self, name):
        """Return a whole section (read-only), read on first use and then kept."""
        found = self._whole.get(name)
        if found is None:
            found = self._whole[name] = self.reading(lambda sections: sections[name].whole())
        return found

    def read(self, name, start, end):
        """Return items start to end of a section (read-only)."""
        return self.reading(lambda sections: sections[name].read(start, end))

    def postings(self, asks):
        """Return (docs, weights) of each (FieldCache of this segment, ordinal) of asks.

        Those of the large fields are read together: one call down to the file, one check
        of its size and time after them all (CacheFile.arrays); each block still checked on
        its first read.
        """
        parts, places, found = [], [], [None] * len(asks)
        for at, (field, ordinal) in enumerate(asks):
            if field.sliced:
                parts.append(field.part(ordinal))
                places.append(at)
            else:
                found[at] = field.postings(ordinal)
        if parts:
            read = self.reading(lambda sections: read_parts(sections, parts))
            for at, both in zip(places, read):
                found[at] = split_postings(both)
        return found

    def reading(self, read):
        """Return read({section name: Section}), made again from the cache opened again if it fails."""
        file = self.file
        try:
            return read(self._sections)
        except DamagedCache as problem:
            self._reopen(file, problem)
            return read(self._sections)

    def _reopen(self, failed, problem):
        """Take the sections of this segment's cache opened again (once, for all threads)."""
        with self._lock:
            if self.file is not failed:  # another thread did it
                return
            if self.reload is None:
                raise problem
            try:
                fresh = self.reload(problem)
            except (ValueError, OSError) as error:  # its segment can't be read either
                raise problem from error
            self._sections, self.file = fresh._sections, fresh.file


class Sections(Mapping):
    """Some whole sections of a SegmentCache by key (the lengths of a field, a column), read as asked."""

    def __init__(self, segment, names):
        self.segment, self.names = segment, names

    def __getitem__(self, key):
        return self.segment.whole(self.names[key])

    def __iter__(self):
        return iter(self.names)

    def __len__(self):
        return len(self.names)


class FieldCache:
    """One field of a segment: term -> (document numbers, weights).

    A term is found by its first eight bytes as a big-endian number (`keys`, in term
    order, searched in C), then among the few terms that share them; lookups are kept.
    A field of at most ALL_TERMS_KEPT terms (titles, speakers) keeps all of them in a
    dictionary instead, made on its first lookup.
    A large field reads each term's postings as slices of the file, and for its first
    SLICED_LOOKUPS terms, the key by bisection over the file (postcache_slices), the few
    terms of the key and the term's offsets too; then, and in the other fields, the keys
    and the term table are read whole. `docs`, `weights`, `starts` and
    listing terms (`term`, `range`) read whole sections.
    """

    def __init__(self, segment, name):
        self.segment = segment
        self.sliced = name in LARGE_FIELDS
        self.count = segment.count(f"{name}.starts") - 1
        self._names = {part: f"{name}.{part}" for part in PARTS}
        self._keys = self._terms = self._offsets = None
        self._found = {}  # term -> ordinal or -1; or every term -> its ordinal (ALL_TERMS_KEPT)
        self._all_found = False
        self._spans = {}  # ordinal -> (first posting, end), of a sliced field

    def find(self, term: bytes) -> int:
        """Return the ordinal of a term, or -1."""
        found = self._found.get(term)
        if found is None:
            if self._all_found:  # (read again: another thread may have made it since the get)
                return self._found.get(term, -1)
            if self.count <= ALL_TERMS_KEPT:
                terms = self._term_list()
                self._found = {terms[ordinal]: ordinal for ordinal in range(self.count)}
                self._all_found = True
                return self._found.get(term, -1)
            found = self._among(term, *self._key_span(prefix_key(term)))
            if len(self._found) >= KEPT_LOOKUPS:
                self._found.clear()
                self._spans.clear()
            self._found[term] = found
        return found

    def _key_span(self, key):
        """Return (low, high): the ordinals of the terms whose key is `key`, from the first key
        not below it to the first not below the next."""
        if self._keys is None and self.sliced and len(self._found) < SLICED_LOOKUPS:
            name = self._names["keys"]  # a fresh search's few lookups: no whole table (postcache_slices)
            return key_range(lambda start, end: self.segment.read(name, start, end),
                             self.segment.count(name), key, LAST_KEY)
        if self._keys is None:
            self._keys = self.segment.whole(self._names["keys"])
        # uint64 keys, not Python ints: numpy would cast every key to compare them with an
        # int (90 µs a lookup on 130,000 terms, not 0.5 µs). One searchsorted for both ends.
        if key < LAST_KEY:
            return tuple(self._keys.searchsorted(np.array((key, key + 1), dtype=np.uint64)).tolist())
        # eight bytes 0xff (never UTF-8): no next key, and the terms of this one are last
        return int(self._keys.searchsorted(np.uint64(key))), len(self._keys)

    def _among(self, term, low, high):
        """Return the ordinal of a term among the terms low to high (those of its key), or -1."""
        if low == high:
            return -1
        if self._terms is None and self.sliced and len(self._found) < SLICED_LOOKUPS:
            ends = self.segment.read(self._names["ends"], low, high + 1).tolist()
            blob = self.segment.read(self._names["blob"], ends[0], ends[-1]).tobytes()
            first = ends[0]
            for at in range(high - low):
                if blob[ends[at] - first:ends[at + 1] - first] == term:
                    return low + at
            return -1
        terms = self._term_list()
        at = bisect_left(terms, term, low, high)
        return at if at < high and terms[at] == term else -1

    def _term_list(self):
        if self._terms is None:
            self._terms = TermTable(self.segment.whole(self._names["blob"]),
                                 self.segment.whole(self._names["ends"]))
        return self._terms

    def _span(self, ordinal):
        """Return (first posting, end) of the term with this ordinal."""
        if self._offsets is None and self.sliced and len(self._spans) < SLICED_LOOKUPS:
            found = self._spans.get(ordinal)
            if found is None:
                found = self._spans[ordinal] = tuple(
                    self.segment.read(self._names["starts"], ordinal, ordinal + 2).tolist())
            return found
        if self._offsets is None:
            self._offsets = memoryview(self.starts)  # indexes as Python ints
        return self._offsets[ordinal], self._offsets[ordinal + 1]

    @property
    def docs(self):
        if self.sliced:
            return self._split_whole()[0]
        return self.segment.whole(self._names["docs"])

    @property
    def weights(self):
        if self.sliced:
            return self._split_whole()[1]
        return self.segment.whole(self._names["weights"])

    @property
    def starts(self):
        return self.segment.whole(self._names["starts"])

    def _split_whole(self):
        """Return (every docs, every weights) of a large field, in term order, read whole."""
        whole = self.segment.whole(self._names["postings"])
        docs, weights = term_major_places(self.starts)
        return whole[docs], whole[weights].view(np.float32)

    def postings(self, ordinal):
        """Return (docs, weights) of the term with this ordinal, read-only arrays."""
        if not self.sliced:
            start, end = self._span(ordinal)
            return self.docs[start:end], self.weights[start:end]
        # One read of the term's docs then weights (term_major), with one check of the file.
        return split_postings(self.segment.read(*self.part(ordinal)))

    def part(self, ordinal):
        """Return (section name, first item, end) of a large field's term in its postings section."""
        start, end = self._span(ordinal)
        return self._names["postings"], 2 * start, 2 * end

    def frequency(self, ordinal):
        """Return how many documents of the segment hold the term (deleted ones included)."""
        start, end = self._span(ordinal)
        return end - start

    def term(self, ordinal) -> bytes:
        return self._term_list()[ordinal]

    def range(self, low: bytes, high: bytes | None):
        """Return the ordinals of the terms from low up to (not including) high; None: no end."""
        terms = self._term_list()
        first = bisect_left(terms, low)
        last = self.count if high is None else bisect_left(terms, high)
        return range(first, max(first, last))

