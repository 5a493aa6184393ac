"""The Whoosh schema: the postings of each paragraph record, and where its text is stored.

Texts and metadata live in the record store (store.py); each Whoosh document
carries its document and paragraph numbers as columns to find them there. Phrases are
checked against the stored text, so no positions are indexed: they would double the
size of the postings. Dates are ISO strings rather than a DATETIME, which would index
nine terms a record; with their month and year beside them, a range costs few terms.
"""

from whoosh.columns import NumericColumn
from whoosh.fields import COLUMN, ID, TEXT, Schema

from search.text.analysis import spanish_analyzer
from search.whoosh_ext.fields import RepeatedID, RepeatedKEYWORD


def paragraph_schema(merge_plurals=True):
    """Return the schema of the paragraph index."""
    analyzer = spanish_analyzer(merge_plurals)
    return Schema(
        text=TEXT(analyzer=analyzer, phrase=False),
        title=TEXT(analyzer=analyzer, phrase=False),
        doc=ID(),
        docno=COLUMN(NumericColumn("I")),
        paragraph=COLUMN(NumericColumn("I")),
        date=RepeatedID(sortable=True),  # YYYY-MM-DD
        month=RepeatedID(),  # YYYY-MM and YYYY: a date range is a few whole years and
        year=RepeatedID(),  # months, and days only at its ends (search/query/dates.py)
        # Each speaker's key, for filters (search/query/speakers.py) and facets. Not
        # scored: a speaker filter narrows the results without reordering them.
        speaker=RepeatedKEYWORD(commas=True, scorable=False),
    )
