"""Postings read from posting cache files, kept for the searches that follow (an LRU in bytes).

A search reads each of its terms' postings from the cache file (postcache_file.Section:
two preads and an fstat, and a copy); words repeat from search to search (`salud`,
`presidente`, a question's `año`), so the lists read last are kept, up to KEPT_BYTES in all,
across fields and segments. On bench/speed.py's queries at 165k paragraphs, 8 MB keeps 64%
of a question's reads and 32% of a keyword search's (bench/search_stages.py measures the gain).
What was read from a sound file stays right: a segment, and so its cache, never changes.
"""

import itertools
import threading
from collections import OrderedDict

KEPT_BYTES = 8 << 20
LARGEST_SHARE = 4  # a list larger than a quarter of the budget is not kept: it would flush the rest

_tokens = itertools.count()


def new_token():
    """Return a number that names one field of one opened cache, never reused in this process."""
    return next(_tokens)


class KeptPostings:
    """(docs, weights) arrays by (token, ordinal), the least recently used dropped past a budget."""

    def __init__(self, budget=KEPT_BYTES):
        self.budget = budget
        self.used = 0
        self.entries = OrderedDict()
        self.lock = threading.Lock()  # a server's threads share it

    def get(self, key):
        """Return the arrays kept under key, or None."""
        with self.lock:
            found = self.entries.get(key)
            if found is not None:
                self.entries.move_to_end(key)
            return found

    def put(self, key, arrays):
        """Keep arrays under key, dropping the least recently used past the budget."""
        size = sum(array.nbytes for array in arrays)
        if size * LARGEST_SHARE > self.budget:
            return
        with self.lock:
            if key in self.entries:
                return
            self.entries[key] = arrays
            self.used += size
            while self.used > self.budget:
                _, dropped = self.entries.popitem(last=False)
                self.used -= sum(array.nbytes for array in dropped)

    def clear(self):
        with self.lock:
            self.entries.clear()
            self.used = 0


KEPT = KeptPostings()
