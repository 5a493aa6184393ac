"""Adding the documents of files to a Whoosh writer and the record store, as each is read.

A build's workers (workers.py) and an update's first step (update_steps.py) both write a
file's documents here: its records to the writer, its texts to the store (live, or
pending for an update), and the file to the manifest.
"""

import os
import zlib
from dataclasses import dataclass
from types import SimpleNamespace

from search.errors import UnreadableFile
from search.ingest.fingerprints import fingerprint, still_settled
from search.ingest.formats import iter_path
from search.ingest.manifest import file_key, printable
from search.ingest.paragraphs import document_records, spoken_text
from search.ingest.shared_docs import NO_NAMES
from search.settings import FEED_PART_RECORDS
from search.storage.forms import doc_term
from search.storage.update_summary import dating
from search.text.folding import speaker_key
from search.text.pairs import SIGNATURE_FIELD, pair_signature
from search.text.wording import plural


def whoosh_fields(record, docno, names=None, keyed=True):
    """Return the Whoosh fields of a record: what search needs, and where the text is.

    `names` are the fields of the schema written (all of them by default); `keyed`, whether
    the `doc` term is the document number (forms.doc_term), else its name (indexes built before).
    """
    spoken = spoken_text(record.text, record.turn)  # a turn's label is its speaker's, not its words
    fields = {
        "text": spoken,
        "exact": spoken,
        "title": record.title if record.title_searched else "",
        "made_title": "" if record.title_searched else record.title,  # `titulo:` finds it
        "pairs": spoken,  # the field's analyzer makes the word pairs of a phrase
        SIGNATURE_FIELD: pair_signature(spoken),
        "doc": doc_term(docno) if keyed else record.doc,
        "docno": docno,
        "paragraph": record.paragraph,
    }
    if record.speakers:
        fields["speaker"] = ",".join(speaker_key(name) for name in record.speakers)
    if record.date:
        fields["date"] = record.date.isoformat()
        fields["month"] = fields["date"][:7]
        fields["year"] = fields["date"][:4]
    if names is not None:
        fields = {name: value for name, value in fields.items() if name in names}
    return fields


def add_document(writer, store, docno, document, source=None, live=True, warn=None, dated=None):
    """Add one document's records to the Whoosh writer and the record store; return how many.

    `live` False writes the store's version as pending (an update's, versions.py);
    `warn(message)` hears of speakers left out (ingest/paragraphs.py), `dated(name, date)`
    of each document's own date, None if it has none (update_summary.dating; a feed's
    records without `doc` are dated one by one).
    """
    when, records = document_records(printable_names(document), warn)  # its warnings name the file as found
    document.path = stored_path(document)
    if records and not document.standalone and dated is not None:
        # A feed's records may each carry a date the document has not: it is undated only if none is.
        dated(document.doc, when if when is not None else next((r.date for r in records if r.date), None))
    store.add_document(docno, document, records, when, source, live)
    names = set(writer.schema.names())
    for record in records:
        writer.add_document(**whoosh_fields(record, docno, names, store.keyed_docs))
    return len(records)


def stored_path(document):
    """Return the path the store keeps of a document's file: absolute, whatever folder the
    command was given (it read the file as found under that folder, as typed)."""
    return printable(os.path.abspath(os.fsencode(document.path)))


def printable_names(document):
    """Return the document with a name and path that print and store (no stray bytes)."""
    document.doc, document.path = printable(document.doc), printable(document.path)
    return document


