"""Reading the record store: records by place, texts for phrases, titles, speakers, words.

A mixin of RecordStore (store.py), which gives _query, the store's block size
(block_paragraphs), whether its blocks are written under their rowids (by_rowid) and
keep their speakers (block_speakers), the names speakers show (_shown_names, in
store_speakers.py), and the caches this fills: blocks, document_rows, dates and
own_titles. Blocks stay in memory once read (a docno is never reused, nor its blocks
rewritten), and so do document rows, until another connection commits in a store that keys
documents by number: an update may have renamed a document there (forms.py). A page of
results costs a few queries at most.
"""

import json

from search.records import Record
from search.storage.store_blocks import block_rowid, entry_parts, packed_entries, unpack_block, unpack_entry
from search.storage.store_speakers import speakers_by_place
from search.storage.versions import IN
from search.text.dates import parse_iso_date
from search.text.patterns import LazyPattern

CACHED_BLOCKS = 1024
CACHED_DATES = 100_000
VALUES_PLACES = 400  # places a query of speakers names at most (_spoken_at)
BLOCKS_BY_KEY = ("SELECT b.docno, b.block, b.data FROM json_each(?) AS j CROSS JOIN blocks AS b "
                 "ON b.docno = json_extract(j.value, '$[0]') AND b.block = json_extract(j.value, '$[1]')")
BLOCKS_IN = "SELECT docno, block, data FROM blocks WHERE rowid IN"
BLOCKS_BY_ROWID = ("SELECT b.docno, b.block, b.data FROM json_each(?) AS j CROSS JOIN blocks AS b "
                   "ON b.rowid = j.value")
WORD = LazyPattern(r"[^\W\d_]{3,}")  # the words a build counts: compiled when first used, not by a search
# Files whose records carry titles of their own (search/ingest/formats.py, read_jsonl); the
# read path can't import the ingest stage, so the suffixes are repeated here.
OWN_TITLE_SUFFIXES = (".jsonl", ".ndjson")


class PageVersion:
    """The store's SQLite data_version, asked at most once for a page of records: the
    document rows and the speakers' names both check it (forms.py, store_speakers.py),
    and a second PRAGMA was a tenth of a page's records."""

    __slots__ = ("store", "value")

    def __init__(self, store):
        self.store, self.value = store, None

    def __call__(self):
        if self.value is None:
            self.value = self.store._query("PRAGMA data_version")[0][0]
        return self.value


