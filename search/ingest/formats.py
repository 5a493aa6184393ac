"""Documents from files, one reader per format: .txt, .md and .jsonl.

`iter_path` gives a file's documents as each is read (a .jsonl feed of any size a record
at a time), `read_path` all at once; both raise UnreadableFile saying why a file can't
be read, and the build reports it and goes on with the other files.
"""

import re
from pathlib import Path

from search.errors import UnreadableFile
from search.ingest import jsonl, markdown
from search.ingest.dialogue import dialogue_turns
from search.ingest.feeds import FeedLines
from search.ingest.files import JSONL_SUFFIXES, MARKDOWN_SUFFIXES, open_document, read_file_text
from search.ingest.jsonl import json_records
from search.ingest.jsonl_documents import feed_documents, read_records
from search.ingest.paragraphs import is_turn
from search.ingest.shared_docs import NO_NAMES
from search.records import Document
from search.settings import MAX_PARAGRAPH_CHARS, MAX_TITLE_CHARS, TITLE_CHARS
from search.speakers import join_label_line, label_line, normalize_markdown_label
from search.text.date_values import date_problem
from search.text.dates import dateline_problem
from search.text.wording import number

# A line that only separates (`---`, `* * *`, `=====`, `___`): no paragraph of its own, nor part of
# the one above (trial 12, finding 15: 338 `---` lines of the briefings were paragraphs).
SEPARATOR = re.compile(r"^\s*([-_=*~·•])(?:\s*\1){2,}\s*$")


def title_from_line(line):
    """Return a title from a first line: whole when it is a headline, else cut at a word boundary.

    A headline (no closing full stop, as the press writes them) is kept whole up to
    MAX_TITLE_CHARS: a press release's 104-character headline cut with "…" sent analysts
    back to the file (trial 12, finding 8). A first line that is a sentence of the text is cut
    at TITLE_CHARS: it is not a title, and every hit of its document shows it.
    """
    line = " ".join(line.split())
    limit = MAX_TITLE_CHARS if is_headline(line) else TITLE_CHARS
    if len(line) <= limit:
        return line
    return line[:limit].rsplit(" ", 1)[0].rstrip(",;:") + "…"


def is_headline(line):
    """Tell whether a line reads as a headline: no closing full stop, colon, semicolon or comma
    (an ellipsis may close one), as the press writes them.

    >>> is_headline("Chile vacuna a un millón de personas"), is_headline("El ministro habló.")
    (True, False)
    """
    line = line.rstrip()
    return not line.endswith((".", ":", ";", ",")) or line.endswith("...")


def headline_over_lede(block):
    """Tell whether a file's first block opens with a headline line, the lede following it with
    no blank line between (trial 33, defect 10: `Nota de prensa sobre…` / `El ministro…`).

    Hard-wrapped lines are filled greedily: a line ends where the next word would pass the
    width, which is at least the block's longest line. A first line with room left for the
    next line's first word was ended by hand: a headline when it reads as one and the next
    line starts a sentence (a capital letter, after any opening quote, dash or mark).
    """
    first, following = block[0], block[1]
    word = following.split()[0]
    starts = next((char for char in following if char.isalnum()), "")
    return (is_headline(first) and starts.isupper()
            and len(first) + 1 + len(word) <= max(map(len, block)))


def turns_of(block):
    """Return a block of short lines as its transcript turns, each a list of lines: a line that
    opens with a turn label starts one (`PREGUNTA: ¿Y en las playas?`), the others go on the
    one before, as hard-wrapped lines do. With fewer than two such lines, the block is one.

    trial19b: a rueda de prensa of short questions and answers, a turn a line, was one
    paragraph: its labels read as words, its speakers lost.
    """
    opening = [is_turn(line) for line in block]
    if sum(opening) < 2:
        return [block]
    turns = []
    for line, opens in zip(block, opening):
        if opens or not turns:
            turns.append([line])
        else:
            turns[-1].append(line)
    return turns


def text_paragraphs(text):
    """Split plain text into paragraphs: one a line, or blocks between blank lines.

    A block between blank lines is one paragraph when its lines are hard-wrapped
    (every line but the last is short), one a turn when its lines open with turn labels
    (turns_of); otherwise each line is a paragraph. A transcript's
    label alone on a block's first line opens that paragraph (`NAME, ROLE: text`).
    """
    lines = text.splitlines()
    if not any(not line.strip() for line in lines):
        return [" ".join(line.split()) for line in lines if line.strip() and not SEPARATOR.match(line)]
    lines = ["" if SEPARATOR.match(line) else line for line in lines]  # a separator ends a block
    labelled = sum(1 for previous, line in zip([""] + lines, lines)
                   if not previous.strip() and line.strip() and label_line(line)) >= 3  # a transcript
    paragraphs, block = [], []
    for line in lines + [""]:
        if line.strip():
            block.append(line.strip())
            continue
        if len(block) > 1 and labelled and label_line(block[0], known_layout=True):
            paragraphs.append(" ".join(join_label_line("\n".join(block), strict=False, known_layout=True).split()))
        elif len(block) > 1 and all(len(part) <= 100 for part in block[:-1]):
            turns = turns_of(block)
            if not paragraphs and len(turns) == 1 and headline_over_lede(block):  # the title apart
                paragraphs.append(" ".join(block[0].split()))
                turns = [block[1:]]
            turns = [part for turn in turns for part in dialogue_turns(turn)]  # `—¿…?` / `—No…`: two turns
            paragraphs.extend(" ".join(" ".join(turn).split()) for turn in turns)
        else:
            paragraphs.extend(" ".join(part.split()) for part in block)
        block = []
    return paragraphs


