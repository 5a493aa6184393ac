"""Changes to a record store: the versions of documents, and the manifest of indexed files.

A version of a document is pending (written, not yet in Whoosh), live (Whoosh serves it)
or retired (Whoosh no longer serves it). Retired versions stay readable for a while, so
a search that started a moment before an update still finds its texts, and are then
purged. Word counts and the speaker table follow the live versions only.
"""

import json
import time
from collections import Counter

PENDING, LIVE, RETIRED = 0, 1, 2
RETIRED_GRACE = 60.0  # seconds: longer than any search takes
IN = "IN (SELECT value FROM json_each(?))"  # one parameter for a list of any length
LAST_SCAN = "last scan"  # meta key: when the scan that wrote the manifest began


class StoreChanges:
    """Version and manifest writes, mixed into RecordStore (which gives _query and words_in)."""

    def meta(self, key):
        """Return a stored setting, or None."""
        rows = self._query("SELECT value FROM meta WHERE key = ?", (key,))
        return rows[0][0] if rows else None

    def set_meta(self, key, value):
        """Store a setting (None deletes it); it is durable at the next commit."""
        if value is None:
            self.connection.execute("DELETE FROM meta WHERE key = ?", (key,))
        else:
            self.connection.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", (key, value))

    def last_scan_ns(self):
        """Return when the manifest's last scan began (file system clock, ns), or None."""
        value = self.meta(LAST_SCAN)
        return int(value) if value else None

    def manifest(self):
        """Return {path: (root, size, mtime_ns, hash)} of every indexed file (paths are bytes)."""
        rows = self._query("SELECT path, root, size, mtime_ns, hash FROM files")
        return {bytes(path): (bytes(root), size, mtime, digest)
                for path, root, size, mtime, digest in rows}

    def repeated_contents(self, among=None, limit=5):
        """Return [[paths]] of up to limit groups of indexed files of one content (their hash),
        two or more each, skipped files left out; with among (paths), only groups holding one."""
        rows = self._query(
            "SELECT hash, path FROM files WHERE hash IN (SELECT hash FROM files WHERE hash != '' "
            "AND path NOT IN (SELECT path FROM skipped) GROUP BY hash HAVING count(*) > 1) "
            "AND path NOT IN (SELECT path FROM skipped) ORDER BY hash, path")
        groups = {}
        for digest, path in rows:
            groups.setdefault(digest, []).append(bytes(path))
        wanted = None if among is None else set(among)
        return [paths for paths in groups.values() if wanted is None or wanted.intersection(paths)][:limit]

    def file_changes(self):
        """Return {path: ctime_ns} of the indexed files whose inode change time is known."""
        return {bytes(path): ctime for path, ctime in self._query("SELECT path, ctime_ns FROM file_changes")}

    def set_file(self, path, root, size, mtime_ns, digest, ctime_ns=None):
        """Record a file as indexed with this size, modification time and content hash,
        and the inode change time it had when hashed (None: unknown)."""
        self.connection.execute("INSERT OR REPLACE INTO files VALUES (?, ?, ?, ?, ?)",
                                (path, root, size, mtime_ns, digest))
        if ctime_ns is None:
            self.connection.execute("DELETE FROM file_changes WHERE path = ?", (path,))
        else:
            self.connection.execute("INSERT OR REPLACE INTO file_changes VALUES (?, ?)", (path, ctime_ns))

    def forget_file(self, path):
        """Remove a file from the manifest."""
        self.connection.execute("DELETE FROM files WHERE path = ?", (path,))
        self.connection.execute("DELETE FROM file_changes WHERE path = ?", (path,))
        self.connection.execute("DELETE FROM skipped WHERE path = ?", (path,))

    def set_skipped(self, path, reason):
        """Note why a file of the manifest gave no documents, or with None that it gave some.

        The manifest keeps such a file so that it is not read again while it stays the
        same; the reason lets `update` keep counting it as skipped, as the build did.
        """
        if reason is None:
            self.connection.execute("DELETE FROM skipped WHERE path = ?", (path,))
        else:
            self.connection.execute("INSERT OR REPLACE INTO skipped VALUES (?, ?)", (path, reason))

    def skipped_files(self):
        """Return {path: reason} of the manifest's files that gave no documents."""
        return {bytes(path): reason
                for path, reason in self._query("SELECT path, reason FROM skipped")}

    def live_versions(self, path):
        """Return [(docno, doc)] of the live documents that came from a file."""
        return self._query("SELECT docno, doc FROM docs WHERE source = ? AND state = ?",
                           (path, LIVE))

    def live_documents(self):
        """Return [(doc, source path)] of every live document, its source as in the manifest."""
        return [(doc, bytes(source)) for doc, source in
                self._query("SELECT doc, source FROM docs WHERE state = ? AND source IS NOT NULL", (LIVE,))]

    def forms_of(self, docnos):
        """Return {docno: (the digest of each part, in order)} of the documents whose form is kept."""
        found = {}
        for docno, _, digest in self._query(f"SELECT docno, part, digest FROM forms WHERE docno {IN} "
                                            "ORDER BY docno, part", (json.dumps(list(docnos)),)):
            found.setdefault(docno, []).append(bytes(digest))
        return {docno: tuple(digests) for docno, digests in found.items()}

    def rename(self, docno, doc, path, source):
        """Give a document version a new name, path and source file (forms.py: its form is the same)."""
        self.connection.execute("UPDATE docs SET doc = ?, path = ?, source = ? WHERE docno = ?",
                                (doc, path, source, docno))

    def mark_live(self, docnos):
        """Make pending or retired versions live, and count their words."""
        self._set_state(docnos, "state != 1", LIVE, +1)

    def retire(self, docnos):
        """Retire live versions: they leave the counts but stay readable for a while."""
        self._set_state(docnos, "state = 1", RETIRED, -1)

    def _set_state(self, docnos, condition, state, sign):
        execute = self.connection.execute
        rows = execute(f"SELECT docno, state FROM docs WHERE docno {IN} AND {condition}",
                       (json.dumps(list(docnos)),)).fetchall()
        changing = json.dumps([docno for docno, _ in rows])
        # Speakers count while a version is not retired (store_speakers.py).
        self.count_versions([docno for docno, was in rows
                             if (was == RETIRED) != (state == RETIRED)], sign)
        words = Counter(self.words_in(json.loads(changing)))
        execute("INSERT INTO words SELECT key, 0 FROM json_each(?) WHERE true "
                "ON CONFLICT (word) DO NOTHING", (json.dumps(words),))
        self.connection.executemany("UPDATE words SET count = count + ? WHERE word = ?",
                                    [(sign * n, word) for word, n in words.items()])
        execute(f"DELETE FROM words WHERE word {IN} AND count <= 0", (json.dumps(list(words)),))
        execute(f"UPDATE docs SET state = ?, changed = ? WHERE docno {IN}",
                (state, time.time() if state == RETIRED else None, changing))

    def drop(self, docnos):
        """Delete versions that are not live, with their texts, ids and speakers."""
        docnos = list(docnos)
        if not docnos:
            return
        # Numbers are never given again: a reader may still hold one in its cache.
        last = max(docnos + [int(self.meta("last_docno") or 0)])
        self.set_meta("last_docno", str(last))
        docnos = json.dumps(docnos)
        execute = self.connection.execute
        self.count_versions([row[0] for row in execute(
            f"SELECT docno FROM docs WHERE docno {IN} AND state != ?", (docnos, RETIRED))], -1)
        for table in ("blocks", "ids", "spoken", "roles", "forms"):
            execute(f"DELETE FROM {table} WHERE docno {IN}", (docnos,))
        execute(f"DELETE FROM docs WHERE docno {IN} AND state != ?", (docnos, LIVE))
        execute("DELETE FROM names WHERE NOT EXISTS "
                "(SELECT 1 FROM spoken WHERE spoken.nameno = names.nameno)")

    def purge(self, grace=RETIRED_GRACE):
        """Delete the versions retired more than `grace` seconds ago; return how many."""
        old = [row[0] for row in self._query(
            "SELECT docno FROM docs WHERE state = ? AND changed < ?", (RETIRED, time.time() - grace))]
        if old:
            self.drop(old)
        return len(old)

    def reconcile(self, served):
        """Make the versions agree with the set of document numbers Whoosh serves."""
        served = set(served)
        rows = self._query("SELECT docno, state FROM docs")
        self.mark_live([docno for docno, state in rows if docno in served and state != LIVE])
        self.retire([docno for docno, state in rows if docno not in served and state == LIVE])
        self.drop([docno for docno, state in rows if docno not in served and state == PENDING])
