"""Document filters: `doc:` by a file's name, wherever it sits, or by the start of one.

The index keeps one `doc` term per document, its path relative to the folder indexed
(`briefings/2020-06-15.txt`). People type what they see or remember: the file's name
(`doc:2020-06-15.txt`), a tail of its path (`doc:briefings/2020-06-15.txt`), or the start
of either (`doc:2020-06*`, `doc:briefings/*`), or a pattern (`doc:*eda-1`, `doc:2020-0?-15`).
So a value matches a path that is it or ends with it after a `/`, as a path suffix, with
or without its extension (and a prefix, a path with such a suffix that begins with it; a
pattern, such a suffix that it matches whole, as a shell's), case aside. The paths are
read once per reader from the field's lexicon: one term per document.

>>> matching_paths(["a/2020-06-15.txt", "b/x2020-06-15.txt", "2020-06-16.txt"], "2020-06", True)
['a/2020-06-15.txt', '2020-06-16.txt']
"""

import fnmatch
import re
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


def document_query(searcher, value, prefix=False, pattern=False):
    """Return (query, message) for `doc:value`: the paragraphs of the documents it names.

    When no document matches, the query matches nothing and the message names the closest
    file names (difflib's ratio, as `git`'s "did you mean" does with commands).
    """
    paths = document_paths(searcher.reader())
    found = matching_paths(paths, value, prefix, pattern)
    if found:
        terms = [Term("doc", path) for path in found]
        said = None
        if pattern:  # which names a pattern stood for: it may stand for more than was meant
            more = f" y {len(found) - CLOSEST_SHOWN} más" if len(found) > CLOSEST_SHOWN else ""
            said = (f"«doc:{value}» buscó en {len(found)} documento{'s' if len(found) > 1 else ''} "
                    f"cuyo nombre responde al patrón: {', '.join(found[:CLOSEST_SHOWN])}{more}.")
        return (terms[0] if len(terms) == 1 else Or(terms)), said
    typed = f"doc:{value}{'*' if prefix else ''}"
    names = sorted({path.rpartition("/")[2] for path in paths} | set(paths))
    import difflib  # only a doc: that names no document needs it: not imported by every search

    closest = difflib.get_close_matches(value, names, n=CLOSEST_SHOWN, cutoff=0.5)
    hint = f"; los más parecidos: {', '.join(closest)}" if closest else ""
    said = "responde al patrón" if pattern else "se llama"
    return Term("doc", value), f"Ningún documento del índice {said} «{typed}»{hint}."
