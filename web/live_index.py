"""The index an app serves: opened on first use, checked on each request, reopened after a fault.

The SearchIndex itself follows updates and new builds (search/retrieval/reader.py); this
holds it, says which version of the index is live (for the results cache and
/healthz), and keeps the server up through faults: a folder removed while serving, a
record store emptied, a segment damaged. Each request first checks that the index is
still there (one readlink); a request that fails asks what is wrong with the files
(search/storage/integrity.py): a 503 that says so, for what can't be read, while what
can still be read is served. The answer holds for that version of the index (and
/healthz reports it) until a rebuild or an update changes it.
"""

import logging
import threading
import time
from datetime import datetime
from pathlib import Path

from search.errors import IndexNotFound
from search.layout import STORE_FILE
from search.retrieval.facets import make_tables
from search.retrieval.opening import close_files_of
from search.retrieval.reader import REPLACED_GRACE, open_index
from search.storage.generations import live_generation
from search.storage.integrity import find_damage, whoosh_damage

log = logging.getLogger(__name__)
WHOOSH_FILES = (".seg", ".toc")  # written once, never changed: a new change time is a replaced file
GONE = "la carpeta del índice ya no existe o ya no tiene índice"
# An index set aside stays open this long for the requests under way, as a replaced generation does.
RETIRED_GRACE = REPLACED_GRACE


