"""Watch mode: update the index when files change, one update for each burst of changes.

Changes are noticed with watchdog (inotify on Linux), or by polling when inotify can't
be used (too many watches, or a file system without it). After a change the loop waits
until nothing has changed for `debounce` seconds, then runs one update.

inotify watches a folder, not a path: a watched folder moved away (`mv docs viejo`) is
still watched where it went, and one made in its place is not watched at all. So the
loop also checks, every ROOT_CHECK_SECONDS, that each watched path is still the folder
it watches (device and inode); when one was moved, deleted or replaced it says so,
watches the path again and updates, so files gone leave the index and new ones enter.
"""

import dataclasses
import os
import threading
import time
import warnings

from watchdog.events import FileSystemEventHandler
from watchdog.observers import Observer
from watchdog.observers.polling import PollingObserver

from search.errors import IndexReadOnly, SearchError, shown
from search.storage.build import EmptyBuild
from search.storage.generations import live_generation
from search.storage.locking import WAIT_SECONDS, WriterBusy
from search.storage.update import EmptyUpdate, summary_notes, update_index
from search.text.wording import decimal, interrupted

DEBOUNCE_SECONDS = 0.5  # a copy of many files is done by then; inotify adds 0.5 s
POLL_SECONDS = 1.0
RETRY_SECONDS = 5.0  # after a failed update (the disk is full, another writer holds the lock)
QUIET_EVENTS = {"opened", "closed_no_write"}  # reading a file changes nothing
ROOT_CHECK_SECONDS = 0.5  # a stat of each watched folder: microseconds


class ChangeFlag(FileSystemEventHandler):
    """Note the time of the last change under the watched folders, outside the index."""

    def __init__(self, ignored):
        # The index folder itself too: writing a generation modifies it, and an index kept
        # inside a watched folder would otherwise set off an update at each update's end.
        # Its real path: the watched folder may be named through a link, or the index.
        self.ignored = os.path.realpath(ignored).rstrip(os.sep)
        self.last = None
        self.changed = threading.Event()

    def on_any_event(self, event):
        """Note a change, unless it is a read or the index's own files changing."""
        if event.event_type in QUIET_EVENTS:
            return
        paths = [os.fsdecode(p) for p in (event.src_path, getattr(event, "dest_path", "")) if p]
        if all(self.is_index(p) for p in paths):
            return
        self.last = time.monotonic()
        self.changed.set()

    def is_index(self, path):
        """Tell whether a path is the index folder or inside it (its folder resolved once
        it is named: its last part may be gone, a file removed)."""
        head, tail = os.path.split(os.path.abspath(path))
        real = os.path.join(os.path.realpath(head), tail)
        return real == self.ignored or real.startswith(self.ignored + os.sep)


def watched_folder(path):
    """Return the folder watched for a path: itself, or a file's folder."""
    return path if os.path.isdir(path) else os.path.dirname(os.path.abspath(path))


def identity(folder):
    """Return (device, inode) of a folder, or None if it is gone."""
    try:
        found = os.stat(folder)
    except OSError:
        return None
    return found.st_dev, found.st_ino


def start_observer(paths, handler, polling=False, log=lambda line: None):
    """Start watching paths with inotify, or by polling if asked or if inotify fails.

    Paths whose folder is gone are left out; the loop watches them again when they are back.
    """
    # An index kept inside a watched folder makes and removes folders there at each update;
    # watchdog's inotify then warns, in English, that it watches a path again (harmless).
    warnings.filterwarnings("ignore", message="Callback with id .* already exists", category=RuntimeWarning)
    kinds = ([] if polling else [Observer]) + [PollingObserver]
    for kind in kinds:
        observer = kind(timeout=POLL_SECONDS) if kind is PollingObserver else kind()
        try:
            for path in paths:
                if os.path.exists(path):
                    observer.schedule(handler, watched_folder(path), recursive=os.path.isdir(path))
            observer.start()
            return observer
        except OSError as error:
            log(f"no se puede vigilar con {kind.__name__} ({error}); se revisará cada "
                f"{decimal(POLL_SECONDS)} s")
    raise SearchError("no se pueden vigilar las carpetas")


def stop_observer(observer):
    observer.stop()
    observer.join()


def moved_roots(known, log):
    """Compare each watched folder with the one known {folder: identity}; return whether
    any was moved, deleted or replaced, telling the user of each in one line."""
    changed = False
    for folder in known:
        now = identity(folder)
        if now == known[folder]:
            continue
        name = shown(folder)  # a name may hold control characters
        if now is None:
            log(f"{name}: la carpeta vigilada ya no está (se movió o se borró); se vigilará "
                "de nuevo cuando vuelva a existir")
        elif known[folder] is None:
            log(f"{name}: la carpeta vigilada volvió a existir; se vigila de nuevo")
        else:
            log(f"{name}: la carpeta vigilada se movió o se sustituyó por otra; se vigila la "
                "que está ahora en esa ruta")
        known[folder] = now
        changed = True
    return changed