class StoreReads:
    """Record, text and document reads, mixed into RecordStore."""

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
                found[docno, block] = self.blocks[docno, block] = packed_entries(data)
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
        rowids = [block_rowid(docno, block) for docno, block in keys] if self.by_rowid else []
        rowids = [rowid for rowid in rowids if rowid is not None]
        if rowids:
            # A page's rowids as parameters (one statement per count, which SQLite keeps):
            # 4 us less than json_each; json_each beyond VALUES_PLACES.
            rows = (self._query(BLOCKS_BY_ROWID, (json.dumps(rowids),)) if len(rowids) > VALUES_PLACES else
                    self._query(f"{BLOCKS_IN} ({', '.join('?' * len(rowids))})", rowids))
            found = {(docno, block) for docno, block, _ in rows}
            keys = [key for key in keys if key not in found]
        return rows + self._query(BLOCKS_BY_KEY, (json.dumps(keys),)) if keys else rows

    def _document_rows(self, docnos, version=None):
        """Return {docno: (doc, title, date) or None}, read in one query if not kept
        (`version`: a PageVersion, for _rows_current)."""
        self._rows_current(version)
        kept = self.document_rows  # this page's: another thread may start a new one meanwhile
        missing = [docno for docno in docnos if docno not in kept]
        if missing:
            rows = self._query("SELECT docno, doc, title, date FROM docs WHERE docno "
                               f"{IN}", (json.dumps(missing),))
            for docno, *row in rows:
                kept[docno] = tuple(row)
            for docno in missing:
                kept.setdefault(docno, None)
        return {docno: kept[docno] for docno in docnos}

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
        """Return a Record from its document's row and its block's entry; with `speakers`
        None, the speakers the entry keeps, as written (records() shows them)."""
        doc, title, date_text = row
        if entry.__class__ is str:  # most paragraphs: a text alone, the rest its document's (record_entry)
            return Record(f"{doc}#{paragraph}", doc, paragraph, title, entry,
                          self._date(date_text) if date_text else None, [] if speakers is None else speakers)
        text, extras = entry_parts(entry)
        when = extras.get("date", date_text)
        return Record(
            id=extras.get("id", f"{doc}#{paragraph}"), doc=doc, paragraph=paragraph,
            title=extras.get("title", title), text=text,
            date=self._date(when) if when else None,
            speakers=extras.get("speakers", []) if speakers is None else speakers,
        )

    def _date(self, text):
        """Return the date of an ISO text, kept: the paragraphs of a document share one."""
        date = self.dates.get(text)
        if date is None:
            date = self.dates[text] = parse_iso_date(text)
            if len(self.dates) > CACHED_DATES:
                self.dates.clear()
        return date

    def record(self, docno, paragraph):
        """Return one record, or None if it is gone."""
        return self.records([(docno, paragraph)])[0]

    def records(self, places, speakers=True, packed=None):
        """Return the record at each (docno, paragraph), or None where it is gone.

        A few queries, whatever the number of places: the documents and the blocks (both
        kept in memory once read; a second query for blocks not under their rowid), and
        the names their speakers show (_shown_names). Speakers come from the blocks (a
        store written before they were kept there reads them from `spoken`), each shown by
        its person's name, once a paragraph; with `speakers` False,
        records have none (a question's ranking needs only texts and ids). `packed`, a
        place's entry as its block packs it (or None), read beforehand from a segment's
        texts file (store_texts.py), spares reading its block.
        """
        places = list(places)
        packed = packed or [None] * len(places)
        size = self.block_paragraphs
        version = PageVersion(self)
        rows = self._document_rows({docno for docno, _ in places}, version)
        unread = {(docno, (paragraph - 1) // size) for (docno, paragraph), entry in zip(places, packed)
                  if rows[docno] is not None and entry is None}
        blocks = self._blocks(unread) if unread else {}
        spoken = self._spoken_at(places) if speakers and not self.block_speakers else {}
        from_blocks = speakers and self.block_speakers
        found = []
        for (docno, paragraph), entry in zip(places, packed):
            if entry is None:
                entries = blocks.get((docno, (paragraph - 1) // size), ())
                offset = (paragraph - 1) % size
                entry = entries[offset] if offset < len(entries) else None
            elif rows[docno] is not None:
                entry = unpack_entry(entry)
            else:
                entry = None  # a version purged from the store: gone, whatever the file keeps
            found.append(None if entry is None else self._record(
                docno, paragraph, rows[docno], entry,
                None if from_blocks else spoken.get((docno, paragraph), [])))
        if from_blocks:
            shown = self._shown_names({name for record in found if record for name in record.speakers}, version)
            for record in found:
                if record is not None and record.speakers:  # two spellings of one person: one name
                    record.speakers = list(dict.fromkeys(shown[name] for name in record.speakers))
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
            text, extras = entry_parts(entries[offset])
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
        places = sorted(set(places))
        rows = []
        # The places as VALUES, not JSON: 7 us less than json_each and json_extract a page.
        # One statement per number of places (SQLite's statement cache keeps them), and
        # at most VALUES_PLACES at a time (SQLite built before 3.32 takes 999 parameters).
        for start in range(0, len(places), VALUES_PLACES):
            some = places[start:start + VALUES_PLACES]
            values = ", ".join(["(?, ?)"] * len(some))
            rows += self._query(
                f"SELECT s.docno, s.paragraph, {name} FROM (VALUES {values}) AS j CROSS JOIN spoken AS s "
                f"ON s.docno = j.column1 AND s.paragraph = j.column2 "
                f"JOIN names AS n USING (nameno) {join} ORDER BY s.docno, s.paragraph, s.position",
                [number for place in some for number in place])
        return speakers_by_place(((docno, paragraph), name) for docno, paragraph, name in rows)

    def words_in(self, docnos):
        """Yield each word (lowercase) of the texts of some documents, as often as it occurs."""
        rows = self._query(f"SELECT data FROM blocks WHERE docno {IN}", (json.dumps(docnos),))
        for (data,) in rows:
            for entry in unpack_block(data):
                yield from (word.lower() for word in WORD.findall(entry_parts(entry)[0]))

    def words(self):
        """Return {word as written, lowercase: number of times it occurs}."""
        return dict(self._query("SELECT word, count FROM words"))
