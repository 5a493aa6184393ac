"""Incremental updates: bring the live index in line with its folders, file by file.

Two stores change, Whoosh and the record store, so the writes go in an order that keeps
every moment readable and every crash repairable:

1. the new versions of the changed files go into the record store as pending, under
   new document numbers (commit);
2. Whoosh deletes the old versions and adds the new ones (one commit);
3. the record store makes the new versions live, retires the old ones and updates the
   manifest (commit).

Until step 3 the store carries a mark. An update that finds it (the last one was
killed) first makes the store agree with what Whoosh serves; files the manifest does not
yet show as indexed are then simply done again. A reader never meets a record whose
text is missing: texts are written before Whoosh serves them and kept a while after.
"""

import json
import logging
import os
import sqlite3
import time
import zlib
from collections.abc import Iterable
from dataclasses import dataclass, field

from whoosh import index as whoosh_index
from whoosh.filedb.filestore import FileStorage
from whoosh.query import Term
from whoosh.reading import SegmentReader

from search import whoosh_ext
from search.errors import IndexDamaged, IndexNotFound, IndexReadOnly, NotAFile, SearchError, UnreadableFile, shown
from search.ingest.formats import read_path
from search.ingest.manifest import filesystem_time, printable, scan
from search.ingest.paragraphs import document_records
from search.storage import failures
from search.storage.build import READING, WRITING, build_locked
from search.storage.generations import STORE_FILE, live_generation
from search.storage.integrity import check_intact, find_damage, record_checksums, source_folders
from search.storage.locking import WAIT_SECONDS, writer_lock
from search.storage.postcache import write_missing_caches
from search.storage.schema import paragraph_schema
from search.storage.sources import SOURCES, updated_sources
from search.storage.store import DamagedBlock, OutdatedStore, RecordStore
from search.storage.versions import LAST_SCAN
from search.storage.workers import WRITER_LIMIT_MB, BuildSummary, printable_names, repeated_id_warnings, whoosh_fields
from search.text.analysis import outdated_analysis
from search.text.wording import number, plural, seconds, system_reason
from search.whoosh_ext import TESTED_WHOOSH
from search.whoosh_ext.writing import LengthCachingWriter, abandon, remove_abandoned_files, segment_count

log = logging.getLogger(__name__)
UNFINISHED = "unfinished update"  # the store's mark between steps 1 and 3
SMALL_SEGMENT_SHARE = 0.1


class UpdateFailed(SearchError):
    """An update could not be written; the index still serves its previous state."""


@dataclass
class UpdateSummary:
    """What an update did, file by file, and what it indexed."""

    added: int = 0
    updated: int = 0
    moved: int = 0
    removed: int = 0
    unchanged: int = 0
    documents: int = 0
    paragraphs: int = 0
    skipped: list[tuple[str, str]] = field(default_factory=list)
    # Skipped files made empty or not text, whose documents left: (path as in skipped, name)
    withdrawn: list[tuple[str, str]] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    repaired: bool = False
    rebuilt: bool = False
    rebuilt_because: str | None = None  # why a full build replaced the index, if not missing
    seconds: float = 0.0
    index_dir: str = ""

    def line(self):
        """Return the one-line report of the update, in Spanish: counts of files."""
        if self.rebuilt:
            why = self.rebuilt_because or f"No había índice en {self.index_dir}"
            what = (f"{why}; se construyó con "
                    f"{plural(self.documents, 'documento')} y {plural(self.paragraphs, 'párrafo')}")
        else:
            what = (f"Índice {self.index_dir} actualizado: {plural(self.added, 'añadido')}, "
                    f"{plural(self.updated, 'modificado')}, {plural(self.moved, 'movido')}, "
                    f"{plural(self.removed, 'eliminado')}, {number(self.unchanged)} sin cambios")
        repaired = "; se reparó una actualización interrumpida" if self.repaired else ""
        return (f"{what}; {plural(len(self.skipped), 'archivo omitido', 'archivos omitidos')}"
                f"{withdrawn_note([name for _, name in self.withdrawn])}{repaired}; {seconds(self.seconds)}.")


WITHDRAWN_NAMED = 5  # files named in the summary line; the notes above it name every one


def withdrawn_note(names):
    """Return the summary's part on files whose documents left the index (they were made
    empty or not text), naming the first few, or "".

    >>> withdrawn_note(["a.txt", "b.txt"])
    '; 2 de ellos (a.txt, b.txt) quedaron vacíos o sin texto y sus documentos se quitaron del índice'
    """
    if not names:
        return ""
    named = ", ".join(shown(name) for name in names[:WITHDRAWN_NAMED])
    more = f" y {number(len(names) - WITHDRAWN_NAMED)} más" if len(names) > WITHDRAWN_NAMED else ""
    made = "quedó vacío" if len(names) == 1 else "quedaron vacíos"
    return (f"; {number(len(names))} de ellos ({named}{more}) {made} o sin texto y sus "
            f"documentos se quitaron del índice")