def add_file(writer, store, file, root, first_docno, summary, source=None, live=True, names=NO_NAMES,
             share=None, upto=None):
    """Add the documents of one file as each is read (iter_path); return (docnos, error).

    `docnos` are the document numbers written, from first_docno (the parts of one document
    share its number); `error` is the UnreadableFile that stopped the reading, or None. A
    file that can't be read is named in the summary's skipped files; one whose reading
    failed midway (a feed) keeps the documents read until then, and says so. `names`: how
    documents whose names other files give too are named (ingest/shared_docs.py); `share`,
    when given, tells which documents to add and under which number the records without
    `doc` go (a share of a feed, FeedShare); `upto`, the size its fingerprint hashed: what
    grew past it is left to the next update (iter_path).
    """
    docnos, part_of = [], None  # the docno of the parts of a feed's records without `doc`
    fresh = first_docno  # the next number of this file's own
    try:
        for document in iter_path(file, root, warn=summary.warnings.append, names=names, upto=upto):
            if share is not None and not share.keeps(document):
                continue
            if document.standalone and share is not None:  # its number, the same in every share
                docno = share.docno
                if not document.first_paragraph:
                    docnos.append(docno)
            elif document.first_paragraph:
                docno = part_of
            else:
                docno, fresh = fresh, fresh + 1
                docnos.append(docno)
                part_of = docno if document.standalone else part_of
            summary.paragraphs += add_document(writer, store, docno, document, source, live,
                                                 summary.warnings.append, dating(summary))
    except UnreadableFile as error:
        reason = error.reason + (f"; se indexó lo leído antes ({plural(len(docnos), 'documento')})"
                                 if docnos else "")
        summary.skipped.append((printable(error.path), reason))
        return docnos, error
    finally:
        summary.documents += len(docnos)
    return docnos, None


@dataclass(frozen=True)
class FeedShare:
    """A worker's share of a large feed's documents, spread over `parts` workers (workers.py).

    Each worker reads the whole feed (a few percent of its indexing) and adds the documents
    whose name's CRC-32 gives its `part`. The records without `doc` are one document, given
    in parts of FEED_PART_RECORDS (ingest/jsonl_documents.py): its parts go to the workers
    in turn, all under the number `docno` the build set apart for them (workers.py), the
    first part to part 0, which writes the document's row. Part 0 also says what the
    reading says and notes the file in the manifest. Every share reads its first `size`
    bytes (its size when the files were shared), all that part 0 hashes: the rest is the
    next update's.
    """

    part: int
    parts: int
    size: int
    docno: int = 0  # the number of the feed's records without `doc` (set by build_segments)

    def keeps(self, document):
        """Tell whether this share adds a document of the feed (or a part of one)."""
        if document.standalone:
            return document.first_paragraph // FEED_PART_RECORDS % self.parts == self.part
        return zlib.crc32(document.doc.encode("utf-8", "surrogatepass")) % self.parts == self.part


def own_numbers(docnos, share):
    """Return how many of a file's document numbers are its own, not its share's (FeedShare.docno)."""
    return sum(1 for docno in docnos if not share or docno != share[0].docno)


def index_files(writer, store, files, summary, first_docno, progress=None, parent=None, names=NO_NAMES):
    """Read each (file, root), add its documents and note it in the manifest.

    A (file, root, FeedShare) adds that share of a feed's documents only.

    A file that can't be read is skipped and left out of the manifest, to be tried again;
    one read but empty or not text is kept in it with its reason, not to be read again;
    one read in part (a feed whose reading failed midway) is kept with its documents, and
    hashed again at the next update; a worker stops when its `parent` process is gone.
    A file is read only as far as its fingerprint hashed (a share: as far as FeedShare.size),
    so the manifest says what was indexed: what grows meanwhile is the next update's.
    """
    docno = first_docno
    for file, root, *share in files:
        if parent is not None and os.getppid() != parent:
            raise SystemExit("the build was abandoned")
        key = file_key(file)
        if share and share[0].part:  # another worker's share of this feed says and notes it
            quiet = SimpleNamespace(warnings=[], skipped=[], undated=[], guessed=[], documents=0, paragraphs=0)
            docnos, _ = add_file(writer, store, file, root, docno, quiet, key, names=names, share=share[0],
                                 upto=share[0].size)
            docno += own_numbers(docnos, share)
            summary.documents += quiet.documents
            summary.paragraphs += quiet.paragraphs
            summary.undated += quiet.undated  # its own documents: none is another share's
            summary.guessed += quiet.guessed
            continue
        try:
            size, mtime_ns, digest, changed_at = fingerprint(key, share[0].size if share else None)
        except UnreadableFile as error:
            summary.skipped.append((printable(file), error.reason))
        else:
            docnos, error = add_file(writer, store, file, root, docno, summary, key, names=names,
                                     share=share[0] if share else None, upto=size)
            docno += own_numbers(docnos, share)
            if error is not None and docnos:  # read in part: no hash, so the next update reads it again
                mtime_ns, digest = -1, ""
            store.set_file(key, file_key(root), size, still_settled(key, size, mtime_ns), digest, changed_at)
            store.set_skipped(key, error.reason if error is not None and not docnos else None)
        if progress:
            progress(file)
