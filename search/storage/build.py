"""Full builds: index the files into a new generation and switch it into service atomically.

The old generation serves until the switch (generations.py); the work itself is done in
worker processes (workers.py).
"""

import os
import shutil
import sqlite3
import time
from collections.abc import Callable, Iterable
from datetime import datetime
from pathlib import Path

from whoosh import index as whoosh_index

from search.errors import IndexReadOnly, SearchError, shell_quoted, shown
from search.ingest.files import SUFFIXES, documents_in, documents_named, find_files
from search.ingest.fingerprints import filesystem_time
from search.ingest.manifest import unique_files
from search.ingest.shared_docs import Names, document_name_of, file_names, shared_docs
from search.ingest.typed_paths import TypedPaths
from search.layout import BUILDING_PREFIX, CURRENT, GENERATION_PREFIX
from search.storage import failures
from search.storage.generations import live_generation, remove_stale_generations, switch_to
from search.storage.identity import IDENTITY, new_identity
from search.storage.integrity import record_checksums
from search.storage.locking import WAIT_SECONDS, writer_lock
from search.storage.schema import paragraph_schema
from search.storage.sources import SOURCES, absolute, ask_live_store, sources_json
from search.storage.versions import LAST_SCAN
from search.storage.workers import DOCNO_HALF, BuildSummary, build_segments, file_size, join_store_parts, share_files
from search.text.wording import left_behind, plural

SMALL_BUILD_FILES = 50  # below this, one process builds faster than two,
SMALL_BUILD_BYTES = 4 << 20  # unless they are this large (a feed): its documents are spread (share_files)
READING, WRITING, SWITCHING = "reading", "writing", "switching"  # the phases progress names


class BuildFailed(SearchError):
    """A build could not be written; the previous index still serves."""


def build_index(paths: Iterable[str | os.PathLike], index_dir: str | os.PathLike,
                progress: Callable[[str, int, int], None] | None = None, procs: int | None = None,
                schema=None, wait: float = WAIT_SECONDS, command: str = "index") -> BuildSummary:
    """Build a new index from the files and folders in paths and switch it in atomically.

    Returns the BuildSummary: documents and paragraphs indexed, files skipped with their
    reasons, warnings, seconds. `progress(phase, done, total)`, if given, is told how the
    build goes: ("reading", files done, files) from the first file (reading a file
    includes finding its speakers and dates), then ("writing", 0, 0) while the segments
    and the record store are finished, and ("switching", 0, 0). `procs` worker
    processes (default: the cores) share the files. Waits up to `wait` seconds
    for the writer lock (locking.py), then raises WriterBusy naming the command that
    holds it; raises IndexReadOnly for a folder it can't write to, and BuildFailed when
    the new generation can't be written (the old one still serves).
    """
    paths = list(paths)  # read twice: by the refusal, then by the build
    refuse_a_folder_of_documents(index_dir, paths)
    with writer_lock(index_dir, wait, command):
        return build_locked(paths, index_dir, progress, procs, schema, command)


def refuse_a_folder_of_documents(index_dir, paths=()):
    """Raise BuildFailed when index_dir is a folder of documents: one of the folders given to
    index (`paths`), or, when it holds no index yet, a folder with documents anywhere under it
    (a mistyped --index).

    An index writes `current`, `gen-*` and `writer.lock` into its folder; written among an
    archive's documents they would mix with them, and the archive's next build would meet
    them. An index in a folder of its own inside the archive (`archivo/indice`) is fine:
    the walk leaves it out (find_files).
    """
    folder = Path(index_dir)
    if not folder.is_dir():
        return
    if any(Path(path).is_dir() and os.path.samefile(path, folder) for path in paths):
        raise BuildFailed(f"{index_dir}: es la carpeta de los documentos que se indexan, y el índice no va "
                          "entre ellos; no se escribió nada en ella. Indique con --index una carpeta aparte, "
                          f"nueva o vacía (por ejemplo {shell_quoted(folder / 'indice')}, que no se lee como "
                          "documentos).")
    if (folder / CURRENT).exists():
        return
    documents = documents_in(folder)
    if documents:
        raise BuildFailed(f"{index_dir}: la carpeta tiene documentos ({documents_named(documents)}) y no es "
                          "un índice; no se escribió nada en ella. Indique una carpeta vacía o nueva con "
                          "--index.")


