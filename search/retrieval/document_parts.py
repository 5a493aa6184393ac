"""A document shown a part at a time: the part that holds a paragraph, bounded in paragraphs
and in characters, so a page (and /api/doc) of any document stays small.

A document is cut into blocks of DOC_PAGE_PARAGRAPHS paragraphs (1–200, 201–400…), and a
block whose text is longer than DOC_PAGE_CHARS into runs of whole paragraphs, each as long
as fits, from the block's start. The parts are then the same whichever paragraph is asked
for: the part before a part is the one that holds its first paragraph's predecessor, the
part after it the one that starts past its last. A paragraph longer than the bound (up to
MAX_PARAGRAPH_CHARS, a megabyte: ingest cuts longer ones) is a part on its own, shown a piece
at a time: pieces of at most DOC_PAGE_CHARS characters, cut after a space when one lies in
the piece's last SPACE_REACH characters (search.text.pieces).
"""

from dataclasses import dataclass, replace

from search.records import Record
from search.retrieval import browse
from search.settings import DOC_PAGE_CHARS, DOC_PAGE_PARAGRAPHS
from search.text.pieces import piece_bounds

READ_AT_ONCE = 16  # paragraphs read from the store together while a block is cut: ≤ 16 MB


@dataclass
class DocumentPart:
    """The paragraphs of one part of a document, and where it lies in the whole."""

    records: list[Record]
    total: int  # paragraphs in the document
    first: int  # the number of the part's first paragraph (1-based), and of its last
    last: int
    piece: int = 0  # which piece (1-based) of a paragraph longer than the bound; 0: whole paragraphs
    pieces: int = 0  # how many pieces that paragraph has

    @property
    def before(self):
        """Return a paragraph of the part before this one (its last), or None for the first."""
        return self.first - 1 if self.first > 1 else None

    @property
    def after(self):
        """Return the first paragraph of the part after this one, or None for the last."""
        return self.last + 1 if self.last < self.total else None

    @property
    def before_args(self):
        """Return the URL arguments (`parrafo`, `trozo`) of the part before this one, or None."""
        if self.piece > 1:
            return {"parrafo": self.first, "trozo": self.piece - 1}
        return {"parrafo": self.before} if self.before is not None else None

    @property
    def after_args(self):
        """Return the URL arguments (`parrafo`, `trozo`) of the part after this one, or None."""
        if self.next_piece is not None:
            return {"parrafo": self.first, "trozo": self.next_piece}
        return {"parrafo": self.after} if self.after is not None else None

    @property
    def next_piece(self):
        """Return the number of the next piece of a paragraph shown a piece at a time, or None
        for its last piece and for a part of whole paragraphs."""
        return self.piece + 1 if 0 < self.piece < self.pieces else None


def document_part(index, doc, wanted=1, paragraphs=DOC_PAGE_PARAGRAPHS, chars=DOC_PAGE_CHARS, piece=1):
    """Return the DocumentPart of document `doc` that holds paragraph `wanted` (1-based, at
    most its paragraph count), or None when the document has no paragraph (an update took it
    away meanwhile); raise RecordNotFound as browse.document_window does. A paragraph longer
    than `chars` gives its piece `piece` (1-based; past its last, the last).

    Only the block that holds `wanted` is read, `READ_AT_ONCE` paragraphs at a time.
    """
    part = _whole_part(index, doc, wanted, paragraphs, chars)
    if part is None or len(part.records) > 1 or len(part.records[0].text) <= chars:
        return part
    record = part.records[0]
    bounds = piece_bounds(record.text, chars)
    piece = min(max(piece, 1), len(bounds))
    start, end = bounds[piece - 1]
    return replace(part, records=[replace(record, text=record.text[start:end])], piece=piece, pieces=len(bounds))


def _whole_part(index, doc, wanted, paragraphs, chars):
    """Return the DocumentPart of whole paragraphs that holds `wanted` (document_part)."""
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
