"""The live index opened for reading, following updates in place and new generations.

Whoosh's table of contents tells a searcher it is behind an update; the `current`
symlink tells a SearchIndex that a build switched in a new generation. Opening one
generation, and telling a damaged index from an outdated one, is opening.py's.
"""

import os
import sys
import threading
import time
import weakref
from contextlib import contextmanager
from pathlib import Path

from whoosh.scoring import WeightingModel

from search import whoosh_ext
from search.errors import IndexDamaged, IndexNotFound, warn
from search.layout import CURRENT
from search.retrieval.opening import Generation, closing_leaks, open_generation
from search.retrieval.ranking import weighting as shipped_weighting
from search.retrieval.running import postings_for
from search.storage.generations import live_generation, missing_detail

OPEN_ATTEMPTS = 3
PAIRING_SECONDS = 5.0  # a thread's store follows its searcher for one request, at most this
REPLACED_GRACE = 60.0  # a replaced generation stays open this long for searches under way
# A folder changed this recently may change again within the same tick of its clock and
# keep its mtime (git's "racily clean" files): its mtime proves nothing until it is older.
RACY_NS = 2_000_000_000


class SearchIndex:
    """A live index opened for reading: the Whoosh postings and the record store.

    Each thread keeps one searcher, reopened when the index has changed in place or
    when `current` moves to a new generation (one readlink a call). `store`
    is the store of the generation this thread's searcher reads, so the document numbers
    it finds are looked up where they belong.
    """

    def __init__(self, whoosh, store, directory, weighting, index_dir=None):
        self.weighting = weighting
        self.index_dir = Path(index_dir) if index_dir is not None else None
        # read on every search: a str, joined once (a Path joins anew each time, 2 µs)
        self.current_link = os.fspath(self.index_dir / CURRENT) if index_dir is not None else None
        self.live = Generation(whoosh, store, Path(directory))
        self.replaced = []  # earlier generations, closed once no search can still use them
        self.lock = threading.Lock()
        self.local = threading.local()
        # Every searcher opened and not yet closed, with the thread it serves. Nothing else
        # closes a Whoosh searcher: one left to the collector keeps its segments' files open
        # until then (deleted ones too, their room on disk not given back), and says so with
        # a ResourceWarning. close() closes them all; a new one closes those of threads that
        # ended (a pool's thread drops its thread-local one); and this index, dropped unclosed,
        # closes them as it goes (the finalizer holds `opened`, not the index). The collector
        # may run it in any thread, one holding the keepers' locks too: it closes Whoosh's
        # files only, and the keepers' weak entries go with the searchers (the posting-cache
        # view gives its counts back at the next load: columnar.IndexPostings).
        self.opened = {}
        weakref.finalize(self, _close_all, self.opened, self.lock, tell_keepers=False)
        self.cached = {}  # name: (state of the index, value), for per_state
        self.cache_lock = threading.Lock()

    @property
    def whoosh(self):
        return self._generation().whoosh

    @property
    def store(self):
        return self._generation().store

    @property
    def directory(self):
        self.follow()
        return self.live.directory

    def _generation(self):
        paired = getattr(self.local, "generation", None)
        if paired is not None and time.monotonic() - self.local.paired_at < PAIRING_SECONDS:
            return paired
        self.follow()
        return self.live

    def follow(self):
        """Open the generation `current` points at, if it is not the one open."""
        if self.index_dir is None:
            return
        try:
            target = os.readlink(self.current_link)
        except OSError:
            return  # not a generation layout, or being switched: keep serving what is open
        if target == self.live.directory.name:
            return
        with self.lock:
            if target == self.live.directory.name:
                return
            try:
                opened = open_generation(self.index_dir, self.index_dir / target)
            except (IndexNotFound, IndexDamaged):
                return  # replaced again already (the next call follows), or unusable
            self.live.replaced_at = time.monotonic()
            self.replaced.append(self.live)
            self.live = opened
        self._close_replaced(older_than=REPLACED_GRACE)

    def searcher(self):
        """Return this thread's searcher, refreshed if the index changed (don't close it);
        inside pinned(), the one it pinned."""
        pinned = getattr(self.local, "pinned", None)
        if pinned is not None:
            self.local.paired_at = time.monotonic()  # its store stays paired with it (_generation)
            return pinned[0]
        self.follow()
        live = self.live
        searcher = getattr(self.local, "searcher", None)
        if searcher is not None and (self.local.generation is not live
                                     or not self._up_to_date(searcher, live.directory)):
            # Not Searcher.refresh(): with `reuse`, Whoosh 2.7.5 keeps the segments a
            # merge removed and misses new deletions in the segments it reuses.
            self._set_aside(searcher)
            searcher = self.local.searcher = self.local.settled = None  # set aside once, even if opening fails
        if searcher is None:
            # Field lengths are loaded when Whoosh's path scores (searching.py), not here:
            # the posting cache has its own.
            with closing_leaks():
                searcher = live.whoosh.searcher(weighting=self.weighting)
            self._opened(searcher)
            frequencies_from_cache(searcher)
        self.local.searcher, self.local.generation = searcher, live
        now = self.local.paired_at = time.monotonic()
        aside = getattr(self.local, "aside", None)
        if aside and now - aside[0][1] >= PAIRING_SECONDS:
            self._close_aside(now)  # an earlier state's files close at the next search, not the next update
        return searcher

    def _up_to_date(self, searcher, directory):
        """Tell whether a searcher still reads the index's latest commit, in a stat mostly.

        Whoosh's check lists the folder for tables of contents (10 us, on every search
        and on every per_state). A commit adds one and removes another, so the folder's
        mtime changes: once a listing found the searcher current under an mtime old
        enough to trust (RACY_NS), the same mtime means nothing was committed since.
        """
        try:
            mtime = os.stat(directory).st_mtime_ns
        except OSError:  # its generation was removed a moment ago; follow() sees it next call
            return True
        settled = getattr(self.local, "settled", None)
        if settled is not None and settled[0] is searcher and settled[1] == mtime:
            return True
        current = _up_to_date(searcher)
        if current and mtime < time.time_ns() - RACY_NS:
            self.local.settled = (searcher, mtime)
        return current

    def edition(self):
        """Return the short name of the documents this index serves (RecordStore.edition), once
        per state of the index: it changes when documents do, not when segments are merged."""
        return self.per_state("edition", lambda: self.store.edition())

    @contextmanager
    def pinned(self):
        """Serve this thread the searcher and state of the index as the block begins, until
        it ends (nested: the outer one's): one search reads one state, and its five or six
        calls of searcher() and per_state() cost no readlink and stat each (8 us a call)."""
        if getattr(self.local, "pinned", None) is not None:
            yield
            return
        searcher = self.searcher()
        self.local.pinned = (searcher, (self.local.generation, searcher.reader().generation()))
        try:
            yield
        finally:
            self.local.pinned = None

    def per_state(self, name, load):
        """Return load(), called once per state of the index (its generation and update)."""
        pinned = getattr(self.local, "pinned", None)
        if pinned is not None:
            self.local.paired_at = time.monotonic()
            state = pinned[1]
        else:
            searcher = self.searcher()
            state = (self.local.generation, searcher.reader().generation())
        with self.cache_lock:  # one thread loads; the others wait for its value
            found = self.cached.get(name)
            if found is None or found[0][0] is not state[0] or found[0][1] != state[1]:
                found = self.cached[name] = (state, load())
            return found[1]

    def _set_aside(self, searcher):
        """Close this thread's replaced searchers later: the request may still use one."""
        now = time.monotonic()
        self._close_aside(now)
        self.local.aside.append((searcher, now))

    def _close_aside(self, now):
        """Close this thread's searchers set aside PAIRING_SECONDS ago or more."""
        aside = getattr(self.local, "aside", [])
        for old, since in aside:
            if now - since >= PAIRING_SECONDS:
                self._close(old)
        self.local.aside = [(old, since) for old, since in aside if now - since < PAIRING_SECONDS]

    def _opened(self, searcher):
        """Note this thread's new searcher; close the searchers of threads that ended."""
        with self.lock:
            ended = [old for old, thread in self.opened.items() if not thread.is_alive()]
            for old in ended:
                del self.opened[old]
            self.opened[searcher] = threading.current_thread()
        for old in ended:
            _close(old)

    def _close(self, searcher):
        """Close a searcher if it is still this index's: close() in another thread may have
        taken it already, and Whoosh's reader raises when closed twice."""
        with self.lock:
            owned = self.opened.pop(searcher, None) is not None
        if owned:
            _close(searcher)

    def _close_replaced(self, older_than):
        with self.lock:
            now = time.monotonic()
            old = [g for g in self.replaced if now - g.replaced_at >= older_than]
            self.replaced = [g for g in self.replaced if g not in old]
        for generation in old:
            generation.store.close()

    def close(self):
        """Close every thread's searchers (set aside ones too) and the record stores; the
        stores are closed even when a searcher fails to close."""
        try:
            _close_all(self.opened, self.lock)
        finally:
            self.local.searcher = self.local.generation = self.local.settled = None
            self.local.aside = []
            try:
                self._close_replaced(older_than=0)
            finally:
                self.live.store.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