def bounded_paragraphs(paragraphs, path, warn):
    """Return the paragraphs with every one over MAX_PARAGRAPH_CHARS cut, and say so.

    A line of megabytes (a text exported with no line break) or hard-wrapped lines with no
    blank line make one paragraph that long: no paragraph to show (snippets look for
    matches in its first MAX_PARAGRAPH_CHARS only), and its tokens are analyzed at once.
    Cut at sentence ends, else at spaces (jsonl.cut), it is searched as several, and no
    word is lost.
    """
    if all(len(paragraph) <= MAX_PARAGRAPH_CHARS for paragraph in paragraphs):
        return paragraphs
    bounded = []
    for place, paragraph in enumerate(paragraphs, 1):
        if len(paragraph) <= MAX_PARAGRAPH_CHARS:
            bounded.append(paragraph)
            continue
        pieces = list(jsonl.cut(paragraph, MAX_PARAGRAPH_CHARS))
        warn(f"{path}: el párrafo {place} tenía {number(len(paragraph))} caracteres sin una línea en "
             f"blanco; se dividió en {len(pieces)} párrafos de hasta {number(MAX_PARAGRAPH_CHARS)} "
             "caracteres, al final de una frase o de una palabra")
        bounded += pieces
    return bounded


def read_text(path, doc, text):
    """Read a .txt file: the title is a short first line."""
    paragraphs = text_paragraphs(text)
    return [Document(doc, title_from_line(paragraphs[0]) if paragraphs else doc, paragraphs,
                     title_is_first_line=True)]


def read_markdown(path, doc, text, warn=print):
    """Read a .md file: front matter, then paragraphs stripped of markup.

    Broken front matter is said, naming the file: a date that is no date (`mañana`) or
    no day of the calendar (`31/02/2021`) is dropped, and the document is dated as if
    it had none (text/dates.document_date).
    """
    meta, heading, paragraphs = markdown.parse(text, label_fixer=normalize_markdown_label,
                                               warn=lambda message: warn(f"{path}: {message}"), turns=turns_of)
    date = meta.get("date")
    problem = date_problem(date) if date else None
    if problem:
        warn(f"{path}: la fecha «{date}» de la cabecera {problem}; se ignoró")
        date = None
    title = meta.get("title") or heading
    return [Document(doc, title or (title_from_line(paragraphs[0]) if paragraphs else doc),
                     paragraphs, date=date, title_is_first_line=not title)]


def jsonl_documents(path, doc, warn, names=NO_NAMES, upto=None):
    """Yield the documents of a .jsonl file as each is read (jsonl_documents.py, feeds.py).

    A record without `doc` stands alone: its title is its own `title`, or none (a hit
    shows the file's name), never another record's (the document keeps the first given,
    for the file's row). The records of one `doc` are one
    document's paragraphs: one without a title takes the document's, the first title
    its records give, else its first line. A `doc` that other files give too (`names`) is
    named after the file (shared_docs.py).
    """
    with open_document(path) as handle:
        feed = FeedLines(handle, path, upto)
        if feed.array:  # one JSON value: read whole
            documents = read_records(path, doc, feed.whole(warn), warn, names.docs)
        else:
            documents = feed_documents(path, doc, lambda problems: json_records(feed, problems), warn, names.docs)
        for document in documents:
            yield titled(document)
        for note in feed.notes():
            warn(note)


def titled(document):
    """Return a feed's document with its titles made: a `doc`'s untitled records take its
    title, the first its records give, else its first line (jsonl_documents)."""
    if not document.standalone:
        document.title_is_first_line = not document.title
        document.title = document.title or title_from_line(document.paragraphs[0])
        document.titles = [title or document.title for title in document.titles]
    return document


def placed(document, path, warn):
    """Return a document read from `path`, its path set and its dateline checked (said)."""
    document.path = str(path)
    problem = None if document.standalone else dateline_problem(
        document.paragraphs, document.doc, document.date, is_turn)
    if problem:
        warn(f"{path}: {problem}")
    return document


def iter_path(path, root, warn=print, names=NO_NAMES, upto=None):
    """Yield the documents in one file, as each is read; raise UnreadableFile when it has none.

    A .jsonl feed is read a record at a time, and its documents given as each is complete,
    so that a feed of any size is indexed in bounded memory; other files are read whole
    (files.MAX_FILE_BYTES). UnreadableFile comes before the first document, except from a
    feed whose reading failed midway: the documents read until then came before it.
    `names` says how documents whose names other files give too are named (shared_docs.py);
    `upto`, the size its fingerprint hashed: no byte past it is read (grown since, the
    next update's).
    """
    path = Path(path)
    doc = names.of_file(path, root)
    suffix = path.suffix.lower()
    if suffix in JSONL_SUFFIXES:
        documents = jsonl_documents(path, doc, warn, names, upto)
    else:
        text = read_file_text(path, warn, upto)
        documents = read_markdown(path, doc, text, warn) if suffix in MARKDOWN_SUFFIXES else read_text(path, doc, text)
    given = 0
    for document in documents:
        if not document.paragraphs:
            continue
        if document.ids is None:  # a .jsonl record's text is bounded as it is read
            document.paragraphs = bounded_paragraphs(document.paragraphs, path, warn)
        given += 1
        yield placed(document, path, warn)
    if not given:
        raise UnreadableFile(path, "no tiene párrafos de texto")


def read_path(path, root, warn=print):
    """Return the documents in one file (iter_path, all at once), or raise UnreadableFile."""
    return list(iter_path(path, root, warn))
