"""The layout of an index directory: generations, the live one, and what dead builds left.

    index/current -> gen-20201222T101500-1234   (a relative symlink: the live index)
    index/gen-...                               (one Whoosh index and record store each)
    index/building-<pid>-...                    (a build in progress; removed if it dies)
    index/writer.lock                           (held by the one writer: locking.py)
    index/gen-.../*.postcache.<pid>.<thread>.tmp (a posting cache being written: postcache_file.py)
    index/gen-.../*.texts.<pid>.<thread>.tmp    (a texts file being written: store_texts.py)
    index/gen-.../.checksums.json-<pid>         (a checksum list being written: integrity.py)
    index/gen-.../.retired                      (in a generation a build replaced: since when)

A build writes a new generation and switches `current` to it in one atomic rename
(build.py); an update changes the live generation in place (update.py). Readers
(search/retrieval/reader.py) follow both.

A replaced generation is not deleted at once: a search that resolved `current` a moment
before the switch is still opening it (its table of contents, then its segments, lazily),
and would fail with Whoosh's EmptyIndexError or a missing file. It is retired: the first
writer to see it not live leaves a `.retired` mark in it, and the first writer after
RETIRED_SECONDS (settings.py, 120 s) deletes it. This is Lucene's IndexDeletionPolicy
idea (a commit is kept while readers may use it), bounded by age as Solr's
SolrDeletionPolicy `maxCommitAge` does: disk use stays bounded by the builds of the
last RETIRED_SECONDS.
"""

import os
import time
from pathlib import Path

from whoosh import index as whoosh_index

from search.layout import BUILDING_PREFIX, CURRENT, GENERATION_PREFIX
from search.text.patterns import LazyPattern

RETIRED = ".retired"  # its mtime is when its generation stopped being live
CHECKSUMS = "checksums.json"  # what the last writer left: file hashes, folders, identity (integrity.py)
# Temporary files of a generation, renamed into place when whole; the pid that writes them.
TEMPORARY = LazyPattern(r"^(?:.+\.(?:postcache|texts)\.(\d+)\.\d+\.tmp|\.checksums\.json-(\d+))$")


def live_generation(index_dir: str | os.PathLike) -> Path | None:
    """Return the directory of the live index, or None when there is none."""
    index_dir = Path(index_dir)
    current = index_dir / CURRENT
    if current.is_dir():
        return current.resolve()
    if whoosh_index.exists_in(str(index_dir)):
        return index_dir
    return None


def missing_detail(index_dir: str | os.PathLike) -> str:
    """Return why a folder holds no live index, in Spanish: it is missing, holds none, or
    its `current` link names a generation that is gone (removed by hand, a copy that
    left it out) or is no folder."""
    current = Path(index_dir) / CURRENT
    if current.is_symlink() and not current.exists():
        return (f"su enlace «{CURRENT}» apunta a «{os.readlink(current)}», que ya no existe (¿se borró "
                "o no se copió?)")
    if current.exists() and not current.is_dir():
        return f"«{CURRENT}» no es la carpeta de una generación del índice"
    return "aquí no hay ningún índice" if Path(index_dir).exists() else "el índice no existe"


def switch_to(index_dir: Path, generation: Path) -> None:
    """Point index_dir/current at a generation in one atomic rename."""
    link = index_dir / f".{CURRENT}-{os.getpid()}"
    if link.is_symlink() or link.exists():
        link.unlink()
    os.symlink(generation.name, link)
    os.replace(link, index_dir / CURRENT)


def remove_stale_generations(index_dir: Path, keep_seconds: float | None = None) -> None:
    """Retire generations that are not live, delete those retired over `keep_seconds` ago
    (RETIRED_SECONDS by default) and builds whose process is gone.

    With no live generation (`current` lost), generations are kept: one may be the index.
    Raises SettingError when HEMEROTECA_RETIRED_SECONDS can't be read.
    """
    import shutil  # here: searches read this module, and shutil loads bz2 and lzma (1.6 ms)

    from search.settings import RETIRED_SECONDS

    keep_seconds = RETIRED_SECONDS.value() if keep_seconds is None else keep_seconds
    live = live_generation(index_dir)
    for child in Path(index_dir).iterdir():
        if child.name.startswith(GENERATION_PREFIX) and live is not None and child.resolve() != live:
            if retired_for(child) >= keep_seconds:
                shutil.rmtree(child, ignore_errors=True)
        elif child.name.startswith(BUILDING_PREFIX) and not _process_alive(child.name.split("-")[1]):
            shutil.rmtree(child, ignore_errors=True)
        elif child.name.startswith(f".{CURRENT}-") and not _process_alive(child.name[9:]):
            child.unlink()  # a link a killed build made but did not switch in
    if live is not None:
        remove_dead_temporaries(live)


def retired_for(generation: Path) -> float:
    """Return how many seconds ago a generation that is not live was retired; mark it
    retired now (0.0) if it was not yet. A mark that can't be read or written counts as
    retired long ago (inf): the generation is deleted, as before marks."""
    mark = generation / RETIRED
    try:
        return max(time.time() - mark.stat().st_mtime, 0.0)
    except FileNotFoundError:
        pass
    except OSError:
        return float("inf")
    try:
        mark.touch()
    except OSError:
        return float("inf")
    return 0.0


def remove_dead_temporaries(generation: Path) -> None:
    """Delete the temporary files that killed processes left in a generation.

    A writer killed while it wrote a posting cache or the checksum list, or a search
    killed while it rebuilt a cache, leaves its temporary file; one whose process lives
    is being written, and stays.
    """
    for child in Path(generation).iterdir():
        found = TEMPORARY.match(child.name)
        if found and not _process_alive(found.group(1) or found.group(2)):
            child.unlink(missing_ok=True)


def _process_alive(pid):
    try:
        os.kill(int(pid), 0)
    except (ValueError, ProcessLookupError):
        return False
    except PermissionError:
        return True
    return True