def unsaid_notes(summary, said):
    """Return the lines of summary_notes less the skipped files already said with the same reason.

    `said` {path: reason} is what earlier updates said; it becomes what this one found, so
    a file skipped again is not named again at every burst, and one that was mended and
    then broke again, or is skipped for another reason, is named again.
    """
    # News each time: documents that left, and documents kept that no longer match their file.
    news = {path for path, _ in summary.withdrawn} | set(summary.stale)
    fresh = [(path, reason) for path, reason in summary.skipped
             if said.get(path) != reason or path in news]
    said.clear()
    said.update(summary.skipped)
    return summary_notes(dataclasses.replace(summary, skipped=fresh))


class UpdateInterrupted(KeyboardInterrupt):
    """Ctrl-C stopped watch during an update, which it left unfinished (watch_command exits 130)."""


def waiting_line(busy, index_dir):
    """Return the line that says watch waits for the writer that holds the index's lock."""
    who = f"«hemeroteca {busy.command}»" if busy.command else "otra escritura"
    return (f"{shown(str(index_dir))}: {who} está escribiendo en el índice (pid {busy.pid or '?'}); "
            "esperando a que termine para actualizarlo…")


def watch(paths, index_dir, stop=None, debounce=DEBOUNCE_SECONDS, polling=False,
          log=lambda line: None, wait=WAIT_SECONDS):
    """Update the index now, then after each burst of changes under paths, until stop is set.

    `log(line)` gets each update's warnings, skipped files and summary line (as the
    `update` command prints them, a file skipped for the same reason as at the last
    update left out, unless its documents of before stay in the index), each error (once
    while each retry fails alike), once that it waits while another command holds the
    writer lock (a watch retries on its own: there is nothing for its user to retry), and
    each watched folder moved, deleted or replaced (then watched again where its path now
    leads); `stop` is a threading.Event (Ctrl-C also stops it, as a KeyboardInterrupt, or as
    UpdateInterrupted, one, when it stopped an update half-way).
    """
    stop = stop or threading.Event()
    handler = ChangeFlag(index_dir)
    roots = {folder: identity(folder) for folder in map(watched_folder, paths)}
    observer = start_observer(paths, handler, polling, log)
    due = time.monotonic()  # catch up with what changed while nobody watched
    checked = time.monotonic()
    refused = None  # the refusal last said: said again only once something was updated
    failed = None  # the error last said: said again when it changes or after an update went through
    skipped = {}  # {path: reason} of the files the last update skipped, said once
    waiting = None  # the pid of the writer watch said it waits for, until an update goes through
    try:
        while not stop.is_set():
            if time.monotonic() - checked >= ROOT_CHECK_SECONDS:
                checked = time.monotonic()
                if moved_roots(roots, log):
                    stop_observer(observer)
                    observer = start_observer(paths, handler, polling, log)
                    handler.last = time.monotonic()
                    handler.changed.set()
            if handler.changed.is_set():
                handler.changed.clear()
                due = max(due or 0, handler.last + debounce)
            if due is not None and time.monotonic() >= due:
                due = None
                first_build = live_generation(index_dir) is None  # stopped, it leaves no index at all
                try:
                    summary = update_index(paths, index_dir, wait=wait, command="watch")
                except IndexReadOnly:
                    raise  # no later try can write there either
                except KeyboardInterrupt:  # Ctrl-C ends watch; an update it stops is said, as `update` says it
                    log(interrupted("update", had_index=not first_build))
                    raise UpdateInterrupted from None
                except (EmptyUpdate, EmptyBuild) as error:  # no document: their arrival is a change
                    if str(error) != refused:  # a folder removal is several events
                        # No index yet: watching a folder that will fill is what watch is for.
                        log(f"aviso: {error} Se indexará en cuanto lleguen; la vigilancia sigue."
                            if isinstance(error, EmptyBuild) else f"error: {error}")
                    refused = str(error)
                except WriterBusy as busy:  # `index` or `update` in another terminal: wait for it
                    if waiting != busy.pid:
                        log(waiting_line(busy, index_dir))
                    waiting = busy.pid
                    due = time.monotonic() + RETRY_SECONDS
                except SearchError as error:
                    if str(error) != failed:  # a damaged index fails alike at every retry
                        log(f"error: {error}")
                    failed = str(error)
                    due = time.monotonic() + RETRY_SECONDS
                else:
                    refused = failed = waiting = None
                    for line in [*unsaid_notes(summary, skipped), summary.line()]:
                        log(line)
            stop.wait(min(0.05, debounce))
    finally:
        stop_observer(observer)
