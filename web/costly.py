"""Costly searches in a process of their own: the other core, not the page's GIL.

A costly search (web/limits.py) run in the server's process holds Python's GIL for most
of its time: a cheap search beside it waits at every step and answers several times
later. Run in a worker process, it uses the machine's other core, and a cheap search
runs as fast as alone. The worker opens the index itself and follows its updates, as
the page does; a search's errors come back as the page would raise them, and a worker
that dies (a crash, a kill) is replaced at the next costly search, which answers 503.

The search's time budget stops it in the worker (CPU time, bounded by WALL_FACTOR times as
long on the wall clock: search/budget.py). As the last guard, the page's thread waits for
it that wall time and GRACE_SECONDS more (the page's snippets and facets; and
START_SECONDS more for a worker's first search, which starts it and opens the index),
never longer: a worker still busy then is killed and replaced, and that search answers
503.
"""

import logging
import math
import multiprocessing
import signal
import threading
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

from search.budget import WALL_FACTOR
from search.errors import IndexDamaged, IndexNotFound, QueryError, SearchError
from search.retrieval import searching as library
from search.retrieval.reader import open_index

log = logging.getLogger(__name__)
_index = None  # the worker's open index
GRACE_SECONDS = 10.0  # a search's time budget and this, and the page stops waiting for it
START_SECONDS = 60.0  # and this more for a worker's first search


class WorkerLost(SearchError):
    """The process of costly searches died; the next one starts afresh."""


class WorkerTimedOut(WorkerLost):
    """This search itself ran past its time and grace: retrying it would fail again."""


class WorkerUnavailable(SearchError):
    """The worker found the index missing or damaged (its message is for the log)."""

    def __init__(self, kind, message):
        super().__init__(message)
        self.kind = kind  # "missing" or "damaged", as web/errors.py shows them


def _start_worker():
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C stops the server, which stops us


def _search(index_dir, text, options):
    """In the worker: return ("ok", Results) or ("error", kind, message)."""
    global _index
    try:
        if _index is None:
            _index = open_index(index_dir)
        return "ok", library.search(_index, text, **options)
    except QueryError as error:
        return "error", "query", str(error)
    except IndexNotFound as error:  # IndexDamaged too
        if _index is not None:
            _index.close()
            _index = None  # open it again next time: it may have been rebuilt
        return "error", "damaged" if isinstance(error, IndexDamaged) else "missing", str(error)
    except Exception as error:  # noqa: BLE001 - the page diagnoses it, as its own failures
        return "error", "failed", f"{type(error).__name__}: {error}"


class CostlyRunner:
    """Run costly searches in one worker process, started on first use."""

    def __init__(self, index_dir, processes=1):
        self.index_dir = str(index_dir)
        self.processes = processes
        self.pool = None
        self.started = False  # the worker has answered a search: it is up, its index open
        self.lock = threading.Lock()

    def search(self, text, options):
        """Return the Results of a search run in the worker; raise as the page would."""
        pool = self._pool()
        seconds = options.get("seconds")
        waiting = (None if seconds is None or math.isinf(seconds)
                   else seconds * WALL_FACTOR + GRACE_SECONDS + (0 if self.started else START_SECONDS))
        try:
            outcome = pool.submit(_search, self.index_dir, text, options).result(timeout=waiting)
        except BrokenProcessPool:
            self._drop(pool)
            log.error("el proceso de las búsquedas costosas murió; se arranca de nuevo")
            raise WorkerLost("el proceso de búsquedas costosas se reinicia") from None
        except TimeoutError:
            self._drop(pool, kill=True)
            log.error("una búsqueda costosa pasó %.0f s de su tiempo; su proceso se mata y se "
                      "arranca de nuevo: %r", GRACE_SECONDS, text[:200])
            raise WorkerTimedOut("una búsqueda costosa no terminó a tiempo") from None
        self.started = True
        if outcome[0] == "ok":
            return outcome[1]
        _, kind, message = outcome
        if kind == "query":
            raise QueryError(message)
        if kind in ("missing", "damaged"):
            raise WorkerUnavailable(kind, message)
        raise RuntimeError(f"costly search failed in its worker: {message}")

    def _pool(self):
        with self.lock:
            if self.pool is None:
                context = multiprocessing.get_context("spawn")  # the server has threads
                self.pool = ProcessPoolExecutor(self.processes, mp_context=context,
                                                initializer=_start_worker)
                self.started = False
            return self.pool

    def _drop(self, pool, kill=False):
        with self.lock:
            if self.pool is pool:
                self.pool = None
        if kill:  # a process still at work: shutdown alone would wait for it
            for process in list((getattr(pool, "_processes", None) or {}).values()):
                process.kill()
        pool.shutdown(wait=False, cancel_futures=True)

    def close(self):
        """Stop the worker."""
        with self.lock:
            pool, self.pool = self.pool, None
        if pool is not None:
            pool.shutdown(wait=True, cancel_futures=True)
