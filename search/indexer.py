"""Full builds into a new generation, switched into service in one atomic step.

Layout of an index directory:

    index/current -> gen-20201222T101500-1234   (a relative symlink: the live index)
    index/gen-...                               (one Whoosh index per generation)
    index/building-<pid>-...                    (a build in progress; removed if it dies)
    index/writer.lock                           (held by the one writer: search/locking.py)

A generation is also updated in place, file by file (search/updater.py); readers
(search/reading.py) follow both kinds of change. open_index and SearchIndex are imported
from here too.
"""

import os
import shutil
import sqlite3
import time
from datetime import datetime
from pathlib import Path

from whoosh import index as whoosh_index

from search.building import (DOCNO_HALF, STORE_FILE, BuildSummary, build_segments,
                             join_store_parts, share_files)
from search.documents import find_files
from search.errors import SearchError
from search.locking import WAIT_SECONDS, writer_lock
from search.manifest import unique_files
from search.schema import paragraph_schema
from search.reading import CURRENT, SearchIndex, live_generation, open_index  # noqa: F401
from search.store import OutdatedStore, RecordStore

SMALL_BUILD_FILES = 50  # below this, one process builds faster than two


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
    segments, found = build_segments(building, shares, progress, base=docno_base(index_dir))
    summary.absorb(found)
    # The workers' segments join the table of contents as they are: no merge.
    ix.writer().commit(mergetype=lambda writer, existing: existing + segments)
    ix.close()
    join_store_parts(building, len(shares))
    generation = index_dir / f"gen-{stamp}-{os.getpid()}"
    os.rename(building, generation)
    switch_to(index_dir, generation)


def docno_base(index_dir):
    """Return where a new generation's document numbers start: the half the live one avoids."""
    live = live_generation(index_dir)
    if live is None:
        return 0
    try:
        store = RecordStore(live / STORE_FILE)
    except (OutdatedStore, sqlite3.Error):  # an unreadable one is replaced whatever it holds
        return 0
    try:
        highest = store._query("SELECT max(docno) FROM docs")[0][0] or 0
    finally:
        store.close()
    return DOCNO_HALF if highest < DOCNO_HALF else 0


def switch_to(index_dir, generation):
    """Point index_dir/current at a generation in one atomic rename."""
    link = index_dir / f".{CURRENT}-{os.getpid()}"
    if link.is_symlink() or link.exists():
        link.unlink()
    os.symlink(generation.name, link)
    os.replace(link, index_dir / CURRENT)


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
