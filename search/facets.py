"""Facets over a whole result set: who speaks in the matching paragraphs, and when.

Speaker keys per document come from inverting the `speaker` field's postings once per
segment (a few milliseconds, then cached); years and months come from the date column.
"""

import threading
import weakref
from collections import Counter

_speaker_maps = weakref.WeakKeyDictionary()
_lock = threading.Lock()


def _segment_speakers(leaf):
    """Return {docnum: [speaker keys]} for one segment reader, cached while it lives."""
    with _lock:
        found = _speaker_maps.get(leaf)
        if found is None:
            found = {}
            if "speaker" in leaf.indexed_field_names():
                for term in leaf.lexicon("speaker"):
                    key = term.decode("utf-8")
                    for docnum in leaf.postings("speaker", term).all_ids():
                        found.setdefault(docnum, []).append(key)
            _speaker_maps[leaf] = found
        return found


def facet_counts(searcher, docnums, speaker_names):
    """Return speaker, year and month counts for the given documents."""
    speakers, months = Counter(), Counter()
    leaves = searcher.reader().leaf_readers()
    bounds = [offset for _, offset in leaves] + [searcher.doc_count_all()]
    maps = [_segment_speakers(leaf) for leaf, _ in leaves]
    dates = searcher.reader().column_reader("date")
    segment = 0
    for docnum in sorted(docnums):
        while docnum >= bounds[segment + 1]:
            segment += 1
        speakers.update(maps[segment].get(docnum - bounds[segment], ()))
        when = dates[docnum]
        if when:
            months[when[:7]] += 1
    years = Counter()
    for month, count in months.items():
        years[month[:4]] += count
    facets = {
        "speakers": [{"name": speaker_names.get(key, key), "key": key, "count": count}
                     for key, count in sorted(speakers.items(), key=lambda kv: (-kv[1], kv[0]))],
        "years": [{"year": year, "count": count} for year, count in sorted(years.items())],
        "months": [{"month": month, "count": count} for month, count in sorted(months.items())],
    }
    return facets
