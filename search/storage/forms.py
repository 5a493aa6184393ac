"""A document's indexed form, its name aside: what tells a renamed file from a changed one.

A document's identity in the index is its document number (docno), as a Lucene or
Elasticsearch document's is its `_id`: Whoosh indexes it as the `doc` term (doc_term), and
the document's name and path are attributes the record store keeps and can change. So a file
moved or renamed keeps its Whoosh documents: the update only writes its new name in the
store, when what Whoosh indexed of it would be the same under the new name. That is
known from the form's digest (form_digest), kept per document part in the store's `forms`
table when it is written: everything a record gives Whoosh and the store (its texts, title,
date, speakers, paragraph numbers, the ids the file gives) but the name. A name can change
the form too (a date or a transcript's title read from a file or folder name, `2020/x.txt`
to `2021/x.txt`; `.txt` to `.md`): its documents are then indexed again, as a changed file's.

Indexes built before keep names as `doc` terms and no forms (store.keyed_docs is False):
a file moved there is indexed again, and the update says how to build the index anew.
"""

import json
import os

from search.storage.versions import IN, LIVE

FORM_BYTES = 16


def doc_term(docno):
    """Return the `doc` term of a document number in an index that keys documents so."""
    return str(docno)


def form_digest(document, records, when):
    """Return the digest (16 bytes, BLAKE2b) of what a document part gives the index, its name aside.

    `document` is the Document as read (its title made, ingest/paragraphs.py), `records` its
    Records, `when` its date. A record's id counts only when the file gave it (an id made from
    the name, `doc#3`, follows the name).
    """
    import hashlib  # only writers make forms: the read path does not load it (whoosh_ext/imports.py)

    digest = hashlib.blake2b(digest_size=FORM_BYTES)
    suffix = os.path.splitext(document.path)[1].lower()
    digest.update(json.dumps([document.title, when.isoformat() if when else None, document.standalone,
                              document.first_paragraph, suffix], ensure_ascii=False).encode("utf-8", "surrogatepass"))
    for record in records:
        given = record.id if record.id != f"{record.doc}#{record.paragraph}" else None
        digest.update(json.dumps([record.paragraph, record.text, record.title, record.title_searched,
                                  record.date.isoformat() if record.date else None, record.speakers, given],
                                 ensure_ascii=False).encode("utf-8", "surrogatepass"))
    return digest.digest()


class DocumentNames:
    """The names of the documents of a store that keys them by number, mixed into RecordStore
    (which gives _query, writable, keyed_docs and the caches these fill)."""

    def _rows_current(self, version=None):
        """Forget the document rows and names read once another connection has committed
        (SQLite's data_version changes): in a store that keys documents by number, an update
        renames a moved file's documents in place (forms.py). A reader's check: 5 µs a page of hits.

        `version`: a function returning the data_version, asked once for a page (store_reads.PageVersion)."""
        if self.writable or not self.keyed_docs:
            return
        version = version() if version is not None else self._query("PRAGMA data_version")[0][0]
        if version != self.rows_version:  # a new dict: a page read by another thread keeps its own
            self.document_rows = {}
            self.names_found, self.rows_version = None, version

    def document_names(self):
        """Return the name of every live document, each once (what `doc:` matches; forms.py)."""
        self._rows_current()
        names = self.names_found
        if names is None:
            names = [doc for (doc,) in self._query(
                "SELECT DISTINCT doc FROM docs WHERE state = ? ORDER BY doc", (LIVE,))]
            if not self.writable:
                self.names_found = names
        return names

    def document_terms(self, names, served=None):
        """Return the `doc` terms (forms.doc_term) of the live versions of the named documents,
        and of their other versions (pending, or retired by an update and not yet purged) that
        `served(term)` says the searcher serves: a searcher a moment behind an update finds the
        versions it serves, and a file updated often adds no term of its retired versions."""
        rows = self._query(f"SELECT docno, state FROM docs WHERE doc {IN} ORDER BY docno", (json.dumps(list(names)),))
        return [doc_term(docno) for docno, state in rows
                if state == LIVE or served is not None and served(doc_term(docno))]
