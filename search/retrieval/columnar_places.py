"""Where a posting list's documents lie among candidate documents: by a binary search, or by a map.

A query's later parts are looked up among the documents its first part matched (columnar
_lists.sums_within): each posting list against the same sorted candidates. A binary search
(`searchsorted`) costs a few comparisons per key, each a branch the processor can't
predict: 14-18 µs for 755 candidates in a list of 1,079 (bench: a three-word query's second
word on covid19mx). When the list is not much longer than the candidates, a map of the
index's documents to their place among the candidates answers each posting with one read:
set once per set of candidates, it serves every term looked up there (a question's 10-20),
then is cleared. Measured on 165,000 documents (/work/notes/speed16b_report.md):

| candidates, postings | searchsorted µs | map µs (setting it: µs) |
|---|---|---|
| 755, 755 | 9.0 | 3.0 (3.9) |
| 3,000, 3,000 | 98.8 | 5.4 (11.1) |
| 3,000, 48,000 | 183.8 | 203.7 |
| 200, 12,800 | 4.4 | 56.9 |

Setting the map and clearing it costs about as much as one binary search of a few hundred
candidates saves, so it is set when it serves several terms (MAP_TERMS: a question's words)
or many candidates (MAP_ALONE), and then used for a list at most MAP_SHARE times as long as
the candidates; otherwise the shorter side is searched in the longer. Both give the same
places, in the same (ascending) order.

The map is an int32 array the size of the index (-1: not a candidate), one per thread and
size, kept: 0.66 MB at 165k paragraphs. It is -1 everywhere between lookups: a lookup sets
the candidates' places and clears them when it ends, even when it fails.
"""

import threading

import numpy as np

MAP_SHARE = 4  # a posting list up to this many times the candidates is looked up in the map
MAP_FLOOR = 128  # fewer candidates: a binary search is as quick, and the map's setting is not paid
MAP_TERMS = 4  # terms to look up among the same candidates for the map to be set...
MAP_ALONE = 2048  # ...or candidates
KEPT_SIZES = 4  # maps kept per thread (the whole index's size, and a segment's or two)

_scratch = threading.local()


class CandidatePlaces:
    """Looks posting lists up among sorted candidate documents of a view (of `size` documents).

    `terms`: how many posting lists will be looked up. Use as a context manager: the map,
    when one was set, is cleared on leaving.
    """

    def __init__(self, size, candidates, terms):
        self.size, self.candidates = size, candidates
        self._map = None
        self.mapped = len(candidates) >= MAP_ALONE or len(candidates) >= MAP_FLOOR and terms >= MAP_TERMS

    def __enter__(self):
        return self

    def __exit__(self, *problem):
        if self._map is not None:
            self._map[self.candidates] = -1
            _scratch.busy.discard(id(self._map))
            self._map = None

    def find(self, docs):
        """Return (places among the candidates, places in docs) of the docs that are candidates.

        `docs` is a sorted posting list of the view; both arrays ascend.
        """
        candidates = self.candidates
        if self.mapped and len(docs) <= MAP_SHARE * len(candidates):
            if self._map is None:
                self._map = _minus_ones(self.size)
                _scratch.busy.add(id(self._map))
                self._map[candidates] = np.arange(len(candidates), dtype=np.int32)
            at = self._map.take(docs)
            present = (at >= 0).nonzero()[0]
            return at.take(present), present
        # The arrays' own searchsorted and take: numpy's function wrappers and fancy indexing
        # cost a microsecond or two a term, as much as the lookup of a few hundred. A place
        # past the end is clipped to the last, whose value differs: never found, never used.
        if len(docs) >= len(candidates):  # look each candidate up in the longer posting list
            at = docs.searchsorted(candidates)
            places = (docs.take(at, mode="clip") == candidates).nonzero()[0]
            return places, at.take(places)
        at = candidates.searchsorted(docs)  # look each posting up among the candidates
        present = (candidates.take(at, mode="clip") == docs).nonzero()[0]
        return at.take(present), present


def _minus_ones(size):
    """Return this thread's int32 array of `size` -1s (made on first use, then kept), or a new
    one while this thread's is in use (a lookup inside another: none does so today)."""
    maps = getattr(_scratch, "maps", None)
    if maps is None:
        maps = _scratch.maps = {}
        _scratch.busy = set()  # the ids of the maps a lookup is using
    found = maps.get(size)
    if found is None or id(found) in _scratch.busy:
        if len(maps) >= KEPT_SIZES:
            maps.clear()
        found = np.full(size, -1, dtype=np.int32)
        if size not in maps:
            maps[size] = found
    return found
