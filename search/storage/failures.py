"""Why a write failed, in the one line a writer prints: a full disk, a read-only folder, damage.

OSError and SQLite errors name the same few causes in many ways; each writer turns
its error into one of them, so the advice fits: free space for a full disk, another
folder or other rights for a read-only one, a rebuild for damage.
"""

import errno
import re
import resource
import sqlite3

from search.text.wording import SYSTEM_REASONS, plural, system_reason

FULL = (errno.ENOSPC, errno.EDQUOT)
READ_ONLY = (errno.EROFS, errno.EACCES, errno.EPERM)
SQLITE_FULL = ("SQLITE_FULL",)
SQLITE_READ_ONLY = ("SQLITE_READONLY", "SQLITE_CANTOPEN", "SQLITE_AUTH")
SQLITE_DAMAGED = ("SQLITE_CORRUPT", "SQLITE_NOTADB")


def file_size_limited():
    """Tell whether this process may write files of a bounded size only (`ulimit -f`)."""
    return resource.getrlimit(resource.RLIMIT_FSIZE)[0] != resource.RLIM_INFINITY


def cause(error):
    """Return "full", "too-large", "read-only", "damaged" or "other" for an OSError or sqlite3.Error.

    "too-large": a file reached the largest size the process (`ulimit -f`) or the file system
    (FAT32: 4 GB) allows. SQLite tells it as a mere I/O error: one under a file-size limit is taken for it.
    """
    if isinstance(error, OSError):
        number = error.errno
        return ("full" if number in FULL else "too-large" if number == errno.EFBIG
                else "read-only" if number in READ_ONLY else "other")
    if isinstance(error, sqlite3.Error):
        name = getattr(error, "sqlite_errorname", "") or ""
        if (name.startswith("SQLITE_IOERR") or "disk i/o error" in str(error).lower()) and file_size_limited():
            return "too-large"
        if name.startswith(SQLITE_FULL) or "disk is full" in str(error):
            return "full"
        if name.startswith(SQLITE_READ_ONLY) or "readonly" in str(error):
            return "read-only"
        if name.startswith(SQLITE_DAMAGED) or "malformed" in str(error) or "no such table" in str(error):
            return "damaged"
    return "other"


ADVICE = {
    "full": "Libere espacio en el disco y vuelva a intentarlo.",
    # the reason (wording.SYSTEM_REASONS) already says which limit: the advice says only what to do
    "too-large": "Suba el límite (ulimit -f), o ponga el índice en un disco que admita archivos mayores "
                 "(FAT32 no pasa de 4 GB).",
    "read-only": "La carpeta es de solo lectura: use otra, o pida permiso de escritura.",
    "damaged": "El índice está dañado: reconstrúyalo con «hemeroteca index».",
    "other": "Vuelva a intentarlo; si se repite, reconstruya el índice con «hemeroteca index».",
}


def advice(error):
    """Return what the user should do after this write error."""
    return ADVICE[cause(error)]


# SQLite's primary result codes (its sqlite_errorname, less any extended part), in Spanish.
SQLITE_REASONS = {
    "SQLITE_NOTADB": "no es una base de datos SQLite",
    "SQLITE_CORRUPT": "su archivo está dañado",
    "SQLITE_CANTOPEN": "no se puede abrir su archivo",
    "SQLITE_IOERR": "error de lectura o escritura en el disco",
    "SQLITE_BUSY": "otro proceso lo tiene bloqueado",
    "SQLITE_LOCKED": "otro proceso lo tiene bloqueado",
    "SQLITE_FULL": "el disco está lleno",
    "SQLITE_READONLY": "es de solo lectura",
    "SQLITE_PERM": "no hay permiso",
    "SQLITE_AUTH": "no hay permiso",
}
SQLITE_MESSAGES = {  # where Python gives no result code: SQLite's own words
    "file is not a database": "SQLITE_NOTADB",
    "malformed": "SQLITE_CORRUPT",
    "unable to open": "SQLITE_CANTOPEN",
    "disk i/o error": "SQLITE_IOERR",
    "is locked": "SQLITE_BUSY",
    "disk is full": "SQLITE_FULL",
    "readonly": "SQLITE_READONLY",
}
# SQLite's words for a schema that is not the one written (a table or column gone): damage.
SCHEMA_MESSAGES = {"no such table": "le falta una tabla", "no such column": "le falta una columna",
                   "no such index": "le falta un índice"}


def reason(error):
    """Return why an OSError or a SQLite error happened, in Spanish when it is a common one.

    >>> reason(sqlite3.DatabaseError("file is not a database"))
    'no es una base de datos SQLite'
    """
    if not isinstance(error, sqlite3.Error):
        return system_reason(error)
    if cause(error) == "too-large":
        return SYSTEM_REASONS[errno.EFBIG]
    name = (getattr(error, "sqlite_errorname", "") or "").split("_")[:2]
    found = SQLITE_REASONS.get("_".join(name))
    if found is None:
        text = str(error).lower()
        found = next((SQLITE_REASONS[code] for words, code in SQLITE_MESSAGES.items() if words in text), None)
    if found is None:
        found = next((said for words, said in SCHEMA_MESSAGES.items() if words in str(error).lower()), None)
    # Any other: its result code, not SQLite's English words (the log keeps those).
    return found or f"error de SQLite {getattr(error, 'sqlite_errorname', '') or 'sin código'}".rstrip()


def check_findings(rows):
    """Return what `PRAGMA quick_check` (or integrity_check) found, in Spanish, from its rows.

    SQLite says each problem in English (`*** in database main *** On tree page 5 cell 0:
    2nd reference to page 7`, `row 3 missing from index ids_id`); the user is told how many,
    and the first one's page or index, never the English.

    >>> check_findings([("*** in database main ***\\nOn tree page 5 cell 0: invalid page number 99",),
    ...                 ("row 3 missing from index ids_id",)])
    'la comprobación de SQLite halló 2 fallos, el primero en la página 5'
    >>> check_findings([("row 3 missing from index ids_id",)])
    'la comprobación de SQLite halló 1 fallo, el primero en el índice «ids_id»'
    """
    first = " ".join(str(rows[0][0]).split()) if rows else ""
    page = re.search(r"\bpage (\d+)", first, re.IGNORECASE)
    index = re.search(r"\bindex (\w+)", first)
    where = (f", el primero en la página {page.group(1)}" if page
             else f", el primero en el índice «{index.group(1)}»" if index else "")
    count = plural(len(rows), "fallo") + (" o más" if len(rows) >= 100 else "")  # it stops at 100
    return f"la comprobación de SQLite halló {count}{where}"
