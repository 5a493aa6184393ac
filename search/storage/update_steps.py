"""The three steps of an update, applied to a generation in place (update.py says why).

1. the new versions of the changed files go into the record store as pending, under
   new document numbers, and their records into a Whoosh writer, uncommitted;
2. the store commits, with a mark; Whoosh deletes the old versions and commits the new
   ones (one commit);
3. the record store makes the new versions live, retires the old ones, gives the versions
   of files renamed in place their new names (update_renames.py) and updates the manifest
   (commit).

Records go to the writer as each document is read, as in a build (adding.add_document):
an update holds one document's records at a time, and the writer's pool spills its
postings to disk past WRITER_LIMIT_MB, so it takes the memory a build of the same files
takes, however many files change.
"""

import dataclasses
import json
import os
import sqlite3
import time
import zlib
from dataclasses import dataclass, field

from whoosh.filedb.filestore import FileStorage

from search.errors import IndexDamaged, IndexReadOnly, NotAFile, NotText, shown
from search.ingest.files import SUFFIXES
from search.ingest.fingerprints import filesystem_time
from search.ingest.manifest import printable, scan
from search.ingest.shared_docs import NO_NAMES
from search.ingest.typed_paths import TypedPaths
from search.layout import STORE_FILE
from search.storage import failures
from search.storage.adding import add_file
from search.storage.appending import stage_appended
from search.storage.build import READING, WRITING
from search.storage.identity import give_identity
from search.storage.integrity import find_damage, record_checksums, source_folders
from search.storage.postcache import write_missing_caches
from search.storage.sources import SOURCES, empty_new_paths, updated_sources
from search.storage.store import DamagedBlock, RecordStore
from search.storage.texts_upkeep import write_missing_texts
from search.storage.update_renames import old_format_note, rename_in_place
from search.storage.update_shared import share_docs
from search.storage.update_summary import EmptyUpdate, UpdateFailed, UpdateSummary
from search.storage.update_whoosh import commit_nothing, open_writer, write_whoosh
from search.storage.versions import LAST_SCAN
from search.storage.workers import copy_warnings, repeated_id_warnings
from search.text.wording import left_behind, plural
from search.whoosh_ext.writing import abandon, remove_abandoned_files

UNFINISHED = "unfinished update"  # the store's mark between steps 1 and 3


@dataclass
class Plan:
    """The writes of one update: new versions, versions to retire, manifest changes."""

    staged: list[int] = field(default_factory=list)  # docnos of the new versions
    retiring: list[tuple[int, str]] = field(default_factory=list)  # (docno, doc)
    indexed: list = field(default_factory=list)  # FileStates now indexed
    forgotten: list[bytes] = field(default_factory=list)
    renamed: list[tuple[int, str, str, bytes]] = field(default_factory=list)  # (docno, doc, path, source) to be


def taken_paths(store, generation, paths, manifest, skip, summary):
    """Return the paths an update works on: those new to the index that hold no document
    are left out and said (sources.empty_new_paths), and when all are, it fails."""
    empty = empty_new_paths(store, generation, paths, manifest, skip)
    found = f"ningún archivo {', '.join(SUFFIXES[:-1])} ni {SUFFIXES[-1]}"
    if empty and len(empty) == len(paths):
        raise EmptyUpdate(f"{', '.join(shown(str(path)) for path in paths)}: no hay ningún documento que "
                          f"indexar ({found}); el índice no cambió ni recuerda esa ruta. Compruebe la ruta.")
    summary.warnings += [f"{shown(str(path))}: no hay ningún documento que indexar ({found}); no se "
                         "añadió a las rutas del índice" for path in empty]
    return [path for path in paths if path not in empty]


