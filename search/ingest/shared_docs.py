"""One document name given by several files: each file's document gets a name of its own.

Two exports that both hold records of `rueda-1` make two documents: one name for both
would give two paragraphs called `rueda-1#1`, and `show rueda-1` could show only one.
So a `doc` that several .jsonl files of an index give is named after each file:
`f1.jsonl/rueda-1` and `f2.jsonl/rueda-1`; so is a `doc` that is another document's own
name, which keeps it: beside `nota.txt`, a feed's `"doc": "nota.txt"` is
`feed.jsonl/nota.txt`, and so beside a feed's records without `doc` (named after the
feed, even in the same feed); and a file whose path under its folder is
another's under another folder (`hemeroteca index 2020 2021`, each with `notas/1.txt`)
is named with its folder in front: `2020/notas/1.txt`, `2021/notas/1.txt`. Each is shown,
found and removed with its file; `doc:rueda-1`, `doc:notas/1.txt` still find both (a
name's tail after `/`). The rule depends only on the files, not on the order they were
indexed in: an update that brings a second file with `rueda-1` renames the first file's
document too (it indexes that file again), and one that removes it gives the other its
plain name back, as a build of the same files would.
"""

import os
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from search.errors import UnreadableFile
from search.ingest.feeds import FeedLines
from search.ingest.files import is_feed, open_document
from search.ingest.jsonl import Problems, json_records, record_doc, record_text


@dataclass(frozen=True)
class Names:
    """How the documents of the files of an index are named where names are shared:
    `docs`, the .jsonl `doc` values another document's name is too (Shared); `files`,
    {path: name} of the files whose own name another file has too."""

    docs: frozenset = frozenset()
    files: dict = field(default_factory=dict)

    def of_file(self, path, root):
        """Return the name of a file's document (or of its records without `doc`); `path` as
        found under the folder typed, or absolute, as `files` keys it or not."""
        return self.files.get(str(path)) or self.files.get(os.path.abspath(path)) or document_name_of(path, root)


NO_NAMES = Names()


def document_name_of(path, root):
    """Return the name of a file's document: its path under its root folder, or its name.

    A file as found under the folder typed (`../d/x.txt`) is named under a root made
    absolute as it is under that folder.
    """
    path = Path(path)
    if path.is_absolute() != Path(root).is_absolute():
        path, root = Path(os.path.abspath(path)), Path(os.path.abspath(root))
    try:
        return path.relative_to(root).as_posix() if path != Path(root) else path.name
    except ValueError:
        return path.name


def file_names(files):
    """Return ({path: name}, warnings) for the files whose name under their folder another
    file has too.

    `files` are (path, root) pairs. The name is the folder's and the file's (`2020/1.txt`);
    for folders of one name (`a/docs`, `b/docs`), the folder's whole path.
    """
    return names_of(name_groups(files))


def name_groups(files):
    """Return {name under its folder: [(path as text, root Path)]} of (path, root) pairs.

    An update changes it (regrouped) rather than making it again for the files after it.
    """
    by_name = defaultdict(list)
    for path, root in files:
        by_name[document_name_of(path, root)].append((str(path), Path(root)))
    return by_name


def regrouped(by_name, leaving, arriving):
    """Change name_groups' `by_name` in place: without the (path, root) pairs `leaving`, with
    those `arriving`."""
    for path, root in leaving:
        name = document_name_of(path, root)
        by_name[name] = [held for held in by_name[name] if held[0] != str(path)]
    for path, root in arriving:
        by_name[document_name_of(path, root)].append((str(path), Path(root)))
    return by_name


def names_of(by_name):
    """Return file_names' ({path: name}, warnings) from name_groups' `by_name`."""
    names, warnings = {}, []
    for name, group in sorted((name, group) for name, group in by_name.items() if len(group) > 1):
        short = {path: f"{root.name}/{name}" for path, root in group}
        if len(set(short.values())) < len(group):
            short = {path: f"{root.absolute().as_posix().rstrip('/')}/{name}" for path, root in group}
        names.update(short)
        warnings.append(f"«{name}» es el nombre de {len(group)} archivos bajo carpetas distintas; cada "
                        f"uno se indexó con su carpeta delante ({', '.join(f'«{n}»' for n in sorted(short.values()))})")
    return names, warnings


