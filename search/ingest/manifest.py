"""The manifest of indexed files: what is new, changed, moved or gone since the last update.

Each indexed file is kept with its size, modification time, inode change time and content
hash, by its absolute path as the file system's bytes (so names that aren't UTF-8
round-trip). A file is hashed only when its size or either time differ, so an update that
finds nothing to do reads no file, and a file that was only touched costs no re-indexing.
The inode change time is what sees a new content that kept size and modification time
(`cp -p`, `rsync -t`, `curl -R`, `tar x` set the old time back, and can't set it): git
compares it for that reason.
"""

import os
from dataclasses import dataclass, field
from pathlib import Path

from search.errors import UnreadableFile
from search.ingest.files import DANGLING_LINK, NAMED_ONLY, find_files
from search.ingest.fingerprints import RECENT_NS, fingerprint, settled_ctime
from search.text.wording import system_reason


@dataclass
class FileState:
    """A file as found on disk: where it is, its root folder, and its fingerprint."""

    path: bytes
    root: bytes
    size: int
    mtime_ns: int
    digest: str
    ctime_ns: int | None = None  # inode change time when hashed; -1: hash again; None: unknown
    # The file as found under the folder the command was given, as typed (`d/x.txt`,
    # `../d/x.txt`): what reading it names in messages. None: its absolute path.
    typed: Path | None = None

    @property
    def file(self):
        """Return the file as a Path: as found under the folder typed, else absolute."""
        return self.typed if self.typed is not None else Path(os.fsdecode(self.path))

    @property
    def folder(self):
        """Return the root folder as a Path: document names are relative to it."""
        return Path(os.fsdecode(self.root))


@dataclass
class Changes:
    """What a scan found: files to index, to forget, to note again, and how many are alike."""

    new: list[FileState] = field(default_factory=list)
    changed: list[FileState] = field(default_factory=list)
    moved: list[tuple[bytes, FileState]] = field(default_factory=list)  # (old path, file)
    deleted: list[bytes] = field(default_factory=list)
    touched: list[FileState] = field(default_factory=list)  # same content, new time
    unchanged: list[bytes] = field(default_factory=list)  # same size and times
    noted: list[FileState] = field(default_factory=list)  # unchanged, its inode change time new to the manifest
    unreadable: list[tuple[str, str]] = field(default_factory=list)
    stale: list[str] = field(default_factory=list)  # unreadable now, indexed before: kept as it was (as found)
    found: dict[bytes, Path] = field(default_factory=dict)  # path -> the file as found under the folder typed

    def __bool__(self):
        return bool(self.new or self.changed or self.moved or self.deleted)


def file_key(path):
    """Return the manifest key of a path: its absolute path as bytes."""
    return os.fsencode(os.path.abspath(os.fsencode(path)))


def printable(path):
    """Return a path as text that can be printed and stored: odd bytes become \\xNN."""
    try:
        raw = os.fsencode(path)
    except UnicodeEncodeError:  # a lone surrogate that no file name produces
        raw = path.encode("utf-8", "backslashreplace")
    return raw.decode("utf-8", "backslashreplace")


def _real_path(file, real_folders):
    """Return os.path.realpath(file), resolving each folder once (real_folders: folder -> its real
    path): a file that is no link is its real folder's, and realpath costs ~12 µs a file (100,000
    files: 1.2 s of every update and watch burst), a folder's lookup and an lstat ~1."""
    if os.path.islink(file):
        return os.path.realpath(file)
    folder, name = os.path.split(file)
    real_folder = real_folders.get(folder)
    if real_folder is None:
        real_folder = real_folders[folder] = os.path.realpath(folder)
    return os.path.join(real_folder, name)


def unique_files(pairs, warn=None):
    """Return each real file once as (file, root), in the order first met.

    A file met under two roots is kept at its first; a file met again through a symbolic
    link (or a link met before the file it points to) is kept under its own name, not the
    link's, and `warn(message)`, if given, hears which link was left out.
    """
    chosen, links = {}, {}  # real path -> (file, root); real path -> the links left out
    real_folders = {}
    for file, root in pairs:
        real = _real_path(file, real_folders)
        kept = chosen.get(real)
        if kept is None:
            chosen[real] = (file, root)
        elif file_key(kept[0]) != file_key(file):
            if os.path.islink(kept[0]) and not os.path.islink(file):
                chosen[real], file = (file, root), kept[0]
            links.setdefault(real, []).append(file)
    if warn is not None:
        for real, left in links.items():
            for link in left:
                warn(f"{printable(link)}: es el mismo archivo que {printable(chosen[real][0])} "
                     "(un enlace simbólico); se indexó una vez")
    return list(chosen.values())


