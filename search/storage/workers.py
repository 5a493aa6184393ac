"""Indexing files on every core: each worker writes its own segment and record store part.

Each worker process reads its share of the files, finds speakers and dates, writes its
own Whoosh segment and its own record store part; the parent then lists the segments in
one table of contents and joins the store parts. Whoosh's MpWriter keeps reading and
extraction in the parent and pipes every document to its workers; doing all of it in
the workers, and keeping field lengths in memory while postings are written, is what
makes builds several times faster than Whoosh's default writer (bench/speed.py).
"""

import multiprocessing
import os
import queue
from dataclasses import dataclass, field
from pathlib import Path

from whoosh.filedb.filestore import FileStorage

from search.errors import SearchError, UnreadableFile
from search.ingest.formats import read_path
from search.ingest.manifest import file_key, fingerprint, inode_change, printable, still_settled
from search.ingest.paragraphs import document_records
from search.storage.generations import STORE_FILE
from search.storage.postcache import write_segment_cache
from search.storage.store import RecordStore
from search.text.folding import speaker_key
from search.text.pairs import SIGNATURE_FIELD, pair_signature
from search.text.wording import plural, seconds
from search.whoosh_ext.segments import open_segment
from search.whoosh_ext.writing import LengthCachingWriter, drop_segment, finish_segment

WRITER_LIMIT_MB = 128  # per worker; two workers stay well under 1 GB
DOCNO_STRIDE = 1 << 24  # each worker numbers its documents from its own base
# Successive generations number their documents in alternate halves of the 32-bit column,
# so a number from the previous generation never finds a record in the new one.
DOCNO_HALF = 1 << 31


@dataclass
class BuildSummary:
    """What a build did: counts, files skipped with their reasons, and time taken."""

    documents: int = 0
    paragraphs: int = 0
    skipped: list[tuple[str, str]] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    seconds: float = 0.0
    index_dir: str = ""

    def line(self):
        """Return the one-line report of the build, in Spanish."""
        return (f"{plural(self.documents, 'documento indexado', 'documentos indexados')} "
                f"({plural(self.paragraphs, 'párrafo')}) en {self.index_dir}; "
                f"{plural(len(self.skipped), 'archivo omitido', 'archivos omitidos')}; "
                f"{seconds(self.seconds)}.")

    def absorb(self, other):
        """Add another summary's counts and messages to this one."""
        self.documents += other.documents
        self.paragraphs += other.paragraphs
        self.skipped += other.skipped
        self.warnings += other.warnings


