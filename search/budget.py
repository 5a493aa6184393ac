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

The budget is CPU time, the search's own thread's (time.thread_time): on a loaded machine
wall time also counts the time other processes ran, and cut cheap searches short (`vacuna*`
gave 0 hits after 0.5 s of CPU in 3.4 s). The wall clock still bounds a search, at
WALL_FACTOR times the budget, so no search holds a worker for long while the machine is
busy. The CPU clock is read only once the wall time of the budget has passed (a thread
can't have used more CPU than that), so a search that is done in time never reads it: it
costs a system call (1.3 us, against 0.13 us for the wall clock). A part that stops names
itself (`stop(what)`), and the search says what was left unfinished.

Upkeep of the index that a search happens to trigger (rebuilding a posting cache that an
older version wrote, once per segment) runs inside `not_counted()`: it is not the query's
cost, and counting it would cut the first search after an upgrade to nothing.
"""

import math
import time
from contextlib import contextmanager
from contextvars import ContextVar

WALL_FACTOR = 3  # wall time bounds a search at this many times its budget of CPU time


class Budget:
    """A budget of CPU time of the searching thread, bounded by wall time too, and what was
    cut short (a part stopped early, named in Spanish)."""

    def __init__(self, seconds=math.inf):
        self.seconds = seconds
        started = time.monotonic()
        self.deadline = started + seconds  # before it, the thread can't have used `seconds` of CPU
        self.wall_deadline = started + seconds * WALL_FACTOR
        self.cpu_started = time.thread_time() if math.isfinite(seconds) else 0.0
        self.cut = False
        self.stopped = []  # what stopped early, in Spanish, in order: «la comprobación de frases»
        self.by_wall = False  # spent by the wall clock (a loaded machine), not by CPU time

    def used(self):
        """Return the CPU seconds the searching thread has used since the budget began."""
        return time.thread_time() - self.cpu_started

    def spent(self):
        """Return True once the time is up; a part that stops then must call `stop()`."""
        return self._past(0.0)

    def overdue(self, grace):
        """Return True once `grace` seconds have passed since the budget was spent."""
        return self._past(grace)

    def _past(self, grace):
        """Return True once the CPU budget and `grace` seconds are spent, or the wall bound and
        `grace` have passed (then noting by_wall if the CPU budget was not spent)."""
        now = time.monotonic()
        if now < self.deadline + grace:  # the usual answer, without the CPU clock
            return False
        if now >= self.wall_deadline + grace:
            self.by_wall = self.by_wall or self.used() < self.seconds + grace
            return True
        return self.used() >= self.seconds + grace

    def stop(self, what=None):
        """Note that a part of the search (`what`, in Spanish) stopped early: its answer is incomplete."""
        self.cut = True
        if what and what not in self.stopped:
            self.stopped.append(what)

    def left(self):
        """Return the CPU seconds left, at most the wall seconds left (0 when spent; inf for no limit)."""
        if math.isinf(self.seconds):
            return math.inf
        wall = self.wall_deadline - time.monotonic()
        return max(0.0, min(self.seconds - self.used(), wall))


UNLIMITED = Budget()
_current = ContextVar("search_budget", default=UNLIMITED)


def current():
    """Return the budget of the search under way in this thread (UNLIMITED outside one)."""
    return _current.get()


@contextmanager
def searching_within(seconds):
    """Run a search within `seconds` of CPU time (None or inf: no limit); yield its Budget."""
    budget = Budget(math.inf if seconds is None else seconds)
    token = _current.set(budget)
    try:
        yield budget
    finally:
        _current.reset(token)


@contextmanager
def not_counted():
    """Run a block whose time the search under way does not count: its deadlines move by as much."""
    started, cpu = time.monotonic(), time.thread_time()
    try:
        yield
    finally:
        budget, wall = _current.get(), time.monotonic() - started
        budget.deadline += wall
        budget.wall_deadline += wall
        budget.cpu_started += time.thread_time() - cpu


@contextmanager
def part(share):
    """Run a part of the search within `share` of the time it has left; yield its Budget.

    What the part stops is the search's too (its `cut`, what it names). A costly step that
    may not take the whole budget (typos, which a cheaper fallback follows) runs so.
    """
    outer = current()
    inner = Budget(outer.left() * share)
    token = _current.set(inner)
    try:
        yield inner
    finally:
        _current.reset(token)
        if inner.cut:
            for what in inner.stopped or [None]:
                outer.stop(what)
            outer.by_wall = outer.by_wall or inner.by_wall