def summary_notes(summary):
    """Return the lines that name what a build or an update warned of and skipped, in Spanish:
    `aviso: …` for each warning, `omitido: RUTA: motivo` for each file skipped."""
    # A file's name may hold control characters: escaped (errors.shown).
    withdrawn = {path for path, _ in getattr(summary, "withdrawn", ())}  # a build's has none
    return ([f"aviso: {shown(message)}" for message in summary.warnings]
            + [f"omitido: {shown(str(path))}: {reason}"
               + ("; sus documentos se quitaron del índice" if path in withdrawn else "")
               for path, reason in summary.skipped])


def update_index(paths: Iterable[str | os.PathLike], index_dir: str | os.PathLike,
                 wait: float = WAIT_SECONDS, procs: int | None = None,
                 progress=None, command: str = "update") -> UpdateSummary:
    """Bring the index in line with the files under paths; build it if there is none.

    Returns the UpdateSummary: files added, updated, moved, removed and unchanged, files
    skipped with their reasons, seconds. Only files under the given paths can be found
    deleted. Raises WriterBusy after `wait` seconds without the writer lock (naming the
    command that holds it; `command` is this one's name for others), IndexDamaged when
    the index was damaged since it was written (integrity.py), IndexReadOnly for a
    folder it can't write to, and UpdateFailed when the changes can't be written (the
    index keeps its previous state, and what was staged is removed).
    `progress(phase, done, total)` is told of each new or changed file read, then of the
    writing, as build_index tells it.
    """
    started = time.perf_counter()
    with writer_lock(index_dir, wait, command):
        generation = live_generation(index_dir)
        if generation is not None:
            check_intact(index_dir, generation)
        outdated = None if generation is None else why_not_updatable(generation)
        if generation is None or outdated:
            summary = rebuilt(build_locked(paths, index_dir, progress, procs=procs, command=command))
            if generation is not None:
                summary.rebuilt_because = f"El índice de {index_dir} {outdated}"
        else:
            summary = apply_changes(generation, paths, progress, index_dir, command)
    summary.index_dir = str(index_dir)
    summary.seconds = time.perf_counter() - started
    return summary


def why_not_updatable(generation):
    """Return why a generation must be built again rather than updated (a phrase), or None.

    It must have the store tables, Whoosh fields and analyzer of this version, and have
    been written by the Whoosh release this version extends.
    """
    try:
        RecordStore(generation / STORE_FILE).close()
        ix = FileStorage(str(generation), supports_mmap=False).open_index()
    except (OutdatedStore, sqlite3.Error, whoosh_index.IndexError, OSError):
        ix = None
    if ix is not None and whoosh_ext.index_release_problem(ix.release):
        return f"lo escribió Whoosh {'.'.join(map(str, ix.release))}, no {'.'.join(map(str, TESTED_WHOOSH))}"
    if (ix is None or sorted(ix.schema.names()) != sorted(paragraph_schema().names())
            or outdated_analysis(ix.schema) is not None):
        return "era de otra versión de Hemeroteca (su analizador o sus tablas)"
    return None


def rebuilt(built: BuildSummary):
    """Return the summary of an update that had to build the index."""
    return UpdateSummary(documents=built.documents, paragraphs=built.paragraphs,
                         skipped=built.skipped, warnings=built.warnings, rebuilt=True)


