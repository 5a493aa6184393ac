"""A file's fingerprint as the manifest keeps it: size, times and content hash, and when a
time is too recent to trust (manifest.py compares them to tell what changed).

A file changed within the file system's clock tick after its times were read could keep
them: such a time is not remembered, and the file is hashed again next time (git's "racily
clean" entries). The clock to compare with is the file system's own (filesystem_time).
"""

import hashlib
import os
import tempfile
import time

from search.ingest.files import open_document

RECENT_NS = 2_000_000_000  # a file this new may change again within the same clock tick


def content_hash():
    """Return a new hash of a file's bytes as the manifest keeps it (BLAKE2b, 16 bytes; hexdigest).

    One definition: storage/appending.py hashes a feed's old part with it to compare with the
    manifest's hash, and would silently never match if the two differed.
    """
    return hashlib.blake2b(digest_size=16)


def fingerprint(path, upto=None):
    """Return (size, mtime_ns, hash, ctime_ns) of a file's content; mtime_ns is -1 if it may
    change, ctime_ns its settled_ctime before it was read (a later change shows as another time).

    The hash is of the first `size` bytes, its size as it opened (or `upto`, when smaller):
    what grows meanwhile is not hashed, and is not indexed (formats.iter_path's `upto`).

    Raises UnreadableFile (files.open_document) for what is not a document file:
    gone, unreadable, special or too large, all known before a byte is read.
    """
    with open_document(path) as handle:
        digest = content_hash()
        before = os.fstat(handle.fileno())
        size = before.st_size if upto is None else min(upto, before.st_size)
        for chunk in iter(lambda: handle.read(min(1 << 20, size - handle.tell())), b""):
            digest.update(chunk)
        after = os.fstat(handle.fileno())
    return size, settled_mtime(before, after), digest.hexdigest(), settled_ctime(before)


def settled_mtime(before, after):
    """Return the modification time to remember, or -1 to hash the file again next time.

    A file that changed while it was read, or so recently that it could change again
    within the file system's clock tick without its time moving, must be looked at again.
    """
    if (before.st_size, before.st_mtime_ns) != (after.st_size, after.st_mtime_ns):
        return -1
    if time.time_ns() - after.st_mtime_ns < RECENT_NS:
        return -1
    return after.st_mtime_ns


def filesystem_time(folder):
    """Return the time now by the clock of a folder's file system (ns), or by this machine's.

    A file server's clock may differ from this machine's; a file's time comes from the
    file system, so it is compared with a time from there (as git does with its index).
    """
    try:
        descriptor, name = tempfile.mkstemp(dir=folder, prefix=".clock-")
    except OSError:
        return time.time_ns()
    try:
        return os.fstat(descriptor).st_mtime_ns
    finally:
        os.close(descriptor)
        os.unlink(name)


def settled_ctime(found):
    """Return a stat's inode change time to remember, or -1 to hash the file again next time.

    A change within the file system's clock tick after this stat would keep this time
    (git's "racily clean"), so a time this recent is not trusted.
    """
    return -1 if time.time_ns() - found.st_ctime_ns < RECENT_NS else found.st_ctime_ns


def still_settled(path, size, mtime_ns):
    """Return mtime_ns if the file still has this size and time, else -1."""
    try:
        now = os.stat(path)
    except OSError:
        return -1
    return mtime_ns if (now.st_size, now.st_mtime_ns) == (size, mtime_ns) else -1
