"""The Whoosh schema: the postings of each paragraph record, and where its text is stored.

Texts and metadata live in the record store (search/store.py); each Whoosh document
carries its document and paragraph numbers as columns to find them there. Phrases are
checked against the stored text, so no positions are indexed: they would double the
size of the postings. Dates are ISO strings rather than a DATETIME, which would index
nine terms a record; with their month and year beside them, a range costs few terms.
"""

import weakref

from whoosh.columns import NumericColumn
from whoosh.fields import COLUMN, ID, KEYWORD, TEXT, Schema

from search.analysis import spanish_analyzer

MEMO_VALUES = 4096  # distinct values remembered per field, a few documents' worth
_memos = {}  # id(field) -> {value: postings}, dropped with the field


class RepeatedValues:
    """A field whose value repeats from record to record: each value is analyzed once.

    A document's date, and a speaker's name through a turn, come back on paragraph
    after paragraph; Whoosh would analyze them every time.
    """

    def index(self, value, **kwargs):
        if kwargs:
            return super().index(value, **kwargs)
        memo = _memos.get(id(self))
        if memo is None:
            memo = _memos[id(self)] = {}
            weakref.finalize(self, _memos.pop, id(self), None)
        found = memo.get(value)
        if found is None:
            if len(memo) >= MEMO_VALUES:
                memo.clear()
            found = memo[value] = list(super().index(value))
        return found


class RepeatedID(RepeatedValues, ID):
    """An ID field for repeated values."""


class RepeatedKEYWORD(RepeatedValues, KEYWORD):
    """A KEYWORD field for repeated values."""


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
        year=RepeatedID(),  # months, and days only at its ends (search/date_query.py)
        # Each speaker's key, for filters (search/speaker_query.py) and facets. Not
        # scored: a speaker filter narrows the results without reordering them.
        speaker=RepeatedKEYWORD(commas=True, scorable=False),
    )
