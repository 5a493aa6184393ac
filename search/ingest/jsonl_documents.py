"""The documents of a .jsonl file, given as they are read: records grouped by their `doc`.

A feed may be of any size (feeds.py), so its documents go on to be indexed as each is
complete, never all held at once. The records of one `doc` are one document's
paragraphs wherever they are in the file, so the file is read twice: a first pass notes,
for each record, a hash of its `doc` and of its `id` (16 bytes a record); from them, the
record where each document ends and the ids given more than once. The second pass reads
the records, and gives each document as its last record is read. Records without `doc`
are the file's one document, given in parts of FEED_PART_RECORDS (Document.first_paragraph),
so that a feed of a million such records is never held whole either.

Memory is then the longest record, the documents whose records are still to come, and
the first pass's hashes; what is said of the records, and their ids (`id~2` for an id
already used, `doc#N` for none), is as when the file was read whole.
"""

import hashlib
from array import array

import numpy as np

from search.ingest.jsonl import (
    Problems,
    clean,
    cut,
    given_id,
    json_lines,
    record_doc,
    record_id,
    record_text,
    speaker_list,
)
from search.ingest.record_dates import record_date
from search.ingest.shared_docs import document_name
from search.records import Document
from search.settings import FEED_PART_RECORDS, MAX_PARAGRAPH_CHARS
from search.text.wording import number as format_number


def read_records(path, doc, text, warn, shared=frozenset()):
    """Return the documents of a .jsonl file's text (see feed_documents)."""
    return list(feed_documents(path, doc, lambda problems: json_lines(text, problems), warn, shared))


class Survey:
    """What the first pass learned: where each document ends, and which ids repeat."""

    def __init__(self, docs, ids):
        docs = np.frombuffer(docs, dtype=np.int64)
        self.ends = np.zeros(len(docs), dtype=bool)  # by record, in the order of the records with text
        if len(docs):
            _, first_from_end = np.unique(docs[::-1], return_index=True)
            self.ends[len(docs) - 1 - first_from_end] = True
        given, counts = np.unique(np.frombuffer(ids, dtype=np.int64), return_counts=True)
        self.given = given  # sorted
        self.repeated = set(given[counts > 1].tolist())

    def ends_at(self, ordinal):
        """Tell whether the record at this place is its document's last (a changed file: yes)."""
        return ordinal >= len(self.ends) or bool(self.ends[ordinal])


def survey(items):
    """Read the records once: (Survey) from hashes of their `doc` and given `id`."""
    silent = Problems("", lambda message: None)
    docs, ids = array("q"), array("q")
    for number, item in items(silent):
        if record_text(item, number, silent) is None:
            continue
        given = record_doc(item, number, silent)
        docs.append(hash(given) if given else 0)
        if identifier := given_id(item, number, silent):
            ids.append(hash(identifier))
    return Survey(docs, ids)


class IdBook:
    """The ids a file's records were given, as read: which ones are taken, and where first."""

    def __init__(self, survey):
        self.survey = survey
        self.first = {}  # an id given more than once -> (line, digest of its text)
        self.made = set()  # hashes of the ids made here (`a~2`, `doc#3`)

    def seen(self, identifier):
        """Return (line, text digest) of the record that first had this id, or None."""
        return self.first.get(identifier)

    def note(self, identifier, number, text):
        """Note that the record on line `number` has this id (made here, or given)."""
        key = hash(identifier)
        if key in self.survey.repeated:
            self.first.setdefault(identifier, (number, _digest(text)))
        elif not self._given(key):  # a given id, given once, is known from the survey
            self.made.add(key)

    def taken(self, identifier):
        """Tell whether a record of the file has, or will have, this id."""
        key = hash(identifier)
        return key in self.made or identifier in self.first or self._given(key)

    def _given(self, key):
        place = np.searchsorted(self.survey.given, key)
        return bool(place < len(self.survey.given) and self.survey.given[place] == key)

    def free(self, identifier):
        """Return the first of `id~2`, `id~3`… that no record has."""
        copy = 2
        while self.taken(f"{identifier}~{copy}"):
            copy += 1
        return f"{identifier}~{copy}"


def _digest(text):
    return hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=16).digest()


