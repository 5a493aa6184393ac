"""The record store: paragraph texts and metadata in SQLite, beside the Whoosh postings.

Whoosh keeps only what search needs (postings, and the document and paragraph numbers of
each record as columns). The texts live here, compressed in blocks of consecutive
paragraphs, which is several times smaller than Whoosh's stored fields and lets a
document be read back whole. Speakers have their own table, so listing them is one query.

A document may exist in several versions while an update is applied (update.py):
a new version is written here as pending before Whoosh serves it, and an old one is
retired after Whoosh stops serving it and purged a while later. Readers see the live
version; records are found by document number whatever their state, so a searcher that
is a moment behind still finds its texts.
"""

import json
import os
import re
import sqlite3
import threading
import zlib
from collections import Counter, OrderedDict
from urllib.parse import quote

from search.records import Record
from search.storage.store_speakers import StoreSpeakers, speakers_by_place
from search.storage.store_tables import REQUIRED_COLUMN, SCHEMA, OutdatedStore
from search.storage.versions import IN, LIVE, PENDING, StoreChanges
from search.text.dates import parse_iso_date
from search.text.folding import speaker_key

# Paragraphs per block: a hit decodes its whole block. Measured on the 165k-paragraph
# corpus (bench/store_layout.py), zlib'd: 16 gave 21.3 MB and 30 us a lookup, 4 gives 25.0 MB
# and 12 us, 1 gives 30.8 MB and 6 us; plain (pack_block): 16 give 45.9 MB and 9.5 us, 4 give
# 46.0 MB and 4.8 us, 1 gives 46.5 MB and 3.4 us. Stores written before keep 16 (meta).
BLOCK_PARAGRAPHS = 4
OLD_BLOCK_PARAGRAPHS = 16
CACHED_BLOCKS = 1024
# Blocks of 16 paragraphs (about 2 KB) packed well only in 64 KB pages (half the file of
# 4 KB pages). Blocks of 4 pack as well in 16 KB pages (the 165k store: 31.16 MB against
# 31.20), and a page of 8 random records takes 170 us rather than 240 (a quarter the reads).
PAGE_SIZE = 16384
# Stores written since keep each block under the rowid block_rowid(docno, block), and say
# so in meta: a lookup by rowid is one B-tree descent; by (docno, block), two (the key's
# index, then the table). 8 random blocks: 8 us rather than 40 at 165k paragraphs.
BLOCK_ROWIDS = "block_rowids"
BLOCKS_BY_KEY = ("SELECT b.docno, b.block, b.data FROM json_each(?) AS j CROSS JOIN blocks AS b "
                 "ON b.docno = json_extract(j.value, '$[0]') AND b.block = json_extract(j.value, '$[1]')")
BLOCKS_BY_ROWID = ("SELECT b.docno, b.block, b.data FROM json_each(?) AS j CROSS JOIN blocks AS b "
                   "ON b.rowid = j.value")
WORD = re.compile(r"[^\W\d_]{3,}")
# Files whose records carry titles of their own (search/ingest/formats.py, read_jsonl); the
# read path can't import the ingest stage, so the suffixes are repeated here.
OWN_TITLE_SUFFIXES = (".jsonl", ".ndjson")


class DamagedBlock(ValueError):
    """A block of the store whose bytes are not the ones written (its checksum differs)."""


def pack_block(entries):
    """Return a block of paragraph entries as stored: JSON in UTF-8, then its CRC-32.

    Not compressed: inflating a block cost 6 us of a 9 us read, whatever zlib's settings
    (a fixed cost per stream; bench/store_layout.py), and a search reads 8 to 10 blocks.
    The store grows by three quarters (31 to 54 MB at 165k paragraphs; the index by 17%).
    The checksum keeps what zlib's gave: a damaged block is found, not shown.
    """
    data = json.dumps(entries, ensure_ascii=False).encode("utf-8")
    return data + zlib.crc32(data).to_bytes(4, "little")