def build_locked(paths, index_dir, progress=None, procs=None, schema=None, command="index"):
    """Build and switch in a new generation; the caller holds the writer lock."""
    procs = procs or os.cpu_count() or 1
    started = time.perf_counter()
    index_dir = Path(index_dir)
    index_dir.mkdir(parents=True, exist_ok=True)
    remove_stale_generations(index_dir)  # what a killed build left behind
    stamp = datetime.now().strftime("%Y%m%dT%H%M%S-%f")
    building = index_dir / f"{BUILDING_PREFIX}{os.getpid()}-{stamp}"
    summary = BuildSummary(index_dir=str(index_dir))
    serving = (index_dir / CURRENT).exists()  # what a failed build leaves: the index before it, or none
    try:
        building.mkdir()
        _build_generation(paths, index_dir, building, stamp, summary, progress, procs, schema, command)
    except (OSError, sqlite3.Error) as error:
        if failures.cause(error) == "read-only":
            raise IndexReadOnly(index_dir, command) from error
        raise BuildFailed(f"{index_dir}: no se pudo escribir el índice nuevo ({failures.reason(error)}); "
                          f"{left_behind('build', serving)}. {failures.advice(error)}") from error
    finally:
        if building.exists():
            shutil.rmtree(building, ignore_errors=True)
    remove_stale_generations(index_dir)
    summary.seconds = time.perf_counter() - started
    return summary


def _build_generation(paths, index_dir, building, stamp, summary, progress, procs, schema, command):
    """Index the files into the building directory, then switch it in as a generation."""
    scan_started = filesystem_time(building)
    ix = whoosh_index.create_in(str(building), schema or paragraph_schema())
    # Each file as found under the folder typed (what messages name it: `d/x.txt`, `../d/x.txt`),
    # its root absolute (manifest.file_key keys both; names are paths under the root).
    files = [(Path(file), Path(os.path.abspath(root)))
             for file, root in unique_files(find_files(paths, lambda folder, reason: summary.skipped.append(
                 (str(folder), reason)), skip=[index_dir]), summary.warnings.append)]
    report = progress or (lambda phase, done=0, total=0: None)
    report(READING, 0, len(files))
    done = 0

    def file_done(_file):
        nonlocal done
        done += 1
        report(READING, done, len(files))
        if done == len(files):  # the workers go on to write their segments
            report(WRITING, 0, 0)

    large = len(files) >= SMALL_BUILD_FILES or sum(file_size(file) for file, _ in files) >= SMALL_BUILD_BYTES
    shares = share_files(files, procs if large else 1) or [[]]
    renamed, said = file_names(files)
    shared = shared_docs([(file, renamed.get(str(file)) or document_name_of(file, root)) for file, root in files])
    summary.warnings += said + shared.warnings()
    segments, found = build_segments(building, shares, file_done, base=docno_base(index_dir),
                                     names=Names(frozenset(shared.givers), renamed))
    summary.absorb(found)
    if not summary.documents:
        _refuse_to_empty(index_dir, paths, summary, command)
    if not files:
        report(WRITING, 0, 0)
    # The workers' segments join the table of contents as they are: no merge.
    ix.writer().commit(mergetype=lambda writer, existing: existing + segments)
    identity = new_identity()  # the build's, in its checksums and its store (identity.py)
    record_checksums(building, ix, roots=absolute(paths), identity=identity)  # the store is not joined yet
    ix.close()
    summary.warnings += join_store_parts(building, len(shares), {LAST_SCAN: str(scan_started),
                                                                 SOURCES: sources_json(paths), IDENTITY: identity},
                                         TypedPaths(paths).path)
    generation = index_dir / f"{GENERATION_PREFIX}{stamp}-{os.getpid()}"
    report(SWITCHING, 0, 0)
    os.rename(building, generation)
    switch_to(index_dir, generation)


class EmptyBuild(BuildFailed):
    """A build found no document: it would replace an index that has some, or make an empty one."""


def _refuse_to_empty(index_dir, paths, summary, command="index"):
    """Raise EmptyBuild when a build found no document: the index it would replace is kept,
    and where there is none, no empty index is made.

    A mistyped or unmounted folder must not silently wipe an index; to empty one on
    purpose, remove its folder. An empty index would read as a success: a folder with no
    document (or only files that can't be read, a named pipe, a binary) is said so, with
    what was skipped and why, and the command fails.
    """
    documents = ask_live_store(index_dir, lambda store: store.counts()[0]) or 0
    named = ", ".join(shown(str(path)) for path in paths) or "las rutas dadas"
    if summary.skipped:
        reasons = "; ".join(f"{shown(path)}: {reason}" for path, reason in summary.skipped[:3])
        found = f" ({plural(len(summary.skipped), 'archivo omitido', 'archivos omitidos')}: {reasons})"
    else:
        found = f" (ningún archivo {', '.join(SUFFIXES[:-1])} ni {SUFFIXES[-1]})"
    if documents:
        raise EmptyBuild(f"{named}: no hay ningún documento que indexar{found}; el índice de "
                         f"{index_dir} ({plural(documents, 'documento')}) no se "
                         f"sustituyó. Compruebe la ruta; para vaciar el índice, borre su carpeta.")
    if live_generation(index_dir) is None:
        raise EmptyBuild(f"{named}: no hay ningún documento que indexar{found}; no se creó ningún "
                         f"índice en {index_dir}.")


def docno_base(index_dir):
    """Return where a new generation's document numbers start: the half the live one avoids."""
    highest = ask_live_store(index_dir, lambda store: store.highest_docno())
    return DOCNO_HALF if highest is not None and highest < DOCNO_HALF else 0
