"""Opening one generation of an index for reading, and telling why it can't be read.

A generation is a Whoosh index and its record store, in one folder. One that can't be
opened is either outdated (written by an earlier version: rebuild it) or damaged (its
files changed after they were written: search/storage/integrity.py names the damage).
reader.py keeps the generation that `current` points at open for searches.
"""

import gc
import io
import os
import sqlite3
import warnings
from contextlib import contextmanager
from pathlib import Path

from whoosh import index as whoosh_index
from whoosh.filedb.filestore import FileStorage

from search import whoosh_ext
from search.errors import IndexDamaged, IndexNotFound, IndexOutdated
from search.layout import STORE_FILE
from search.storage.generations import live_generation
from search.storage.identity import IDENTITY, store_mismatch
from search.storage.store import OutdatedStore, RecordStore
from search.text.analyzer_marks import outdated_analysis

OUTDATED = "lo construyó otra versión de Hemeroteca"


def opening_reason(error):
    """Return why a generation could not be opened, in Spanish: Whoosh's and SQLite's English
    words are for the log, not the user."""
    from search.storage import failures  # only once a read failed

    if isinstance(error, (OSError, sqlite3.Error)):
        return failures.reason(error)
    if isinstance(error, whoosh_index.EmptyIndexError):
        return "falta la tabla de contenidos de Whoosh, _MAIN_N.toc"
    return f"sus archivos de Whoosh no se pueden leer ({type(error).__name__})"


class Generation:
    """One generation opened for reading: its Whoosh index and its record store."""

    def __init__(self, whoosh, store, directory):
        self.whoosh = whoosh
        self.store = store
        self.directory = directory
        self.replaced_at = None


def open_generation(index_dir, directory):
    """Return the Generation in `directory`, or raise IndexNotFound or IndexDamaged saying why."""
    if not (directory / STORE_FILE).is_file():
        from search.storage.integrity import source_folders  # only once a read failed

        raise IndexDamaged(index_dir, f"falta el almacén de párrafos {STORE_FILE}", source_folders(directory))
    # Not mapped: reading a mapped file that was truncated kills the process with SIGBUS,
    # which no handler can recover from; read, a damaged file raises an error that the
    # page and the CLI report. Mapping made keyword search 1.19x faster in CPU time
    # (1,000 keyword queries on 165k paragraphs), a price paid for staying up.
    storage = FileStorage(str(directory), supports_mmap=False)
    unreadable = False
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ResourceWarning)  # Whoosh's, when it fails
        try:
            whoosh = storage.open_index()
            problem = (whoosh_ext.index_release_problem(whoosh.release)
                       or outdated_analysis(whoosh.schema))
            if problem is None:
                store = RecordStore(directory / STORE_FILE)
                mismatch = store_mismatch(directory, store.meta(IDENTITY))
                if mismatch is None:
                    return Generation(whoosh, store, Path(directory).resolve())
                store.close()
                whoosh.close()
                from search.storage.integrity import source_folders  # only once a read failed

                # the folders this generation's checksums record, not those the stranger store lists
                raise IndexDamaged(index_dir, mismatch, source_folders(directory))
        except OutdatedStore:
            problem = OUTDATED
        except whoosh_ext.SCHEMA_GONE:
            problem = OUTDATED  # its schema names analyzer classes this version doesn't have
            unreadable = True  # or its table of contents was damaged: the checksums tell
        except (whoosh_index.IndexError, OSError, ValueError, EOFError, KeyError,
                sqlite3.Error) as error:
            problem = f"el índice no se puede abrir ({opening_reason(error)})"
            unreadable = True
    close_leaked_files()
    from search.storage.integrity import find_damage, source_folders  # only once a read failed

    try:
        damage = find_damage(directory) if unreadable else None
    except FileNotFoundError:  # a build removed the generation meanwhile: open_index tries the new one
        damage = None
    if damage:
        raise IndexDamaged(index_dir, damage, source_folders(directory))
    if unreadable and problem != OUTDATED:
        raise IndexNotFound(index_dir, problem, source_folders(directory))
    raise IndexOutdated(index_dir, problem, source_folders(directory))


def index_damage(index_dir: str | os.PathLike) -> IndexDamaged | None:
    """Return an IndexDamaged that names what is wrong with an index's files, or None.

    For a read that failed: were the files damaged after they were written (checksums,
    SQLite's own check; search/storage/integrity.py)?
    """
    from search.storage.integrity import find_damage, source_folders  # only once a read failed

    directory = live_generation(index_dir)
    problem = find_damage(directory, "deep") if directory is not None else None
    return IndexDamaged(index_dir, problem, source_folders(directory)) if problem else None


def close_leaked_files():
    """Close the files Whoosh left open when it failed to read a damaged index, quietly.

    Whoosh opens a table of contents or a segment file and, when it can't read it,
    raises without closing it; the garbage collector would close it some time later,
    with a ResourceWarning. Called as such an error goes by.
    """
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ResourceWarning)
        gc.collect()


def close_files_of(error):
    """Close the files that the frames of an error's traceback still hold open.

    Whoosh opens a segment, reads it and raises when it is cut short, with the file in a
    local variable of a frame the traceback keeps: open until the error is dropped, then
    closed by the collector with a ResourceWarning in whatever thread drops it. Closed
    here, as the error is handled.
    """
    from whoosh.filedb.structfile import StructFile

    traceback = getattr(error, "__traceback__", None)
    while traceback is not None:
        for value in list(traceback.tb_frame.f_locals.values()):
            if isinstance(value, io.IOBase) and not value.closed \
                    or isinstance(value, StructFile) and not value.is_closed:
                try:
                    value.close()
                except Exception:  # noqa: BLE001 - Whoosh's own, or a damaged file's: closed anyway
                    pass
        traceback = traceback.tb_next


@contextmanager
def closing_leaks():
    """Run a block that reads the index; on an error, close the files Whoosh left open."""
    try:
        yield
    except BaseException as error:
        close_files_of(error)
        close_leaked_files()
        raise