def unpack_block(data):
    """Return the paragraph entries of a stored block; DamagedBlock if its checksum differs.

    Stores written before hold zlib streams, whose first byte (0x18 to 0x78, by the window
    size) is never "[".
    """
    if data[:1] != b"[":
        return json.loads(zlib.decompress(data))
    body = data[:-4]
    if zlib.crc32(body) != int.from_bytes(data[-4:], "little"):
        raise DamagedBlock("un bloque de textos no tiene la suma de comprobación con que se escribió")
    return json.loads(body.decode("utf-8"))  # not json's guess of the encoding


def block_rowid(docno, block):
    """Return the rowid a block is written under, or None (SQLite then picks one).

    The document number in the high bits, the block's in the low 31: every docno
    (below 2**32: two halves of 2**31, workers.DOCNO_HALF) fits in SQLite's int64.
    """
    return docno << 31 | block if docno < 1 << 32 and block < 1 << 31 else None


def record_entry(record, document_title, document_date):
    """Return what a block keeps of a record: its text, and what differs from its document."""
    extras = {}
    if record.title != document_title:
        extras["title"] = record.title
    if record.id != f"{record.doc}#{record.paragraph}":
        extras["id"] = record.id
    if record.date != document_date:
        extras["date"] = record.date.isoformat() if record.date else None
    return [record.text, extras] if extras else record.text


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


