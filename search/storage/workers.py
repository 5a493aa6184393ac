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
from dataclasses import dataclass, field, replace
from pathlib import Path

from whoosh.filedb.filestore import FileStorage

from search.errors import SearchError
from search.ingest.files import is_feed
from search.ingest.manifest import printable
from search.ingest.shared_docs import NO_NAMES
from search.layout import STORE_FILE
from search.storage.adding import FeedShare, index_files
from search.storage.forking import signals_held
from search.storage.postcache import write_segment_cache
from search.storage.store import RecordStore
from search.storage.texts_upkeep import write_segment_texts
from search.text.wording import plural, seconds
from search.whoosh_ext.segments import open_segment
from search.whoosh_ext.writing import LengthCachingWriter, drop_segment, finish_segment

# Per worker, the pool's estimate (it runs high). Writing a segment of 60,000 paragraphs at this limit
# took 10 MB of Python memory over what its pool held (82 MB when every term's postings stayed alive until
# the last was written, review34 8; tracemalloc, fixr34b's report): two workers stay well under 1 GB.
WRITER_LIMIT_MB = 128
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
    undated: list[str] = field(default_factory=list)  # documents with no date (update_summary.undated_note)
    guessed: list[str] = field(default_factory=list)  # dated by a weekday's year (update_summary.guessed_note)
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
        self.undated += other.undated
        self.guessed += other.guessed


def share_files(files, parts):
    """Split (file, root) pairs into parts of about equal size, keeping each part in order.

    A feed larger than a part's fair share is spread over every part: (file, root,
    FeedShare) in each, each adding some of its documents (adding.FeedShare), so that one
    large feed is indexed on every core rather than one.
    """
    sizes = {file: file_size(file) for file, _ in files}
    loads, shares = [0] * parts, [[] for _ in range(parts)]
    fair = sum(sizes.values()) / parts
    spread = {pair for pair in files if parts > 1 and is_feed(pair[0]) and sizes[pair[0]] > fair}
    for pair in spread:
        for part in range(parts):
            shares[part].append((*pair, FeedShare(part, parts, sizes[pair[0]])))
            loads[part] += sizes[pair[0]] / parts
    for pair in sorted((pair for pair in files if pair not in spread), key=lambda pair: -sizes[pair[0]]):
        lightest = loads.index(min(loads))
        shares[lightest].append(pair)
        loads[lightest] += sizes[pair[0]]
    order = {pair: number for number, pair in enumerate(files)}
    return [sorted(share, key=lambda entry: order[entry[:2]]) for share in shares if share]


def file_size(path):
    """Return a file's size in bytes (0 when it can't be told: its reading will say why)."""
    try:
        return path.stat().st_size
    except OSError:
        return 0


def part_store(directory, part):
    """Return the path of a worker's record store part."""
    return Path(directory) / f"part-{part}.sqlite"


def build_part(directory, files, part, messages, parent=None, first_docno=None, names=NO_NAMES):
    """Index a share of the files into a segment and a store part; report on messages."""
    first_docno = first_docno or part * DOCNO_STRIDE + 1
    try:
        messages.put(("done", part, _build_part(directory, files, part, messages, parent,
                                                first_docno, names)))
    except BaseException as error:  # report everything, even a KeyboardInterrupt
        messages.put(("failed", part, error))


def _build_part(directory, files, part, messages, parent, first_docno, names):
    ix = FileStorage(str(directory), supports_mmap=False).open_index()
    writer = LengthCachingWriter(ix, _lk=False, limitmb=WRITER_LIMIT_MB)  # the writer lock is held
    store = RecordStore(part_store(directory, part), writable=True)
    summary = BuildSummary()
    try:
        try:
            index_files(writer, store, files, summary, first_docno,
                        progress=lambda file: messages.put(("file", part, printable(file))),
                        parent=parent, names=names)
            store.commit()
        except BaseException:
            drop_segment(writer)
            raise
        if not summary.paragraphs:
            drop_segment(writer)
            return None, summary
        segment = finish_segment(writer)
        with open_segment(ix, segment) as leaf:  # the posting cache and texts, on this worker's core
            write_segment_cache(directory, leaf, writer.written_postings)  # not read back
            write_segment_texts(directory, leaf, store)  # docnos stay when the stores are joined
    finally:
        store.close()
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


