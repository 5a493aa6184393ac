"""Tests for search.storage.failures: a write error's cause, and the advice that fits it."""

import errno
import resource
import sqlite3

import pytest

from search.storage.failures import ADVICE, advice, cause, reason


def sqlite_error(message, name=None):
    error = sqlite3.OperationalError(message)
    if name is not None:
        error.sqlite_errorname = name
    return error


@pytest.mark.parametrize("error, expected", [
    (OSError(errno.ENOSPC, "No space left on device"), "full"),
    (OSError(errno.EDQUOT, "Disk quota exceeded"), "full"),
    (OSError(errno.EROFS, "Read-only file system"), "read-only"),
    (OSError(errno.EACCES, "Permission denied"), "read-only"),
    (PermissionError(errno.EPERM, "Operation not permitted"), "read-only"),
    (OSError(errno.EIO, "Input/output error"), "other"),
    (OSError(errno.EFBIG, "File too large"), "too-large"),
    (OSError("sin número"), "other"),
    (sqlite_error("database or disk is full", "SQLITE_FULL"), "full"),
    (sqlite_error("database or disk is full"), "full"),
    (sqlite_error("attempt to write a readonly database", "SQLITE_READONLY_DBMOVED"), "read-only"),
    (sqlite_error("attempt to write a readonly database"), "read-only"),
    (sqlite_error("unable to open database file", "SQLITE_CANTOPEN"), "read-only"),
    (sqlite3.DatabaseError("database disk image is malformed"), "damaged"),
    (sqlite_error("file is not a database", "SQLITE_NOTADB"), "damaged"),
    (sqlite_error("no such table: records"), "damaged"),
    (sqlite_error("database is locked", "SQLITE_BUSY"), "other"),
    (ValueError("otra cosa"), "other"),
])
def test_cause_names_what_went_wrong(error, expected):
    assert cause(error) == expected


@pytest.mark.parametrize("error, words", [
    (OSError(errno.ENOSPC, "lleno"), "Libere espacio"),
    (OSError(errno.EROFS, "solo lectura"), "solo lectura"),
    (sqlite3.DatabaseError("database disk image is malformed"), "reconstrúyalo"),
    (OSError(errno.EIO, "E/S"), "Vuelva a intentarlo"),
    (OSError(errno.EFBIG, "File too large"), "ulimit -f"),
])
def test_advice_fits_the_cause(error, words):
    assert words in advice(error)


def test_every_cause_has_spanish_advice():
    assert set(ADVICE) == {"full", "too-large", "read-only", "damaged", "other"}
    assert all(text.endswith(".") and "disk" not in text for text in ADVICE.values())


@pytest.mark.parametrize("error, said", [
    (sqlite_error("file is not a database", "SQLITE_NOTADB"), "no es una base de datos SQLite"),
    (sqlite3.DatabaseError("file is not a database"), "no es una base de datos SQLite"),
    (sqlite3.DatabaseError("database disk image is malformed"), "su archivo está dañado"),
    (sqlite_error("unable to open database file", "SQLITE_CANTOPEN"), "no se puede abrir su archivo"),
    (sqlite_error("disk I/O error", "SQLITE_IOERR_SHORT_READ"), "error de lectura o escritura en el disco"),
    (sqlite_error("database is locked", "SQLITE_BUSY"), "otro proceso lo tiene bloqueado"),
    (sqlite_error("database or disk is full", "SQLITE_FULL"), "el disco está lleno"),
    (sqlite_error("attempt to write a readonly database", "SQLITE_READONLY_DBMOVED"), "es de solo lectura"),
    (sqlite_error("no such table: docs"), "le falta una tabla"),
    (sqlite_error("no such column: paragraphs"), "le falta una columna"),
    # Any other: its result code, never SQLite's English words.
    (sqlite_error("near \"SELEC\": syntax error", "SQLITE_ERROR"), "error de SQLite SQLITE_ERROR"),
    (sqlite3.OperationalError("interrupted"), "error de SQLite sin código"),
    (OSError(errno.ENOSPC, "No space left on device"), "no queda espacio en el disco"),
])
def test_reason_says_a_sqlite_error_in_spanish(error, said):
    assert reason(error) == said


def test_a_store_that_is_no_database_is_named_in_spanish(tmp_path):
    from search.storage.integrity import store_damage

    (tmp_path / "records.sqlite").write_bytes(b"esto no es SQLite " * 400)
    assert store_damage(tmp_path / "records.sqlite", "deep") == (
        "el almacén de textos no se puede abrir (no es una base de datos SQLite)")


def test_sqlite_io_errors_under_a_file_size_limit_are_that_limit(monkeypatch):
    """SQLite says «disk I/O error» when `ulimit -f` stops a write: the limit is named instead."""
    error = sqlite_error("disk I/O error", "SQLITE_IOERR_WRITE")
    assert cause(error) == "other" and reason(error) == "error de lectura o escritura en el disco"
    monkeypatch.setattr(resource, "getrlimit", lambda kind: (400 * 1024, resource.RLIM_INFINITY))
    assert cause(error) == "too-large" and "ulimit -f" in reason(error)
