"""Facets over a whole result set: who speaks in the matching paragraphs, and when.

The collector that ranks a search also keeps each segment's matching document numbers
(`Recording`), so facets cost no second pass over the query. Each segment gets, once,
a table giving every document a code for its (month, speakers) pair; a result set's
facets are then one count of codes per segment, done in C by `Counter`.
"""

import threading
import weakref
from array import array
from collections import Counter
from heapq import heappush, heapreplace

from whoosh.collectors import SortingCollector, TopCollector

_tables = weakref.WeakKeyDictionary()
_lock = threading.Lock()


class Recording:
    """Collector mixin that keeps [(segment reader, its matching docnums)] in `segments`."""

    def prepare(self, top_searcher, q, context):
        super().prepare(top_searcher, q, context)
        self.segments = []

    def set_subsearcher(self, subsearcher, offset):
        super().set_subsearcher(subsearcher, offset)
        self.segments.append((subsearcher.reader(), array("I")))

    def collect_matches(self):
        keep = self.segments[-1][1].append
        collect = self.collect
        for sub_docnum in self.matches():
            keep(sub_docnum)
            collect(sub_docnum)


class RecordingTopCollector(Recording, TopCollector):
    """Ranks by score and keeps every match, none pruned: its total is exact.

    Whoosh's own loop replaces the matcher with one pruned by the lowest score in the
    top N, even with `usequality=False`: an any-word search then drops the documents
    that have only a rare word, from the total and from the facets. This loop replaces
    the matcher only to drop finished parts, and makes fewer calls per match.
    """

    def collect_matches(self):
        if self.final_fn:
            return super().collect_matches()
        keep = self.segments[-1][1].append
        items, limit, offset = self.items, self.limit, self.offset
        matcher, every, countdown = self.matcher, self.replace or 1, 0
        while matcher.is_active():
            if countdown == 0:
                matcher, countdown = matcher.replace(0), every
                if not matcher.is_active():
                    break
            countdown -= 1
            docnum = matcher.id()
            keep(docnum)
            score = matcher.score()
            if len(items) < limit:
                heappush(items, (score, -offset - docnum))
            elif score > items[0][0]:
                heapreplace(items, (score, -offset - docnum))
            matcher.next()
        self.matcher = matcher
        self.total += len(self.segments[-1][1])
        return None


class RecordingSortingCollector(Recording, SortingCollector):
    """Sorts by a field and keeps every match."""


class SegmentTable:
    """A segment's (month, speaker keys) pairs, and which pair each document has."""

    def __init__(self, leaf):
        speakers = {}
        if "speaker" in leaf.indexed_field_names():
            for term in leaf.lexicon("speaker"):
                key = term.decode("utf-8")
                for docnum in leaf.postings("speaker", term).all_ids():
                    speakers.setdefault(docnum, []).append(key)
        dates = leaf.column_reader("date") if leaf.has_column("date") else None
        codes = {}
        self.codes = array("I")
        for docnum in range(leaf.doc_count_all()):
            month = dates[docnum][:7] if dates is not None else ""
            pair = (month or None, tuple(speakers.get(docnum, ())))
            self.codes.append(codes.setdefault(pair, len(codes)))
        self.pairs = list(codes)


def segment_table(leaf):
    """Return the SegmentTable of a segment reader, made once while the reader lives."""
    with _lock:
        table = _tables.get(leaf)
        if table is None:
            table = _tables[leaf] = SegmentTable(leaf)
        return table


def facet_counts(segments, speaker_names):
    """Return speaker, year and month counts for [(segment reader, matching docnums)]."""
    speakers, months = Counter(), Counter()
    for leaf, docnums in segments:
        table = segment_table(leaf)
        for code, count in Counter(map(table.codes.__getitem__, docnums)).items():
            month, keys = table.pairs[code]
            if month:
                months[month] += count
            for key in keys:
                speakers[key] += count
    years = Counter()
    for month, count in months.items():
        years[month[:4]] += count
    return {
        "speakers": [{"name": speaker_names.get(key, key), "key": key, "count": count}
                     for key, count in sorted(speakers.items(), key=lambda kv: (-kv[1], kv[0]))],
        "years": [{"year": year, "count": count} for year, count in sorted(years.items())],
        "months": [{"month": month, "count": count} for month, count in sorted(months.items())],
    }
