"""Document filters: `doc:` by a file's name, wherever it sits, or by the start of one.

A document's name is its path relative to the folder indexed (`briefings/2020-06-15.txt`),
which the record store keeps; the index keys each document by its number, so that a moved
file keeps its postings (search/storage/forms.py), and `doc:` is the terms of the numbers of
the documents its value names. (An index built before keeps the names as `doc` terms, read
from the field's lexicon.) People type what they see or remember: the file's name
(`doc:2020-06-15.txt`), a tail of its path (`doc:briefings/2020-06-15.txt`), or the start
of either (`doc:2020-06*`, `doc:briefings/*`), or a pattern (`doc:*eda-1`, `doc:2020-0?-15`).
So a value matches a path that is it or ends with it after a `/`, as a path suffix, with
or without its extension (and a prefix, a path with such a suffix that begins with it; a
pattern, such a suffix that it matches whole, as a shell's), case aside. The names are
read once per state of the store (or of the reader, in an index built before).

>>> matching_paths(["a/2020-06-15.txt", "b/x2020-06-15.txt", "2020-06-16.txt"], "2020-06", True)
['a/2020-06-15.txt', '2020-06-16.txt']
"""

import fnmatch
import re
import threading
import weakref

from whoosh.query import Or, Term

from search.query.served import serves

_paths = weakref.WeakKeyDictionary()  # reader -> [document paths]
_lock = threading.Lock()
CLOSEST_SHOWN = 3  # names a doc: that found nothing offers
NO_DOCUMENT = "-"  # a `doc` term no document has (they are numbers): a doc: that names none matches none


def document_paths(reader):
    """Return the paths of a reader's documents, from its `doc` lexicon, read once."""
    with _lock:
        found = _paths.get(reader)
        if found is None:
            found = _paths[reader] = [term.decode("utf-8") for term in reader.lexicon("doc")] \
                if "doc" in reader.indexed_field_names() else []
        return found


def document_names(searcher, store=None):
    """Return the names `doc:` matches: the store's live documents' in an index that keys
    documents by number (store.keyed_docs), else the reader's `doc` lexicon (document_paths)."""
    return store.document_names() if store is not None and store.keyed_docs else document_paths(searcher.reader())


def matching_paths(paths, value, prefix=False, pattern=False):
    """Return the paths that are value, or end with it after a `/` (with prefix: begin so;
    with pattern, `value`'s `*` and `?` stand for any characters and any one, as in a shell).

    >>> matching_paths(["f1.jsonl/rueda-1", "rueda-10", "a/nota.txt"], "*eda-1", pattern=True)
    ['f1.jsonl/rueda-1']
    >>> matching_paths(["a/nota.txt", "a/nata.txt"], "n?ta", pattern=True)
    ['a/nota.txt', 'a/nata.txt']
    """
    wanted = value.lower().lstrip("/")
    if not wanted:
        return []
    found = []
    # `[` is a file name's character here, not the start of fnmatch's set of characters
    shape = re.compile(fnmatch.translate(wanted.replace("[", "[[]")), re.S) if pattern else None
    for path in paths:
        lower = path.lower()
        if shape is not None:
            if any(shape.match(tail) for tail in _tails(lower)):
                found.append(path)
        elif prefix:
            if lower.startswith(wanted) or "/" + wanted in lower:
                found.append(path)
        elif any(whole == wanted or whole.endswith("/" + wanted)
                 for whole in (lower, lower.rpartition(".")[0])):  # `doc:2020-06-15` too
            found.append(path)
    return found


def _tails(path):
    """Yield a lower-case path and each of its tails after a `/`, with and without extension."""
    parts = path.split("/")
    for start in range(len(parts)):
        tail = "/".join(parts[start:])
        yield tail
        if "." in parts[-1]:
            yield tail.rpartition(".")[0]


def document_query(searcher, value, prefix=False, pattern=False, store=None):
    """Return (query, message) for `doc:value`: the paragraphs of the documents it names.

    `store`, the record store, names the documents of an index that keys them by number
    (its `keyed_docs`); without it, or in an index built before, the `doc` lexicon does.
    When no document matches, the query matches nothing and the message names the closest
    file names (difflib's ratio, as `git`'s "did you mean" does with commands).
    """
    keyed = store is not None and store.keyed_docs
    paths = document_names(searcher, store)
    found = matching_paths(paths, value, prefix, pattern)
    if found:
        named = store.document_terms(found, served=lambda term: serves(searcher.reader(), "doc", term)) \
            if keyed else found
        terms = [Term("doc", term) for term in named]
        said = None
        if pattern:  # which names a pattern stood for: it may stand for more than was meant
            more = f" y {len(found) - CLOSEST_SHOWN} más" if len(found) > CLOSEST_SHOWN else ""
            said = (f"«doc:{value}» buscó en {len(found)} documento{'s' if len(found) > 1 else ''} "
                    f"cuyo nombre responde al patrón: {', '.join(found[:CLOSEST_SHOWN])}{more}.")
        terms = terms or [Term("doc", NO_DOCUMENT)]  # named documents all purged since: none
        return (terms[0] if len(terms) == 1 else Or(terms)), said
    typed = f"doc:{value}{'*' if prefix else ''}"
    names = sorted({path.rpartition("/")[2] for path in paths} | set(paths))
    import difflib  # only a doc: that names no document needs it: not imported by every search

    closest = difflib.get_close_matches(value, names, n=CLOSEST_SHOWN, cutoff=0.5)
    hint = f"; los más parecidos: {', '.join(closest)}" if closest else ""
    said = "responde al patrón" if pattern else "se llama"
    return Term("doc", NO_DOCUMENT if keyed else value), f"Ningún documento del índice {said} «{typed}»{hint}."
