"""Which build a record store belongs to: one identity, written by the writer in the store and
in the checksums beside the Whoosh files, so a store copied in from another index is refused.

A generation's Whoosh postings and its record store meet by document number only. A
`records.sqlite` copied in from another index, or from an earlier build of this one (a wrong
backup restored), opens without an error and gives its titles, ids and texts to this
index's postings: every hit names the wrong paragraph. Lucene ties a segment's files together
the same way: each file's header carries its segment's random id, and a reader refuses a file
whose id is not the one it expects (CodecUtil.writeIndexHeader, checkIndexHeader's
`expectedID`, in its API documentation).

Each build draws a random identity (128 random bits, as `uuid4` has) and writes it in the CHECKSUMS file of the
generation (integrity.record_checksums) before it joins the store, and in the store's meta
table; both are in the building folder, which no reader sees until it is switched in.
Updates keep it. So within a generation the two never disagree, whatever a reader opens
between a store's commit and the next table of contents; they differ only when one of the
two files came from elsewhere.

An index built before identities has none in either: it opens as before, and its next
update or optimize gives its store one and then writes the checksums, which take it from the
store, even when nothing else changed (give_identity), so the protection starts at once.
Checksums that name an identity the store lacks mean the store was replaced by an older one:
it is refused as well.
"""

import json
import os
import sqlite3
from pathlib import Path

from search.layout import STORE_FILE
from search.storage.generations import CHECKSUMS

IDENTITY = "identity"  # the key in the store's meta table and in CHECKSUMS


def new_identity():
    """Return a new random identity for a build (32 hexadecimal digits). Not `uuid`: every
    search opens this module, and importing uuid costs a fresh process 2.5 ms."""
    return os.urandom(16).hex()


def give_identity(store):
    """Give a store written before identities one (RecordStore, writable; not committed);
    return whether it got one. Its writer then writes the checksums, which take it from the
    store, whatever else it changes: both files name it, or neither does."""
    if store.meta(IDENTITY) is not None:
        return False
    store.set_meta(IDENTITY, new_identity())
    return True


def recorded_identity(directory):
    """Return the identity the checksums of a generation name, or None (none there, or an
    index written before identities; damage to the file is integrity.py's to report)."""
    try:
        recorded = json.loads((Path(directory) / CHECKSUMS).read_text())
    except (OSError, ValueError):
        return None
    found = recorded.get(IDENTITY) if isinstance(recorded, dict) else None
    return found if isinstance(found, str) else None


def stored_identity(directory):
    """Return the identity a generation's store holds, or None (none, or it can't be read)."""
    try:
        return _read_identity(directory)
    except sqlite3.Error:
        return None


def _read_identity(directory):
    """Return the identity a generation's store holds, or None; raise sqlite3.Error when the
    store can't be read (gone: a generation being removed, or damaged)."""
    from search.storage.store import connect_read_only  # the store's module, only when asked

    connection = connect_read_only(Path(directory) / STORE_FILE, check_same_thread=True)
    try:
        row = connection.execute("SELECT value FROM meta WHERE key = ?", (IDENTITY,)).fetchone()
    finally:
        connection.close()
    return row[0] if row else None


UNREAD = object()  # store_mismatch's store identity, not given: read it


def store_mismatch(directory, identity=UNREAD):
    """Return, in a phrase, why the store of a generation is not its own, or None.

    `identity` is the store's when the caller has it open (RecordStore.meta: None for a
    store written before identities), else it is read; a store that can't be read is no
    mismatch (a generation being removed, or damage, which integrity.py names).
    """
    recorded = recorded_identity(directory)
    if recorded is None:
        return None
    if identity is UNREAD:
        try:
            identity = _read_identity(directory)
        except sqlite3.Error:
            return None
    if identity == recorded:
        return None
    return (f"su almacén de párrafos {STORE_FILE} es de otro índice (una copia de otra carpeta o de "
            "otra construcción de esta, como una copia de seguridad equivocada), y sus títulos e ids no "
            "son los de estos párrafos (si guarda el de este índice, póngalo en su lugar)")
