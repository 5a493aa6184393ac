"""Full builds into a new generation, switched into service in one atomic step.

Layout of an index directory:

    index/current -> gen-20201222T101500-1234   (a relative symlink: the live index)
    index/gen-...                               (one Whoosh index per generation)
    index/building-<pid>-...                    (a build in progress; removed if it dies)
    index/writer.lock                           (held by the one writer: search/locking.py)

A generation is also updated in place, file by file (search/updater.py). Readers follow
both: Whoosh's table of contents tells a searcher it is behind, and `current` tells a
SearchIndex that a new generation went live.
"""

import os
import shutil
import sqlite3
import threading
import time
import warnings
from datetime import datetime
from pathlib import Path

from whoosh import index as whoosh_index
from whoosh.filedb.filestore import FileStorage
from whoosh.scoring import BM25F

from search.building import STORE_FILE, BuildSummary, build_segments, join_store_parts, share_files
from search.documents import find_files
from search.errors import IndexNotFound, SearchError
from search.lengths import preload_lengths
from search.locking import WAIT_SECONDS, writer_lock
from search.manifest import unique_files
from search.schema import paragraph_schema
from search.store import OutdatedStore, RecordStore

CURRENT = "current"
SMALL_BUILD_FILES = 50  # below this, one process builds faster than two
OPEN_ATTEMPTS = 3
PAIRING_SECONDS = 5.0  # a thread's store follows its searcher for one request, at most this
REPLACED_GRACE = 60.0  # a replaced generation stays open this long for searches under way


class BuildFailed(SearchError):
    """A build could not be written; the previous index still serves."""


def build_index(paths, index_dir, progress=None, procs=None, schema=None, wait=WAIT_SECONDS):
    """Build a new index from the files under paths and put it in service atomically.

    `progress(file)` is called as each file is done; `procs` defaults to the cores. The
    build waits up to `wait` seconds for the writer lock (search/locking.py).
    """
    with writer_lock(index_dir, wait):
        return build_locked(paths, index_dir, progress, procs, schema)


def build_locked(paths, index_dir, progress=None, procs=None, schema=None):
    """Build and switch in a new generation; the caller holds the writer lock."""
    procs = procs or os.cpu_count() or 1
    started = time.perf_counter()
    index_dir = Path(index_dir)
    index_dir.mkdir(parents=True, exist_ok=True)
    remove_stale_generations(index_dir)  # what a killed build left behind
    stamp = datetime.now().strftime("%Y%m%dT%H%M%S-%f")
    building = index_dir / f"building-{os.getpid()}-{stamp}"
    summary = BuildSummary(index_dir=str(index_dir))
    try:
        building.mkdir()
        _build_generation(paths, index_dir, building, stamp, summary, progress, procs, schema)
    except (OSError, sqlite3.Error) as error:
        reason = getattr(error, "strerror", None) or error
        raise BuildFailed(f"{index_dir}: the new index could not be written ({reason}); the "
                          "old index still serves. Check the free space and build again.") from error
    finally:
        if building.exists():
            shutil.rmtree(building, ignore_errors=True)
    remove_stale_generations(index_dir)
    summary.seconds = time.perf_counter() - started
    return summary


def _build_generation(paths, index_dir, building, stamp, summary, progress, procs, schema):
    """Index the files into the building directory, then switch it in as a generation."""
    ix = whoosh_index.create_in(str(building), schema or paragraph_schema())
    files = [(Path(os.path.abspath(file)), Path(os.path.abspath(root)))
             for file, root in unique_files(find_files(paths))]
    shares = share_files(files, procs if len(files) >= SMALL_BUILD_FILES else 1) or [[]]
    segments, found = build_segments(building, shares, progress)
    summary.absorb(found)
    # The workers' segments join the table of contents as they are: no merge.
    ix.writer().commit(mergetype=lambda writer, existing: existing + segments)
    ix.close()
    join_store_parts(building, len(shares))
    generation = index_dir / f"gen-{stamp}-{os.getpid()}"
    os.rename(building, generation)
    switch_to(index_dir, generation)


def switch_to(index_dir, generation):
    """Point index_dir/current at a generation in one atomic rename."""
    link = index_dir / f".{CURRENT}-{os.getpid()}"
    if link.is_symlink() or link.exists():
        link.unlink()
    os.symlink(generation.name, link)
    os.replace(link, index_dir / CURRENT)


def live_generation(index_dir):
    """Return the directory of the live index, or None."""
    index_dir = Path(index_dir)
    current = index_dir / CURRENT
    if current.is_dir():
        return current.resolve()
    if whoosh_index.exists_in(str(index_dir)):
        return index_dir
    return None


