"""The whole index as one segment: each term's postings across segments, read once and kept.

Evaluated segment by segment, a query pays its Python and numpy calls once per segment
(each term looked up, read, masked and scored in each, each operator applied in each).
Here a term's postings in every segment are read, moved by each segment's offset into
one sorted array of global document numbers, and masked once with the whole index's
deletions; the scores come from the whole index's length bytes (the same operations as
columnar.SegmentView.scores on the same floats, so the same scores). A term's postings
are kept per searcher (a searcher sees one state of the index), with their scores once a
query asked them all, within KEPT_POSTINGS: a term asked again, by the next query, by a
fallback or by another part of the same query, is one dictionary lookup.

IndexView offers what columnar_queries.py asks of a segment (`term`, `scores`,
`length_norms`, `frequency`, `size`, `live`), so the same evaluation runs on it. Query parts
that need a segment's own reader or term list (phrases, prefixes, ranges) are not
evaluated here: `supported` says so first, and the query runs segment by segment.
"""

import threading
from collections import deque

import numpy as np
from whoosh.query import And, AndMaybe, AndNot, DisjunctionMax, Not, NullQuery, Or, Term

from search.retrieval.columnar import Unsupported, bm25

# Postings kept per searcher: 8 bytes each (int32 document, float32 weight), 16 with their
# float64 scores once a query asked them all, so 32 MB at most. In the bench's 1,190
# questions, half the terms a query asks were read already by an earlier one (a quarter
# of 1 << 20 kept: 42%; four times as many: 61%), and with 1 << 20 a question read
# again 2.3 terms evicted earlier: twice that bound costs questions 3-4 % less CPU for
# 10 MB more peak (paired against 1 << 20, both orders). A term longer than a quarter
# of the bound is read each time it is asked, not kept.
KEPT_POSTINGS = 1 << 21
LONGEST_KEPT = KEPT_POSTINGS // 4

EMPTY = (np.zeros(0, dtype=np.int32), np.zeros(0))
OPERATORS = (And, Or, DisjunctionMax)


def supported(query, terms=None):
    """Tell whether a query is made of terms and Boolean operators only (IndexView answers it).

    `terms`, a list, gets the query's Term parts appended (for IndexView.read_ahead).
    """
    waiting = [query]
    while waiting:
        part = waiting.pop()
        kind = type(part)
        if kind is Term:
            if terms is not None:
                terms.append(part)
            continue
        if part is NullQuery:
            continue
        if kind is Not:
            waiting.append(part.query)
        elif kind is AndMaybe or kind is AndNot:
            waiting += (part.a, part.b)
        elif kind in OPERATORS:
            waiting += part.subqueries
        else:
            return False
    return True


