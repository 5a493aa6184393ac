"""Documents to paragraph records: ids, paragraph numbers, dates and speakers."""

import datetime
import re

from search import speakers
from search.ingest.headlines import headed_speakers, headline_of, record_headline
from search.ingest.titles import transcript_title
from search.records import Document, Record
from search.settings import MAX_PARAGRAPH_SPEAKERS, MAX_SPEAKER_CHARS, MAX_TITLE_CHARS
from search.text import dates
from search.text.weekday_dates import weekday_date
from search.text.wording import number as number_of
from search.text.wording import plural

WORD = re.compile(r"\w")
LABEL_DASH = re.compile(r"\.\s?[-–—]")  # the end of a label with no colon: `Sra. Montaño.-` (labels.DASH_MARK)


def extracted_speakers(document: Document, warn=None) -> list[list[str]]:
    """Return the speakers of each paragraph: the ones the file gives, else found in the text.

    Records of a jsonl file without a `doc` are unrelated items, so each is read alone. A headline the
    file names apart from the text (front matter, a heading, a feed's `title`) is read before the paragraphs,
    as a plain text's first line is (ingest/headlines.py).
    Names found in the text are bounded as a feed's are (jsonl.speaker_list), and
    `warn(message)` hears of what was left out.
    """
    given = document.speakers or [[] for _ in document.paragraphs]
    if all(given):
        return given
    if document.standalone:
        found = [headed_speakers(speakers.paragraph_speakers, [text], record_headline(document, index),
                                 speakers.attributions)[0]
                 for index, text in enumerate(document.paragraphs)]
    else:
        found = headed_speakers(speakers.paragraph_speakers, document.paragraphs, headline_of(document),
                                speakers.attributions)
    return [names or bounded_speakers(extracted, document, number, warn)
            for number, (names, extracted) in enumerate(zip(given, found), document.first_paragraph + 1)]


def bounded_speakers(names, document, number, warn):
    """Return a paragraph's names without those over MAX_SPEAKER_CHARS, and at most
    MAX_PARAGRAPH_SPEAKERS of them: pairs of one paragraph's speakers are compared when
    people are joined, so 3,000 reported speakers in one long line would take minutes."""
    kept = [name for name in names if len(name) <= MAX_SPEAKER_CHARS]
    where = f"{document.path or document.doc}#{number}"
    if len(kept) < len(names) and warn is not None:
        warn(f"{where}: {plural(len(names) - len(kept), 'orador hallado', 'oradores hallados')} en el texto "
             f"con más de {MAX_SPEAKER_CHARS} caracteres; no se tomaron")
    if len(kept) > MAX_PARAGRAPH_SPEAKERS:
        if warn is not None:
            warn(f"{where}: tiene {number_of(len(kept))} oradores; se tomaron los "
                 f"{MAX_PARAGRAPH_SPEAKERS} primeros")
        kept = kept[:MAX_PARAGRAPH_SPEAKERS]
    return kept


def document_date(document: Document) -> datetime.date | None:
    """Return the document's date; standalone records only share the file name's.

    (Each standalone record is dated on its own, by its `date` or its dateline: document_records.)
    """
    if document.standalone:
        return dates.filename_date(document.doc)
    return (dates.document_date(document.paragraphs, document.doc, document.date, is_speech=is_turn)
            or weekday_date(document.paragraphs, document.doc, document.date))


def is_turn(paragraph: str) -> bool:
    """Tell whether a paragraph opens a transcript turn: a date said in it is speech."""
    return speakers.turn_label(paragraph) is not None


def spoken_text(paragraph: str, turn: bool | None = None) -> str:
    """Return a paragraph without the turn label that opens it: what its speaker says.

    `JOSÉ LUIS ALOMÍA ZEGARRA, DIRECTOR GENERAL DE EPIDEMIOLOGÍA: Buenas noches.` is
    `Buenas noches.`; `Sra. Montaño.- Mañana mismo.` is `Mañana mismo.`. The label gives the
    paragraph's speakers (searched with `orador:`); indexed as words, it made 40% of the
    paragraphs that "mention" Alomía his own labels (trial 12, finding 5), and `pregunta`
    match every reporter's turn. The stored text keeps it, for display. `turn` False: the document
    read no turn there (Record.turn), and a label's shape is its words (a headline's `Ana Gil, ministra: «…»`).
    """
    if turn is False or speakers.turn_label(paragraph) is None:
        return paragraph
    colon = paragraph.find(":")  # a label with a colon ends at the first (labels.CAPS_LABEL…)
    dash = LABEL_DASH.search(paragraph) if colon < 0 else None
    if colon < 0 and dash is None:
        return paragraph  # no end that a label has: keep every word
    return paragraph[colon + 1 if colon >= 0 else dash.end():].lstrip()


def retitle(document: Document, when: datetime.date | None) -> str | None:
    """Give a transcript whose title is its first words a title made from its kind and date.

    Returns the title made, or None when the document keeps its own.
    """
    if not document.title_is_first_line or document.standalone:
        return None
    made = transcript_title(document.paragraphs, document.doc, when.isoformat() if when else None)
    if made:
        if document.titles:
            document.titles = [made if title == document.title else title
                               for title in document.titles]
        document.title = made
    return made


def bound_titles(document: Document, warn=None):
    """Cut the titles a file gives past MAX_TITLE_CHARS (at a space, with "…"), said once a
    document: a feed's field filled with a whole article would head every hit with it."""
    def bounded(title):
        if not title or len(title) <= MAX_TITLE_CHARS:
            return title
        head = title[:MAX_TITLE_CHARS]
        return (head.rsplit(" ", 1)[0] if " " in head else head).rstrip() + "…"

    longest = max([len(document.title or "")] + [len(title or "") for title in document.titles or []])
    if longest <= MAX_TITLE_CHARS:
        return
    document.title = bounded(document.title)
    if document.titles:
        document.titles = [bounded(title) for title in document.titles]
    if warn is not None:
        warn(f"{document.path or document.doc}: un título tenía {number_of(longest)} caracteres; se cortó "
             f"a {MAX_TITLE_CHARS}")


def document_records(document: Document, warn=None) -> tuple[datetime.date | None, list[Record]]:
    """Return (document date, records numbered from 1) with speakers and dates filled in.

    A transcript's title is made here (ingest/titles.py), so the store keeps it with the
    document and a search only reads it. `warn(message)` hears of speakers left out.
    """
    when = document_date(document)
    made = retitle(document, when)
    found = extracted_speakers(document, warn)
    turns = ([speakers.turn_lines([text])[0] for text in document.paragraphs] if document.standalone
             else speakers.turn_lines(document.paragraphs))
    bound_titles(document, warn)
    records = []
    for index, text in enumerate(document.paragraphs):
        number = document.first_paragraph + index + 1  # a part of a document goes on from the last
        record_id = document.ids[index] if document.ids else f"{document.doc}#{number}"
        title = document.titles[index] if document.titles else document.title
        own_date = document.dates[index] if document.dates else None
        if document.standalone:  # an item of a feed: its own date, dateline, or the file's
            record_date = dates.document_date([text], document.doc, own_date, header_text=False)
        else:
            record_date = (dates.parse_date(own_date) if own_date else None) or when
        # A rule (`---`, `* * *`) says nothing: nobody speaks it, even inside a turn.
        spoken = found[index] if WORD.search(text) else []
        records.append(Record(record_id, document.doc, number, title, text, record_date,
                              spoken, title_searched=title != made, turn=turns[index]))
    return when, records
