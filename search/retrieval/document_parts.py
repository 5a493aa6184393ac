"""A document shown a part at a time: the part that holds a paragraph, bounded in paragraphs
and in characters, so a page (and /api/doc) of any document stays small.

A document is cut into blocks of DOC_PAGE_PARAGRAPHS paragraphs (1–200, 201–400…), and a
block whose text is longer than DOC_PAGE_CHARS into runs of whole paragraphs, each as long
as fits, from the block's start. The parts are then the same whichever paragraph is asked
for: the part before a part is the one that holds its first paragraph's predecessor, the
part after it the one that starts past its last. A paragraph longer than the bound (up to
MAX_PARAGRAPH_CHARS: ingest cuts longer ones) is a part on its own.
"""

from dataclasses import dataclass

from search.records import Record
from search.retrieval import browse
from search.settings import DOC_PAGE_CHARS, DOC_PAGE_PARAGRAPHS

READ_AT_ONCE = 16  # paragraphs read from the store together while a block is cut: ≤ 16 MB


@dataclass
class DocumentPart:
    """The paragraphs of one part of a document, and where it lies in the whole."""

    records: list[Record]
    total: int  # paragraphs in the document
    first: int  # the number of the part's first paragraph (1-based), and of its last
    last: int

    @property
    def before(self):
        """Return a paragraph of the part before this one (its last), or None for the first."""
        return self.first - 1 if self.first > 1 else None

    @property
    def after(self):
        """Return the first paragraph of the part after this one, or None for the last."""
        return self.last + 1 if self.last < self.total else None


def document_part(index, doc, wanted=1, paragraphs=DOC_PAGE_PARAGRAPHS, chars=DOC_PAGE_CHARS):
    """Return the DocumentPart of document `doc` that holds paragraph `wanted` (1-based, at
    most its paragraph count), or None when the document has no paragraph (an update took it
    away meanwhile); raise RecordNotFound as browse.document_window does.

    Only the block that holds `wanted` is read, `READ_AT_ONCE` paragraphs at a time.
    """
    start = (wanted - 1) // paragraphs * paragraphs + 1
    part, size, total, at = [], 0, None, start
    while True:
        batch, total = browse.document_window(index, doc, at, min(READ_AT_ONCE, start + paragraphs - at))
        for record in batch:
            if part and size + len(record.text) > chars:  # the part is full: it ends before this one
                if wanted < record.paragraph:
                    return DocumentPart(part, total, part[0].paragraph, part[-1].paragraph)
                part, size = [], 0
            part.append(record)
            size += len(record.text)
        at += READ_AT_ONCE
        if not batch or at >= start + paragraphs or at > total:
            break
    return DocumentPart(part, total, part[0].paragraph, part[-1].paragraph) if part else None
