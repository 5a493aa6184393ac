"""Searching the columnar posting cache: a searcher's segments as arrays, and pages from them.

Each segment of a Whoosh searcher has a posting cache (search/storage/postcache.py): per
term, sorted document numbers and weights. A term's BM25 score is worked out for a whole
posting list at once with numpy, with the operations and global statistics Whoosh's scorer
uses (search/whoosh_ext/scoring.py: Lucene's idf, the 256 length norms of its quantized
field lengths), so the scores are Whoosh's to float precision. Query trees are evaluated
in columnar_queries.py, on the segments one by one or on all as one (columnar_index.py);
here are the segments and their deletions; the matches and a page of them are
columnar_matches.py's.

Whoosh's searcher is still what opens the index: it says which segments are live and which
documents are deleted, and Whoosh's path answers what the cache can't (`postings_for`
returns None, or the evaluation raises Unsupported).
"""

import threading
import weakref
from bisect import bisect_right

import numpy as np
from whoosh.scoring import BM25F

from search.errors import warn
from search.storage import postcache
from search.whoosh_ext import segments
from search.whoosh_ext.scoring import LuceneBM25F, length_norms, lucene_idf, whoosh_idf

NO_DATE = -1  # the date key of an undated paragraph: before every date, as Whoosh's b""
KEPT_TERMS = 65536  # terms whose bytes a searcher's postings keep (term_bytes)
# Asks of a prefix's terms (terms_known) answered by a lookup in each segment before they are
# listed once as a set: a fresh search asks a few (the set of the pairs field's 2,391 `+`
# terms, 3-4 ms at 165k paragraphs, would cost it more than they do), a server or a bench
# thousands (a miss about 10 µs of term-table lookups in two segments; in the set 0.1 µs).
PREFIX_ASKS = 64
_views = weakref.WeakKeyDictionary()  # Whoosh searcher -> IndexPostings
# Whoosh searcher -> [its IndexPostings replaced by `reopened`]: a search under way (its
# later fallbacks: fallbacks.search_options) still reads one, released with the searcher.
_retired = weakref.WeakKeyDictionary()
_lock = threading.Lock()


class Unsupported(Exception):
    """A query the cache can't answer as Whoosh would: Whoosh's path answers it."""


class SegmentView:
    """One segment of a searcher: its cache, its place among the segments, its deletions."""

    def __init__(self, postings, cache, offset, deleted, leaf=None):
        self.postings = postings
        self.cache = cache
        self.leaf = leaf  # the Whoosh segment reader, for what the cache doesn't hold
        self.offset = offset
        self.size = cache.doc_count
        self.live = None
        if len(deleted):
            self.live = np.ones(self.size, dtype=bool)
            self.live[deleted] = False
        self._norms = {}

    def term(self, fieldname, text):
        """Return (docs, weights) of a term in this segment, or None if it has none."""
        field = self.cache.fields.get(fieldname)
        if field is None:
            return None
        ordinal = field.find(self.postings.term_bytes(fieldname, text))
        return None if ordinal < 0 else field.postings(ordinal)

    def frequency(self, fieldname, text):
        """Return how many postings a term has in this segment (deleted documents included), unread."""
        field = self.cache.fields.get(fieldname)
        ordinal = field.find(self.postings.term_bytes(fieldname, text)) if field is not None else -1
        return 0 if ordinal < 0 else field.frequency(ordinal)

    def scores(self, fieldname, text, docs, weights):
        """Return the float64 scores of some postings of a term, as Whoosh's scorer gives them.

        The same operations in the same order as Whoosh's BM25 (whoosh_ext/scoring.py), on
        float64, so the same floats: idf * ((w * (K1 + 1)) / (w + norm of the length)).
        A posting's norm is looked up by its document's length byte in the 256 norms: no
        per-document array of norms is made (2 ms and 8 MB for the first search at 496k
        paragraphs), and the table stays in the processor's cache.
        """
        norms = self.length_norms(fieldname)
        if norms is False:
            return weights.astype(np.float64)  # an unscored field scores its weight (Whoosh's WeightScorer)
        table, lengths = norms
        return bm25(self.postings.idf(fieldname, text), self.postings.k1_plus_1, weights,
                    table.take(lengths.take(docs)))

    def length_norms(self, fieldname):
        """Return (the 256 BM25 length norms, each document's length byte), or False if unscored."""
        norms = self._norms.get(fieldname)
        if norms is None:
            norms = self._norms[fieldname] = self._length_norms(fieldname)
        return norms

    def _length_norms(self, fieldname):
        lengths = self.cache.lengths.get(fieldname)
        if lengths is None or not self.postings.scorable(fieldname):
            return False
        return self.postings.norms(fieldname), lengths

    def live_docs(self, docs, *others):
        """Return docs (and arrays aligned with them) without the deleted documents."""
        if self.live is None:
            return (docs, *others)
        keep = self.live.take(docs)
        return (docs[keep], *(other[keep] for other in others))

    def date_keys(self):
        """Return each document's date as an int YYYYMMDD (NO_DATE when it has none)."""
        keys = getattr(self.cache, "date_keys", None)
        if keys is None:
            keys = np.full(self.size, NO_DATE, dtype=np.int64)
            field = self.cache.fields.get("date")
            for ordinal in range(field.count if field else 0):
                value = field.term(ordinal).decode("utf-8").replace("-", "")
                if value.isdigit():
                    keys[field.postings(ordinal)[0]] = int(value)
            self.cache.date_keys = keys  # a segment never changes: computed once
        return keys


