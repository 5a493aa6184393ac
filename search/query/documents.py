"""Document filters: `doc:` by a file's name, wherever it sits, or by the start of one.

The index keeps one `doc` term per document, its path relative to the folder indexed
(`briefings/2020-06-15.txt`). People type what they see or remember: the file's name
(`doc:2020-06-15.txt`), a tail of its path (`doc:briefings/2020-06-15.txt`), or the start
of either (`doc:2020-06*`, `doc:briefings/*`). So a value matches a path that is it or
ends with it after a `/`, as a path suffix, with or without its extension (and a prefix,
a path with such a suffix that begins with it), case aside. The paths are read once per reader from the field's lexicon:
one term per document.

>>> matching_paths(["a/2020-06-15.txt", "b/x2020-06-15.txt", "2020-06-16.txt"], "2020-06", True)
['a/2020-06-15.txt', '2020-06-16.txt']
"""

import threading
import weakref

from whoosh.query import Or, Term

_paths = weakref.WeakKeyDictionary()  # reader -> [document paths]
_lock = threading.Lock()
CLOSEST_SHOWN = 3  # names a doc: that found nothing offers


def document_paths(reader):
    """Return the paths of a reader's documents, from its `doc` lexicon, read once."""
    with _lock:
        found = _paths.get(reader)
        if found is None:
            found = _paths[reader] = [term.decode("utf-8") for term in reader.lexicon("doc")] \
                if "doc" in reader.indexed_field_names() else []
        return found


def matching_paths(paths, value, prefix=False):
    """Return the paths that are value, or end with it after a `/` (with prefix: begin so)."""
    wanted = value.lower().lstrip("/")
    if not wanted:
        return []
    found = []
    for path in paths:
        lower = path.lower()
        if prefix:
            if lower.startswith(wanted) or "/" + wanted in lower:
                found.append(path)
        elif any(whole == wanted or whole.endswith("/" + wanted)
                 for whole in (lower, lower.rpartition(".")[0])):  # `doc:2020-06-15` too
            found.append(path)
    return found


def document_query(searcher, value, prefix=False):
    """Return (query, message) for `doc:value`: the paragraphs of the documents it names.

    When no document matches, the query matches nothing and the message names the closest
    file names (difflib's ratio, as `git`'s "did you mean" does with commands).
    """
    paths = document_paths(searcher.reader())
    found = matching_paths(paths, value, prefix)
    if found:
        terms = [Term("doc", path) for path in found]
        return (terms[0] if len(terms) == 1 else Or(terms)), None
    typed = f"doc:{value}{'*' if prefix else ''}"
    names = sorted({path.rpartition("/")[2] for path in paths} | set(paths))
    import difflib  # only a doc: that names no document needs it: not imported by every search

    closest = difflib.get_close_matches(value, names, n=CLOSEST_SHOWN, cutoff=0.5)
    hint = f"; los más parecidos: {', '.join(closest)}" if closest else ""
    return Term("doc", value), f"Ningún documento del índice se llama «{typed}»{hint}."
