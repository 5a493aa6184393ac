"""One `doc` given by several .jsonl files: each file's document gets a name of its own.

Two exports that both hold records of `rueda-1` make two documents: one name for both
would give two paragraphs called `rueda-1#1`, and `show rueda-1` could show only one.
So a `doc` that several files of an index give is named after each file:
`f1.jsonl/rueda-1` and `f2.jsonl/rueda-1`, each shown, found and removed with its file;
`doc:rueda-1` still finds both (a name's tail after `/`). The rule depends only on the
files, not on the order they were indexed in: an update that brings a second file with
`rueda-1` renames the first file's document too (it indexes that file again), and one that
removes it gives the other its plain name back, as a build of the same files would.
"""

from collections import defaultdict

from search.errors import UnreadableFile
from search.ingest.feeds import FeedLines
from search.ingest.files import is_feed, open_document
from search.ingest.jsonl import Problems, clean, json_records, record_text


def given_docs(path):
    """Return the set of `doc` values that the records of a .jsonl file give ({} if unreadable).

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
                if record_text(item, number, silent) is not None and item.get("doc"):
                    found.add(clean(str(item["doc"]), number, silent))
    except UnreadableFile:
        pass
    return found


def shared_docs(files):
    """Return {doc: [file names]} for the `doc` values that several .jsonl files give.

    `files` are (path, name) pairs: a file and its name in the index (its path under its
    folder); only .jsonl files are read.
    """
    holders = defaultdict(list)
    for path, name in files:
        if is_feed(path):
            for doc in given_docs(path):
                holders[doc].append(name)
    return {doc: sorted(names) for doc, names in holders.items() if len(names) > 1}


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


def shared_warnings(shared):
    """Return the summary's lines for the `doc` values several files give, one per `doc`."""
    return [f"el documento «{doc}» lo dan {len(names)} archivos ({', '.join(names)}); cada uno "
            f"se indexó con el nombre de su archivo delante ({', '.join(f'«{name}/{doc}»' for name in names)}); "
            f"«doc:{doc}» los busca todos"
            for doc, names in sorted(shared.items())]
