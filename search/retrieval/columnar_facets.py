"""Facet counts from the posting cache: speakers and months of a result set, as arrays.

A segment's month of each document is one small integer (its ordinal among the month
field's terms), made once per segment, so a result set's months are one `bincount`. A
speaker's count is how many of its postings fall on a match: one boolean lookup per
posting of the speaker field, summed per term by `np.add.reduceat`. Neither needs a
per-segment table made in Python.
"""

from collections import Counter

import numpy as np


def array_counts(segments):
    """Return ({speaker key: count}, {YYYY-MM: count}) for [(SegmentView, matching docs)];
    the undated matches are counted under None (facets.facets_from_counts)."""
    speakers, months = Counter(), Counter()
    for view, docs in segments:
        if not len(docs):
            continue
        names, ordinals = month_ordinals(view.cache)
        counts = np.bincount(ordinals[docs], minlength=len(names) + 1)
        _add(months, [None, *names], counts)
        field = view.cache.fields.get("speaker")
        if field is not None and field.count:
            _add(speakers, term_texts(field), speaker_counts(view, field, docs))
    return speakers, months


def speaker_counts(view, field, docs):
    """Return how many of docs each speaker term holds.

    Few matches: their own speakers, from a table of each document's speakers (made once
    per segment). Many: every posting of the field looked up among the matches.
    """
    if len(docs) * 4 > len(field.docs):
        matched = np.zeros(view.size, dtype=bool)
        matched[docs] = True
        return np.add.reduceat(matched[field.docs], field.starts[:-1])
    starts, ordinals = speakers_by_document(view.cache, field)
    first, last = starts[docs], starts[docs + 1]
    sizes = last - first
    total = int(sizes.sum())
    if not total:
        return np.zeros(field.count, dtype=np.int64)
    places = np.repeat(first - np.cumsum(sizes) + sizes, sizes) + np.arange(total)
    return np.bincount(ordinals[places], minlength=field.count)


def speakers_by_document(cache, field):
    """Return (starts, ordinals): document d's speaker ordinals are ordinals[starts[d]:starts[d + 1]]."""
    found = getattr(cache, "speakers_by_document", None)
    if found is None:
        ordinals = np.repeat(np.arange(field.count, dtype=np.int32), np.diff(field.starts))
        order = np.argsort(field.docs, kind="stable")
        starts = np.zeros(cache.doc_count + 1, dtype=np.int64)
        np.cumsum(np.bincount(field.docs, minlength=cache.doc_count), out=starts[1:])
        found = cache.speakers_by_document = (starts, ordinals[order])
    return found


def _add(counter, names, counts):
    """Add the nonzero counts, one per name, to a Counter (as Python ints: numpy's are slow).

    Through Counter.update of a dict: into an empty Counter it is dict.update, in C, and
    a name new to the Counter never goes through Counter.__missing__ (a Python call).
    """
    present = np.flatnonzero(counts)
    counter.update(dict(zip(map(names.__getitem__, present.tolist()), counts[present].tolist())))


def term_texts(field):
    """Return a field's terms as text, decoded once per segment."""
    found = getattr(field, "texts", None)
    if found is None:
        found = field.texts = [field.term(n).decode("utf-8") for n in range(field.count)]
    return found


def month_ordinals(cache):
    """Return (month names, each document's month ordinal + 1, 0 for none), once per segment."""
    found = getattr(cache, "month_ordinals", None)
    if found is None:
        field = cache.fields.get("month")
        ordinals = np.zeros(cache.doc_count, dtype=np.int32)
        names = term_texts(field) if field is not None else []
        for ordinal in range(len(names)):
            ordinals[field.postings(ordinal)[0]] = ordinal + 1
        found = cache.month_ordinals = (names, ordinals)
    return found


def speaker_spans(views, no_date):
    """Return {speaker key: (first date, last date)} over the live, dated paragraphs of [SegmentView].

    Each segment's speaker postings are looked up in its dates (YYYYMMDD keys, `no_date` for
    none) at once, and reduced per term (`np.minimum.reduceat`), so no posting is read in Python.
    """
    spans = {}
    for view in views:
        field = view.cache.fields.get("speaker")
        if field is None or not field.count:
            continue
        docs, starts = field.docs, field.starts[:-1]
        days = view.date_keys()[docs]
        dated = days != no_date
        if view.live is not None:
            dated &= view.live[docs]
        counts = np.add.reduceat(dated.astype(np.int32), starts)
        firsts = np.minimum.reduceat(np.where(dated, days, np.iinfo(np.int64).max), starts)
        lasts = np.maximum.reduceat(np.where(dated, days, no_date), starts)
        texts = term_texts(field)
        for ordinal in np.flatnonzero(counts).tolist():
            first, last = _day(int(firsts[ordinal])), _day(int(lasts[ordinal]))
            known = spans.get(texts[ordinal])
            spans[texts[ordinal]] = (min(known[0], first), max(known[1], last)) if known else (first, last)
    return spans


def _day(key):
    """Return the YYYY-MM-DD of a date key YYYYMMDD."""
    return f"{key // 10000:04d}-{key // 100 % 100:02d}-{key % 100:02d}"
