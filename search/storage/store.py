"""The record store: paragraph texts and metadata in SQLite, beside the Whoosh postings.

Whoosh keeps only what search needs (postings, and the document and paragraph numbers of
each record as columns). The texts live here, in blocks of consecutive
paragraphs (store_blocks.py), which is several times smaller than Whoosh's stored fields
and lets a document be read back whole. Speakers have their own table, so listing them is one query.

A document may exist in several versions while an update is applied (update.py):
a new version is written here as pending before Whoosh serves it, and an old one is
retired after Whoosh stops serving it and purged a while later. Readers see the live
version; records are found by document number whatever their state, so a searcher that
is a moment behind still finds its texts.

This module opens the store and writes it. RecordStore's reads (store_reads.py; of whole
documents, store_documents.py), versions (versions.py), speakers (store_speakers.py) and
documents' names (forms.py) are mixins; its tables are store_tables.py, the codec of its
blocks store_blocks.py.
"""

import os
import sqlite3
import threading
from collections import Counter, OrderedDict
from urllib.parse import quote

from search.storage.forms import DocumentNames, form_digest
from search.storage.store_blocks import (
    BLOCK_PARAGRAPHS,
    OLD_BLOCK_PARAGRAPHS,
    DamagedBlock,
    block_rowid,
    pack_block,
    record_entry,
    unpack_block,
)
from search.storage.store_documents import StoreDocuments
from search.storage.store_reads import WORD, StoreReads
from search.storage.store_speakers import StoreSpeakers
from search.storage.store_tables import REQUIRED_COLUMN, SCHEMA, OutdatedStore
from search.storage.versions import LIVE, PENDING, StoreChanges
from search.text.folding import speaker_key

# Callers import the store's names from here; the blocks' codec lives in store_blocks.py.
__all__ = ["BLOCK_PARAGRAPHS", "BLOCK_ROWIDS", "BLOCK_SPEAKERS", "DOC_KEYS", "DamagedBlock", "OutdatedStore",
           "RecordStore", "block_rowid", "connect_read_only", "pack_block", "store_uri", "unpack_block"]

# Blocks of 16 paragraphs (about 2 KB) packed well only in 64 KB pages (half the file of
# 4 KB pages). Blocks of 4 pack as well in 16 KB pages (the 165k store: 31.16 MB against
# 31.20), and a page of 8 random records takes 170 us rather than 240 (a quarter the reads).
PAGE_SIZE = 16384
# Stores written since keep each block under the rowid block_rowid(docno, block), and say
# so in meta: a lookup by rowid is one B-tree descent; by (docno, block), two (the key's
# index, then the table). 8 random blocks: 8 us rather than 40 at 165k paragraphs.
BLOCK_ROWIDS = "block_rowids"
# Stores written since keep each paragraph's speakers in its block's entry too, and say so
# in meta: a page of hits then reads no `spoken` rows (18 us of a 100 us page at 165k).
BLOCK_SPEAKERS = "block_speakers"
# Stores written since key each Whoosh document by its document number, not its name
# (forms.doc_term), keep each document's form (forms.py), and say so in meta: a file moved or
# renamed there changes its name in the store and keeps its Whoosh documents.
DOC_KEYS = "doc_keys"
# What a document's row says of it, which a part other than its first may not say alike.
FIRST_PART_COLUMNS = "doc, title, date, path, source"


def store_uri(path, **options):
    """Return the SQLite URI of a store file, with options (mode=ro): any path, escaped."""
    query = "&".join(f"{key}={value}" for key, value in options.items())
    # quote is what urllib.request.pathname2url does on POSIX, without loading http.client.
    return f"file:{quote(os.path.abspath(path))}" + (f"?{query}" if query else "")


def connect_read_only(path, check_same_thread=False, timeout=30):
    """Open a store for reading, also in a folder this process can't write to.

    In write-ahead-log mode even a reader needs the shared-memory file beside the store;
    in a read-only folder (a read-only mount, another user's index) it can't make it, so
    the store is then opened as immutable: no writer can change it there either.
    """
    connection = sqlite3.connect(store_uri(path, mode="ro"), uri=True,
                                 check_same_thread=check_same_thread, timeout=timeout)
    try:
        connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return connection
    except sqlite3.OperationalError:
        if os.access(os.path.dirname(os.path.abspath(path)), os.W_OK):
            return connection  # not a read-only folder: the caller meets the real error
        connection.close()
    return sqlite3.connect(store_uri(path, mode="ro", immutable=1), uri=True,
                           check_same_thread=check_same_thread, timeout=timeout)


