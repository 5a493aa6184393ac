"""Incremental updates: bring the live index in line with its folders, file by file.

Two stores change, Whoosh and the record store, so the writes go in three steps
(update_steps.py) in an order that keeps every moment readable and every crash
repairable: texts go into the store as pending versions before Whoosh serves them, and
old versions are retired after Whoosh stops serving them.

Until the last step the store carries a mark. An update that finds it (the last one was
killed) first makes the store agree with what Whoosh serves; files the manifest does not
yet show as indexed are then simply done again. A reader never meets a record whose
text is missing: texts are written before Whoosh serves them and kept a while after.
"""

import logging
import os
import sqlite3
import time
import warnings
from collections.abc import Iterable

from whoosh import index as whoosh_index
from whoosh.filedb.filestore import FileStorage

from search import whoosh_ext
from search.errors import IndexNotFound, IndexReadOnly
from search.layout import STORE_FILE
from search.storage import failures
from search.storage.build import build_locked, refuse_a_folder_of_documents
from search.storage.generations import live_generation
from search.storage.identity import give_identity
from search.storage.integrity import check_intact, record_checksums
from search.storage.locking import WAIT_SECONDS, writer_lock
from search.storage.postcache import write_missing_caches
from search.storage.schema import paragraph_schema
from search.storage.store import OutdatedStore, RecordStore
from search.storage.texts_upkeep import write_missing_texts
from search.storage.update_steps import UNFINISHED, apply_changes
from search.storage.update_summary import EmptyUpdate, UpdateFailed, UpdateSummary, summary_notes
from search.storage.workers import BuildSummary
from search.text.analyzer_marks import outdated_analysis
from search.text.wording import system_reason
from search.whoosh_ext import TESTED_WHOOSH
from search.whoosh_ext.writing import remove_abandoned_files, segment_count

# Callers import an update's names from here: its steps are update_steps.py, its report
# update_summary.py.
__all__ = ["UNFINISHED", "EmptyUpdate", "UpdateFailed", "UpdateSummary", "optimize_index",
           "summary_notes", "update_index"]

log = logging.getLogger(__name__)


def update_index(paths: Iterable[str | os.PathLike], index_dir: str | os.PathLike,
                 wait: float = WAIT_SECONDS, procs: int | None = None,
                 progress=None, command: str = "update") -> UpdateSummary:
    """Bring the index in line with the files under paths; build it if there is none.

    Returns the UpdateSummary: files added, updated, moved, removed and unchanged, files
    skipped with their reasons, seconds. Only files under the given paths can be found
    deleted. Raises WriterBusy after `wait` seconds without the writer lock (naming the
    command that holds it; `command` is this one's name for others), IndexDamaged when
    the index was damaged since it was written (integrity.py), IndexReadOnly for a
    folder it can't write to, and UpdateFailed when the changes can't be written (the
    index keeps its previous state, and what was staged is removed).
    `progress(phase, done, total)` is told of each new or changed file read, then of the
    writing, as build_index tells it.
    """
    started = time.perf_counter()
    paths = list(paths)
    if live_generation(index_dir) is None:  # an update that builds refuses what a build does
        refuse_a_folder_of_documents(index_dir, paths)
    with writer_lock(index_dir, wait, command):
        generation = live_generation(index_dir)
        if generation is not None:
            check_intact(index_dir, generation, given=paths)
        outdated = None if generation is None else why_not_updatable(generation)
        if generation is None or outdated:
            summary = rebuilt(build_locked(paths, index_dir, progress, procs=procs, command=command))
            if generation is not None:
                summary.rebuilt_because = f"El índice de {index_dir} {outdated}"
        else:
            summary = apply_changes(generation, paths, progress, index_dir, command)
    summary.index_dir = str(index_dir)
    summary.seconds = time.perf_counter() - started
    return summary


def why_not_updatable(generation):
    """Return why a generation must be built again rather than updated (a phrase), or None.

    It must have the store tables, Whoosh fields and analyzer of this version, and have
    been written by the Whoosh release this version extends.
    """
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ResourceWarning)  # Whoosh's, when its table of contents fails
        try:
            RecordStore(generation / STORE_FILE).close()
            ix = FileStorage(str(generation), supports_mmap=False).open_index()
        except (OutdatedStore, sqlite3.Error, whoosh_index.IndexError, OSError, *whoosh_ext.SCHEMA_GONE):
            ix = None
    if ix is not None and whoosh_ext.index_release_problem(ix.release):
        return f"lo escribió Whoosh {'.'.join(map(str, ix.release))}, no {'.'.join(map(str, TESTED_WHOOSH))}"
    if (ix is None or sorted(ix.schema.names()) != sorted(paragraph_schema().names())
            or outdated_analysis(ix.schema) is not None):
        return "era de otra versión de Hemeroteca (su analizador o sus tablas)"
    return None


def rebuilt(built: BuildSummary):
    """Return the summary of an update that had to build the index."""
    return UpdateSummary(documents=built.documents, paragraphs=built.paragraphs,
                         skipped=built.skipped, warnings=built.warnings, undated=built.undated,
                         guessed=built.guessed, rebuilt=True)


def optimize_index(index_dir, wait=WAIT_SECONDS):
    """Merge the live index into one segment and drop retired texts; return (before, after)."""
    with writer_lock(index_dir, wait, "optimize"):
        generation = live_generation(index_dir)
        if generation is None:
            raise IndexNotFound(index_dir)
        check_intact(index_dir, generation)
        ix = FileStorage(str(generation), supports_mmap=False).open_index()
        before = segment_count(ix)
        try:
            ix.writer(_lk=False).commit(optimize=True)
            rewritten = write_missing_caches(generation, ix)
        except OSError as error:
            remove_abandoned_files(ix)
            if failures.cause(error) == "read-only":
                raise IndexReadOnly(index_dir, "optimize") from error
            raise UpdateFailed(f"{generation}: no se pudo escribir la fusión "
                               f"({system_reason(error)}); el índice no cambió. "
                               f"{failures.advice(error)}") from error
        for warning in rewritten:
            log.warning("%s", warning)
        store = RecordStore(generation / STORE_FILE, writable=True)
        try:
            if give_identity(store):  # committed before the checksums that take it (identity.py)
                store.commit()
            record_checksums(generation, ix)
            for warning in write_missing_texts(generation, ix, store, complete=True):  # the merged segment's
                log.warning("%s", warning)
            store.purge()
            store.commit()
        finally:
            store.close()
        return before, segment_count(ix)
