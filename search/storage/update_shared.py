"""An update's share of naming documents whose names several files give (ingest/shared_docs.py).

The names depend only on the files: so an update works out the names of the index as its
new, changed, moved and removed files leave it, and indexes again the unchanged files whose
documents must change name (a second file now gives their name, or the other one is gone).
Nothing is read for that but the new and changed .jsonl files (their `doc` values), and
the names of the live documents when a .jsonl file or a name is at stake.
"""

import os

from search.ingest.files import is_feed
from search.ingest.manifest import FileState
from search.ingest.shared_docs import (
    Names,
    document_name,
    given_doc,
    given_docs,
    name_groups,
    names_of,
    regrouped,
    shared_warnings,
)


def share_docs(store, changes, manifest):
    """Return (Names after these changes, warnings); move the unchanged files whose documents
    must be renamed into `changes.changed`."""
    staged = changes.new + changes.changed + [state for _, state in changes.moved]
    leaving = {state.path for state in staged} | set(changes.deleted) | {old for old, _ in changes.moved}
    gone = set(changes.deleted) | {old for old, _ in changes.moved}
    arrived = changes.new + [state for _, state in changes.moved]
    # The manifest's names are grouped once: the names after the changes are made by moving
    # the files that go and come, not by grouping the whole manifest again.
    groups = name_groups(_files(manifest.items()))
    before, _ = names_of(groups)
    after, said = before, []
    if gone or arrived:
        after, said = names_of(regrouped(groups, _files((path, manifest[path]) for path in gone),
                                         _files((state.path, (state.root,)) for state in arrived)))
    feeds = sum(map(is_feed, manifest)) + sum(is_feed(state.path) for state in arrived)  # before and after
    if before == after and (feeds < 2 or not any(is_feed(path) for path in leaving)):
        return Names(files=after), []  # no name at stake: nothing to read
    holders, live = {}, []  # doc -> file names; (doc name, source, given doc or None for the file's own)
    for doc, source in store.live_documents():
        if source in leaving or source not in manifest:
            continue
        path, root = os.fsdecode(source), os.fsdecode(manifest[source][0])
        old = Names(files=before).of_file(path, root)
        if doc == old:
            live.append((doc, source, None))
            continue
        key = given_doc(old, doc)
        holders.setdefault(key, set()).add(Names(files=after).of_file(path, root))
        live.append((doc, source, key))
    for state in staged:
        if is_feed(state.path):
            path, root = os.fsdecode(state.path), os.fsdecode(state.root)
            for key in given_docs(path):
                holders.setdefault(key, set()).add(Names(files=after).of_file(path, root))
    shared = {key: sorted(held) for key, held in holders.items() if len(held) > 1}
    renamed = set()
    for doc, source, key in live:
        path, root = os.fsdecode(source), os.fsdecode(manifest[source][0])
        name = Names(files=after).of_file(path, root)
        if doc != (name if key is None else document_name(name, key, shared)):
            renamed.add(source)
    ctimes = store.file_changes()
    for source in sorted(renamed):
        root, size, mtime_ns, digest = manifest[source]
        changes.changed.append(FileState(source, root, size, mtime_ns, digest, ctimes.get(source)))
        changes.unchanged = [path for path in changes.unchanged if path != source]
        changes.touched = [state for state in changes.touched if state.path != source]
    involved = {Names(files=after).of_file(os.fsdecode(s.path), os.fsdecode(s.root)) for s in staged}
    involved |= {Names(files=after).of_file(*_files([(source, manifest[source])])[0]) for source in renamed}
    said = said if before != after else []
    said += shared_warnings({key: held for key, held in shared.items() if involved.intersection(held)})
    said += [f"el documento «{doc}» vuelve a llamarse «{key}»: ningún otro archivo da ya ese documento"
             for doc, source, key in live if source in renamed and key is not None and key not in shared
             and doc != key]
    return Names(frozenset(shared), after), said


def _files(items):
    """Return (path, root) as text of manifest items (path, (root, …))."""
    return [(os.fsdecode(path), os.fsdecode(known[0])) for path, known in items]

