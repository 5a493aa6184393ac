"""What flows down the pipeline: a Document as read from a file, and its paragraph Records.

Both are plain data, so every layer can pass them along without importing the layer
that made them.
"""

import datetime
from dataclasses import dataclass, field


@dataclass
class Document:
    """A document as read from a file: its paragraphs and what the file says about them.

    `ids`, `speakers`, `titles` and `dates` are per paragraph when the file gives them
    (a .jsonl file does), else None.
    """

    doc: str
    title: str
    paragraphs: list[str]
    date: str | None = None
    ids: list[str] | None = None
    speakers: list[list[str]] | None = None
    titles: list[str] | None = None
    dates: list[str | None] | None = None
    standalone: bool = False  # jsonl records with no `doc`: each stands on its own
    title_is_first_line: bool = False  # no title given: a transcript's is made (ingest/titles.py)
    path: str = ""
    # A part of a document read a part at a time (a feed's records without `doc`): its first
    # paragraph follows this many of the parts before it, written under the same docno.
    first_paragraph: int = 0


@dataclass
class Record:
    """One paragraph, ready to index: `id` is `doc#paragraph` unless the file gave one."""

    id: str
    doc: str
    paragraph: int
    title: str
    text: str
    date: datetime.date | None = None
    speakers: list[str] = field(default_factory=list)
    # A title Hemeroteca made (a transcript's kind and date) is searched by `titulo:` only:
    # its words ("Conferencia de prensa") would match every paragraph of every transcript.
    title_searched: bool = True
    # Whether the paragraph is a transcript's turn, decided with its document (search.speakers.turn_lines): False,
    # a label's shape opening it (a headline's `Ana Gil, ministra: «…»`) is its words, no label. None: not decided
    # (a record read back, a bench's), the paragraph read alone (search.speakers.turn_label).
    turn: bool | None = None

    def to_json(self) -> dict:
        """Return the record as a JSON-ready dict (the date as ISO text)."""
        return {"id": self.id, "doc": self.doc, "paragraph": self.paragraph,
                "title": self.title, "date": self.date.isoformat() if self.date else None,
                "speakers": self.speakers, "text": self.text}
