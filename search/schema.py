"""The Whoosh schema: the postings of each paragraph record, and where its text is stored.

Texts and metadata live in the record store (search/store.py); each Whoosh document
carries its document and paragraph numbers as columns to find them there. Phrases are
checked against the stored text, so no positions are indexed: they would double the
size of the postings. Dates are ISO strings rather than a DATETIME, which would index
nine terms a record; with their month and year beside them, a range costs few terms.
"""

from whoosh.columns import NumericColumn
from whoosh.fields import COLUMN, ID, KEYWORD, TEXT, Schema

from search.analysis import name_analyzer, spanish_analyzer


def paragraph_schema(merge_plurals=True):
    """Return the schema of the paragraph index."""
    analyzer = spanish_analyzer(merge_plurals)
    return Schema(
        text=TEXT(analyzer=analyzer, phrase=False),
        title=TEXT(analyzer=analyzer, phrase=False),
        doc=ID(),
        docno=COLUMN(NumericColumn("I")),
        paragraph=COLUMN(NumericColumn("I")),
        date=ID(sortable=True),  # YYYY-MM-DD
        month=ID(),  # YYYY-MM and YYYY: a date range is a few whole years and months,
        year=ID(),  # and days only at its ends (search/date_query.py)
        # Not scored: a speaker filter narrows the results without reordering them.
        speakers=KEYWORD(analyzer=name_analyzer(), scorable=False),
        speaker=KEYWORD(commas=True, scorable=False),
    )
