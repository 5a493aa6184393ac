"""What a reader serves: documents not deleted, which Whoosh's term table still counts.

Whoosh, as Lucene, marks a document deleted and keeps its postings until its segment is
merged: `doc_frequency` counts it till then, while a search, reading postings, leaves it out
(`SegmentReader.postings` filters them). What must answer as a fresh build of the same files
would (the compounds' evidence, a document's versions) asks here.
"""

from whoosh.reading import TermNotFound


def serves(reader, fieldname, term):
    """Tell whether a reader serves a document with the term, one not deleted."""
    try:
        return reader.postings(fieldname, term).is_active()
    except TermNotFound:
        return False


def live_frequency(reader, fieldname, term):
    """Return how many documents not deleted hold the term in a reader (Whoosh's postings)."""
    if not reader.has_deletions():
        return reader.doc_frequency(fieldname, term)
    try:
        return sum(1 for _ in reader.postings(fieldname, term).all_ids())
    except TermNotFound:
        return 0
