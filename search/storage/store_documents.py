"""Reading the record store by document: a name's live version, its records, an id's place,
the names and ids several documents share, the counts.

A mixin of RecordStore (store.py), beside StoreReads (store_reads.py), which gives the
reads of one record (_document_row, _speakers, _record) that a whole document's reuse.
"""

from search.storage.store_blocks import unpack_block
from search.storage.versions import LIVE, RETIRED


class StoreDocuments:
    """Reads of whole documents and ids, mixed into RecordStore."""

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
        return [] if docno is None else self.document_records_at(docno)

    def document_records_at(self, docno):
        """Return every record of the document numbered docno, in order.

        A name may be given by two files (repeated_docs); a paragraph's own document is its docno's.
        """
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

    def repeated_docs(self, limit=5):
        """Return [(doc, [paths])] for up to limit document names that several files give.

        Two .jsonl files with one `doc`, or one relative path under two folders indexed:
        each file's document is kept apart, and a name finds the newest.
        """
        rows = self._query(
            "SELECT doc, group_concat(path, char(10)) FROM docs WHERE state = ? GROUP BY doc "
            "HAVING count(DISTINCT path) > 1 ORDER BY doc LIMIT ?", (LIVE, limit))
        return [(doc, sorted(set(paths.split("\n")))) for doc, paths in rows]

    def shared_forms(self):
        """Return [[(docno, doc)]]: the groups, in docno order, of documents not retired whose
        indexed form (forms.form_digest of every part, their name aside) is one, two or more each.

        Identical copies of a file, under any name or newline (retrieval/copies.py shows each
        group once). A store that keeps no forms (an index built before them) has none.
        """
        found = {}
        for docno, doc, digest in self._query(
                "SELECT f.docno, d.doc, f.digest FROM forms f JOIN docs d USING (docno) WHERE d.state != ? "
                "ORDER BY f.docno, f.part", (RETIRED,)):
            parts = found.setdefault(docno, [doc])
            parts.append(bytes(digest))
        groups = {}
        for docno, (doc, *digests) in found.items():
            groups.setdefault(b"".join(digests), []).append((docno, doc))
        return [group for group in groups.values() if len(group) > 1]

    def counts(self):
        """Return (documents, paragraphs)."""
        return self._query("SELECT count(*), coalesce(sum(paragraphs), 0) FROM docs "
                           "WHERE state = ?", (LIVE,))[0]

    def edition(self):
        """Return a short name of the live documents, 12 hex digits ('3f9a0c2b71de'): it changes
        when a document is added, changed, renamed or removed, and not when a writer changes
        nothing a reader sees (optimize, which merges segments and drops retired texts; an
        update that found no change). A paged search says the index changed by it (web/editions.py).

        Pending documents count, retired ones don't: an update commits its new documents as
        pending before Whoosh's commit and retires the old ones after it, so a reader of the
        new commit, in between, already gets another name than the old commit's readers did.
        """
        import hashlib  # here: a search's fresh process never needs it (tests/whoosh_ext/test_imports.py)

        digest = hashlib.blake2s(digest_size=6)
        for row in self._query("SELECT docno, doc, title, date, paragraphs FROM docs WHERE state != ? "
                               "ORDER BY docno", (RETIRED,)):
            digest.update(repr(row).encode())
        return digest.hexdigest()

    def highest_docno(self):
        """Return the highest document number given in this store, or 0."""
        return self._query("SELECT max(docno) FROM docs")[0][0] or 0