def bm25(idf, k1_plus_1, weights, norms):
    """Return the float64 BM25 scores idf * ((w * (K1 + 1)) / (w + norm)) of postings.

    `weights` are the postings' weights, `norms` the length norms of their documents (a
    new float64 array, which is overwritten). Whoosh's operations in Whoosh's order
    (whoosh_ext/scoring.py), so Whoosh's floats (a + b is b + a, and x * idf is idf * x,
    to the bit), made in place on two arrays rather than five. (Reading the float32 weights
    in the operations, without the float64 copy, was slower: numpy's mixed-type loops cast
    through buffers, 7 -> 11 µs for 30 postings.)
    """
    scores = weights.astype(np.float64)
    norms += scores
    scores *= k1_plus_1
    scores /= norms
    scores *= idf
    return scores


class IndexPostings:
    """The columnar view of a Whoosh searcher: its segments' caches and its statistics."""

    def __init__(self, searcher):
        weighting = searcher.weighting
        # Weakly: this view is the value of `_views`, keyed weakly by the searcher; a strong
        # reference back would keep the entry, the searcher's segment readers and their
        # posting-cache and texts files alive for the life of the process (two files a
        # segment for each state of the index a server ever searched).
        self._searcher = weakref.ref(searcher)
        self.schema = searcher.schema
        self.B, self.K1 = weighting.B, weighting.K1
        self.field_B = dict(getattr(weighting, "_field_B", {}))
        self.k1_plus_1 = self.K1 + 1
        self.idf_of = lucene_idf if type(weighting) is LuceneBM25F else whoosh_idf
        self._idf = {}
        self.segments, self._unreleased = [], None
        try:
            self._load_segments(searcher)
        except BaseException:
            self.release()
            raise
        # A view its searcher's closing never released (an index left to the collector:
        # reader.SearchIndex) still gives back its count on each cache, or an un-kept cache
        # would never be dropped; later, as the collector may run this holding postcache's lock.
        self._unreleased = weakref.finalize(self, postcache.release_later, [view.cache for view in self.segments])
        self._unreleased.atexit = False
        self.doc_count_all = searcher.doc_count_all()
        self._starts = [view.offset for view in self.segments]
        self._bytes = {}
        self._frequencies = {}
        self._prefixed = {}  # (field, prefix) -> its asks so far (int), then its terms (frozenset of str)
        from search.retrieval.columnar_index import IndexView  # it imports this module

        self.whole = IndexView(self)  # the segments as one (columnar_index.py)

    def _load_segments(self, searcher):
        """View each segment of the searcher that has documents; raise Unsupported if one has no cache."""
        for (leaf_searcher, offset) in searcher.leaf_searchers():
            leaf = leaf_searcher.reader()
            if leaf.doc_count_all() == 0:
                continue  # a segment of no document (an older update's merge): nothing to find
            folder = segments.segment_folder(leaf)
            if folder is None or leaf.segment() is None:
                raise Unsupported("a segment outside a folder")
            cache = postcache.load_cache(folder, leaf)
            if len(cache.columns) < len(postcache.COLUMNS):
                postcache.release(cache)
                raise Unsupported("a segment without docno and paragraph columns")
            self.segments.append(SegmentView(self, cache, offset, segments.deleted_docs(leaf), leaf))

    def release(self):
        """Let go of the segments' caches (postcache.release) and break this view's cycles
        (its segments point back at it): its searcher was closed, or its caches reopened."""
        found, self.segments, self.whole = self.segments, [], None
        if self._unreleased is not None:
            self._unreleased.detach()
        for view in found:
            postcache.release(view.cache)

    def term_bytes(self, fieldname, text):
        """Return a term as its field stores it (bytes); kept, as a search asks for each
        term of its query in every segment, for its frequency, postings and idf."""
        if not isinstance(text, str):
            return text
        key = (fieldname, text)
        found = self._bytes.get(key)
        if found is None:
            if len(self._bytes) >= KEPT_TERMS:
                self._bytes.clear()
            found = self._bytes[key] = self.schema[fieldname].to_bytes(text)
        return found

    def scorable(self, fieldname):
        return fieldname in self.schema and self.schema[fieldname].scorable

    def doc_frequency(self, fieldname, text):
        """Return how many documents hold a term, deleted ones included, as Whoosh counts.

        Kept: a search asks it of each term several times (the builder for each accented
        form, a question for the rarest words, the idf), once per segment each time.
        """
        key = (fieldname, text)
        total = self._frequencies.get(key)
        if total is None:
            term = self.term_bytes(fieldname, text)
            total = 0
            for view in self.segments:
                field = view.cache.fields.get(fieldname)
                ordinal = field.find(term) if field is not None else -1
                if ordinal >= 0:
                    total += field.frequency(ordinal)
            if len(self._frequencies) >= KEPT_TERMS:
                self._frequencies.clear()
            self._frequencies[key] = total
        return total

    def terms_starting(self, fieldname, prefix):
        """Return the terms of a field that begin with prefix (str), in byte order and each
        once, from every segment's term table: what Whoosh's expand_prefix lists, found by
        bisection in the cache's sorted terms rather than by walking Whoosh's (~1 ms a
        compound part's `+email ` in the pairs field, bench.search_stages)."""
        start = self.term_bytes(fieldname, prefix)
        found = set()
        for view in self.segments:
            field = view.cache.fields.get(fieldname)
            if field is None:
                continue
            for ordinal in field.range(start, None):
                term = field.term(ordinal)
                if not term.startswith(start):
                    break
                found.add(term)
        return [term.decode("utf-8") for term in sorted(found)]

    def terms_known(self, fieldname, prefix):
        """Return the terms (str) of a field that begin with prefix, in any segment, as a
        frozenset; None for the first PREFIX_ASKS asks of that prefix (look the term up).

        A term not in the set is in no segment's term table: its doc_frequency is 0. For
        the pairs field's `+` terms, asked of every plain word of a query (compound_words.py):
        most words are no compound's, and a miss was a term-table lookup in each segment.
        This view is one state of the index: the set is too.
        """
        key = (fieldname, prefix)
        found = self._prefixed.get(key, 0)
        if isinstance(found, int):
            if found < PREFIX_ASKS:
                self._prefixed[key] = found + 1  # (threads may lose a count: only later, then)
                return None
            found = self._prefixed[key] = frozenset(self.terms_starting(fieldname, prefix))
        return found

    def live_frequency(self, fieldname, text):
        """Return how many documents not deleted hold a term (doc_frequency counts the deleted)."""
        total = 0
        for view in self.segments:
            found = view.term(fieldname, text)
            if found is not None:
                total += len(view.live_docs(found[0])[0])
        return total

    def idf(self, fieldname, text):
        """Return the idf Whoosh's scorer would use, from the cache's document frequencies."""
        key = (fieldname, text)
        found = self._idf.get(key)
        if found is None:
            found = self._idf[key] = self.idf_of(self.doc_frequency(fieldname, text),
                                                 self.doc_count_all)
        return found

    @property
    def searcher(self):
        """The Whoosh searcher this view is of (alive while anything searches with it)."""
        return self._searcher()

    def norms(self, fieldname):
        """Return the BM25 length part of each of the 256 length bytes, as a float64 array."""
        average = self.searcher.avg_field_length(fieldname) or 1
        B = self.field_B.get(fieldname, self.B)
        return np.array(length_norms(B, self.K1, average), dtype=np.float64)

    def places(self, docnums):
        """Return (docno, paragraph) of each global document number, for the record store."""
        found = []
        for docnum in docnums:
            view = self.segments[bisect_right(self._starts, docnum) - 1]
            found.append(view.cache.place(docnum - view.offset))
        return found


