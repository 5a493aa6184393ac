"""Costly searches one at a time, so that cheap searches and /healthz still answer.

Every search is bounded (search/budget.py), but a few bounded searches at once could
still hold every worker thread of the server. A search is costly when its query can
read many postings or texts: a phrase, a prefix or wildcard, a word with typos, or many words
(their any-word fallback); or when it asks for a deep page. Costly searches take one of
a few slots (`slots`); the others wait, up to `wait` seconds, and at most `queue` of them
wait at once, so threads are always left for cheap requests. A costly search that finds
no slot gets a 503 that asks to try again (Busy), never a stuck thread. Downloads of
every hit (`format=csv|jsonl|json`) take a gate of their own (EXPORT_SLOTS): each holds
the ranked list of all its hits while it streams, tens of MB on a large index. With the GIL, a
second costly search at once would only halve the speed of both: one slot by default.

The slot is held while the search runs in the worker process of costly searches
(web/costly.py), which leaves the page's own process to cheap searches and /healthz.
"""

import threading
from contextlib import contextmanager

from search.errors import SearchError
from search.query.parser import Group, Not, Phrase, Word, parse

MANY_WORDS = 8  # more words than this make an any-word fallback over many postings
DEEP_HITS = 500  # page × limit beyond this ranks a deep heap
# Downloads of every hit at once, and those that may wait for a slot: each holds the list of
# its hits while it streams (~45 MB for 165k paragraphs; 20 at once once took a server to 1.1 GB).
EXPORT_SLOTS = 2
EXPORT_QUEUE = 2


class Busy(SearchError):
    """No slot for a costly search came free in time."""


class ExportsBusy(Busy):
    """No slot for a whole-index download came free in time."""


def is_costly(params):
    """Tell whether a search (web/params.py SearchParams) may cost more than a plain one."""
    if params.page * params.limit > DEEP_HITS:
        return True
    words = 0
    todo = [parse(params.q).root]
    while todo:
        clause = todo.pop()
        if isinstance(clause, Group):
            todo.extend(clause.clauses)
        elif isinstance(clause, Not):
            todo.append(clause.clause)
        elif isinstance(clause, Phrase) and clause.field in (None, "text", "title"):
            return True
        elif isinstance(clause, Word):
            if clause.prefix or clause.wildcard or clause.fuzzy:
                return True
            words += 1
    return words > MANY_WORDS


class CostlyGate:
    """A few slots for costly searches, and a bounded wait for one."""

    def __init__(self, slots=1, queue=8, wait=20.0, busy=Busy):
        self.slots = threading.BoundedSemaphore(max(1, slots))
        self.queue = queue
        self.wait = wait
        self.waiting = 0
        self.lock = threading.Lock()
        self.busy = busy  # what is raised when no slot comes free

    def acquire(self):
        """Take a slot, waiting as slot() does, or raise `busy`; release() gives it back."""
        if not self.slots.acquire(blocking=False):
            with self.lock:
                if self.waiting >= self.queue:
                    raise self.busy("demasiadas búsquedas costosas en espera")
                self.waiting += 1
            try:
                taken = self.slots.acquire(timeout=self.wait)
            finally:
                with self.lock:
                    self.waiting -= 1
            if not taken:
                raise self.busy("ninguna búsqueda costosa terminó a tiempo")

    def release(self):
        """Give back a slot taken with acquire()."""
        self.slots.release()

    @contextmanager
    def slot(self):
        """Hold a slot for a costly search, or raise Busy."""
        self.acquire()
        try:
            yield
        finally:
            self.release()


class Held:
    """An iterable that gives back its gate's slot when it ends or is closed: a download
    holds its slot while it streams, however it ends (the server closes it, a client gone)."""

    def __init__(self, chunks, gate):
        self.chunks, self.gate = chunks, gate

    def __iter__(self):
        return self

    def __next__(self):
        try:
            return next(self.chunks)
        except BaseException:
            self.close()
            raise

    def close(self):
        gate, self.gate = self.gate, None
        if gate is not None:
            try:
                getattr(self.chunks, "close", lambda: None)()
            finally:
                gate.release()

