"""A small LRU of result pages, keyed by the index version and every search parameter.

A page is searched once per index version: any update changes the key, so a cached
page is never stale.
"""

import threading
from collections import OrderedDict


class ResultsCache:
    """A thread-safe least-recently-used mapping of bounded size."""

    def __init__(self, size):
        self.size = size
        self.pages = OrderedDict()
        self.lock = threading.Lock()

    def lookup(self, key, compute, keep=lambda: True):
        """Return (value, True) when key was cached, else (compute()'s value, False).

        A computed value is stored only if keep() says so afterwards.
        """
        if self.size <= 0:
            return compute(), False
        with self.lock:
            if key in self.pages:
                self.pages.move_to_end(key)
                return self.pages[key], True
        value = compute()
        if not keep():
            return value, False
        with self.lock:
            self.pages[key] = value
            while len(self.pages) > self.size:
                self.pages.popitem(last=False)
        return value, False
