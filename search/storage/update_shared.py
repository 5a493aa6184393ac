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
    Shared,
    document_name,
    given_doc,
    given_docs,
    name_groups,
    names_of,
    regrouped,
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
    if before == after and (not leaving or (not any(map(is_feed, manifest)) and not any(
            is_feed(state.path) for state in arrived))):
        return Names(files=after), []  # no name at stake: nothing to read
    # Who gives each `doc` after the changes: the live documents of the files that stay (a
    # document named as its file is the file's own), and the `doc` values of those staged.
    givers, own, live = {}, set(), []  # live: (doc, source, given doc or None for the file's own, file name)
    for doc, source in store.live_documents():
        if source in leaving or source not in manifest:
            continue
        path, root = os.fsdecode(source), os.fsdecode(manifest[source][0])
        old, name = Names(files=before).of_file(path, root), Names(files=after).of_file(path, root)
        key = None if doc == old else given_doc(old, doc)
        if key is None:
            own.add(name)
        else:
            givers.setdefault(key, set()).add(name)
        live.append((doc, source, key, name))
    for state in staged:
        path, root = os.fsdecode(state.path), os.fsdecode(state.root)
        name = Names(files=after).of_file(path, root)
        for key in given_docs(path) if is_feed(path) else {""}:
            if key:
                givers.setdefault(key, set()).add(name)
            else:
                own.add(name)
    shared = Shared.of(givers, own)
    renamed = set()
    for doc, source, key, name in live:
        if doc != (name if key is None else document_name(name, key, shared.givers)):
            renamed.add(source)
    ctimes = store.file_changes()
    for source in sorted(renamed):
        root, size, mtime_ns, digest = manifest[source]
        changes.changed.append(FileState(source, root, size, mtime_ns, digest, ctimes.get(source),
                                         changes.found.get(source)))
        changes.unchanged = [path for path in changes.unchanged if path != source]
        changes.touched = [state for state in changes.touched if state.path != source]
    involved = {Names(files=after).of_file(os.fsdecode(s.path), os.fsdecode(s.root)) for s in staged}
    involved |= {Names(files=after).of_file(*_files([(source, manifest[source])])[0]) for source in renamed}
    said = said if before != after else []
    said += Shared({key: held for key, held in shared.givers.items()
                    if involved.intersection(held) or key in involved}, shared.owned).warnings()
    said += [f"el documento «{doc}» vuelve a llamarse «{key}»: ningún otro archivo da ya ese documento"
             for doc, source, key, _ in live if source in renamed and key is not None and key not in shared.givers
             and doc != key]
    return Names(frozenset(shared.givers), after), said


def _files(items):
    """Return (path, root) as text of manifest items (path, (root, …))."""
    return [(os.fsdecode(path), os.fsdecode(known[0])) for path, known in items]

