"""One writer at a time per index directory: builds, updates and merges take the writer lock.

The lock is a POSIX record lock (fcntl.lockf) on index_dir/writer.lock, so the kernel
drops it when its process dies, however it dies: a lock left by a killed writer is
simply free. Unlike flock, it is not inherited by forked build workers, which could
otherwise keep a dead writer's lock. The file holds the pid of the writer, for the
message the next one shows. Readers never take it. Record locks don't exclude threads of
one process, so a thread lock per directory does that.
"""

import fcntl
import os
import threading
import time
from contextlib import contextmanager
from pathlib import Path

from search.errors import SearchError

LOCK_FILE = "writer.lock"
WAIT_SECONDS = 10.0
POLL_SECONDS = 0.05
_thread_locks = {}
_thread_locks_guard = threading.Lock()


class WriterBusy(SearchError):
    """Another process is writing to the index."""

    def __init__(self, index_dir, pid):
        super().__init__(f"{index_dir}: another update is running, pid {pid or '?'}; "
                         "try again when it has finished")
        self.pid = pid


@contextmanager
def writer_lock(index_dir, wait=WAIT_SECONDS):
    """Hold the index directory's writer lock, waiting up to `wait` seconds for it."""
    index_dir = Path(index_dir)
    index_dir.mkdir(parents=True, exist_ok=True)
    deadline = time.monotonic() + max(wait, 0)
    in_process = _thread_lock(index_dir)
    if not in_process.acquire(timeout=max(wait, 0)):
        raise WriterBusy(index_dir, os.getpid())
    try:
        descriptor = os.open(index_dir / LOCK_FILE, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            _acquire(descriptor, index_dir, deadline)
            try:
                os.ftruncate(descriptor, 0)
                os.pwrite(descriptor, f"{os.getpid()}\n".encode(), 0)
            except OSError:
                pass  # a full disk: the pid is only for the message
            yield
        finally:
            os.close(descriptor)  # closing it releases the lock
    finally:
        in_process.release()


def _thread_lock(index_dir):
    with _thread_locks_guard:
        return _thread_locks.setdefault(os.path.realpath(index_dir), threading.Lock())


def _acquire(descriptor, index_dir, deadline):
    while True:
        try:
            fcntl.lockf(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return
        except (BlockingIOError, PermissionError):
            if time.monotonic() >= deadline:
                raise WriterBusy(index_dir, lock_holder(index_dir)) from None
            time.sleep(POLL_SECONDS)


def lock_holder(index_dir):
    """Return the pid written in the lock file, or None."""
    try:
        text = (Path(index_dir) / LOCK_FILE).read_text().strip()
    except OSError:
        return None
    return int(text) if text.isdigit() else None
