"""The append path of an update: a .jsonl feed that grew by appending costs what was appended.

A wire feed grows by lines added at its end. Filebeat tracks such a file in its
registry: for each file its source path, its identity (inode and device, `FileStateOS`)
and the byte `offset` read up to, and goes on reading from that offset (Logstash's file
input keeps the same in its sincedb). An identity and an offset alone can mistake another
file for the one read: a reused inode makes Filebeat "skip some lines or whole files"
(elastic/beats#34419, #1341). So here the manifest's own fingerprint decides: the file's
first `size` bytes (the size indexed) must still have the BLAKE2b hash the manifest
holds for the whole file as indexed. That reads the old bytes once more at hashing speed
(a 20 MB feed: 44 ms CPU, median of 5, with the line count; indexing it takes 65 s),
and takes nothing on trust: a file rewritten in place, renamed over, or
edited in the middle is indexed whole, as before.

Only what a fresh build of the whole feed would give is taken from the new lines
(tests/storage/test_appending.py checks it over random append histories):

- records of a new `doc` add its document;
- records of a `doc` the file already gave re-index that document only: its earlier
  records are read too (lines that can't name it are not decoded);
- anything else goes back to reading the whole file, as before: a file that is not a
  feed, shrank, or changed before its old end; one whose old end cut a line; a lone CR
  newline, a UTF-16/32 feed, or an encoding the new bytes decide otherwise; documents
  whose names other files share (update_shared.py); a new record without `doc` (it
  continues the file's own document, stored in parts of FEED_PART_RECORDS: decided, not
  done, so that the parts stay as a build makes them); a new record whose id another
  document of the file has (the ids of a file are made unique over the whole of it);
  a line in mixed encodings among the new ones; a file that grew again while read.
"""

import io
import os
from dataclasses import dataclass

from search.errors import UnreadableFile
from search.ingest.feeds import SAMPLE_BYTES, FeedLines
from search.ingest.files import is_feed, open_document
from search.ingest.fingerprints import content_hash
from search.ingest.formats import placed, titled
from search.ingest.jsonl import Problems, json_records, record_doc, record_text
from search.ingest.jsonl_documents import feed_documents
from search.storage.adding import add_document
from search.storage.update_summary import dating
from search.storage.versions import LIVE

NARROW_CODECS = ("utf-8", "cp1252")  # read a line at a time from any offset


@dataclass(frozen=True)
class Appended:
    """Where a feed's new bytes begin: the byte offset, and the lines before it."""

    offset: int
    lines: int
    sample: bytes  # the old bytes' first SAMPLE_BYTES, for the encoding decided from them


def appended(state, known):
    """Return the Appended part of a file that only grew, or None (index it whole).

    `state` is the file as scanned now (manifest.FileState), `known` its manifest row
    (root, size, mtime_ns, hash) as indexed. Raises OSError when the file can't be read.
    """
    if known is None or not is_feed(state.path):
        return None
    size, digest = known[1], known[3]
    if not digest or not 0 < size < state.size:
        return None
    hashed, lines, sample, last = content_hash(), 0, None, b""
    with open(state.path, "rb") as handle:
        left = size
        while left:
            chunk = handle.read(min(SAMPLE_BYTES, left))
            if not chunk:
                return None
            hashed.update(chunk)
            if chunk.count(b"\r") != chunk.count(b"\r\n"):
                return None  # a lone CR ends a line too (feeds.py); rare enough to read whole
            sample = chunk if sample is None else sample
            lines += chunk.count(b"\n")
            left -= len(chunk)
            last = chunk[-1:]
    if hashed.hexdigest() != digest or last != b"\n":
        return None
    return Appended(size, lines, sample)


class _Lines:
    """FeedLines read from `first` on, numbered as in the whole file (json_records' input)."""

    def __init__(self, feed, first, lines, keep=None):
        self.feed, self.first, self.lines, self.keep = feed, first, lines, keep

    @property
    def unterminated(self):
        return None if self.feed.unterminated is None else self.feed.unterminated + self.lines

    def __iter__(self):
        self.feed.skip = self.first
        for number, line in self.feed:
            if self.keep is None or (line is not None and self.keep(line)):
                yield number + self.lines, line


