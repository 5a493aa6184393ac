"""An update's files whose content the index already holds under another name: renamed in place.

In an index that keys documents by number (forms.py), a document's name and path are
attributes of its store row, as a Lucene document's stored fields beside its `_id`. So
an update does not index again a file whose content it holds, under another path:

- a file moved or renamed (the scan pairs a gone file with a new one of the same content,
  manifest._pair_moves), a folder of them at once;
- a file now holding what another file of the index held (two names swapped; a file
  replaced by one that was removed);
- an unchanged file whose documents must change name (a second file now gives their name,
  update_shared.py).

Such a file is read again (its speakers and dates: a few percent of indexing it), and its
documents' forms are compared with those the store keeps of the old versions. When they are
the same, the store gives those versions their new names, paths and source file (when the
update's new versions go live, so a failed update leaves the old ones: trial 20), and
Whoosh keeps its postings: no analysis, no new segment. Otherwise (a name that gave a date
or a title, a move with an edit) the file is indexed again, as before.
"""

from collections import defaultdict

from search.errors import UnreadableFile, build_command
from search.ingest.formats import iter_path
from search.ingest.paragraphs import document_records
from search.storage.adding import printable_names, stored_path
from search.storage.forms import form_digest
from search.storage.update_summary import dating
from search.text.wording import plural


def rename_in_place(store, staged, changes, manifest, names, plan, summary):
    """Rename the documents of the staged files whose content the index holds; return the
    staged (kind, FileState) left to index.

    `staged` are an update's (kind, state) of new, changed and moved files; `names`, how
    documents are named after the update (update_shared.Names). Renamed files count as their
    kind and go into plan.indexed; the versions they replace go into plan.retiring, and their
    new names into plan.renamed, which the store takes at the update's last commit, with the
    versions it makes live (update_steps.apply_changes): a failed update serves the old names.
    """
    if not store.keyed_docs or not staged:
        return staged
    sources = _sources(staged, changes, manifest)
    if not sources:
        return staged
    versions = {path: store.live_versions(path) for path in
                {path for candidates in sources.values() for path in candidates} | {s.path for _, s in staged}}
    taken, renamed, left = set(), {}, []  # sources whose versions were taken; docno -> (doc, path, source)
    done = []
    for kind, state in staged:
        for source in sources.get(state.path, ()):
            if source in taken or not versions.get(source):
                continue
            found = _same_forms(store, state, versions[source], names)
            if found is not None:
                taken.add(source)
                renamed.update(found[0])
                done.append((kind, state, found))
                break
        else:
            left.append((kind, state))
    plan.renamed += [(docno, *names_after) for docno, names_after in renamed.items()]
    for kind, state, (found, paragraphs, said, dates) in done:
        plan.retiring += [(docno, doc) for docno, doc in versions[state.path] if docno not in renamed]
        plan.indexed.append(state)
        store.set_skipped(state.path, None)
        setattr(summary, kind, getattr(summary, kind) + 1)
        summary.documents += len(found)
        summary.paragraphs += paragraphs
        summary.warnings += said
        for name, when in dates:
            dating(summary)(name, when)
    return left


def _sources(staged, changes, manifest):
    """Return {path: [old sources that may hold its content]} of the staged files: a moved
    file's old path; for a changed file, the files removed or changed whose content was its
    content now, and itself when its content did not change (renamed by update_shared)."""
    moved = {state.path: old for old, state in changes.moved}
    leaving = defaultdict(list)  # content hash -> files whose indexed content goes
    for path in changes.deleted + [state.path for state in changes.changed]:
        if path in manifest:
            leaving[manifest[path][3]].append(path)
    sources = {}
    for kind, state in staged:
        if kind == "moved":
            sources[state.path] = [moved[state.path]]
        elif kind == "updated":
            sources[state.path] = sorted(path for path in leaving.get(state.digest, ())
                                         if path != state.path or manifest[path][3] == state.digest)
    return {path: found for path, found in sources.items() if found}


def _same_forms(store, state, versions, names):
    """Return ({docno: (doc, path, source)}, paragraphs, warnings, [(name, date)]) when the file
    read as it is now gives documents of the same forms as the versions, else None."""
    kept = store.forms_of([docno for docno, _ in versions])
    if len(kept) != len(versions):
        return None  # a version written before forms were kept
    said, groups, dates = [], [], []  # groups: [doc, path, [part digests], paragraphs]
    try:
        for document in iter_path(state.file, state.folder, warn=said.append, names=names, upto=state.size):
            when, records = document_records(printable_names(document), said.append)
            digest = form_digest(document, records, when)
            if document.first_paragraph and groups:  # a later part of a feed's records without `doc`
                groups[-1][2].append(digest)
                groups[-1][3] += len(records)
            else:
                groups.append([document.doc, stored_path(document), [digest], len(records)])
                if not document.standalone:  # dated as adding.add_document dates it
                    dates.append((document.doc, when))
    except UnreadableFile:
        return None  # indexing it says why
    free = defaultdict(list)  # form -> the versions' docnos of that form, lowest first
    for docno in sorted(kept):
        free[kept[docno]].append(docno)
    renamed = {}
    for doc, path, digests, _ in groups:
        same = free.get(tuple(digests))
        if not same:
            return None
        renamed[same.pop(0)] = (doc, path, state.path)
    if any(free.values()):
        return None  # a version no document of the file gives now
    return renamed, sum(group[3] for group in groups), said, dates


def old_format_note(moved, index_dir, sources):
    """Return the warning of an update that indexed moved files again in an index built before
    documents were keyed by number (forms.py), with the command that builds it anew."""
    return (f"este índice se construyó con una versión anterior, en la que un archivo movido o "
            f"renombrado se indexa de nuevo entero ({plural(moved, 'archivo movido', 'archivos movidos')} "
            f"en esta actualización); para que en adelante solo cambie su nombre, constrúyalo de nuevo "
            f"una vez: {build_command(index_dir, sources)}")
