"""The texts files a writer's segments lack, written, and those there checked byte by byte.

A build, an update or a merge calls write_missing_texts once its segments are committed
and the store holds their entries (store_texts.py has the format, the reading and the
writing of one file). A file that is damaged, stale (another segment, another version)
or, after a commit, lacks a live document's entry is written again, and said.
"""

import os
import sqlite3
import struct

from search.storage import store_texts
from search.storage.store_texts import DamagedTexts, TextsFile, segment_entries, texts_path
from search.text.wording import system_reason


def texts_problem(path, segment_id, doc_count):
    """Return what is wrong with a segment's texts file (every byte read), or None."""
    try:
        texts = TextsFile(path, segment_id, doc_count)
    except DamagedTexts as problem:
        return problem
    try:
        texts.check()
    except DamagedTexts as problem:
        return problem
    finally:
        texts.close()
    return None


def lacking_entries(path, leaf):
    """Return how many live documents of a Whoosh segment reader a sound texts file gives no
    entry. A writer's own file gives every one; a file a search wrote from a store that did
    not yet show the writer's last commit may lack some (the read path does not write one,
    search/storage/repairs.py), and the writer then writes its own."""
    deleted = set(leaf.segment().deleted_docs()) if leaf.has_deletions() else set()
    texts = TextsFile(path, leaf.segment().segment_id(), leaf.doc_count_all())
    try:
        data = os.pread(texts.handle, 8 * (texts.doc_count + 1), texts.spans)
    finally:
        texts.close()
    offsets = struct.unpack(f"<{len(data) // 8}Q", data)
    return sum(1 for docnum, (start, end) in enumerate(zip(offsets, offsets[1:]))
               if start == end and docnum not in deleted)


def write_segment_texts(directory, leaf, store):
    """Write the texts file of a Whoosh segment reader's segment beside it, from a store."""
    segment_id = leaf.segment().segment_id()
    store_texts.write_texts(texts_path(directory, segment_id), segment_id, segment_entries(store, leaf))


def write_missing_texts(directory, ix, store, complete=False):
    """Write the texts file of every segment of a Whoosh index that lacks a sound one.

    Called by writers (a build, an update, a merge) once their segments are committed and
    the store holds their entries; every byte of the files there is checked. With
    `complete` (a writer that just committed: a search may have met its segments first), a
    file that lacks a live document's entry (lacking_entries) is written again. Returns, in
    Spanish for the writer to say, what was wrong with each file that was there and was
    written again, and why one could not be written (searches then read the store).
    """
    said = []
    with ix.reader() as reader:
        for leaf, _ in reader.leaf_readers():
            if leaf.segment() is None or not leaf.doc_count_all():
                continue
            segment_id = leaf.segment().segment_id()
            path = texts_path(directory, segment_id)
            problem = texts_problem(path, segment_id, leaf.doc_count_all())
            if problem is None and not (complete and lacking_entries(path, leaf)):
                continue
            existed = problem is not None and os.path.lexists(path)  # one lacking entries is not damage
            try:
                write_segment_texts(directory, leaf, store)
            except (OSError, ValueError, sqlite3.Error) as error:
                said.append(f"el archivo de textos {path.name} no se pudo escribir "
                            f"({system_reason(error) if isinstance(error, OSError) else error}); "
                            "los textos de los resultados se leen del almacén")
                continue
            if existed:
                said.append(f"{problem}; se escribió de nuevo desde el almacén")
    return said