def given_docs(path):
    """Return the set of `doc` values that the records of a .jsonl file give ({} if unreadable),
    with "" when some record gives none (those are the file's own document, named after it).

    One pass over the file, a line at a time.
    """
    silent = Problems(path, lambda message: None)
    found = set()
    try:
        with open_document(path) as handle:
            feed = FeedLines(handle, path)
            if feed.array:
                return found  # read whole, at most MAX_FILE_BYTES: its documents are said when read
            for number, item in json_records(feed, silent):
                if record_text(item, number, silent):
                    found.add(record_doc(item, number, silent))
    except UnreadableFile:
        pass
    return found


@dataclass(frozen=True)
class Shared:
    """The `doc` values of .jsonl files whose names another document of the index has too.

    `givers` {doc: [names of the files that give it as a `doc`]}, each such document named
    `file/doc`; `owned`, those that are also a file's own document: a .txt or .md file of
    that name, or a feed's records without `doc` (named after their file), which keeps it.
    """

    givers: dict = field(default_factory=dict)
    owned: frozenset = frozenset()

    @classmethod
    def of(cls, givers, own):
        """Return the Shared of {doc: [giving file names]} and the set of own document names."""
        shared = {doc: sorted(names) for doc, names in givers.items() if len(names) + (doc in own) > 1}
        return cls(shared, frozenset(doc for doc in shared if doc in own))

    def warnings(self):
        """Return the summary's lines, one per shared `doc`."""
        said = []
        for doc, names in sorted(self.givers.items()):
            renamed = ", ".join(f"«{name}/{doc}»" for name in names)
            if doc in self.owned:
                said.append(f"«{doc}» es el nombre del documento de un archivo y un documento de {', '.join(names)}; "
                            f"el de {'cada' if len(names) > 1 else 'ese'} .jsonl se indexó con el nombre de su "
                            f"archivo delante ({renamed}); «doc:{doc}» los busca todos")
            else:
                said.append(f"el documento «{doc}» lo dan {len(names)} archivos ({', '.join(names)}); cada uno "
                            f"se indexó con el nombre de su archivo delante ({renamed}); «doc:{doc}» los busca todos")
        return said


def shared_docs(files):
    """Return the Shared `doc` values of an index's files: those a .jsonl file gives that
    another file gives too, or that are another document's own name (`nota.txt`, or a feed's
    records without `doc`), even in the same file.

    `files` are (path, name) pairs: a file and its name in the index (its path under its
    folder, unique: file_names); only .jsonl files are read (their `doc` values, one pass).
    """
    givers, own = defaultdict(list), set()
    for path, name in files:
        if not is_feed(path):
            own.add(name)
            continue
        for doc in given_docs(path):
            if doc:
                givers[doc].append(name)
            else:
                own.add(name)
    return Shared.of(givers, own)


def document_name(file_name, doc, shared):
    """Return the name of a file's document `doc`: itself, or `file/doc` when shared.

    >>> document_name("f2.jsonl", "rueda-1", {"rueda-1"})
    'f2.jsonl/rueda-1'
    >>> document_name("f2.jsonl", "rueda-2", {"rueda-1"})
    'rueda-2'
    """
    return f"{file_name}/{doc}" if doc in shared else doc


def given_doc(file_name, name):
    """Return the `doc` a file's document name was made from (the inverse of document_name).

    >>> given_doc("f2.jsonl", "f2.jsonl/rueda-1"), given_doc("f2.jsonl", "rueda-1")
    ('rueda-1', 'rueda-1')
    """
    prefix = f"{file_name}/"
    return name[len(prefix):] if name.startswith(prefix) else name