# What keeps something of a searcher or of its segment readers (files open among them),
# told when one is closed; looked up, not imported: a process that never loaded one has
# nothing of it to drop, and a command's start doesn't pay for importing it.
KEEPERS = ("search.retrieval.columnar", "search.retrieval.hit_texts")


def _close(searcher, tell_keepers=True):
    """Close a searcher: its segment files, and its posting-cache view and its segments'
    texts files unless `tell_keepers` is False."""
    if searcher.is_closed:
        return
    for name in KEEPERS if tell_keepers else ():
        keeper = sys.modules.get(name)
        if keeper is not None:
            keeper.forget(searcher)
    searcher.close()


def _close_all(opened, lock, tell_keepers=True):
    """Close the searchers of `opened` ({searcher: thread}, guarded by `lock`) and empty it.

    One that fails to close (a damaged segment) is logged and the rest are still closed:
    `opened` no longer holds them, so nothing else would.
    """
    with lock:
        searchers = list(opened)
        opened.clear()
    for searcher in searchers:
        try:
            _close(searcher, tell_keepers)
        except Exception as error:  # noqa: BLE001 - any failure must not leave the others open
            warn(__name__, "al cerrar un buscador: %s", error)


def frequencies_from_cache(searcher):
    """Make a searcher's doc_frequency(field, term) answer from the posting cache, if any.

    Whoosh's looks the term up in each segment's term table, read from the file (25 µs;
    not mapped, see opening.open_generation); the cache's bisects arrays already in memory. Both
    count deleted documents, so the numbers are the same. The query builder asks it for
    every accented form of a word, the advice for every word of a query that found few,
    a question for every word (ranking.question_query). Weakly bound: the searcher must not keep itself alive.
    """
    whoosh_frequency = searcher.doc_frequency
    owner = weakref.ref(searcher)

    def doc_frequency(fieldname, text):
        searcher = owner()
        postings = postings_for(searcher) if searcher is not None else None
        if postings is None or fieldname not in postings.schema:
            return whoosh_frequency(fieldname, text)
        return postings.doc_frequency(fieldname, text)

    searcher.doc_frequency = doc_frequency


