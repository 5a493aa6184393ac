"""Files to documents, and documents to paragraph records: one reader per format.

A folder is read recursively for .txt, .md and .jsonl files. A file that can't be read
raises UnreadableFile with a reason; `read_documents` reports it and goes on.
"""

import json
import os
import re
import unicodedata
from dataclasses import dataclass, field
import datetime
from pathlib import Path

from search import markdown
from search.errors import UnreadableFile
from search.settings import MAX_FILE_BYTES, TITLE_CHARS
from search.speakers import normalize_markdown_label

TEXT_SUFFIXES = (".txt", ".text")
MARKDOWN_SUFFIXES = (".md", ".markdown")
JSONL_SUFFIXES = (".jsonl", ".ndjson")
SUFFIXES = TEXT_SUFFIXES + MARKDOWN_SUFFIXES + JSONL_SUFFIXES

# Invisible characters that real files carry and that must not reach the index.
INVISIBLE = re.compile("[\ufeff\u00ad\u200b\u200c\u200d\u2060]")
CONTROL = re.compile("[\x00-\x08\x0b\x0e-\x1f]")


@dataclass
class Document:
    """A document as read from a file: its paragraphs and what the file says about them."""

    doc: str
    title: str
    paragraphs: list[str]
    date: str | None = None
    ids: list[str] | None = None
    speakers: list[list[str]] | None = None
    titles: list[str] | None = None
    dates: list[str | None] | None = None
    standalone: bool = False  # jsonl records with no `doc`: each stands on its own
    path: str = ""


@dataclass
class Record:
    """One paragraph, ready to index."""

    id: str
    doc: str
    paragraph: int
    title: str
    text: str
    date: datetime.date | None = None
    speakers: list[str] = field(default_factory=list)


def find_files(paths):
    """Yield (file, root) for each supported file under the given files and folders."""
    for given in map(Path, paths):
        if given.is_dir():
            for folder, dirnames, filenames in os.walk(given):
                dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
                for name in sorted(filenames):
                    if not name.startswith(".") and name.lower().endswith(SUFFIXES):
                        yield Path(folder, name), given
        else:
            yield given, given.parent


def decode(raw, path):
    """Return the text of a file's bytes: UTF-8, or else cp1252/Latin-1; refuse binary."""
    if not raw.strip():
        raise UnreadableFile(path, "empty file")
    if b"\x00" in raw[:65536]:
        raise UnreadableFile(path, "binary file (it contains NUL bytes), not text")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        if error.start >= len(raw) - 3 and error.reason == "unexpected end of data":
            text = raw[: error.start].decode("utf-8-sig")  # cut short inside a character
        else:
            text = _decode_legacy(raw)
    sample = text[:65536]
    if len(CONTROL.findall(sample)) > 0.01 * len(sample):
        raise UnreadableFile(path, "binary file (too many control characters), not text")
    return unicodedata.normalize("NFC", INVISIBLE.sub("", text))


def _decode_legacy(raw):
    """Decode a file that isn't UTF-8: cp1252 (Windows), else Latin-1, which takes any byte."""
    try:
        return raw.decode("cp1252")
    except UnicodeDecodeError:
        return raw.decode("latin-1")


def read_file_text(path):
    """Return the decoded text of a file, or raise UnreadableFile saying why."""
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise UnreadableFile(path, f"too large ({size // 2**20} MB; the limit is "
                                       f"{MAX_FILE_BYTES // 2**20} MB)")
        with open(path, "rb") as handle:
            raw = handle.read(MAX_FILE_BYTES + 1)
    except OSError as error:
        raise UnreadableFile(path, f"can't be read ({error.strerror or error})") from error
    return decode(raw, path)


def title_from_line(line):
    """Return a short title from a first line, cut at a word boundary."""
    line = " ".join(line.split())
    if len(line) <= TITLE_CHARS:
        return line
    return line[:TITLE_CHARS].rsplit(" ", 1)[0].rstrip(",;:") + "…"


def text_paragraphs(text):
    """Split plain text into paragraphs: one a line, or blocks between blank lines.

    A block between blank lines is one paragraph when its lines are hard-wrapped
    (every line but the last is short); otherwise each line is a paragraph.
    """
    lines = text.splitlines()
    if not any(not line.strip() for line in lines):
        return [" ".join(line.split()) for line in lines if line.strip()]
    paragraphs, block = [], []
    for line in lines + [""]:
        if line.strip():
            block.append(line.strip())
            continue
        if len(block) > 1 and all(len(part) <= 100 for part in block[:-1]):
            paragraphs.append(" ".join(" ".join(block).split()))
        else:
            paragraphs.extend(" ".join(part.split()) for part in block)
        block = []
    return paragraphs


def read_text(path, doc, text):
    """Read a .txt file: the title is a short first line."""
    paragraphs = text_paragraphs(text)
    return [Document(doc, title_from_line(paragraphs[0]) if paragraphs else doc, paragraphs)]


def read_markdown(path, doc, text):
    """Read a .md file: front matter, then paragraphs stripped of markup."""
    meta, heading, paragraphs = markdown.parse(text, label_fixer=normalize_markdown_label)
    title = meta.get("title") or heading or (title_from_line(paragraphs[0]) if paragraphs else doc)
    return [Document(doc, title, paragraphs, date=meta.get("date"))]


def read_jsonl(path, doc, text, warn):
    """Read a .jsonl file: one record a line, grouped into documents by their `doc`."""
    documents = {}
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
            paragraph = " ".join(str(item["text"]).split())
        except (ValueError, KeyError, TypeError) as error:
            warn(f"{path}:{number}: skipped, not a JSON record with a text ({error})")
            continue
        if not paragraph:
            continue
        key = str(item.get("doc") or doc)
        title = " ".join(str(item.get("title") or "").split())
        found = documents.get(key)
        if found is None:
            found = documents[key] = Document(key, title or title_from_line(paragraph), [],
                                              ids=[], speakers=[], titles=[], dates=[],
                                              standalone=not item.get("doc"))
        found.paragraphs.append(paragraph)
        found.titles.append(title or found.title)
        found.ids.append(str(item.get("id") or f"{key}#{len(found.paragraphs)}"))
        found.speakers.append(_speaker_list(item))
        found.dates.append(str(item["date"]) if item.get("date") else None)
    return list(documents.values())


def _speaker_list(item):
    value = item.get("speakers", item.get("speaker")) or []
    names = [value] if isinstance(value, str) else list(value)
    return [" ".join(str(name).split()) for name in names if str(name).strip()]


def read_path(path, root, warn=print):
    """Return the documents in one file, or raise UnreadableFile."""
    path = Path(path)
    try:
        doc = path.relative_to(root).as_posix() if path != root else path.name
    except ValueError:
        doc = path.name
    text = read_file_text(path)
    suffix = path.suffix.lower()
    if suffix in JSONL_SUFFIXES:
        documents = read_jsonl(path, doc, text, warn)
    elif suffix in MARKDOWN_SUFFIXES:
        documents = read_markdown(path, doc, text)
    else:
        documents = read_text(path, doc, text)
    documents = [d for d in documents if d.paragraphs]
    if not documents:
        raise UnreadableFile(path, "no paragraphs of text")
    for document in documents:
        document.path = str(path)
    return documents
