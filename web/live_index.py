"""The index an app serves: opened on first use, and opened again after a failure.

The SearchIndex itself follows updates and new builds (search/retrieval/reader.py); this only
holds it, and says which version of the index is live, for the results cache and
/healthz.
"""

import logging
import threading
from datetime import datetime
from pathlib import Path

from search.retrieval.facets import make_tables
from search.retrieval.reader import open_index
from search.storage.generations import live_generation

log = logging.getLogger(__name__)


class LiveIndex:
    """Open the index lazily under a lock; a failed open is tried again on the next call."""

    def __init__(self, index_dir):
        self.index_dir = Path(index_dir)
        self.lock = threading.Lock()
        self.index = None
        self.warming = None  # the thread making the facet tables of a newly opened index

    def get(self):
        """Return the open SearchIndex, or raise IndexNotFound."""
        if self.index is None:
            with self.lock:
                if self.index is None:
                    self.index = open_index(self.index_dir)
                    self.warming = threading.Thread(target=self._warm, args=(self.index,),
                                                    name="facet-tables", daemon=True)
                    self.warming.start()
        return self.index

    @staticmethod
    def _warm(index):
        """Make the facet tables off the request path, so the first search doesn't wait."""
        try:
            make_tables(index.whoosh)
        except Exception as error:  # noqa: BLE001 - only a head start: a search makes them too
            log.info("facet tables not made ahead: %s", error)

    def version(self):
        """Return what changes when the index does: the live generation and its newest TOC."""
        directory = live_generation(self.index_dir)
        if directory is None:
            return None, 0
        try:
            stamps = [entry.stat().st_mtime_ns for entry in Path(directory).iterdir()
                      if entry.name.endswith(".toc")]
        except OSError:  # replaced while listed: the next request sees the new one
            return str(directory), 0
        return str(directory), max(stamps, default=0)

    def updated(self):
        """Return the time of the index's last update, or None."""
        _, stamp = self.version()
        return datetime.fromtimestamp(stamp / 1e9).astimezone() if stamp else None

    def close(self):
        """Close the index (this thread's searcher and the record store)."""
        with self.lock:
            if self.index is not None:
                self.index.close()
                self.index = None