def _up_to_date(searcher):
    try:
        return searcher.up_to_date()
    except OSError:  # its generation was removed a moment ago; follow() sees it next call
        return True


def _commits(directory: Path) -> frozenset[str]:
    """Return the names of the tables of contents in a generation (one per Whoosh commit)."""
    try:
        return frozenset(entry.name for entry in os.scandir(directory) if entry.name.endswith(".toc"))
    except OSError:
        return frozenset()


def open_index(index_dir: str | os.PathLike,
               weighting: WeightingModel | None = None) -> "SearchIndex":
    """Open the live index for reading, or raise IndexNotFound saying why.

    Scoring is the shipped ranking (search/retrieval/ranking.py) unless another
    weighting is given, as bench/relevance.py does to compare variants.
    """
    whoosh_ext.install()
    for attempt in range(OPEN_ATTEMPTS):
        directory = live_generation(index_dir)
        if directory is None:
            raise IndexNotFound(index_dir, missing_detail(index_dir))
        commits = _commits(directory)
        try:
            generation = open_generation(index_dir, directory)
        except IndexNotFound:
            if attempt == OPEN_ATTEMPTS - 1 or (live_generation(index_dir) == directory
                                                 and _commits(directory) == commits):
                raise
            # a build switched generations, or an update committed to this one (Whoosh removes
            # the table of contents it replaces), while it was opened
            continue
        follows = index_dir if directory != Path(index_dir) else None
        return SearchIndex(generation.whoosh, generation.store, directory,
                           weighting or shipped_weighting(), index_dir=follows)


