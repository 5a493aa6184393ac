"""Facets over a whole result set: who speaks in the matching paragraphs, and when.

They count the matches that the search's collector kept (search/whoosh_ext/collectors.py), so
they cost no second pass over the query. Each segment gets, once, a table giving every
document a code for its (month, speakers) pair; a result set's facets are then one
count of codes per segment, done in C by `Counter`.
"""

import threading
from array import array
from collections import Counter, OrderedDict
from functools import lru_cache
from operator import itemgetter

KEPT_TABLES = 64  # segments; an index has a few, and updates merge the small ones
KEPT_NAMES = 65536  # speaker names whose kind (person or not) is kept
_tables = OrderedDict()  # (segment id, size) -> SegmentTable, least recently used first
_lock = threading.Lock()


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


def table_key(leaf):
    """Return what a segment's table is kept under: its id and size (None: no segment)."""
    segment = leaf.segment() if hasattr(leaf, "segment") else None
    return None if segment is None else (segment.segment_id(), leaf.doc_count_all())


def segment_table(leaf):
    """Return the SegmentTable of a segment reader, made once per segment.

    A segment's documents never change (a deletion only hides one), so a table is kept
    by segment id and serves every reader of that segment: after an update, only the
    new segments need one.
    """
    key = table_key(leaf)
    if key is None:  # an empty index: nothing worth keeping
        return SegmentTable(leaf)
    with _lock:
        table = _tables.get(key)
        if table is None:
            table = _tables[key] = SegmentTable(leaf)
            while len(_tables) > KEPT_TABLES:
                _tables.popitem(last=False)
        else:
            _tables.move_to_end(key)
        return table


def make_tables(whoosh_index):
    """Make ready ahead of the first faceted search what it counts from.

    That is the segments' posting caches (loaded, or rebuilt when missing: columnar.py),
    or, for an index that can't have them, the facet tables of its segments.
    """
    from search.retrieval.columnar import forget, postings_for

    with whoosh_index.searcher() as searcher:
        try:
            if postings_for(searcher) is not None:
                return
            for leaf, _ in searcher.reader().leaf_readers():
                segment_table(leaf)
        finally:
            forget(searcher)  # its view's count on each cache (postcache.release), or a merge never drops them


def facet_counts(segments, speaker_names, groups=None):
    """Return speaker, year and month counts for [(segment, matching docnums)].

    A segment is a Whoosh segment reader, or a view of its posting cache, whose arrays
    count the matches without a table (columnar_facets.py). Every spelling of one person
    (groups, from the store's speaker_groups) counts as that person: spellings that speak
    in one paragraph are never grouped, so their counts add up.
    """
    if segments and hasattr(segments[0][0], "cache"):  # views of the posting cache
        from search.retrieval.columnar_facets import array_counts

        speakers, months = array_counts(segments)
    else:
        speakers, months = table_counts(segments)
    if groups:
        merged, person = {}, groups.get
        for key, count in speakers.items():
            key = person(key, (key,))[0]
            merged[key] = merged.get(key, 0) + count
        speakers = merged
    return facets_from_counts(speakers, months, speaker_names)


def table_counts(segments):
    """Return ({speaker key: count}, {YYYY-MM or None (undated): count}) of [(segment reader, docnums)]."""
    speakers, months = Counter(), Counter()
    for leaf, docnums in segments:
        table = segment_table(leaf)
        for code, count in Counter(map(table.codes.__getitem__, docnums)).items():
            month, keys = table.pairs[code]
            months[month] += count
            for key in keys:
                speakers[key] += count
    return speakers, months


def facets_from_counts(speakers, months, speaker_names):
    """Return the facets of {speaker key: count} and {YYYY-MM: count}, years added up.

    The matches with no date, counted under None, are `undated`: the year facet's «Sin fecha»
    bucket (Elasticsearch's `missing` for a terms aggregation), which the date filter
    `sin fecha` selects (search/query/dates.py's UNDATED).
    """
    months = dict(months)
    undated = months.pop(None, 0)
    years = Counter()
    for month, count in months.items():
        years[month[:4]] += count
    people, roles, shown = [], [], speaker_names.get
    # Most frequent first, then by key: sorted by key, then stably by count (no key tuples).
    ordered = sorted(speakers.items())
    ordered.sort(key=itemgetter(1), reverse=True)
    for key, count in ordered:
        name = shown(key, key)
        (people if _is_person(name) else roles).append({"name": name, "key": key, "count": count})
    return {
        "speakers": people,
        "roles": roles,
        "years": [{"year": year, "count": count} for year, count in sorted(years.items())],
        "months": [{"month": month, "count": count} for month, count in sorted(months.items())],
        "undated": undated,
    }


@lru_cache(maxsize=KEPT_NAMES)
def _is_person(name):
    """Return is_person(name), kept: a faceted search asks it of every speaker it counts
    (90 on average on the 165k-paragraph corpus), which took half its time."""
    from search.text.names import is_person  # its word lists load with the first facets, not every search

    return is_person(name)