def apply_changes(generation, paths, progress=None, index_dir=None, command="update"):
    """Apply the changes under paths to a generation in place, in the three steps above.

    Returns the UpdateSummary. A failure before Whoosh's commit removes what was staged
    (pending texts, segment files written half), so a full disk is not kept full; after
    it, the next update repairs.
    """
    store = ix = writer = None
    plan, committed = Plan(), False
    try:
        store = RecordStore(generation / STORE_FILE, writable=True)
        ix = FileStorage(str(generation), supports_mmap=False).open_index()
        summary = UpdateSummary()
        if store.meta(UNFINISHED):
            repair(store, ix)
            summary.repaired = True
        identified = give_identity(store)  # built before identities: the store has one first (identity.py)
        store.purge()
        scan_started = filesystem_time(generation)
        manifest = store.manifest()
        skip = [os.path.dirname(generation)]
        paths = taken_paths(store, generation, paths, manifest, skip, summary)
        changes = scan(paths, manifest, store.last_scan_ns(), store.file_changes(), skip=skip)
        if changes.deleted and not (changes.new or changes.changed or changes.moved
                                    or changes.unchanged or changes.touched):
            # Every file gone at once is a mistyped or unmounted folder far more often than
            # a wish to empty the index (as rsync's --max-delete guards against).
            named = ", ".join(str(path) for path in paths)
            raise EmptyUpdate(f"{named}: ya no está ninguno de los archivos del índice "
                              f"({plural(len(changes.deleted), 'archivo')}); no se quitó nada. "
                              f"Compruebe la ruta; para vaciar el índice, borre su carpeta.")
        names, said = share_docs(store, changes, manifest)  # may add files to index again
        summary.warnings += said
        # Files the build kept in the manifest without documents (empty, not text) are
        # still skipped, for the same reason, while they stay the same.
        remembered = store.skipped_files()
        same = changes.unchanged + [state.path for state in changes.touched]
        summary.stale = changes.stale
        summary.skipped += changes.unreadable + [(printable(changes.found.get(path, path)), remembered[path])
                                                 for path in same if path in remembered]
        summary.unchanged = sum(path not in remembered for path in same)
        staged = ([("added", s) for s in changes.new] + [("updated", s) for s in changes.changed]
                  + [("moved", s) for _, s in changes.moved])
        if changes.moved and not store.keyed_docs:
            summary.warnings.append(old_format_note(len(changes.moved), index_dir or generation,
                                                    updated_sources(store, generation, paths)))
        renaming = len(staged)
        staged = rename_in_place(store, staged, changes, manifest, names, plan, summary)
        renaming -= len(staged)  # files whose documents the store alone renamed
        if staged or changes.deleted or plan.retiring:
            writer = open_writer(ix)
        report = progress or (lambda phase, done=0, total=0: None)
        for done, (kind, state) in enumerate(staged, 1):
            if kind != "updated" or not stage_appended(store, writer, state, manifest.get(state.path),
                                                       plan, summary, names):
                stage_file(store, writer, state, kind, plan, summary, names)
            report(READING, done, len(staged))
        kept = {docno for docno, *_ in plan.renamed}  # a moved file's versions, renamed, not retired
        for path in changes.deleted + [old for old, _ in changes.moved]:
            plan.retiring += [version for version in store.live_versions(path) if version[0] not in kept]
            plan.forgotten.append(path)
        summary.removed = len(changes.deleted)
        if left_empty(store, plan):
            discard_staged(store, writer, ix, plan)
            writer = None
            raise EmptyUpdate(emptied_message(paths, summary))
        if plan.staged or plan.retiring:
            store.set_meta(UNFINISHED, json.dumps({"pid": os.getpid(), "time": time.time()}))
            store.commit()
            report(WRITING, 0, 0)
            write_whoosh(writer, plan, store.keyed_docs)
            committed = True
            summary.warnings += write_missing_caches(generation, ix)
            summary.warnings += write_missing_texts(generation, ix, store, complete=True)
            record_checksums(generation, ix)
            store.mark_live(plan.staged)
            store.retire([docno for docno, _ in plan.retiring])
        else:
            if writer is not None:  # every changed file was unreadable: nothing to write
                abandon(writer)
                writer = None
            summary.warnings += write_missing_caches(generation, ix)  # a damaged one is found and rewritten
            summary.warnings += write_missing_texts(generation, ix, store)
        # The names go with the versions made live, in the store's last commit: a failure before
        # it (a full disk at Whoosh's commit) serves the old names, as it serves the old versions.
        for docno, doc, path, source in plan.renamed:
            store.rename(docno, doc, path, source)
        for state in plan.indexed + changes.touched + changes.noted:
            store.set_file(state.path, state.root, state.size, state.mtime_ns, state.digest, state.ctime_ns)
        for path in plan.forgotten:
            store.forget_file(path)
        store.set_meta(LAST_SCAN, str(scan_started))
        store.set_meta(SOURCES, json.dumps(updated_sources(store, generation, paths)))
        store.set_meta(UNFINISHED, None)
        store.commit()
        unseen = renaming and not (plan.staged or plan.retiring)  # no Whoosh commit: readers would miss the names
        if unseen:  # after the store's commit, so a reader of the new state reads them
            commit_nothing(ix)
        if unseen or (identified and not (plan.staged or plan.retiring)):  # the checksums name it too
            record_checksums(generation, ix)
        if plan.staged:
            summary.warnings += repeated_id_warnings(store, TypedPaths(paths).path)
        if plan.indexed:
            summary.warnings += copy_warnings(store, TypedPaths(paths).path, [state.path for state in plan.indexed])
        return summary
    except (zlib.error, json.JSONDecodeError, DamagedBlock) as error:  # a text of the store can't be read
        if not committed:
            discard_staged(store, writer, ix, plan)
        problem = find_damage(generation, "deep") or "un texto del almacén no se puede leer (está dañado)"
        raise IndexDamaged(index_dir or generation, problem, source_folders(generation)) from error
    except (OSError, sqlite3.Error) as error:
        if not committed:
            discard_staged(store, writer, ix, plan)
        if failures.cause(error) == "read-only":
            raise IndexReadOnly(index_dir or generation, command) from error
        raise UpdateFailed(f"{index_dir or generation}: no se pudo escribir la actualización "
                           f"({failures.reason(error)}); {left_behind('update', True)}. "
                           f"{failures.advice(error)}") from error
    except BaseException:  # killed: the writer's files go; the store's mark stays, for repair
        if writer is not None and not committed:
            abandon(writer)
        raise
    finally:
        if store is not None:
            store.close()