class RecordStore(StoreChanges, StoreSpeakers):
    """Paragraph records by (docno, paragraph), documents by name, speakers by key."""

    def __init__(self, path, writable=False):
        # A writer's commit locks the file for a moment; readers wait rather than fail.
        self.connection = (sqlite3.connect(store_uri(path), uri=True, check_same_thread=False,
                                           timeout=30) if writable else connect_read_only(path))
        self.lock = threading.Lock()
        self.blocks = OrderedDict()
        self.document_rows = {}  # docno -> (doc, title, date); a docno is never reused
        self.own_titles = {}  # docno -> whether its records may have their own titles
        self.pending_words = Counter()
        self.namenos = {}
        if writable:
            self.connection.execute(f"PRAGMA page_size = {PAGE_SIZE}")
            counted = self._has_table("spellings")
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
        if writable and not counted:  # a store written before speakers were counted
            self.count_all_spellings()
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
            for table in ("docs", "ids", "files", "skipped"):
                execute(f"INSERT OR REPLACE INTO {table} SELECT * FROM part.{table}")
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
        """Write a document's records under a new document number, live or pending."""
        date_text = document_date.isoformat() if document_date else None
        execute = self.connection.execute
        execute("INSERT INTO docs VALUES (?, ?, ?, ?, ?, ?, ?, ?, NULL)",
                (docno, document.doc, document.title, date_text, document.path, len(records),
                 source, LIVE if live else PENDING))
        entries = [record_entry(r, document.title, document_date) for r in records]
        if live:  # a pending version's words count once Whoosh serves it (mark_live)
            for record in records:
                self.pending_words.update(word.lower() for word in WORD.findall(record.text))
        size = self.block_paragraphs
        self.connection.executemany("INSERT INTO blocks (rowid, docno, block, data) VALUES (?, ?, ?, ?)", [
            (block_rowid(docno, start // size), docno, start // size, pack_block(entries[start:start + size]))
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

    def _blocks(self, keys):
        """Return {(docno, block): entries} for some blocks, read in one query if not kept."""
        found, missing = {}, []
        for key in keys:
            entries = self.blocks.get(key)
            if entries is None:
                missing.append(key)
            else:
                found[key] = entries
        if missing:
            for docno, block, data in self._read_blocks(missing):
                found[docno, block] = self.blocks[docno, block] = unpack_block(data)
            while len(self.blocks) > CACHED_BLOCKS:
                try:  # threads share the cache: another may trim it at the same time
                    self.blocks.pop(next(iter(self.blocks)))
                except (KeyError, RuntimeError, StopIteration):
                    break
        return found

    def _read_blocks(self, keys):
        """Return [(docno, block, data)] of some blocks: by rowid where the store has them so.

        A block not found under its rowid (a VACUUM may renumber rowids) is read by key.
        """
        rows = []
        rowids = [block_rowid(*key) for key in keys] if self.by_rowid else []
        if any(rowid is not None for rowid in rowids):
            rows = self._query(BLOCKS_BY_ROWID, (json.dumps([rowid for rowid in rowids if rowid is not None]),))
            found = {(docno, block) for docno, block, _ in rows}
            keys = [key for key in keys if key not in found]
        return rows + self._query(BLOCKS_BY_KEY, (json.dumps(keys),)) if keys else rows

    def _document_rows(self, docnos):
        """Return {docno: (doc, title, date) or None}, read in one query if not kept."""
        missing = [docno for docno in docnos if docno not in self.document_rows]
        if missing:
            rows = self._query("SELECT docno, doc, title, date FROM docs WHERE docno "
                               f"{IN}", (json.dumps(missing),))
            for docno, *row in rows:
                self.document_rows[docno] = tuple(row)
            for docno in missing:
                self.document_rows.setdefault(docno, None)
        return {docno: self.document_rows[docno] for docno in docnos}

    def _document_row(self, docno):
        return self._document_rows([docno])[docno]

    def _speakers(self, docno, first, last):
        name, join = self.shown_names()  # each person's name, not the spelling (store_speakers)
        rows = self._query(
            f"SELECT s.paragraph, {name} FROM spoken s JOIN names n USING (nameno) {join} "
            "WHERE s.docno = ? AND s.paragraph BETWEEN ? AND ? ORDER BY s.paragraph, s.position",
            (docno, first, last))
        return speakers_by_place(rows)

    def _record(self, docno, paragraph, row, entry, speakers):
        doc, title, date_text = row
        text, extras = (entry, {}) if isinstance(entry, str) else entry
        when = extras.get("date", date_text)
        return Record(
            id=extras.get("id", f"{doc}#{paragraph}"), doc=doc, paragraph=paragraph,
            title=extras.get("title", title), text=text,
            date=parse_iso_date(when) if when else None, speakers=speakers,
        )

    def record(self, docno, paragraph):
        """Return one record, or None if it is gone."""
        return self.records([(docno, paragraph)])[0]

    def records(self, places, speakers=True):
        """Return the record at each (docno, paragraph), or None where it is gone.

        Three queries at most, whatever the number of places: the documents, the blocks
        (both kept in memory once read; a second query for blocks not under their rowid)
        and the speakers; with `speakers` False, no
        speakers are read (a question's ranking needs only texts and ids).
        """
        places = list(places)
        size = self.block_paragraphs
        rows = self._document_rows({docno for docno, _ in places})
        blocks = self._blocks({(docno, (paragraph - 1) // size) for docno, paragraph in places
                               if rows[docno] is not None})
        spoken = self._spoken_at(places) if speakers else {}
        found = []
        for docno, paragraph in places:
            entries = blocks.get((docno, (paragraph - 1) // size), ())
            offset = (paragraph - 1) % size
            found.append(None if offset >= len(entries) else self._record(
                docno, paragraph, rows[docno], entries[offset], spoken.get((docno, paragraph), [])))
        return found

    def texts(self, places, field="text"):
        """Return the text (or, with field "title", the title) at each place, or None.

        What a phrase is checked against: no speakers, no Record, in two queries at
        most. A title is its document's, read without its block, unless the document
        came from a .jsonl file, whose records may each have their own.
        """
        places = list(places)
        size = self.block_paragraphs
        rows = self._document_rows({docno for docno, _ in places})
        shared = {docno for docno in rows  # titles read from the document, no block
                  if field == "title" and rows[docno] is not None and not self.has_own_titles(docno)}
        blocks = self._blocks({(docno, (paragraph - 1) // size) for docno, paragraph in places
                               if rows[docno] is not None and docno not in shared})
        found = []
        for docno, paragraph in places:
            row = rows[docno]
            if docno in shared:
                found.append(row[1])
                continue
            entries = blocks.get((docno, (paragraph - 1) // size), ())
            offset = (paragraph - 1) % size
            if offset >= len(entries):
                found.append(None)
                continue
            text, extras = (entries[offset], {}) if isinstance(entries[offset], str) else entries[offset]
            found.append(extras.get("title", row[1]) if field == "title" else text)
        return found

    def document_title(self, docno):
        """Return the title of a document by its number, or None if it is gone."""
        row = self._document_row(docno)
        return row[1] if row else None

    def has_own_titles(self, docno):
        """Tell whether a document's records may have titles of their own (.jsonl files)."""
        own = self.own_titles.get(docno)
        if own is None:
            rows = self._query("SELECT path FROM docs WHERE docno = ?", (docno,))
            own = self.own_titles[docno] = bool(rows) and rows[0][0].lower().endswith(OWN_TITLE_SUFFIXES)
        return own

    def _spoken_at(self, places):
        """Return {(docno, paragraph): [speaker names in order]} for some places, in one query."""
        if not places:
            return {}
        name, join = self.shown_names()
        rows = self._query(
            f"SELECT s.docno, s.paragraph, {name} FROM json_each(?) AS j CROSS JOIN spoken AS s "
            "ON s.docno = json_extract(j.value, '$[0]') AND s.paragraph = json_extract(j.value, '$[1]') "
            f"JOIN names AS n USING (nameno) {join} ORDER BY s.docno, s.paragraph, s.position",
            (json.dumps(sorted(set(places))),))
        return speakers_by_place(((docno, paragraph), name) for docno, paragraph, name in rows)

    def docno_of(self, doc):
        """Return the document number of a document name's live version, or None."""
        rows = self._query("SELECT max(docno) FROM docs WHERE doc = ? AND state = ?", (doc, LIVE))
        return rows[0][0] if rows else None

    def paragraph_count(self, doc):
        """Return how many paragraphs a document's live version has (0 if there is none)."""
        rows = self._query("SELECT paragraphs FROM docs WHERE doc = ? AND state = ? "
                           "ORDER BY docno DESC LIMIT 1", (doc, LIVE))
        return rows[0][0] if rows else 0

    def document_records(self, doc):
        """Return every record of a document in order, or [] if there is no such document."""
        docno = self.docno_of(doc)
        if docno is None:
            return []
        row = self._document_row(docno)
        speakers = self._speakers(docno, 1, 1 << 30)
        rows = self._query("SELECT block, data FROM blocks WHERE docno = ? ORDER BY block",
                           (docno,))
        entries = [entry for _, data in rows for entry in unpack_block(data)]
        return [self._record(docno, number, row, entry, speakers.get(number, []))
                for number, entry in enumerate(entries, 1)]

    def locate(self, record_id):
        """Return (docno, paragraph) of a record id, or None."""
        rows = self._query(
            "SELECT docno, paragraph FROM ids JOIN docs USING (docno) WHERE id = ? AND state = ? "
            "ORDER BY docno DESC LIMIT 1", (record_id, LIVE))
        if rows:
            return rows[0]
        doc, _, number = record_id.rpartition("#")
        docno = self.docno_of(doc) if number.isdigit() else None
        return (docno, int(number)) if docno is not None else None

    def words_in(self, docnos):
        """Yield each word (lowercase) of the texts of some documents, as often as it occurs."""
        rows = self._query(f"SELECT data FROM blocks WHERE docno {IN}", (json.dumps(docnos),))
        for (data,) in rows:
            for entry in unpack_block(data):
                text = entry if isinstance(entry, str) else entry[0]
                yield from (word.lower() for word in WORD.findall(text))

    def repeated_ids(self, limit=5):
        """Return [(id, [docs])] for up to limit record ids that several live documents use.

        A .jsonl file's own repeats are renamed as it is read (ingest/jsonl.py); these are
        ids repeated across files, of which `show` and `locate` find the newest.
        """
        rows = self._query(
            "SELECT i.id, group_concat(d.doc, char(10)) FROM ids i JOIN docs d USING (docno) "
            "WHERE d.state = ? GROUP BY i.id HAVING count(DISTINCT d.docno) > 1 ORDER BY i.id "
            "LIMIT ?", (LIVE, limit))
        return [(record_id, sorted(set(docs.split("\n")))) for record_id, docs in rows]

    def words(self):
        """Return {word as written, lowercase: number of times it occurs}."""
        return dict(self._query("SELECT word, count FROM words"))

    def counts(self):
        """Return (documents, paragraphs)."""
        return self._query("SELECT count(*), coalesce(sum(paragraphs), 0) FROM docs "
                           "WHERE state = ?", (LIVE,))[0]

    def highest_docno(self):
        """Return the highest document number given in this store, or 0."""
        return self._query("SELECT max(docno) FROM docs")[0][0] or 0