def read_appended(store, state, where, names, warn):
    """Return (documents, {doc: docno} they replace) of an appended feed, or None (read it whole).

    Documents are as iter_path gives them; `warn` is told what the new lines' reading says.
    Raises UnreadableFile or OSError when the file can't be read.
    """
    path = state.file
    doc = names.of_file(path, state.folder)
    live = {name: docno for docno, name in store.live_versions(state.path)}
    silent = Problems("", lambda message: None)
    with open_document(path) as handle:
        feed = FeedLines(handle, path)
        # The old lines are read in the encoding decided from the first SAMPLE_BYTES; when the
        # old part was shorter, from fewer bytes, which may decide otherwise.
        before = feed if len(where.sample) == SAMPLE_BYTES else FeedLines(io.BytesIO(where.sample), path)
        if feed.codec not in NARROW_CODECS or (feed.codec, feed.skip, feed.array) != (
                before.codec, before.skip, before.array):
            return None
        old = feed.upto(where.offset)  # the old lines only; a line naming no continued doc is not decoded
        new = _Lines(feed, where.offset, where.lines)
        given = set()
        for number, item in json_records(new, silent):
            if record_text(item, number, silent) is None:
                continue
            name = record_doc(item, number, silent)
            if not name:
                return None  # the file's own document goes on: index it whole
            given.add(name)
        continued = {name: live[name] for name in given if name in live}
        if doc in given or (feed.mixed.count or feed.repaired.count):
            return None
        needles = {text for name in continued for text in (name, name.encode("unicode_escape").decode())}

        def items(problems):
            if continued:
                earlier = _Lines(old, old.skip, 0, lambda line: "\\" in line or any(n in line for n in needles))
                yield from ((n, item) for n, item in json_records(earlier, silent)
                        if record_doc(item, n, silent) in continued)
            yield from json_records(_Lines(feed, where.offset, where.lines), problems)

        said = []
        documents = [placed(titled(document), path, said.append)
                     for document in feed_documents(path, doc, items, said.append)]
        if os.fstat(handle.fileno()).st_size != state.size:
            return None  # grew again while read: what was hashed is not what was read
    others = {docno for name, docno in live.items() if name not in continued}
    if any(_taken(store, identifier, others, live) for document in documents for identifier in document.ids):
        return None
    for message in said:
        warn(message)
    return documents, continued


def _taken(store, identifier, others, live):
    """Tell whether another live document of the file has this record id (given or made)."""
    rows = store.connection.execute("SELECT docno FROM ids JOIN docs USING (docno) WHERE id = ? AND state = ?",
                                    (identifier, LIVE)).fetchall()
    made, _, number = identifier.rpartition("#")
    return any(row[0] in others for row in rows) or (number.isdigit() and live.get(made) in others)


def stage_appended(store, writer, state, known, plan, summary, names):
    """Stage what was appended to a feed (update_steps.stage_file's work); return False when
    it did not just grow, with nothing written, for the caller to index it whole."""
    if names.docs:
        return False
    said = []
    try:
        where = appended(state, known)
        found = where and read_appended(store, state, where, names, said.append)
    except (UnreadableFile, OSError):
        return False  # the whole reading says why
    if not found:
        return False
    documents, continued = found
    first = store.next_docno()
    for docno, document in enumerate(documents, first):
        summary.paragraphs += add_document(writer, store, docno, document, state.path, live=False,
                                         warn=summary.warnings.append, dated=dating(summary))
    plan.staged += range(first, first + len(documents))
    if documents:
        store.set_meta("last_docno", str(first + len(documents) - 1))
    plan.retiring += [(docno, name) for name, docno in continued.items()]
    plan.indexed.append(state)
    store.set_skipped(state.path, None)
    summary.documents += len(documents)
    summary.updated += 1
    summary.warnings += said
    return True