def build_segments(directory, shares, progress=None, base=0, names=NO_NAMES):
    """Run build_part for each share, in workers when there are several; return segments.

    `progress(file)` is called as each file is done, in this process; `names`: how documents
    whose names several files give are named (ingest/shared_docs.py).
    """
    context = multiprocessing.get_context("fork")
    messages = context.Queue() if len(shares) > 1 else Reporting(progress)
    workers = []
    shares, set_apart = numbered_feeds(shares, base + 1)
    if len(shares) == 1:
        build_part(directory, shares[0], 0, messages, first_docno=base + 1 + set_apart, names=names)
    try:
        with signals_held():  # a Ctrl-C during a fork is raised here, with each worker started listed to stop
            for part, share in enumerate(shares if len(shares) > 1 else []):
                first = base + part * min(DOCNO_STRIDE, DOCNO_HALF // len(shares)) + 1 + (set_apart if not part else 0)
                worker = context.Process(target=build_part,
                                         args=(directory, share, part, messages, os.getpid(), first, names))
                worker.start()
                workers.append(worker)
        return _collect(messages, workers, len(shares), progress)
    finally:
        for worker in workers:
            if worker.is_alive():
                worker.terminate()
            worker.join()


def numbered_feeds(shares, first):
    """Return (shares, how many numbers were set apart): each feed spread over the shares
    gets one document number, from `first` on, for its records without `doc`, which every
    share writes parts of (adding.FeedShare); the first share numbers its documents after.
    """
    numbers = {}
    for share in shares:
        for entry in share:
            if len(entry) > 2:
                numbers.setdefault(entry[0], first + len(numbers))
    return [[(*entry[:2], replace(entry[2], docno=numbers[entry[0]])) if len(entry) > 2 else entry
             for entry in share] for share in shares], len(numbers)


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


def repeated_id_warnings(store, shown=str):
    """Return the build summary's warnings for record ids, and document names, that several files use.

    `shown(path)` names a file the store keeps by its absolute path as the command found it
    (typed_paths.TypedPaths.path).
    """
    return [f"el documento «{doc}» viene de varios archivos ({', '.join(map(shown, paths))}); cada uno se "
            f"guarda aparte, «doc:{doc}» los busca todos y «show {doc}» muestra el indexado último"
            for doc, paths in store.repeated_docs()] + [
        f"el id «{record_id}» está en varios documentos ({', '.join(docs)}); se muestra "
        "el indexado último" for record_id, docs in store.repeated_ids()]


def copy_warnings(store, shown=str, among=None):
    """Return the summary's warnings for indexed files of one content (a copy in another folder):
    each is a document of its own (README), kept and found by `doc:`, and a search shows it once,
    by the name that sorts first (retrieval/copies.py); said so that a copy is not kept unknowingly.
    With among (paths), only the copies of those (an update's files indexed)."""
    return [f"{len(paths)} archivos tienen el mismo contenido ({', '.join(map(shown, paths))}): se indexaron "
            "todos, y las búsquedas, facetas y exportaciones muestran y cuentan solo el primero (con «también "
            "en:» los demás; search --all-copies los muestra todos); quite las copias que sobren"
            for paths in store.repeated_contents(among)]


def join_store_parts(directory, parts, meta=None, shown=str):
    """Join the workers' store parts into the generation's record store; return its warnings.

    `meta` are settings to write in the joined store; `shown`, as for repeated_id_warnings.
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
        return repeated_id_warnings(store, shown) + copy_warnings(store, shown)
    finally:
        store.close()