def postings_for(searcher):
    """Return the IndexPostings of a Whoosh searcher, or None when its index has no cache.

    Made once per searcher (a searcher sees one state of the index). Only BM25F scoring
    (Hemeroteca's LuceneBM25F, or Whoosh's own) is computed from the cache.
    """
    weighting = getattr(searcher, "weighting", None)
    if type(weighting) not in (LuceneBM25F, BM25F):
        return None
    with _lock:
        found = _views.get(searcher, False)
    if found is False:
        try:
            found = IndexPostings(searcher)
        except (Unsupported, ValueError, OSError):
            found = None  # Whoosh's path answers; a damaged segment is its to report
        with _lock:
            _views[searcher] = found
    return found


def forget(searcher):
    """Drop a closed searcher's IndexPostings now, not when the collector finds its cycles.

    Its segment views and their readers go with it, and with them the segments' texts
    files (hit_texts.py keys them by reader); the SegmentCaches stay in postcache's
    bounded cache for the next searcher of the same segments.
    """
    with _lock:
        found = [_views.pop(searcher, None), *_retired.pop(searcher, ())]
    for view in found:
        if view:
            view.release()


def reopened(searcher, problem):
    """Return a searcher's IndexPostings opened again after `problem` (a DamagedCache).

    A cache file truncated or written in place under a running search (search/storage/
    postcache_file.py) is checked again, and rebuilt from its segment if it is damaged;
    the others stay as they are. Returns None when the index has no cache to offer. The
    view replaced stays whole for the search under way, which may still ask it (its later
    fallbacks: fallbacks.search_options); it is released when its searcher closes (forget).
    """
    warn(__name__, "%s; se vuelve a abrir", problem)
    with _lock:
        found = _views.pop(searcher, None)
        if found:
            _retired.setdefault(searcher, []).append(found)  # released by forget, not now
    for view in found.segments if found else ():
        if view.cache.file is not None and view.cache.file.changed():
            postcache.forget(view.cache)
    return postings_for(searcher)