class RecordStore(StoreChanges, StoreSpeakers, StoreReads, StoreDocuments, DocumentNames):
    """Paragraph records by (docno, paragraph), documents by name, speakers by key."""

    def __init__(self, path, writable=False):
        # A writer's commit locks the file for a moment; readers wait rather than fail.
        self.connection = (sqlite3.connect(store_uri(path), uri=True, check_same_thread=False,
                                           timeout=30) if writable else connect_read_only(path))
        self.lock = threading.Lock()
        self.blocks = OrderedDict()
        self.document_rows = {}  # docno -> (doc, title, date); a docno is never reused (renamed: _rows_current)
        self.rows_version = None  # the store's data_version when document_rows was last checked
        self.names_found = None  # the live documents' names (document_names), until a commit
        self.own_titles = {}  # docno -> whether its records may have their own titles
        self.dates = {}  # ISO text -> date, as records show them
        self.pending_words = Counter()
        self.namenos = {}
        if writable:
            self.connection.execute(f"PRAGMA page_size = {PAGE_SIZE}")
            counted, noted = self._has_table("spellings"), self._has_table("roles")
            self.connection.executescript(SCHEMA)
            # With a write-ahead log, a writer killed mid-commit leaves a file that
            # read-only connections can still read; a rollback journal would lock them out.
            self.connection.execute("PRAGMA journal_mode = WAL")
        columns = [row[1] for row in self.connection.execute("PRAGMA table_info(docs)")]
        if columns and REQUIRED_COLUMN not in columns:
            self.connection.close()
            raise OutdatedStore(f"{path} lo escribió una versión anterior de Hemeroteca")
        self.block_paragraphs = int(self._layout("block_paragraphs", BLOCK_PARAGRAPHS,
                                                 OLD_BLOCK_PARAGRAPHS, writable))
        self.by_rowid = self._layout(BLOCK_ROWIDS, 1, 0, writable) == "1"
        self.block_speakers = self._layout(BLOCK_SPEAKERS, 1, 0, writable) == "1"
        self.keyed_docs = self._layout(DOC_KEYS, 1, 0, writable) == "1"
        self.writable = writable
        self.shown = {}  # name as written -> the name its person shows (readers only)
        self.shown_version = None  # the store's data_version when `shown` was filled
        if writable and not counted:  # a store written before speakers were counted
            self.count_all_spellings()
        if writable and not noted:  # a store written before roles were kept
            self.note_all_roles()
        if writable and not (counted and noted):
            self.commit()

    def _layout(self, key, new, old, writable):
        """Return a setting of the store's layout (meta), setting it to `new` on a new store.

        A store written before the setting existed has the `old` layout.
        """
        found = self.meta(key) if self._has_table("meta") else None
        if found is not None:
            return found
        if writable and not self._query("SELECT 1 FROM docs LIMIT 1"):
            self.set_meta(key, str(new))
            return str(new)
        return str(old)

    def _has_table(self, name):
        return bool(self._query("SELECT 1 FROM sqlite_master WHERE name = ?", (name,)))

    def close(self):
        """Close the database."""
        self.connection.close()

    def commit(self):
        """Make the writes so far durable, with the word counts gathered since the last."""
        self.connection.executemany(
            "INSERT INTO words VALUES (?, ?) "
            "ON CONFLICT (word) DO UPDATE SET count = count + excluded.count",
            self.pending_words.items())
        self.pending_words.clear()
        self.decide_people()
        self.connection.commit()

    def absorb(self, part_path):
        """Copy in everything from a store built by another process (document numbers differ)."""
        self.commit()
        execute = self.connection.execute
        execute("ATTACH DATABASE ? AS part", (str(part_path),))
        try:
            for table in ("ids", "files", "skipped", "forms"):
                execute(f"INSERT OR REPLACE INTO {table} SELECT * FROM part.{table}")
            # A feed's records without `doc` are one document whose parts several workers
            # wrote (adding.FeedShare): its paragraphs add up, and its row (name, title, date,
            # path) is the first part's, the one whose store holds the document's first block,
            # whichever store the joining meets it in (the first part's, or a later one's).
            execute(f"UPDATE docs SET ({FIRST_PART_COLUMNS}) = (SELECT {FIRST_PART_COLUMNS} FROM part.docs p "
                    "WHERE p.docno = docs.docno) WHERE docno IN (SELECT docno FROM part.docs) "
                    "AND docno IN (SELECT docno FROM part.blocks WHERE block = 0)")
            execute("INSERT INTO docs SELECT * FROM part.docs WHERE true ON CONFLICT (docno) "
                    "DO UPDATE SET paragraphs = paragraphs + excluded.paragraphs")
            self.connection.create_function("block_rowid", 2, block_rowid, deterministic=True)
            execute("INSERT OR REPLACE INTO blocks (rowid, docno, block, data) "
                    "SELECT block_rowid(docno, block), docno, block, data FROM part.blocks")
            execute("INSERT OR IGNORE INTO names (name, key) SELECT name, key FROM part.names")
            execute("INSERT INTO spoken SELECT s.docno, s.paragraph, s.position, n.nameno "
                    "FROM part.spoken s JOIN part.names p USING (nameno) "
                    "JOIN names n ON n.name = p.name")
            self.count_spellings(dict(execute(
                "SELECT n.nameno, c.count FROM part.spellings c JOIN part.names p USING (nameno) "
                "JOIN names n ON n.name = p.name").fetchall()))
            self.absorb_roles()
            execute("INSERT INTO words SELECT word, count FROM part.words WHERE true "
                    "ON CONFLICT (word) DO UPDATE SET count = count + excluded.count")
            self.connection.commit()
        finally:
            execute("DETACH DATABASE part")

    def _query(self, sql, args=()):
        with self.lock:
            return self.connection.execute(sql, args).fetchall()

    def next_docno(self):
        """Return a document number never used in this store."""
        highest = self._query("SELECT max(docno) FROM docs")[0][0] or 0
        return max(highest, int(self.meta("last_docno") or 0)) + 1

    def add_document(self, docno, document, records, document_date, source=None, live=True):
        """Write a document's records under a new document number, live or pending.

        A part of a document after its first (Document.first_paragraph, a multiple of the
        block size) adds its records to that docno, written by the first part (or by this
        part, in a build worker that has not the first: absorb adds them up).
        """
        date_text = document_date.isoformat() if document_date else None
        self.connection.execute(
            "INSERT INTO docs VALUES (?, ?, ?, ?, ?, ?, ?, ?, NULL) ON CONFLICT (docno) "
            "DO UPDATE SET paragraphs = paragraphs + excluded.paragraphs" if document.first_paragraph
            else "INSERT INTO docs VALUES (?, ?, ?, ?, ?, ?, ?, ?, NULL)",
            (docno, document.doc, document.title, date_text, document.path, len(records),
             source, LIVE if live else PENDING))
        self.connection.execute("INSERT OR REPLACE INTO forms VALUES (?, ?, ?)",
                                (docno, document.first_paragraph, form_digest(document, records, document_date)))
        entries = [record_entry(r, document.title, document_date) for r in records]
        if live:  # a pending version's words count once Whoosh serves it (mark_live)
            for record in records:
                self.pending_words.update(word.lower() for word in WORD.findall(record.text))
        size, first = self.block_paragraphs, document.first_paragraph // self.block_paragraphs
        self.connection.executemany("INSERT INTO blocks (rowid, docno, block, data) VALUES (?, ?, ?, ?)", [
            (block_rowid(docno, first + start // size), docno, first + start // size,
             pack_block(entries[start:start + size]))
            for start in range(0, len(entries), size)
        ])
        self.connection.executemany("INSERT OR REPLACE INTO ids VALUES (?, ?, ?)", [
            (record.id, docno, record.paragraph) for record in records
            if record.id != f"{record.doc}#{record.paragraph}"])
        spoken = [(docno, record.paragraph, position, self._nameno(name))
                  for record in records for position, name in enumerate(record.speakers)]
        self.connection.executemany("INSERT INTO spoken VALUES (?, ?, ?, ?)", spoken)
        self.count_spellings(Counter(row[3] for row in spoken))
        self.note_roles(docno, records)

    def _nameno(self, name):
        # Cached: a transcript names its speaker on every paragraph of a turn. A store
        # whose writes fail is closed, never reused, so the cache can't outlive them.
        nameno = self.namenos.get(name)
        if nameno is None:
            row = self.connection.execute("SELECT nameno FROM names WHERE name = ?",
                                          (name,)).fetchone()
            nameno = row[0] if row else self.connection.execute(
                "INSERT INTO names (name, key) VALUES (?, ?)", (name, speaker_key(name))).lastrowid
            self.namenos[name] = nameno
        return nameno

