"""Watch mode: update the index when files change, one update for each burst of changes.

Changes are noticed with watchdog (inotify on Linux), or by polling when inotify can't
be used (too many watches, or a file system without it). After a change the loop waits
until nothing has changed for `debounce` seconds, then runs one update.
"""

import os
import threading
import time

from watchdog.events import FileSystemEventHandler
from watchdog.observers import Observer
from watchdog.observers.polling import PollingObserver

from search.errors import IndexReadOnly, SearchError
from search.storage.locking import WAIT_SECONDS
from search.storage.update import update_index
from search.text.wording import decimal

DEBOUNCE_SECONDS = 0.5  # a copy of many files is done by then; inotify adds 0.5 s
POLL_SECONDS = 1.0
RETRY_SECONDS = 5.0  # after a failed update (the disk is full, another writer holds the lock)
QUIET_EVENTS = {"opened", "closed_no_write"}  # reading a file changes nothing


class ChangeFlag(FileSystemEventHandler):
    """Note the time of the last change under the watched folders, outside the index."""

    def __init__(self, ignored):
        self.ignored = os.path.abspath(ignored).rstrip(os.sep) + os.sep
        self.last = None
        self.changed = threading.Event()

    def on_any_event(self, event):
        """Note a change, unless it is a read or the index's own files changing."""
        if event.event_type in QUIET_EVENTS:
            return
        paths = [os.fsdecode(p) for p in (event.src_path, getattr(event, "dest_path", "")) if p]
        if all(os.path.abspath(p).startswith(self.ignored) for p in paths):
            return
        self.last = time.monotonic()
        self.changed.set()


def start_observer(paths, handler, polling=False, log=lambda line: None):
    """Start watching paths with inotify, or by polling if asked or if inotify fails."""
    kinds = ([] if polling else [Observer]) + [PollingObserver]
    for kind in kinds:
        observer = kind(timeout=POLL_SECONDS) if kind is PollingObserver else kind()
        try:
            for path in paths:
                folder = path if os.path.isdir(path) else os.path.dirname(os.path.abspath(path))
                observer.schedule(handler, folder, recursive=os.path.isdir(path))
            observer.start()
            return observer
        except OSError as error:
            log(f"no se puede vigilar con {kind.__name__} ({error}); se revisará cada "
                f"{decimal(POLL_SECONDS)} s")
    raise SearchError("no se pueden vigilar las carpetas")


def watch(paths, index_dir, stop=None, debounce=DEBOUNCE_SECONDS, polling=False,
          log=lambda line: None, wait=WAIT_SECONDS):
    """Update the index now, then after each burst of changes under paths, until stop is set.

    `log(line)` gets each update's summary line and each error; `stop` is a
    threading.Event (Ctrl-C also stops it, as a KeyboardInterrupt).
    """
    stop = stop or threading.Event()
    handler = ChangeFlag(index_dir)
    observer = start_observer(paths, handler, polling, log)
    due = time.monotonic()  # catch up with what changed while nobody watched
    try:
        while not stop.is_set():
            if handler.changed.is_set():
                handler.changed.clear()
                due = max(due or 0, handler.last + debounce)
            if due is not None and time.monotonic() >= due:
                due = None
                try:
                    log(update_index(paths, index_dir, wait=wait, command="watch").line())
                except IndexReadOnly:
                    raise  # no later try can write there either
                except SearchError as error:
                    log(f"error: {error}")
                    due = time.monotonic() + RETRY_SECONDS
            stop.wait(min(0.05, debounce))
    finally:
        observer.stop()
        observer.join()
