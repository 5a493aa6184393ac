"""Collecting a search's matches: the page of hits, the exact total, and every match kept.

The collectors keep each segment's matching document numbers, which facets then count
(search/retrieval/facets.py) without running the query again. They stop when the
search's time budget is spent (search/budget.py): the total is then what was found.
"""

from array import array
from heapq import heappush, heapreplace

from whoosh.collectors import SortingCollector, TopCollector

from search import budget as budgets

CLOCK_EVERY = 256  # matches collected between two looks at the search's time budget
COLLECTING = "la recogida de coincidencias"  # what a search cut short here left unfinished


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
        budget, countdown = budgets.current(), CLOCK_EVERY
        for sub_docnum in self.matches():
            keep(sub_docnum)
            collect(sub_docnum)
            countdown -= 1
            if not countdown:
                if budget.spent():
                    budget.stop(COLLECTING)  # what was collected stands; the search says it stopped
                    return
                countdown = CLOCK_EVERY


class RecordingTopCollector(Recording, TopCollector):
    """Ranks by score and keeps every match, none pruned: its total is exact.

    Whoosh's own loop replaces the matcher with one pruned by the lowest score in the
    top N, even with `usequality=False`: with the title boost, a paragraph without the
    word in its title then drops out of the total and the facets (`días` counted 1,810
    of 13,624). This loop replaces the matcher only to drop finished parts, and makes
    fewer calls per match.
    """

    def collect_matches(self):
        if self.final_fn:  # Whoosh's own loop would prune, and the total would shrink
            raise ValueError("RecordingTopCollector does not support final scores")
        keep = self.segments[-1][1].append
        items, limit, offset = self.items, self.limit, self.offset
        matcher, every, countdown = self.matcher, self.replace or 1, 0
        budget, clock = budgets.current(), CLOCK_EVERY
        while matcher.is_active():
            if countdown == 0:
                matcher, countdown = matcher.replace(0), every
                if not matcher.is_active():
                    break
                clock -= every
                if clock <= 0:
                    if budget.spent():
                        budget.stop(COLLECTING)  # what was collected stands; the search says it stopped
                        break
                    clock = CLOCK_EVERY
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


class RecordingSortingCollector(Recording, SortingCollector):
    """Sorts by a field and keeps every match."""
