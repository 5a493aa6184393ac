"""Documents to paragraph records: ids, paragraph numbers, date and speakers."""

from datetime import date

from search.documents import Record


def parse_metadata_date(value):
    """Return the date of an ISO-like metadata value (2020-12-22), or None."""
    try:
        return date.fromisoformat(str(value).strip()[:10])
    except ValueError:
        return None


def document_records(document):
    """Return the paragraph records of a document, numbered from 1."""
    when = parse_metadata_date(document.date) if document.date else None
    records = []
    for number, text in enumerate(document.paragraphs, 1):
        record_id = document.ids[number - 1] if document.ids else f"{document.doc}#{number}"
        speakers = document.speakers[number - 1] if document.speakers else []
        title = document.titles[number - 1] if document.titles else document.title
        records.append(Record(record_id, document.doc, number, title, text, when, speakers))
    return records
