"""What a query matched on the posting cache, and a page cut from it.

The matches are kept per segment ([(SegmentView, docs, scores)]) or, evaluated on the
whole index (columnar_index.py), as one array of global document numbers: either form is
made from the other when asked. A page is the top N by score (ties to the lower document
number, as Whoosh's collector) or by date; the exact total is the number of matches; the
segments' matching documents are what facets count.
"""

import numpy as np

from search.retrieval.columnar import NO_DATE

UNDATED_LAST = 99_999_999  # the date key of an undated paragraph when oldest come first: last


class Matches:
    """What a query matched: per segment view, its document numbers and their scores.

    Made either per segment ([(SegmentView, docs int32, scores float64)]) or, by
    `of_index`, as the sorted global document numbers and scores of the whole index
    (columnar_index.py); each form is made from the other when asked.
    """

    def __init__(self, postings, per_segment):
        self.postings = postings
        self._per_segment = per_segment  # [(SegmentView, docs int32, scores float64)]
        self._whole = None  # (global docnums, scores)
        self.total = sum(len(docs) for _, docs, _ in per_segment)

    @classmethod
    def of_index(cls, postings, docnums, scores):
        """Return the Matches of sorted global document numbers and their scores."""
        found = cls.__new__(cls)
        found.postings, found._per_segment, found._whole = postings, None, (docnums, scores)
        found.total = len(docnums)
        return found

    @property
    def per_segment(self):
        if self._per_segment is None:
            docnums, scores = self._whole
            self._per_segment = []
            for view in self.postings.segments:
                low, high = np.searchsorted(docnums, (view.offset, view.offset + view.size))
                if high > low:
                    docs = docnums[low:high] - np.int32(view.offset) if view.offset else docnums[low:high]
                    self._per_segment.append((view, docs, scores[low:high]))
        return self._per_segment

    @property
    def segments(self):
        """Return [(SegmentView, matching docs)], for facets."""
        return [(view, docs) for view, docs, _ in self.per_segment]

    def _global(self):
        """Return (global docnums, scores) of every match."""
        if self._whole is None:
            if not self._per_segment:
                return np.zeros(0, dtype=np.int64), np.zeros(0)
            self._whole = (np.concatenate([docs.astype(np.int64) + view.offset
                                           for view, docs, _ in self._per_segment]),
                           np.concatenate([scores for _, _, scores in self._per_segment]))
        return self._whole

    def top(self, count):
        """Return [(global docnum, score)] of the best `count`: by score, then docnum."""
        if not self.total or count <= 0:
            return []
        docnums, scores = self._global()
        if len(scores) > count:
            # The count-th best score, then every match that reaches it (ties included):
            # the arrays' own methods, as numpy's function wrappers cost a microsecond or two.
            best = scores.copy()
            best.partition(len(scores) - count)
            keep = (scores >= best[len(scores) - count]).nonzero()[0]
            scores, docnums = scores.take(keep), docnums.take(keep)
        # The document numbers ascend (each segment's, segment after segment), so a stable
        # sort by score alone breaks ties to the lower document number, as a lexsort by
        # (score, docnum) would, in a third of its time.
        order = (-scores).argsort(kind="stable")[:count]
        return list(zip(docnums.take(order).tolist(), scores.take(order).tolist()))

    def by_date(self, count, newest_first):
        """Return [(global docnum, 0.0)] of the first `count` by date, as Whoosh sorts them.

        The key is the date (reversed for newest first) then the document number, in one
        int64: one day's paragraphs keep their reading order either way (a document's
        paragraphs are numbered in order). Undated paragraphs come last in both orders (as
        Elasticsearch's `missing: _last`), as on Whoosh's path (running.date_order).
        """
        if not self.total or count <= 0:
            return []
        keys = np.concatenate([view.date_keys()[docs] for view, docs, _ in self.per_segment])
        keys = np.where(keys == NO_DATE, UNDATED_LAST, UNDATED_LAST - 1 - keys if newest_first else keys)
        docnums = np.concatenate([docs.astype(np.int64) + view.offset
                                  for view, docs, _ in self.per_segment])
        combined = (keys + 1) * (1 << 32) + docnums
        if len(combined) > count:
            combined = np.partition(combined, count - 1)[:count]
        combined.sort()
        return [(int(key % (1 << 32)), 0.0) for key in combined]
