"""Facet counts from the posting cache: speakers and months of a result set, as arrays.

A speaker's count is how many of its postings fall on a match (one boolean lookup per
posting of the speaker field, summed per term by `np.add.reduceat`); a month's is a
count of the matches' month ordinals. Neither needs a per-segment table made in Python.
"""

from collections import Counter

import numpy as np


def array_counts(segments):
    """Return ({speaker key: count}, {YYYY-MM: count}) for [(SegmentView, matching docs)]."""
    speakers, months = Counter(), Counter()
    for view, docs in segments:
        if not len(docs):
            continue
        matched = np.zeros(view.size, dtype=bool)
        matched[docs] = True
        for name, counts in (("speaker", speakers), ("month", months)):
            field = view.cache.fields.get(name)
            if field is None or not field.count:
                continue
            per_term = np.add.reduceat(matched[field.docs], field.starts[:-1])
            for ordinal in np.flatnonzero(per_term):
                counts[field.term(ordinal).decode("utf-8")] += int(per_term[ordinal])
    return speakers, months