def apply_changes(generation, paths, progress=None, index_dir=None, command="update"):
    """Apply the changes under paths to a generation in place, in the three steps above.

    A failure before Whoosh's commit removes what was staged (pending texts, segment files
    written half), so a full disk is not kept full; after it, the next update repairs.
    """
    store = ix = None
    plan, committed = Plan(), False
    try:
        store = RecordStore(generation / STORE_FILE, writable=True)
        ix = FileStorage(str(generation), supports_mmap=False).open_index()
        summary = UpdateSummary()
        if store.meta(UNFINISHED):
            repair(store, ix)
            summary.repaired = True
        store.purge()
        scan_started = filesystem_time(generation)
        changes = scan(paths, store.manifest(), store.last_scan_ns(), store.file_changes())
        if changes.deleted and not (changes.new or changes.changed or changes.moved
                                    or changes.unchanged or changes.touched):
            # Every file gone at once is a mistyped or unmounted folder far more often than
            # a wish to empty the index (as rsync's --max-delete guards against).
            named = ", ".join(str(path) for path in paths)
            raise EmptyUpdate(f"{named}: ya no está ninguno de los archivos del índice "
                              f"({plural(len(changes.deleted), 'archivo')}); no se quitó nada. "
                              f"Compruebe la ruta; para vaciar el índice, borre su carpeta.")
        # Files the build kept in the manifest without documents (empty, not text) are
        # still skipped, for the same reason, while they stay the same.
        remembered = store.skipped_files()
        same = changes.unchanged + [state.path for state in changes.touched]
        summary.skipped += changes.unreadable + [(printable(path), remembered[path])
                                                 for path in same if path in remembered]
        summary.unchanged = sum(path not in remembered for path in same)
        staged = ([("added", s) for s in changes.new] + [("updated", s) for s in changes.changed]
                  + [("moved", s) for _, s in changes.moved])
        report = progress or (lambda phase, done=0, total=0: None)
        for done, (kind, state) in enumerate(staged, 1):
            stage_file(store, state, kind, plan, summary)
            report(READING, done, len(staged))
        for path in changes.deleted + [old for old, _ in changes.moved]:
            plan.retiring += store.live_versions(path)
            plan.forgotten.append(path)
        summary.removed = len(changes.deleted)
        if plan.staged or plan.retiring:
            store.set_meta(UNFINISHED, json.dumps({"pid": os.getpid(), "time": time.time()}))
            store.commit()
            report(WRITING, 0, 0)
            write_whoosh(ix, plan)
            committed = True
            summary.warnings += write_missing_caches(generation, ix)
            record_checksums(generation, ix)
            store.mark_live([docno for docno, _ in plan.staged])
            store.retire([docno for docno, _ in plan.retiring])
        else:
            summary.warnings += write_missing_caches(generation, ix)  # a damaged one is found and rewritten
        for state in plan.indexed + changes.touched + changes.noted:
            store.set_file(state.path, state.root, state.size, state.mtime_ns, state.digest, state.ctime_ns)
        for path in plan.forgotten:
            store.forget_file(path)
        store.set_meta(LAST_SCAN, str(scan_started))
        store.set_meta(SOURCES, json.dumps(updated_sources(store, generation, paths)))
        store.set_meta(UNFINISHED, None)
        store.commit()
        if plan.staged:
            summary.warnings += repeated_id_warnings(store)
        return summary
    except (zlib.error, json.JSONDecodeError, DamagedBlock) as error:  # a text of the store can't be read
        if not committed:
            discard_staged(store, ix, plan)
        problem = find_damage(generation, "deep") or "un texto del almacén no se puede leer (está dañado)"
        raise IndexDamaged(index_dir or generation, problem, source_folders(generation)) from error
    except (OSError, sqlite3.Error) as error:
        if not committed:
            discard_staged(store, ix, plan)
        if failures.cause(error) == "read-only":
            raise IndexReadOnly(index_dir or generation, command) from error
        raise UpdateFailed(f"{generation}: no se pudo escribir la actualización "
                           f"({failures.reason(error)}); el índice sigue sirviendo su estado "
                           f"anterior. {failures.advice(error)}") from error
    finally:
        if store is not None:
            store.close()


class EmptyUpdate(UpdateFailed):
    """An update would remove every document: its folders hold none of the index's files."""


def discard_staged(store, ix, plan):
    """Remove what a failed update wrote before Whoosh's commit, as far as the disk allows.

    Segment files go first: they are the most room. If the store can't be cleaned, its
    mark stays and the next update repairs it.
    """
    if ix is not None:
        try:
            remove_abandoned_files(ix)
        except OSError:
            pass
    if store is None:
        return
    try:
        store.connection.rollback()
        store.drop([docno for docno, _ in plan.staged])
        store.set_meta(UNFINISHED, None)
        store.commit()
        store.connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # give the log's room back
    except sqlite3.Error:
        pass


@dataclass
class Plan:
    """The writes of one update: new versions, versions to retire, manifest changes."""

    staged: list[tuple[int, list]] = field(default_factory=list)  # (docno, records)
    retiring: list[tuple[int, str]] = field(default_factory=list)  # (docno, doc)
    indexed: list = field(default_factory=list)  # FileStates now indexed
    forgotten: list[bytes] = field(default_factory=list)


