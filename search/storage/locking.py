"""One writer at a time per index directory: builds, updates and merges take the writer lock.

The lock is a POSIX record lock (fcntl.lockf) on index_dir/writer.lock, so the kernel
drops it when its process dies, however it dies: a lock left by a killed writer is
simply free. Unlike flock, it is not inherited by forked build workers, which could
otherwise keep a dead writer's lock. The file holds the pid and the command of the
writer, for the message the next one shows. Readers never take it. Record locks don't
exclude threads of one process, so a thread lock per directory does that. Whoever
takes the lock first removes what dead builds left (generations.py).
"""

import errno
import fcntl
import os
import threading
import time
from contextlib import contextmanager
from pathlib import Path

from search.errors import IndexReadOnly, SearchError, shell_quoted, shown
from search.storage.generations import remove_stale_generations
from search.text.wording import system_reason

READ_ONLY_ERRORS = (errno.EROFS, errno.EACCES, errno.EPERM)
NOT_A_FOLDER = (errno.EEXIST, errno.ENOTDIR, errno.ENOENT, errno.ELOOP)

LOCK_FILE = "writer.lock"
WAIT_SECONDS = 10.0
POLL_SECONDS = 0.05
_thread_locks = {}
_thread_locks_guard = threading.Lock()


class WriterBusy(SearchError):
    """Another process is writing to the index."""

    def __init__(self, index_dir, pid, command=None):
        who = f"«hemeroteca {command}»" if command else "otra escritura"
        super().__init__(f"{index_dir}: {who} está escribiendo en el índice (pid {pid or '?'}); "
                         "vuelva a intentarlo cuando termine, o espere más con --wait SEGUNDOS.")
        self.pid = pid
        self.command = command


@contextmanager
def writer_lock(index_dir, wait=WAIT_SECONDS, command="update"):
    """Hold the index directory's writer lock for a command, waiting up to `wait` seconds.

    Raises WriterBusy, naming the command that holds it, when it stays taken, and
    IndexReadOnly when the folder can't be written to.
    """
    index_dir = Path(index_dir)
    deadline = time.monotonic() + max(wait, 0)
    in_process = _thread_lock(index_dir)
    if not in_process.acquire(timeout=max(wait, 0)):  # another thread of this process writes
        raise WriterBusy(index_dir, *lock_holder(index_dir))
    made = [path for path in (index_dir / LOCK_FILE, index_dir) if not os.path.lexists(path)]
    try:
        descriptor = _acquire(index_dir, command, deadline)
        try:
            try:
                os.ftruncate(descriptor, 0)
                os.pwrite(descriptor, f"{os.getpid()} {command}\n".encode(), 0)
            except OSError:
                pass  # a full disk: the pid is only for the message
            remove_stale_generations(index_dir)  # what a killed build left
            yield
        except BaseException:
            if made:
                _remove_made(made, index_dir)
            raise
        finally:
            os.close(descriptor)  # closing it releases the lock
    finally:
        in_process.release()


def _remove_made(made, index_dir):
    """Remove the lock file, and the folder, that a failed command made, if nothing else is there.

    A build that found no document must leave nothing behind: not a folder that looks
    like an index, nor a lock file among a user's files. The lock file goes while its
    lock is held; a writer that was waiting on it then finds it gone and takes the lock
    anew (_acquire).
    """
    try:
        if os.listdir(index_dir) == [LOCK_FILE]:
            for path in made:  # the lock file first, then its folder
                (os.rmdir if path == index_dir else os.unlink)(path)
    except OSError:
        pass  # something else was written there meanwhile: it stays


def _open_lock_file(index_dir, command):
    try:
        index_dir.mkdir(parents=True, exist_ok=True)
        descriptor = os.open(index_dir / LOCK_FILE, os.O_RDWR | os.O_CREAT, 0o644)
        if not os.access(index_dir, os.W_OK):  # the lock file alone is writable
            os.close(descriptor)
            raise OSError(errno.EACCES, "the folder is not writable")
        return descriptor
    except OSError as error:
        if error.errno in READ_ONLY_ERRORS and error.filename and os.access(index_dir, os.W_OK):
            raise unusable_lock_file(index_dir, error) from error  # the folder is writable
        if error.errno in READ_ONLY_ERRORS:
            raise IndexReadOnly(index_dir, command) from error
        if error.errno in NOT_A_FOLDER:  # a named pipe, a file above it, a dangling link
            kind = ("es un enlace roto" if os.path.islink(index_dir) and not os.path.exists(index_dir)
                    else "no es una carpeta" if os.path.lexists(index_dir)
                    else "una parte de la ruta no es una carpeta")
            raise SearchError(f"{shown(str(index_dir))}: {kind}; el índice va en una carpeta (nueva o "
                              "vacía, o la de un índice): indíquela con --index") from error
        raise


def unusable_lock_file(index_dir, error):
    """Return the error of a lock file this account may not open in a folder it may write to.

    Another account's writer left it (0644 by default), or its permissions were changed:
    the folder is not read-only, and removing the file is safe only when no writer runs.
    """
    path = shell_quoted(index_dir / LOCK_FILE)
    return SearchError(f"{shown(str(index_dir))}: su archivo de bloqueo {LOCK_FILE} no se puede abrir "
                       f"({system_reason(error)}): lo dejó otra cuenta, o perdió sus permisos. Dé "
                       f"permiso de escritura a esta cuenta (chmod a+rw {path}), o bórrelo si no "
                       "hay ninguna escritura en marcha.")


def _thread_lock(index_dir):
    with _thread_locks_guard:
        return _thread_locks.setdefault(os.path.realpath(index_dir), threading.Lock())


def _acquire(index_dir, command, deadline):
    """Return the descriptor of the lock file, locked; raise WriterBusy after the deadline.

    A lock taken on a file that was removed meanwhile (_remove_made) is no lock:
    the file is opened again, as lock-file implementations do.
    """
    descriptor = _open_lock_file(index_dir, command)
    while True:
        try:
            fcntl.lockf(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except (BlockingIOError, PermissionError):
            if time.monotonic() >= deadline:
                os.close(descriptor)
                raise WriterBusy(index_dir, *lock_holder(index_dir)) from None
            time.sleep(POLL_SECONDS)
            continue
        try:
            if os.stat(index_dir / LOCK_FILE).st_ino == os.fstat(descriptor).st_ino:
                return descriptor
        except FileNotFoundError:
            pass
        os.close(descriptor)
        descriptor = _open_lock_file(index_dir, command)


def lock_holder(index_dir):
    """Return (pid, command) written in the lock file, each None if unknown."""
    try:
        words = (Path(index_dir) / LOCK_FILE).read_text().split()
    except OSError:
        return None, None
    pid = int(words[0]) if words and words[0].isdigit() else None
    return pid, (words[1] if len(words) > 1 else None)
