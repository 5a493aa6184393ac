"""An update's share of the naming of shared `doc` values (ingest/shared_docs.py).

A `doc` that several .jsonl files give is named after each file, and the rule depends only
on the files: so an update works out which `doc` values are shared once its new, changed
and removed files are taken into account, and indexes again the unchanged files whose
documents must change name (a second file now gives their `doc`, or the other one is gone).
"""

import os

from search.ingest.files import is_feed
from search.ingest.formats import document_name_of
from search.ingest.manifest import FileState
from search.ingest.shared_docs import document_name, given_doc, given_docs, shared_warnings


def share_docs(store, changes, manifest):
    """Return the `doc` values shared after these changes, and move the unchanged files whose
    documents must be renamed into `changes.changed` (said in `changes.renamed`, warnings).

    Reads nothing when no .jsonl file is new, changed, moved or gone.
    """
    staged = changes.new + changes.changed + [state for _, state in changes.moved]
    leaving = {state.path for state in staged} | set(changes.deleted) | {old for old, _ in changes.moved}
    if not any(is_feed(path) for path in leaving):
        return frozenset(), []
    holders, live = {}, []  # doc -> file names; (doc name, source, file name, given doc)
    names = {}
    for doc, source in store.live_documents():
        if source in leaving or not is_feed(source) or source not in manifest:
            continue
        name = names.get(source) or names.setdefault(source, file_name(source, manifest[source][0]))
        if doc == name:
            continue  # the records without `doc`: named after the file, never shared
        key = given_doc(name, doc)
        holders.setdefault(key, set()).add(name)
        live.append((doc, source, name, key))
    for state in staged:
        if is_feed(state.path):
            name = file_name(state.path, state.root)
            for key in given_docs(os.fsdecode(state.path)):
                holders.setdefault(key, set()).add(name)
    shared = {key: sorted(held) for key, held in holders.items() if len(held) > 1}
    renamed = {source for doc, source, name, key in live if doc != document_name(name, key, shared)}
    ctimes = store.file_changes()
    for source in sorted(renamed):
        root, size, mtime_ns, digest = manifest[source]
        changes.changed.append(FileState(source, root, size, mtime_ns, digest, ctimes.get(source)))
        changes.unchanged = [path for path in changes.unchanged if path != source]
        changes.touched = [state for state in changes.touched if state.path != source]
    involved = {file_name(state.path, state.root) for state in staged} | {names[source] for source in renamed}
    said = shared_warnings({key: held for key, held in shared.items() if involved.intersection(held)})
    said += [f"el documento «{doc}» vuelve a llamarse «{key}»: ningún otro archivo da ya ese documento"
             for doc, source, name, key in live if source in renamed and key not in shared and doc != key]
    return frozenset(shared), said


def file_name(path, root):
    """Return a file's name in the index (its path under its root) from manifest bytes."""
    return document_name_of(os.fsdecode(path), os.fsdecode(root))