class IndexView:
    """Every segment of a searcher's IndexPostings as one: global document numbers, live only.

    `term` gives a term's live postings (deleted documents are gone from every term, so
    `live_docs` has nothing to drop); `live` is the mask of the whole index, for a query
    that needs every live document (`NOT x` alone). Safe to share between threads: a
    term read twice at once is kept once.
    """

    def __init__(self, postings):
        self.postings = postings
        self.offset = 0
        last = postings.segments[-1] if postings.segments else None
        self.size = last.offset + last.size if last else 0
        self._kept = {}
        self._order = deque()  # the keys of _kept, oldest first
        self._kept_postings = 0
        self._lock = threading.Lock()
        self._live = False
        self._norms = {}  # field -> (256 length norms, each document's length byte) or False

    @property
    def live(self):
        """Return the live mask of every document of the index, or None when none is deleted."""
        if self._live is False:
            masks = [view.live for view in self.postings.segments]
            live = None
            if any(mask is not None for mask in masks):
                live = np.zeros(self.size, dtype=bool)
                for view, mask in zip(self.postings.segments, masks):
                    live[view.offset:view.offset + view.size] = True if mask is None else mask
            self._live = live
        return self._live

    def term(self, fieldname, text):
        """Return (docs int32, weights) of a term's live postings in the whole index, or None."""
        key = (fieldname, text)
        found = self._kept.get(key)
        if found is None:
            found = self._read(fieldname, text)
            if len(found[0]) <= LONGEST_KEPT:
                self._keep(key, found)
        return found[:2] if len(found[0]) else None

    def read_ahead(self, terms):
        """Read and keep the postings of those Terms not kept yet, together: in each segment,
        those of a large field with one check of its cache file (SegmentCache.postings).

        A question asks for six terms no earlier query read, each in both segments of a
        165k index; read one at a time, each read paid its own layers of calls and check
        of the file's size and time. A term longer than LONGEST_KEPT is left to `term`,
        which reads it when asked (it is not kept); in an index of no more documents, no
        term can be, and their lengths are not counted. evaluate calls it for queries of
        READ_AHEAD_TERMS terms or more only (columnar_queries.py).
        """
        wanted, seen = [], set()
        for term in terms:
            key = (term.fieldname, term.text)
            if key not in seen and key not in self._kept:
                seen.add(key)
                wanted.append(key)
        if len(wanted) < 2:  # nothing to share: `term` reads it when asked
            return
        term_bytes = self.postings.term_bytes
        wanted = [(key, term_bytes(*key)) for key in wanted]
        asks = []  # in each segment: [(key, field, ordinal)] of the terms it holds
        counted = self.size > LONGEST_KEPT  # else no term can be longer
        sizes = {key: 0 for key, _ in wanted}
        for view in self.postings.segments:
            fields, held = view.cache.fields, []
            for key, term in wanted:
                field = fields.get(key[0])
                ordinal = field.find(term) if field is not None else -1
                if ordinal >= 0:
                    held.append((key, field, ordinal))
                    if counted:
                        sizes[key] += field.frequency(ordinal)
            asks.append(held)
        found = {key: [] for key in sizes if sizes[key] <= LONGEST_KEPT}
        for view, held in zip(self.postings.segments, asks):
            held = [ask for ask in held if ask[0] in found]
            if held:
                read = view.cache.postings([(field, ordinal) for _, field, ordinal in held])
                for (key, _, _), (docs, weights) in zip(held, read):
                    found[key].append((view.offset, docs, weights))
        for key, parts in found.items():
            self._keep(key, self._joined(parts))

    def _read(self, fieldname, text):
        """Return [docs, weights, None] of a term's live postings: read in each segment, then
        moved to global numbers and masked once, with the whole index's deletions."""
        term = self.postings.term_bytes(fieldname, text)
        found = []  # (offset, docs, weights) in each segment that holds the term
        for view in self.postings.segments:
            field = view.cache.fields.get(fieldname)
            ordinal = field.find(term) if field is not None else -1
            if ordinal >= 0:
                found.append((view.offset, *field.postings(ordinal)))
        return self._joined(found)

    def _joined(self, found):
        """Return [docs, weights, None] of a term's postings in each segment, (offset, docs,
        weights) in segment order: global numbers, the deleted documents dropped."""
        if not found:
            return [*EMPTY, None]
        if len(found) == 1:
            offset, docs, weights = found[0]
            if offset:
                docs = docs + np.int32(offset)
        else:  # each segment's documents moved by its offset straight into their place
            docs = np.empty(sum(len(part[1]) for part in found), dtype=np.int32)
            start = 0
            for offset, part, _ in found:
                np.add(part, offset, out=docs[start:start + len(part)])
                start += len(part)
            weights = np.concatenate([part[2] for part in found])
        live = self.live
        if live is not None:
            keep = live.take(docs)
            docs, weights = docs[keep], weights[keep]
        docs.flags.writeable = weights.flags.writeable = False  # kept: shared by the queries that ask
        return [docs, weights, None]  # the scores of all of them, once asked

    def scores(self, fieldname, text, docs, weights):
        """Return the float64 scores of some postings of a term, as SegmentView.scores gives
        them (the same operations on the same floats), with every segment's lengths as one
        array. A term's scores of all its postings are kept with them; those of a few
        (the postings at an intersection's candidates) are worked out each time."""
        found = self._kept.get((fieldname, text))
        whole = found is not None and found[0] is docs
        if whole and found[2] is not None:
            return found[2]
        norms = self.length_norms(fieldname)
        if norms is False:
            scores = weights.astype(np.float64)  # an unscored field scores its weight (Whoosh's WeightScorer)
        else:
            table, lengths = norms
            scores = bm25(self.postings.idf(fieldname, text), self.postings.k1_plus_1, weights,
                          table.take(lengths.take(docs)))
        if whole:
            scores.flags.writeable = False
            found[2] = scores
        return scores

    def length_norms(self, fieldname):
        """Return (the 256 BM25 length norms, each document's length byte), or False if unscored."""
        norms = self._norms.get(fieldname)
        if norms is None:
            norms = self._norms[fieldname] = self._length_norms(fieldname)
        return norms

    def _length_norms(self, fieldname):
        segments = self.postings.segments
        if not self.postings.scorable(fieldname) or not segments:
            return False
        lengths = [view.cache.lengths.get(fieldname) for view in segments]
        if any(part is None for part in lengths):
            if all(part is None for part in lengths):
                return False
            raise Unsupported(f"field lengths of {fieldname} in some segments only")
        return self.postings.norms(fieldname), np.concatenate(lengths)

    def _keep(self, key, found):
        with self._lock:
            if key in self._kept:
                return
            self._kept[key] = found
            self._order.append(key)
            self._kept_postings += len(found[0])
            while self._kept_postings > KEPT_POSTINGS:  # the oldest go first
                # From a queue of the keys: the first key of a dict whose first entries
                # were removed is found by skipping them all (6.7 µs an eviction among
                # 5,000 kept terms, against 0.8 from the queue).
                docs = self._kept.pop(self._order.popleft())[0]
                self._kept_postings -= len(docs)

    def live_docs(self, docs, *others):
        return (docs, *others)

    def frequency(self, fieldname, text):
        """Return how many live documents hold a term (to pick where an intersection starts)."""
        found = self.term(fieldname, text)
        return 0 if found is None else len(found[0])