def whoosh_fields(record, docno, names=None):
    """Return the Whoosh fields of a record: what search needs, and where the text is.

    `names` are the fields of the schema written (all of them by default).
    """
    fields = {
        "text": record.text,
        "exact": record.text,
        "title": record.title if record.title_searched else "",
        "made_title": "" if record.title_searched else record.title,  # `titulo:` finds it
        "pairs": record.text,  # the field's analyzer makes the word pairs of a phrase
        SIGNATURE_FIELD: pair_signature(record.text),
        "doc": record.doc,
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


def add_document(writer, store, docno, document, source=None, live=True):
    """Add one document's records to the Whoosh writer and the record store; return how many.

    `live` False writes the store's version as pending (an update's, versions.py).
    """
    when, records = document_records(printable_names(document))
    store.add_document(docno, document, records, when, source, live)
    names = set(writer.schema.names())
    for record in records:
        writer.add_document(**whoosh_fields(record, docno, names))
    return len(records)


def printable_names(document):
    """Return the document with a name and path that print and store (no stray bytes)."""
    document.doc, document.path = printable(document.doc), printable(document.path)
    return document


def read_documents(file, root, summary):
    """Return (documents, reason): a file that can't be indexed is noted and gives ([], why)."""
    try:
        return read_path(file, root, warn=summary.warnings.append), None
    except UnreadableFile as error:
        summary.skipped.append((printable(error.path), error.reason))
        return [], error.reason


def index_files(writer, store, files, summary, first_docno, progress=None, parent=None):
    """Read each (file, root), add its documents and note it in the manifest.

    A file that can't be read is skipped and left out of the manifest, to be tried again;
    one read but empty or not text is kept in it with its reason, not to be read again;
    a worker stops when its `parent` process is gone.
    """
    docno = first_docno
    for file, root in files:
        if parent is not None and os.getppid() != parent:
            raise SystemExit("the build was abandoned")
        key = file_key(file)
        changed_at = inode_change(key)  # before the hash: a later change shows as another time
        try:
            size, mtime_ns, digest = fingerprint(key)
        except UnreadableFile as error:
            summary.skipped.append((printable(key), error.reason))
            documents = None
        else:
            documents, reason = read_documents(file, root, summary)
        for document in documents or []:
            summary.paragraphs += add_document(writer, store, docno, document, key)
            summary.documents += 1
            docno += 1
        if documents is not None:
            store.set_file(key, file_key(root), size, still_settled(key, size, mtime_ns), digest, changed_at)
            store.set_skipped(key, reason)
        if progress:
            progress(file)


def share_files(files, parts):
    """Split (file, root) pairs into parts of about equal size, keeping each part in order."""
    sizes = {file: _size(file) for file, _ in files}
    loads, shares = [0] * parts, [[] for _ in range(parts)]
    for pair in sorted(files, key=lambda pair: -sizes[pair[0]]):
        lightest = loads.index(min(loads))
        shares[lightest].append(pair)
        loads[lightest] += sizes[pair[0]]
    order = {pair: number for number, pair in enumerate(files)}
    return [sorted(share, key=order.get) for share in shares if share]


def _size(path):
    try:
        return path.stat().st_size
    except OSError:
        return 0


def part_store(directory, part):
    """Return the path of a worker's record store part."""
    return Path(directory) / f"part-{part}.sqlite"


def build_part(directory, files, part, messages, parent=None, first_docno=None):
    """Index a share of the files into a segment and a store part; report on messages."""
    first_docno = first_docno or part * DOCNO_STRIDE + 1
    try:
        messages.put(("done", part, _build_part(directory, files, part, messages, parent,
                                                first_docno)))
    except BaseException as error:  # report everything, even a KeyboardInterrupt
        messages.put(("failed", part, error))


def _build_part(directory, files, part, messages, parent, first_docno):
    ix = FileStorage(str(directory), supports_mmap=False).open_index()
    writer = LengthCachingWriter(ix, _lk=False, limitmb=WRITER_LIMIT_MB)  # the writer lock is held
    store = RecordStore(part_store(directory, part), writable=True)
    summary = BuildSummary()
    try:
        index_files(writer, store, files, summary, first_docno,
                    progress=lambda file: messages.put(("file", part, printable(file))),
                    parent=parent)
        store.commit()
    except BaseException:
        drop_segment(writer)
        raise
    finally:
        store.close()
    if not summary.paragraphs:
        drop_segment(writer)
        return None, summary
    segment = finish_segment(writer)
    with open_segment(ix, segment) as leaf:  # the posting cache, on this worker's core
        write_segment_cache(directory, leaf)
    return segment, summary


class Reporting(queue.Queue):
    """The messages of a build in this process: a file done is reported as it is done."""

    def __init__(self, progress):
        super().__init__()
        self.progress = progress

    def put(self, item, *args, **kwargs):
        if item[0] == "file" and self.progress:
            self.progress(item[2])
        else:
            super().put(item, *args, **kwargs)


def build_segments(directory, shares, progress=None, base=0):
    """Run build_part for each share, in workers when there are several; return segments.

    `progress(file)` is called as each file is done, in this process.
    """
    context = multiprocessing.get_context("fork")
    messages = context.Queue() if len(shares) > 1 else Reporting(progress)
    workers = []
    if len(shares) == 1:
        build_part(directory, shares[0], 0, messages, first_docno=base + 1)
    else:
        for part, share in enumerate(shares):
            first = base + part * min(DOCNO_STRIDE, DOCNO_HALF // len(shares)) + 1
            worker = context.Process(target=build_part,
                                     args=(directory, share, part, messages, os.getpid(), first))
            worker.start()
            workers.append(worker)
    try:
        return _collect(messages, workers, len(shares), progress)
    finally:
        for worker in workers:
            if worker.is_alive():
                worker.terminate()
            worker.join()


def _collect(messages, workers, parts, progress):
    results = {}
    while len(results) < parts:
        try:
            kind, part, payload = messages.get(timeout=1)
        except queue.Empty:
            dead = [w for w in workers if not w.is_alive() and w.exitcode != 0]
            if dead:
                raise SearchError(f"a build worker died (exit code {dead[0].exitcode})") from None
            continue
        if kind == "file" and progress:
            progress(payload)
        elif kind == "failed":
            raise payload
        elif kind == "done":
            results[part] = payload
    summary = BuildSummary()
    segments = []
    for part in sorted(results):
        segment, part_summary = results[part]
        summary.absorb(part_summary)
        if segment is not None:
            segments.append(segment)
    return segments, summary


def repeated_id_warnings(store):
    """Return the build summary's warnings for record ids, and document names, that several files use."""
    return [f"el documento «{doc}» viene de varios archivos ({', '.join(paths)}); cada uno se "
            f"guarda aparte, «doc:{doc}» los busca todos y «show {doc}» muestra el indexado último"
            for doc, paths in store.repeated_docs()] + [
        f"el id «{record_id}» está en varios documentos ({', '.join(docs)}); se muestra "
        "el indexado último" for record_id, docs in store.repeated_ids()]


def join_store_parts(directory, parts, meta=None):
    """Join the workers' store parts into the generation's record store; return its warnings.

    `meta` are settings to write in the joined store.
    """
    directory = Path(directory)
    os.replace(part_store(directory, 0), directory / STORE_FILE)
    store = RecordStore(directory / STORE_FILE, writable=True)
    try:
        for part in range(1, parts):
            store.absorb(part_store(directory, part))
            part_store(directory, part).unlink()
        for key, value in (meta or {}).items():
            store.set_meta(key, value)
        store.commit()
        return repeated_id_warnings(store)
    finally:
        store.close()
