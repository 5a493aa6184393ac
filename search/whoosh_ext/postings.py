"""Skipping within a block of postings by bisection rather than one posting at a time.

Whoosh's `W3LeafMatcher.skip_to` steps through a block's ids with three method calls
per posting. An all-words search spends most of its time there, leapfrogging the rarer
word's postings over the commoner one's. The ids of a block are sorted, so bisecting
them gives the same position. `install()` (called by search.whoosh_ext.install) puts
this version in place of Whoosh's; the tests compare the two on real posting lists.
"""

from bisect import bisect_left

from whoosh.codec.whoosh3 import W3LeafMatcher
from whoosh.matching import ReadTooFar

_whoosh_skip_to = W3LeafMatcher.skip_to


def skip_to(self, targetid):
    """Move to the first posting whose id is targetid or more (or to the end)."""
    if not self.is_active():
        raise ReadTooFar
    if self._ids is None:
        self._read_ids()
    if targetid <= self._ids[self._i]:
        return
    while targetid > self._maxid:
        self._next_block()
        if not self.is_active():
            return
    if self._ids is None:
        self._read_ids()
    # The block's last id is at least targetid, so the position falls inside it.
    self._i = bisect_left(self._ids, targetid, self._i, self._blocklength)


def install():
    """Use the bisecting skip_to in Whoosh's posting readers (idempotent)."""
    W3LeafMatcher.skip_to = skip_to


def uninstall():
    """Put Whoosh's own skip_to back (for comparisons)."""
    W3LeafMatcher.skip_to = _whoosh_skip_to
