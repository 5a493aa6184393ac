"""Damage to an index after it was written: checksums of its Whoosh files, a check of its store.

Whoosh keeps no checksums: a segment file truncated or overwritten in place shows up
only when a search reads the damaged block, as a traceback deep in Whoosh. So every
writer records, after its commit, the size and BLAKE2b hash of each file of the Whoosh
index it leaves (CHECKSUMS, beside them), and SQLite checks the record store
(`PRAGMA quick_check`). `find_damage` says what is wrong, in a phrase for a user;
updates refuse a damaged index, and the page and the CLI name the damage and the repair
when a read fails. Three depths: "quick" compares sizes and looks for the store's
tables (for /healthz); "files" hashes the files and checks the store's structure (for
writers); "deep" also reads every text of the store, whose contents SQLite does not
check (after a read failed).
"""

import hashlib
import json
import os
import re
import sqlite3
import zlib
from pathlib import Path

from whoosh.filedb.filestore import FileStorage

from search.errors import IndexDamaged, Unreadable
from search.layout import STORE_FILE
from search.storage import failures
from search.storage.generations import CHECKSUMS
from search.storage.identity import IDENTITY, store_mismatch, stored_identity
from search.storage.postcache import EXTENSION as CACHE_EXTENSION
from search.storage.store import connect_read_only, unpack_block
from search.storage.store_texts import EXTENSION as TEXTS_EXTENSION
from search.text.wording import system_reason
from search.whoosh_ext.writing import index_file_names

TOC_NAME = re.compile(r"^_MAIN_([0-9]+)\.toc$")  # Whoosh's own pattern (whoosh.index.TOC)
CHUNK = 1 << 20
STORE_TABLES = {"docs", "blocks", "ids", "names", "words", "spoken", "files", "meta"}


def file_digest(path):
    """Return the BLAKE2b hex digest of a file's content."""
    digest = hashlib.blake2b(digest_size=16)
    with open(path, "rb") as handle:
        for chunk in iter(lambda: handle.read(CHUNK), b""):
            digest.update(chunk)
    return digest.hexdigest()


def record_checksums(directory, ix=None, roots=None, identity=None):
    """Write the size and hash of each file of the Whoosh index in directory (atomically),
    the folders it was built from (`roots`; by default, those its store lists) and the
    build's identity (identity.py; by default, the one the checksums or the store hold).

    A file already listed with the same size is not hashed again: Whoosh never changes a
    segment file once written, only adds and removes them.
    """
    directory = Path(directory)
    ix = ix or FileStorage(str(directory), supports_mmap=False).open_index()
    previous = read_checksums(directory) or {}
    known = previous.get("files", {})
    identity = identity or previous.get(IDENTITY) or stored_identity(directory)
    names = index_file_names(ix)
    files = {}
    # Caches and texts files check themselves; a search may be writing one under a
    # temporary name this moment.
    names = [name for name in names if CACHE_EXTENSION not in name and TEXTS_EXTENSION not in name]
    for name in names:
        size = (directory / name).stat().st_size
        same = known.get(name)
        files[name] = same if same and same[0] == size and not name.endswith(".toc") else [
            size, file_digest(directory / name)]
    temporary = directory / f".{CHECKSUMS}-{os.getpid()}"
    try:
        # The folders too: a message about a store gone or damaged then names them, not a placeholder.
        roots = roots if roots is not None else store_roots(directory) or []
        record = {"toc": names[-1], "files": files, "roots": roots}
        if identity:
            record[IDENTITY] = identity
        temporary.write_text(json.dumps(record, indent=0, sort_keys=True))
        os.replace(temporary, directory / CHECKSUMS)
    finally:
        temporary.unlink(missing_ok=True)  # written half on a full disk: no room kept


def read_checksums(directory):
    """Return {"toc": name, "files": {name: [size, hash]}} of a directory, None if there are none,
    {} if the file can't be read or is not of that shape (damage)."""
    try:
        recorded = json.loads((Path(directory) / CHECKSUMS).read_text())
    except FileNotFoundError:
        return None
    except (OSError, ValueError):
        return {}  # unreadable: reported as damage
    files = recorded.get("files") if isinstance(recorded, dict) else None
    if not isinstance(files, dict) or not all(
            isinstance(entry, list) and len(entry) == 2 and isinstance(entry[0], int)
            and isinstance(entry[1], str) for entry in files.values()):
        return {}  # JSON, but not the list a writer leaves: reported as damage too
    return recorded


def latest_toc(directory):
    """Return the name of the newest Whoosh table of contents in a directory, or None."""
    found = [(int(m.group(1)), name) for name in os.listdir(directory)
             if (m := TOC_NAME.match(name))]
    return max(found)[1] if found else None