class LiveIndex:
    """Open the index lazily under a lock; a failed open is tried again on the next call."""

    def __init__(self, index_dir):
        self.index_dir = Path(index_dir)
        self.lock = threading.Lock()
        self.index = None
        self.warming = None  # the thread making the facet tables of a newly opened index
        self.damage = None  # (version, what is wrong) once a failed request found it
        self.seen = None  # version() when last looked at: a store that changed alone was replaced
        self.retired = []  # (when, index) set aside, closed once no request can still use it

    def get(self):
        """Return the open SearchIndex, or raise IndexNotFound or IndexDamaged."""
        directory = live_generation(self.index_dir)
        if directory is None:
            if self.index is not None:
                log.error("%s: %s; las búsquedas responden 503 hasta que se construya de nuevo",
                          self.index_dir, GONE)
                self.close()
            raise IndexNotFound(self.index_dir, GONE)
        if self.damage is not None and self.damage[0] != self.files_version():
            # The damaged files were replaced (a backup restored in place): the index opened over
            # them may hold what it read of them, so it is opened again, and the damage forgotten.
            # Checked again under the lock: of two requests that saw it, only the first closes,
            # not the index the other has just opened again.
            with self.lock:
                if self.damage is not None and self.damage[0] != self.files_version():
                    log.warning("%s: los archivos dañados se reemplazaron; el índice se abre de nuevo",
                                self.index_dir)
                    self.damage = None
                    self._close_locked()
        self._check_store()
        if self.index is None:
            with self.lock:
                if self.index is None:
                    self.seen = self.version()
                    self.index = open_index(self.index_dir)
                    self.warming = threading.Thread(target=self._warm, args=(self.index,),
                                                    name="facet-tables", daemon=True)
                    self.warming.start()
        return self.index

    def _check_store(self):
        """Open the index again if its record store was replaced while the rest stayed.

        An update or a build changes the store with the Whoosh files (a new table of
        contents, a new generation), and the SearchIndex follows them. A store that changed
        alone was put there by someone: moved or copied over (`mv`, `rsync`, `cp`, a backup
        restored), and the connection opened on the old one would keep reading it, or the
        pages SQLite cached of it. The index is opened again; the old one stays open for
        the requests under way (RETIRED_GRACE).
        """
        if self.index is None:
            return
        now = self.version()
        if now == self.seen:
            return
        with self.lock:
            seen, self.seen = self.seen, now
            if self.index is not None and seen is not None and now[:2] == seen[:2] and now[2] != seen[2]:
                log.warning("%s: el almacén de párrafos %s se reemplazó; el índice se abre de nuevo",
                            self.index_dir, STORE_FILE)
                self.retired.append((time.monotonic(), self.index))
                self.index = None
            self._close_retired(older_than=RETIRED_GRACE)

    def _close_retired(self, older_than=0.0):
        """Close the indexes set aside longer ago than `older_than` seconds; the caller holds self.lock."""
        now, kept = time.monotonic(), []
        for when, index in self.retired:
            if now - when < older_than:
                kept.append((when, index))
                continue
            try:
                index.close()
            except Exception as error:  # noqa: BLE001 - a replaced store may not close cleanly
                log.info("al cerrar el índice reemplazado: %s", error)
        self.retired = kept

    @staticmethod
    def _warm(index):
        """Make the facet tables off the request path, so the first search doesn't wait.

        A segment that can't be read (truncated, zeroed) makes Whoosh raise with the file
        it opened still open: closed here (opening.close_files_of), not when the error is
        dropped, with a ResourceWarning.
        """
        try:
            make_tables(index.whoosh)
        except Exception as error:  # noqa: BLE001 - only a head start: a search makes them too
            close_files_of(error)
            log.info("las tablas de facetas no se prepararon de antemano: %s", error)

    def diagnose(self, quick=False):
        """Return what is wrong with the live index's files, or None; remember it if found.

        `quick` compares sizes only (for /healthz); otherwise every file is read and
        checked (search/storage/integrity.py), once per version of the index at most,
        as a failed request finds it.
        """
        directory = live_generation(self.index_dir)
        if directory is None:
            return GONE
        version, known = self.files_version(), self.damage
        if known is not None and known[0] == version:
            return known[1]
        # Quick: the sizes of the Whoosh files; the store answers /healthz's own query.
        problem = whoosh_damage(directory, "quick") if quick else find_damage(directory, "deep")
        if problem and not quick:
            self.damage = (version, problem)
            log.error("%s: el índice está dañado: %s", self.index_dir, problem)
        return problem

    def version(self):
        """Return what changes when the index does: the live generation, its newest TOC, and
        its record store's file (inode, size, modification time: a store moved or copied
        over changes one of them)."""
        directory = live_generation(self.index_dir)
        if directory is None:
            return None, 0, None
        try:
            stamps = [entry.stat().st_mtime_ns for entry in Path(directory).iterdir()
                      if entry.name.endswith(".toc")]
            store = (Path(directory) / STORE_FILE).stat()
        except OSError:  # replaced while listed: the next request sees the new one
            return str(directory), 0, None
        return str(directory), max(stamps, default=0), (store.st_ino, store.st_size, store.st_mtime_ns)

    def files_version(self):
        """Return version() and the change times of the live generation's Whoosh files: a
        segment copied back over a damaged one (`cp -a`, `rsync -a` keep its modification
        time) changes them. The store's change time is not among them (a writer's checkpoint
        moves it); version() has its inode, size and modification time."""
        directory = live_generation(self.index_dir)
        try:
            stamps = tuple(sorted((entry.name, entry.stat().st_ctime_ns) for entry in Path(directory).iterdir()
                                  if entry.name.endswith(WHOOSH_FILES)))
        except (OSError, TypeError):  # gone, or replaced while listed: the next request sees
            stamps = ()
        return self.version(), stamps

    def updated(self):
        """Return the time of the index's last update, or None."""
        stamp = self.version()[1]
        return datetime.fromtimestamp(stamp / 1e9).astimezone() if stamp else None

    def close(self):
        """Close the index: every thread's searchers (a request under way's too) and its record
        stores, and the retired indexes still open for requests under way."""
        with self.lock:
            self._close_locked()
            self._close_retired()

    def _close_locked(self):
        """Close the index; the caller holds self.lock."""
        if self.index is not None:
            try:
                self.index.close()
            except Exception as error:  # noqa: BLE001 - a damaged store may not close cleanly
                log.info("al cerrar el índice: %s", error)
            self.index = None
