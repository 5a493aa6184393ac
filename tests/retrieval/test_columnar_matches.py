"""Matches: a page of the top N by score or by date, from either form of the matches.

Made per segment or from global document numbers (the whole index evaluated as one), the
same matches give the same pages, totals and per-segment documents for facets.
"""

from types import SimpleNamespace

import numpy as np
import pytest

from search.retrieval.columnar import NO_DATE
from search.retrieval.columnar_matches import Matches


class Segment:
    def __init__(self, offset, size, dates):
        self.offset, self.size = offset, size
        self._dates = np.array(dates, dtype=np.int64)

    def date_keys(self):
        return self._dates


SEGMENTS = [Segment(0, 4, [20200105, NO_DATE, 20200301, 20191231]),
            Segment(4, 3, [20200105, 20210101, NO_DATE])]
POSTINGS = SimpleNamespace(segments=SEGMENTS)
# Global document numbers 0..6; 3 and 4 tie on score, as do 1 and 6.
GLOBAL = ([0, 1, 3, 4, 6], [1.5, 0.25, 2.0, 2.0, 0.25])


def per_segment():
    docs, scores = np.array(GLOBAL[0], dtype=np.int32), np.array(GLOBAL[1])
    return Matches(POSTINGS, [(SEGMENTS[0], docs[:3], scores[:3]),
                              (SEGMENTS[1], docs[3:] - 4, scores[3:])])


def of_index():
    return Matches.of_index(POSTINGS, np.array(GLOBAL[0], dtype=np.int32), np.array(GLOBAL[1]))


@pytest.mark.parametrize("make", [per_segment, of_index])
def test_top_orders_by_score_then_the_lower_document(make):
    matches = make()
    assert matches.total == 5
    assert matches.top(10) == [(3, 2.0), (4, 2.0), (0, 1.5), (1, 0.25), (6, 0.25)]
    assert matches.top(4) == [(3, 2.0), (4, 2.0), (0, 1.5), (1, 0.25)]  # the tie at the cut: the lower
    assert matches.top(0) == []


@pytest.mark.parametrize("make", [per_segment, of_index])
def test_by_date_puts_undated_paragraphs_last_both_ways(make):
    matches = make()
    # Documents of one date: in their order either way (one day's paragraphs read in order)
    assert [doc for doc, _ in matches.by_date(10, newest_first=True)] == [0, 4, 3, 1, 6]
    assert [doc for doc, _ in matches.by_date(10, newest_first=False)] == [3, 0, 4, 1, 6]
    assert [doc for doc, _ in matches.by_date(2, newest_first=False)] == [3, 0]


def test_both_forms_give_each_segment_its_own_documents():
    ours, theirs = of_index(), per_segment()
    assert [(view.offset, docs.tolist()) for view, docs in ours.segments] == \
        [(view.offset, docs.tolist()) for view, docs in theirs.segments] == [(0, [0, 1, 3]), (4, [0, 2])]
    assert [scores.tolist() for _, _, scores in ours.per_segment] == [[1.5, 0.25, 2.0], [2.0, 0.25]]


def test_no_matches():
    for matches in (Matches(POSTINGS, []), Matches.of_index(POSTINGS, np.zeros(0, dtype=np.int32), np.zeros(0))):
        assert matches.total == 0 and matches.top(10) == [] and matches.by_date(10, True) == []
        assert matches.segments == []