def stage_file(store, state, kind, plan, summary):
    """Write the documents of a new or changed file into the store as pending versions."""
    skipped = False
    try:
        documents = read_path(state.file, state.folder, warn=summary.warnings.append)
    except UnreadableFile as error:
        summary.skipped.append((printable(state.path), error.reason))
        if isinstance(error, NotAFile) or isinstance(error.__cause__, OSError):
            return  # gone, unreadable or replaced since it was hashed: keep what is indexed
        documents, skipped = [], True  # empty or not text: it has no documents now
        store.set_skipped(state.path, error.reason)
    else:
        store.set_skipped(state.path, None)
    docno = first = store.next_docno()
    for document in documents:
        when, records = document_records(printable_names(document))
        store.add_document(docno, document, records, when, state.path, live=False)
        plan.staged.append((docno, records))
        summary.documents += 1
        summary.paragraphs += len(records)
        docno += 1
    store.set_meta("last_docno", str(docno - 1))
    # A new file can have live versions too: an update killed after Whoosh's commit.
    retiring = [row for row in store.live_versions(state.path) if row[0] < first]
    plan.retiring += retiring
    if not skipped:  # one made empty or binary counts as skipped, with its reason
        setattr(summary, kind, getattr(summary, kind) + 1)
    elif retiring:  # and its documents leave the index: said, as a removal would be
        name = printable(os.path.relpath(state.path, state.root))
        summary.withdrawn.append((printable(state.path), name))
    plan.indexed.append(state)


def write_whoosh(ix, plan):
    """Delete the retired versions from Whoosh and add the new ones, in one commit."""
    # Whoosh's own lock is left out: the writer lock is held, and Whoosh leaks its lock
    # if opening a writer fails. Field lengths are read from memory as the build reads
    # them: Whoosh's own writer asked the disk for each posting (a 300,000-line file:
    # 5.5 million checks that a file exists).
    writer = LengthCachingWriter(ix, _lk=False, limitmb=WRITER_LIMIT_MB)
    try:
        retiring = {}
        for docno, doc in plan.retiring:
            retiring.setdefault(doc, set()).add(docno)
        if retiring:
            searcher = writer.searcher()  # the writer's own; it closes it
            docnos = searcher.reader().column_reader("docno")
            for doc, numbers in retiring.items():
                for docnum in searcher.docs_for_query(Term("doc", doc), for_deletion=True):
                    if docnos[docnum] in numbers:
                        writer.delete_document(docnum)
        names = set(writer.schema.names())
        for docno, records in plan.staged:
            for record in records:
                writer.add_document(**whoosh_fields(record, docno, names))
        writer.commit(mergetype=merge_small_segments)
    except BaseException:
        abandon(writer)
        raise


def merge_small_segments(writer, segments):
    """Merge every segment under a tenth of the index into the new one; keep the others.

    A segment with no live document left is dropped: merged, it made a segment of none,
    which Whoosh still lists (and the posting cache of an index is read whole or not at all).

    Updates then leave a few large segments and one small one, and search stays as fast
    as on a merged index; Whoosh's MERGE_SMALL left ten after 200 updates (bench/).
    """
    total = sum(segment.doc_count_all() for segment in segments)
    kept = []
    for segment in segments:
        if segment.doc_count() == 0:
            continue  # every document deleted (or none): dropped, not merged into an empty segment
        if segment.doc_count_all() < total * SMALL_SEGMENT_SHARE:
            reader = SegmentReader(writer.storage, writer.schema, segment)
            writer.add_reader(reader)  # drops its deleted documents on the way
            reader.close()
        else:
            kept.append(segment)
    return kept


def repair(store, ix):
    """Make the store agree with what Whoosh serves after an update was killed."""
    with ix.reader() as reader:
        docnos = reader.column_reader("docno")
        served = {docnos[docnum] for docnum in reader.all_doc_ids()}
    store.reconcile(served)
    store.set_meta(UNFINISHED, None)
    store.commit()


def optimize_index(index_dir, wait=WAIT_SECONDS):
    """Merge the live index into one segment and drop retired texts; return (before, after)."""
    with writer_lock(index_dir, wait, "optimize"):
        generation = live_generation(index_dir)
        if generation is None:
            raise IndexNotFound(index_dir)
        check_intact(index_dir, generation)
        ix = FileStorage(str(generation), supports_mmap=False).open_index()
        before = segment_count(ix)
        try:
            ix.writer(_lk=False).commit(optimize=True)
            rewritten = write_missing_caches(generation, ix)
        except OSError as error:
            remove_abandoned_files(ix)
            if failures.cause(error) == "read-only":
                raise IndexReadOnly(index_dir, "optimize") from error
            raise UpdateFailed(f"{generation}: no se pudo escribir la fusión "
                               f"({system_reason(error)}); el índice no cambió. "
                               f"{failures.advice(error)}") from error
        for warning in rewritten:
            log.warning("%s", warning)
        record_checksums(generation, ix)
        store = RecordStore(generation / STORE_FILE, writable=True)
        try:
            store.purge()
            store.commit()
        finally:
            store.close()
        return before, segment_count(ix)