def scan(paths, manifest, last_scan_ns=None, ctimes=None, skip=()):
    """Compare the files under paths with the manifest {path: (root, size, mtime_ns, hash)}.

    Only manifest entries under the given paths can be found deleted. A file is taken
    as unchanged by its size and time alone only if that time is safely older than
    `last_scan_ns`, when the manifest's last scan began (filesystem_time): one written
    in the same clock tick as that scan read it may have changed again unseen ("racily
    clean", in git's words), so it is hashed again. Its inode change time must also be
    the one in `ctimes` {path: ctime_ns}, or where none is known, older than that scan;
    an unchanged file whose time was unknown is also in `noted`, for the manifest. A
    folder that can't be listed (find_files) is named in `unreadable`, and the files
    indexed under it are not found deleted. The folders in `skip` (the index's) are not read.
    """
    racy_from = None if last_scan_ns is None else last_scan_ns - RECENT_NS
    changes, seen = Changes(), set()
    roots = sorted({root for root, *_ in manifest.values()}, key=len)
    unlisted = []  # folders that could not be listed: what they held stays indexed

    def refused(folder, reason):
        if reason not in NAMED_ONLY:
            unlisted.append(file_key(folder))
            reason += "; lo que se indexó de ella sigue en el índice, y se leerá cuando se pueda"
        changes.unreadable.append((printable(folder), reason))

    for file, root in unique_files(find_files(paths, refused, skip)):
        key = file_key(file)
        changes.found[key] = Path(file)
        known = manifest.get(key)
        recorded = (ctimes or {}).get(key)
        try:
            found = os.stat(key)
            if known and (known[1], known[2]) == (found.st_size, found.st_mtime_ns) and (
                    racy_from is None or found.st_mtime_ns < racy_from):
                if recorded == found.st_ctime_ns:
                    changes.unchanged.append(key)
                    seen.add(key)
                    continue
                if recorded is None and (racy_from is None or found.st_ctime_ns < racy_from):
                    # As trusted as before inode change times were kept: note its time now.
                    changes.unchanged.append(key)
                    changes.noted.append(FileState(key, known[0], found.st_size, found.st_mtime_ns,
                                                   known[3], settled_ctime(found)))
                    seen.add(key)
                    continue
            size, mtime_ns, digest, _ = fingerprint(key)
        except FileNotFoundError:
            if os.path.islink(key):  # its documents are gone, and the build said why
                changes.unreadable.append((printable(file), DANGLING_LINK))
            continue  # gone since the folder was listed (or a dangling link): it is deleted
        except OSError as error:
            seen.add(key)  # can't be read now: keep what is indexed
            changes.unreadable.append((printable(file), f"no se puede leer ({system_reason(error)})"))
            changes.stale += [printable(file)] if known else []
            continue
        except UnreadableFile as error:
            if isinstance(error.__cause__, FileNotFoundError):
                continue
            seen.add(key)  # too large, a pipe now: keep what is indexed, and say so
            changes.unreadable.append((printable(file), error.reason))
            changes.stale += [printable(file)] if known else []
            continue
        seen.add(key)
        state = FileState(key, known[0] if known else root_of(key, file_key(root), roots),
                          size, mtime_ns, digest, settled_ctime(found), Path(file))
        if known is None:
            changes.new.append(state)
        elif known[3] == digest:
            changes.touched.append(state)
        else:
            changes.changed.append(state)
    scopes = [file_key(path) for path in paths]
    gone = [path for path in manifest if path not in seen and within(path, scopes)
            and not (unlisted and within(path, unlisted))]
    _pair_moves(changes, gone, manifest)
    return changes


def root_of(key, given, roots):
    """Return the indexed root folder that holds a new file, else the folder it was found in."""
    for root in roots:
        if within(key, [root]):
            return root
    return given


def within(path, folders):
    """Return True if a path (bytes) is one of the folders or inside one."""
    folders = [folder.rstrip(b"/") for folder in folders]
    return any(path.rstrip(b"/") == folder or path.startswith(folder + b"/")
               for folder in folders)


def _pair_moves(changes, gone, manifest):
    arrived = {}
    for state in changes.new:
        arrived.setdefault(state.digest, []).append(state)
    for path in gone:
        candidates = arrived.get(manifest[path][3])
        if candidates:
            moved = candidates.pop(0)
            changes.new.remove(moved)
            changes.moved.append((path, moved))
        else:
            changes.deleted.append(path)