def remove_stale_generations(index_dir):
    """Delete generations that are not live and builds whose process is gone."""
    live = live_generation(index_dir)
    for child in Path(index_dir).iterdir():
        if child.name.startswith("gen-") and child.resolve() != live:
            shutil.rmtree(child, ignore_errors=True)
        elif child.name.startswith("building-") and not _process_alive(child.name.split("-")[1]):
            shutil.rmtree(child, ignore_errors=True)
        elif child.name.startswith(f".{CURRENT}-") and not _process_alive(child.name[9:]):
            child.unlink()  # a link a killed build made but did not switch in


def _process_alive(pid):
    try:
        os.kill(int(pid), 0)
    except (ValueError, ProcessLookupError):
        return False
    except PermissionError:
        return True
    return True


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
        self.live = Generation(whoosh, store, Path(directory))
        self.replaced = []  # earlier generations, closed once no search can still use them
        self.lock = threading.Lock()
        self.local = threading.local()

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
            target = os.readlink(self.index_dir / CURRENT)
        except OSError:
            return  # not a generation layout, or being switched: keep serving what is open
        if target == self.live.directory.name:
            return
        with self.lock:
            if target == self.live.directory.name:
                return
            try:
                opened = _open_generation(self.index_dir, self.index_dir / target)
            except IndexNotFound:
                return  # replaced again already; the next call follows
            self.live.replaced_at = time.monotonic()
            self.replaced.append(self.live)
            self.live = opened
            # query.vocabulary_of caches by Whoosh generation, which a new build restarts.
            vars(self).pop("_vocabulary", None)
        self._close_replaced(older_than=REPLACED_GRACE)

    def searcher(self):
        """Return this thread's searcher, refreshed if the index changed (don't close it)."""
        self.follow()
        live = self.live
        searcher = getattr(self.local, "searcher", None)
        if searcher is not None and (self.local.generation is not live
                                     or not _up_to_date(searcher)):
            # Not Searcher.refresh(): with `reuse`, Whoosh 2.7.5 keeps the segments a
            # merge removed and misses new deletions in the segments it reuses.
            searcher.close()
            searcher = None
        if searcher is None:
            searcher = preload_lengths(live.whoosh.searcher(weighting=self.weighting))
        self.local.searcher, self.local.generation = searcher, live
        self.local.paired_at = time.monotonic()
        return searcher

    def _close_replaced(self, older_than):
        with self.lock:
            now = time.monotonic()
            old = [g for g in self.replaced if now - g.replaced_at >= older_than]
            self.replaced = [g for g in self.replaced if g not in old]
        for generation in old:
            generation.store.close()

    def close(self):
        """Close this thread's searcher and the record stores."""
        searcher = getattr(self.local, "searcher", None)
        if searcher is not None:
            searcher.close()
            self.local.searcher = self.local.generation = None
        self._close_replaced(older_than=0)
        self.live.store.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


class Generation:
    """One generation opened for reading: its Whoosh index and its record store."""

    def __init__(self, whoosh, store, directory):
        self.whoosh = whoosh
        self.store = store
        self.directory = directory
        self.replaced_at = None


def _up_to_date(searcher):
    try:
        return searcher.up_to_date()
    except OSError:  # its generation was removed a moment ago; follow() sees it next call
        return True


def open_index(index_dir, weighting=None):
    """Open the live index for reading, or raise IndexNotFound; scoring defaults to BM25F."""
    for attempt in range(OPEN_ATTEMPTS):
        directory = live_generation(index_dir)
        if directory is None:
            detail = "no index here" if Path(index_dir).exists() else "the directory does not exist"
            raise IndexNotFound(index_dir, detail)
        try:
            generation = _open_generation(index_dir, directory)
        except IndexNotFound:
            if live_generation(index_dir) == directory or attempt == OPEN_ATTEMPTS - 1:
                raise
            continue  # a build switched generations while this one was opened
        follows = index_dir if directory != Path(index_dir) else None
        return SearchIndex(generation.whoosh, generation.store, directory, weighting or BM25F(),
                           index_dir=follows)


def _open_generation(index_dir, directory):
    if not (directory / STORE_FILE).is_file():
        raise IndexNotFound(index_dir, f"the record store {STORE_FILE} is missing")
    storage = FileStorage(str(directory), supports_mmap=False)
    with warnings.catch_warnings():
        # Whoosh leaves a table of contents open when it can't read it; it is freed here.
        warnings.simplefilter("ignore", ResourceWarning)
        try:
            whoosh = storage.open_index()
            store = RecordStore(directory / STORE_FILE)
            return Generation(whoosh, store, Path(directory).resolve())
        except OutdatedStore:
            problem = "it was built by an older version of Hemeroteca; rebuild it"
        except (whoosh_index.IndexError, OSError, ValueError, EOFError, KeyError,
                sqlite3.Error) as error:
            problem = f"the index can't be opened ({error})"
    raise IndexNotFound(index_dir, problem)