def whoosh_damage(directory, depth="files"):
    """Return what is wrong with the Whoosh files of a directory, or None.

    An index written before checksums existed is taken as it is, and so is one whose
    writer committed but failed to record them (a newer table of contents): the next
    writer records them.
    """
    directory = Path(directory)
    recorded = read_checksums(directory)
    if recorded is None:
        return None
    if not recorded.get("files") or not isinstance(recorded.get("toc"), str):
        return f"la lista de sumas de control {CHECKSUMS} no se puede leer"
    newest = latest_toc(directory)
    if newest is not None and newest != recorded["toc"] and (directory / newest).stat().st_mtime > (
            directory / CHECKSUMS).stat().st_mtime:
        return None
    for name, (size, digest) in sorted(recorded["files"].items()):
        path = directory / name
        try:
            found = path.stat().st_size
            if found != size:
                return f"el archivo {name} mide {found} bytes y debería medir {size}"
            if depth != "quick" and file_digest(path) != digest:
                return f"el contenido de {name} cambió después de escribirse"
        except FileNotFoundError:
            return f"falta el archivo {name}"
        except OSError as error:
            return f"el archivo {name} no se puede leer ({system_reason(error)})"
    return None


def store_damage(path, depth="files"):
    """Return what is wrong with a record store, or None."""
    if not Path(path).is_file():
        return f"falta el almacén de textos {Path(path).name}"
    try:
        connection = connect_read_only(path, check_same_thread=True, timeout=5)
    except sqlite3.Error as error:
        return f"el almacén de textos no se puede abrir ({failures.reason(error)})"
    try:
        tables = {row[0] for row in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table'")}
        if not STORE_TABLES <= tables:
            return "el almacén de textos está vacío o le faltan tablas"
        if depth != "quick":
            verdict = connection.execute("PRAGMA quick_check").fetchall()
            if verdict != [("ok",)]:
                return f"el almacén de textos está dañado ({failures.check_findings(verdict)})"
        if depth == "deep":
            for docno, block, data in connection.execute("SELECT docno, block, data FROM blocks"):
                try:
                    unpack_block(data)
                except (zlib.error, ValueError, TypeError):
                    return f"el almacén de textos está dañado (el bloque {block} del documento {docno})"
    except sqlite3.OperationalError as error:
        if "locked" in str(error):
            return None  # a writer holds it this moment: not damage
        return f"el almacén de textos no se puede leer ({failures.reason(error)})"
    except sqlite3.DatabaseError as error:
        return f"el almacén de textos está dañado ({failures.reason(error)})"
    finally:
        connection.close()
    return None


def find_damage(directory, depth="files"):
    """Return what is wrong with the generation in directory, in a phrase, or None.

    `depth` is "quick", "files" or "deep" (see above). A part this account may not read is
    named as such (forbidden), not as damage.
    """
    problem = (whoosh_damage(directory, depth) or store_damage(Path(directory) / STORE_FILE, depth)
               or store_mismatch(directory))
    return (forbidden(directory) or problem) if problem else None


def forbidden(directory):
    """Return an Unreadable naming the generation's folder or first file this account may not
    read, or None. Looked at only once a read failed: a healthy index costs nothing."""
    directory = Path(directory)
    try:
        children = sorted(directory.iterdir())
    except PermissionError:
        return Unreadable(f"no hay permiso para leer su carpeta {directory.name}")
    except OSError:
        return None
    for child in children:
        try:
            os.close(os.open(child, os.O_RDONLY | os.O_NONBLOCK))  # non-blocking: a named pipe never waits
        except PermissionError:
            return Unreadable(f"no hay permiso para leer su archivo {child.name}")
        except OSError:
            continue
    return None


def source_folders(directory):
    """Return the folders the index was built from (from its manifest), or [] if unknown.

    A store gone or too damaged to list them leaves those its last writer copied into the
    checksums (CHECKSUMS' "roots"), as does a store of another index (identity.py), whose
    folders are not this index's.
    """
    roots = None if store_mismatch(directory) else store_roots(directory)
    if roots is None:
        copied = (read_checksums(directory) or {}).get("roots")
        roots = copied if isinstance(copied, list) and all(isinstance(root, str) for root in copied) else []
    return roots


def store_roots(directory):
    """Return the folders the store's manifest lists, or None when the store can't be read."""
    try:
        connection = connect_read_only(Path(directory) / STORE_FILE, check_same_thread=True)
        try:
            rows = connection.execute("SELECT DISTINCT root FROM files ORDER BY root").fetchall()
        finally:
            connection.close()
    except sqlite3.Error:
        return None
    return [os.fsdecode(bytes(root)) for (root,) in rows]


def check_intact(index_dir, directory, depth="files", given=()):
    """Raise IndexDamaged, naming the damage and the command that repairs it, if there is any.

    The command names the folders the index records, or else those `given` to this command
    (a store too damaged to list its folders).
    """
    problem = find_damage(directory, depth)
    if problem:
        raise IndexDamaged(index_dir, problem, source_folders(directory) or [os.fspath(path) for path in given])
