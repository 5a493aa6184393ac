"""Full builds into a new generation, switched into service in one atomic step.

Layout of an index directory:

    index/current -> gen-20201222T101500-1234   (a relative symlink: the live index)
    index/gen-...                               (one Whoosh index per generation)
    index/building-<pid>-...                    (a build in progress; removed if it dies)
"""

import os
import shutil
import time
import warnings
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from whoosh import index as whoosh_index
from whoosh.filedb.filestore import FileStorage

from search.documents import find_files, read_path
from search.errors import IndexNotFound, UnreadableFile
from search.records import document_records
from search.schema import paragraph_schema

CURRENT = "current"
WRITER_LIMIT_MB = 256
SMALL_BUILD_FILES = 50  # below this, one process builds faster than two


@dataclass
class BuildSummary:
    """What a build did: counts, files skipped with their reasons, and time taken."""

    documents: int = 0
    paragraphs: int = 0
    skipped: list[tuple[str, str]] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    seconds: float = 0.0
    index_dir: str = ""


def record_fields(record, path=""):
    """Return the Whoosh fields of a record."""
    fields = {
        "id": record.id,
        "doc": record.doc,
        "paragraph": record.paragraph,
        "title": record.title,
        "text": record.text,
        "speakers": "\n".join(record.speakers),
        "_stored_speakers": list(record.speakers),
        "speaker": ",".join(name.replace(",", " ") for name in record.speakers),
        "path": path,
    }
    if record.date:
        fields["date"] = datetime(record.date.year, record.date.month, record.date.day)
    return fields


def index_records(writer, files, summary, progress=None):
    """Read each (file, root) and add its records to the writer."""
    for file, root in files:
        try:
            documents = read_path(file, root, warn=summary.warnings.append)
        except UnreadableFile as error:
            summary.skipped.append((error.path, error.reason))
        else:
            for document in documents:
                summary.documents += 1
                for record in document_records(document):
                    writer.add_document(**record_fields(record, document.path))
                    summary.paragraphs += 1
        if progress:
            progress(file, len(files))


def build_index(paths, index_dir, progress=None, procs=2, schema=None):
    """Build a new index from the files under paths and put it in service atomically."""
    started = time.perf_counter()
    index_dir = Path(index_dir)
    index_dir.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now().strftime("%Y%m%dT%H%M%S-%f")
    building = index_dir / f"building-{os.getpid()}-{stamp}"
    building.mkdir()
    summary = BuildSummary(index_dir=str(index_dir))
    try:
        ix = whoosh_index.create_in(str(building), schema or paragraph_schema())
        files = list(find_files(paths))
        use_procs = procs if len(files) >= SMALL_BUILD_FILES else 1
        writer = ix.writer(procs=use_procs, multisegment=use_procs > 1, limitmb=WRITER_LIMIT_MB)
        try:
            index_records(writer, files, summary, progress)
        except BaseException:
            writer.cancel()
            raise
        writer.commit()
        ix.close()
        generation = index_dir / f"gen-{stamp}-{os.getpid()}"
        os.rename(building, generation)
        switch_to(index_dir, generation)
    finally:
        if building.exists():
            shutil.rmtree(building, ignore_errors=True)
    remove_stale_generations(index_dir)
    summary.seconds = time.perf_counter() - started
    return summary


def switch_to(index_dir, generation):
    """Point index_dir/current at a generation in one atomic rename."""
    link = index_dir / f".{CURRENT}-{os.getpid()}"
    if link.is_symlink() or link.exists():
        link.unlink()
    os.symlink(generation.name, link)
    os.replace(link, index_dir / CURRENT)


def live_generation(index_dir):
    """Return the directory of the live index, or None."""
    index_dir = Path(index_dir)
    current = index_dir / CURRENT
    if current.is_dir():
        return current.resolve()
    if whoosh_index.exists_in(str(index_dir)):
        return index_dir
    return None


def remove_stale_generations(index_dir):
    """Delete generations that are not live and builds whose process is gone."""
    live = live_generation(index_dir)
    for child in Path(index_dir).iterdir():
        if child.name.startswith("gen-") and child.resolve() != live:
            shutil.rmtree(child, ignore_errors=True)
        elif child.name.startswith("building-") and not _process_alive(child.name.split("-")[1]):
            shutil.rmtree(child, ignore_errors=True)


def _process_alive(pid):
    try:
        os.kill(int(pid), 0)
    except (ValueError, ProcessLookupError):
        return False
    except PermissionError:
        return True
    return True


def open_index(index_dir):
    """Open the live index for reading, or raise IndexNotFound."""
    directory = live_generation(index_dir)
    if directory is None:
        detail = "no index here" if Path(index_dir).exists() else "the directory does not exist"
        raise IndexNotFound(index_dir, detail)
    storage = FileStorage(str(directory), supports_mmap=False)
    with warnings.catch_warnings():
        # Whoosh leaves a table of contents open when it can't read it; it is freed here.
        warnings.simplefilter("ignore", ResourceWarning)
        try:
            return storage.open_index()
        except (whoosh_index.IndexError, OSError, ValueError, EOFError, KeyError) as error:
            problem = f"the index can't be opened ({error})"
    raise IndexNotFound(index_dir, problem)
