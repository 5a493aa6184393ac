"""A search's time budget: the last guard that no query holds a worker for long.

Costs are bounded by design first: phrases are answered from word pairs
(search/text/pairs.py), prefixes expand within one budget of terms and postings per
query (search/query/builder.py). The time budget stops whatever still runs long. The
loops of a search that can run over many items (collecting matches, checking phrases
against the text) ask `spent()` every so often; when the time is up they stop and keep
what they found, and the search says that its answer is incomplete.

The budget of the search under way is a context variable, so the parts of a search
find it without passing it through Whoosh, and each thread of a server has its own:

    with searching_within(2.0) as budget:
        ...                  # current() is this budget; current().spent() after 2 s
    budget.cut               # True if some part stopped early

Upkeep of the index that a search happens to trigger (rebuilding a posting cache that an
older version wrote, once per segment) runs inside `not_counted()`: it is not the query's
cost, and counting it would cut the first search after an upgrade to nothing.
"""

import math
import time
from contextlib import contextmanager
from contextvars import ContextVar


class Budget:
    """A deadline on the monotonic clock, and whether some part of the search was cut short."""

    def __init__(self, seconds=math.inf):
        self.seconds = seconds
        self.deadline = time.monotonic() + seconds
        self.cut = False

    def spent(self):
        """Return True once the time is up; a part that stops then must call `stop()`."""
        return time.monotonic() >= self.deadline

    def stop(self):
        """Note that a part of the search stopped early: its answer is incomplete."""
        self.cut = True

    def left(self):
        """Return the seconds left (0 when spent; inf for no limit)."""
        return max(0.0, self.deadline - time.monotonic())


UNLIMITED = Budget()
_current = ContextVar("search_budget", default=UNLIMITED)


def current():
    """Return the budget of the search under way in this thread (UNLIMITED outside one)."""
    return _current.get()


@contextmanager
def searching_within(seconds):
    """Run a search within `seconds` (None or inf: no limit); yield its Budget."""
    budget = Budget(math.inf if seconds is None else seconds)
    token = _current.set(budget)
    try:
        yield budget
    finally:
        _current.reset(token)


@contextmanager
def not_counted():
    """Run a block whose time the search under way does not count: its deadline moves by as much."""
    started = time.monotonic()
    try:
        yield
    finally:
        _current.get().deadline += time.monotonic() - started