def left_empty(store, plan):
    """Return whether the update would leave the index with no document: every file of it
    gone, made empty or made binary at once (a copy cut short, a full disk's zeroed
    files, a sync's placeholders), the wipe a rebuild that finds nothing is refused for."""
    retiring = {docno for docno, _ in plan.retiring}
    return bool(retiring) and not plan.staged and store.counts()[0] <= len(retiring)


def emptied_message(paths, summary):
    """Return why an update that would leave the index empty was refused, in Spanish."""
    named = ", ".join(shown(str(path)) for path in paths)
    why, emptied = [], len(summary.withdrawn)
    if emptied:
        why.append(plural(emptied, "archivo") + (" quedó vacío" if emptied == 1 else " quedaron vacíos")
                   + " o sin texto")
    if summary.removed:
        why.append(plural(summary.removed, "archivo") + (" ya no está" if summary.removed == 1 else " ya no están"))
    return (f"{named}: ningún archivo del índice conserva documentos ({' y '.join(why)}); no se quitó "
            f"nada. Compruebe los archivos (¿una copia a medias, un disco lleno?); para vaciar el "
            f"índice, borre su carpeta.")


def discard_staged(store, writer, ix, plan):
    """Remove what a failed update wrote before Whoosh's commit, as far as the disk allows.

    Segment files go first: they are the most room. If the store can't be cleaned, its
    mark stays and the next update repairs it.
    """
    if writer is not None:
        abandon(writer)
    if ix is not None:
        try:
            remove_abandoned_files(ix)
        except OSError:
            pass
    if store is None:
        return
    try:
        store.connection.rollback()
        store.drop(plan.staged)
        store.set_meta(UNFINISHED, None)
        store.commit()
        store.connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # give the log's room back
    except sqlite3.Error:
        pass


def stage_file(store, writer, state, kind, plan, summary, names=NO_NAMES):
    """Write the documents of a new or changed file: pending in the store, uncommitted in Whoosh.

    They are written as they are read (adding.add_file): a feed of any size takes the
    memory of its largest record. A file that can't be read at all keeps what is indexed
    of it, and so does one made binary (NotText); one made empty, or with no text left, has
    none; one whose reading failed midway (a feed)
    is indexed as far as it was read, and read again at the next update. It is read as far
    as the scan hashed it (state.size): what grew since is the next update's. `names`: how
    documents whose names several files give are named (update_shared.py).
    """
    first = store.next_docno()
    docnos, error = add_file(writer, store, state.file, state.folder, first, summary, state.path,
                             live=False, names=names, upto=state.size)
    plan.staged += docnos
    store.set_meta("last_docno", str(first + len(docnos) - 1))
    if error is not None and not docnos:
        if isinstance(error, NotAFile) or isinstance(error.__cause__, OSError):
            return  # gone, unreadable or replaced since it was hashed: keep what is indexed
        if isinstance(error, NotText) and store.live_versions(state.path):
            # Bytes that are no text are a garbled file (a crash, a bad copy), not an edit: its
            # last version that was text stays, said until the file is text again (trial 33, defect 18).
            summary.stale.append(printable(error.path))
            return
        store.set_skipped(state.path, error.reason)  # empty, or no text in it: it has no documents now
    else:
        store.set_skipped(state.path, None)
    if error is not None and docnos:  # read in part: no hash, so the next update reads it again
        state = dataclasses.replace(state, mtime_ns=-1, digest="")
    # A new file can have live versions too: an update killed after Whoosh's commit.
    retiring = [row for row in store.live_versions(state.path) if row[0] < first]
    plan.retiring += retiring
    if error is None or docnos:  # one made empty or binary counts as skipped, with its reason
        setattr(summary, kind, getattr(summary, kind) + 1)
    elif retiring:  # and its documents leave the index: said, as a removal would be
        name = printable(os.path.relpath(state.path, state.root))
        summary.withdrawn.append((printable(state.file), name))
    plan.indexed.append(state)


def repair(store, ix):
    """Make the store agree with what Whoosh serves after an update was killed."""
    with ix.reader() as reader:
        docnos = reader.column_reader("docno")
        served = {docnos[docnum] for docnum in reader.all_doc_ids()}
    store.reconcile(served)
    store.set_meta(UNFINISHED, None)
    store.commit()