def feed_documents(path, doc, items, warn, shared=frozenset()):
    """Yield the documents of a .jsonl file as each is complete: its records grouped by `doc`.

    `items(problems)` returns a new iterator of (line number, JSON value) at each call
    (it is called twice), telling `problems` of the lines that are no JSON. A `doc` in
    `shared`, which other files give too, is named after this one, `doc` being the file's
    name (shared_docs.py). A record
    without a title has "" in `titles`, and a document whose records give none, an empty
    `title`: the caller makes them (formats.read_jsonl).
    """
    book = IdBook(survey(items))
    problems = Problems(path, warn)
    documents, ordinal = {}, -1
    part, parts_title, written = None, "", 0  # the records without `doc`: a part, the first's title
    for number, item in items(problems):
        paragraph = record_text(item, number, problems)
        if paragraph is None:
            continue
        ordinal += 1
        given = record_doc(item, number, problems)
        title = item.get("title")
        if title is not None and not isinstance(title, str):
            problems.add("título ilegible", number, "se ignoró su «title»: debe ser un texto")
        title = clean(title, number, problems) if isinstance(title, str) else ""
        if given:
            found = documents.get(given)
            if found is None:
                found = documents[given] = Document(document_name(doc, given, shared), title, [], ids=[],
                                                    speakers=[], titles=[], dates=[])
            found.title = found.title or title  # a document's title: the first its records give
        else:
            if part is None:  # its title is the first part's: the one the index keeps
                part = Document(doc, parts_title if written else title, [], ids=[], speakers=[],
                                titles=[], dates=[], standalone=True, first_paragraph=written)
            if not written:
                part.title = part.title or title
            found = part
        position = found.first_paragraph + len(found.paragraphs) + 1
        identifier = record_id(item, number, found.doc, position, problems)
        first = book.seen(identifier)
        if first is not None:
            if first[1] == _digest(paragraph):
                problems.add("registro repetido", number, f"se omitió: repite el registro "
                             f"«{identifier}» de la línea {first[0]}")
                continue
            renamed = book.free(identifier)
            problems.add("id repetido", number, f"el id «{identifier}» ya se usó en la línea "
                         f"{first[0]}; este registro se indexó como «{renamed}»")
            identifier = renamed
        book.note(identifier, number, paragraph)
        names, when = speaker_list(item, number, problems), record_date(item, number, problems)
        for piece, piece_id in _pieces(paragraph, identifier, book, number, problems):
            found.paragraphs.append(piece)
            found.titles.append(title)
            found.ids.append(piece_id)
            found.speakers.append(names)
            found.dates.append(when)
        if given and book.survey.ends_at(ordinal):
            yield documents.pop(given)
        elif not given and len(part.paragraphs) >= FEED_PART_RECORDS:
            parts_title, written = part.title, written + len(part.paragraphs)
            yield part
            part = None
    # A file that changed since the first pass; or a document whose last record was a repeat,
    # skipped (none at all when that was its only one: it is no document).
    yield from (document for document in documents.values() if document.paragraphs)
    if part is not None:
        yield part
    problems.finish()


def _pieces(paragraph, identifier, book, number, problems):
    """Yield (text, id) of a record: itself, or pieces of a text over MAX_PARAGRAPH_CHARS.

    As a .txt paragraph that long is (formats.bounded_paragraphs): cut at sentence ends,
    else at spaces, no word lost; the pieces after the first are `id~2`, `id~3`…
    """
    if len(paragraph) <= MAX_PARAGRAPH_CHARS:
        yield paragraph, identifier
        return
    pieces = list(cut(paragraph, MAX_PARAGRAPH_CHARS))
    ids = [identifier]
    for _ in pieces[1:]:
        ids.append(book.free(identifier))
        book.note(ids[-1], number, "")
    problems.add("registro muy largo", number, f"el texto de «{identifier}» tenía "
                 f"{format_number(len(paragraph))} caracteres; se dividió en {len(pieces)} párrafos de "
                 f"hasta {format_number(MAX_PARAGRAPH_CHARS)} ({', '.join(ids[:3])}{'…' if len(ids) > 3 else ''})")
    yield from zip(pieces, ids)
