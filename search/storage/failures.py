"""Why a write failed, in the one line a writer prints: a full disk, a read-only folder, damage.

OSError and SQLite errors name the same few causes in many ways; each writer turns
its error into one of them, so the advice fits: free space for a full disk, another
folder or other rights for a read-only one, a rebuild for damage.
"""

import errno
import sqlite3

FULL = (errno.ENOSPC, errno.EDQUOT)
READ_ONLY = (errno.EROFS, errno.EACCES, errno.EPERM)
SQLITE_FULL = ("SQLITE_FULL",)
SQLITE_READ_ONLY = ("SQLITE_READONLY", "SQLITE_CANTOPEN", "SQLITE_AUTH")
SQLITE_DAMAGED = ("SQLITE_CORRUPT", "SQLITE_NOTADB")


def cause(error):
    """Return "full", "read-only", "damaged" or "other" for an OSError or sqlite3.Error."""
    if isinstance(error, OSError):
        number = error.errno
        return "full" if number in FULL else "read-only" if number in READ_ONLY else "other"
    if isinstance(error, sqlite3.Error):
        name = getattr(error, "sqlite_errorname", "") or ""
        if name.startswith(SQLITE_FULL) or "disk is full" in str(error):
            return "full"
        if name.startswith(SQLITE_READ_ONLY) or "readonly" in str(error):
            return "read-only"
        if name.startswith(SQLITE_DAMAGED) or "malformed" in str(error) or "no such table" in str(error):
            return "damaged"
    return "other"


ADVICE = {
    "full": "Libere espacio en el disco y vuelva a intentarlo.",
    "read-only": "La carpeta es de solo lectura: use otra, o pida permiso de escritura.",
    "damaged": "El índice está dañado: reconstrúyalo con «hemeroteca index».",
    "other": "Vuelva a intentarlo; si se repite, reconstruya el índice con «hemeroteca index».",
}


def advice(error):
    """Return what the user should do after this write error."""
    return ADVICE[cause(error)]
