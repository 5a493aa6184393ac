"""Full builds into a new generation, switched into service in one atomic step.

Layout of an index directory:

    index/current -> gen-20201222T101500-1234   (a relative symlink: the live index)
    index/gen-...                               (one Whoosh index per generation)
    index/building-<pid>-...                    (a build in progress; removed if it dies)
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

from search.building import (
    STORE_FILE,
    BuildSummary,
    build_segments,
    join_store_parts,
    share_files,
)
from search.documents import find_files
from search.errors import IndexNotFound
from search.lengths import preload_lengths
from search.schema import paragraph_schema
from search.store import RecordStore

CURRENT = "current"
SMALL_BUILD_FILES = 50  # below this, one process builds faster than two


def build_index(paths, index_dir, progress=None, procs=None, schema=None):
    """Build a new index from the files under paths and put it in service atomically.

    `progress(file)` is called as each file is done; `procs` defaults to the cores.
    """
    procs = procs or os.cpu_count() or 1
    started = time.perf_counter()
    index_dir = Path(index_dir)
    index_dir.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now().strftime("%Y%m%dT%H%M%S-%f")
    building = index_dir / f"building-{os.getpid()}-{stamp}"
    building.mkdir()
    summary = BuildSummary(index_dir=str(index_dir))
    try:
        ix = whoosh_index.create_in(str(building), schema or paragraph_schema())
        files = list(find_files(paths))
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
    finally:
        if building.exists():
            shutil.rmtree(building, ignore_errors=True)
    remove_stale_generations(index_dir)
    summary.seconds = time.perf_counter() - started
    return summary


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

    Each thread keeps one searcher, refreshed when the index has changed.
    """

    def __init__(self, whoosh, store, directory, weighting):
        self.whoosh = whoosh
        self.store = store
        self.directory = directory
        self.weighting = weighting
        self.local = threading.local()

    def searcher(self):
        """Return this thread's searcher, refreshed if the index changed (don't close it)."""
        searcher = getattr(self.local, "searcher", None)
        if searcher is None:
            searcher = self.whoosh.searcher(weighting=self.weighting)
            self.local.searcher = preload_lengths(searcher)
        elif not searcher.up_to_date():
            self.local.searcher = preload_lengths(searcher.refresh())
        return self.local.searcher

    def close(self):
        """Close this thread's searcher and the record store."""
        searcher = getattr(self.local, "searcher", None)
        if searcher is not None:
            searcher.close()
            self.local.searcher = None
        self.store.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


def open_index(index_dir, weighting=None):
    """Open the live index for reading, or raise IndexNotFound; scoring defaults to BM25F."""
    directory = live_generation(index_dir)
    if directory is None:
        detail = "no index here" if Path(index_dir).exists() else "the directory does not exist"
        raise IndexNotFound(index_dir, detail)
    if not (directory / STORE_FILE).is_file():
        raise IndexNotFound(index_dir, f"the record store {STORE_FILE} is missing")
    storage = FileStorage(str(directory), supports_mmap=False)
    with warnings.catch_warnings():
        # Whoosh leaves a table of contents open when it can't read it; it is freed here.
        warnings.simplefilter("ignore", ResourceWarning)
        try:
            whoosh = storage.open_index()
            store = RecordStore(directory / STORE_FILE)
            return SearchIndex(whoosh, store, directory, weighting or BM25F())
        except (whoosh_index.IndexError, OSError, ValueError, EOFError, KeyError,
                sqlite3.Error) as error:
            problem = f"the index can't be opened ({error})"
    raise IndexNotFound(index_dir, problem)
