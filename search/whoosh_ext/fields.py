"""Fields whose values repeat from record to record: each value is analyzed once.

Whoosh analyzes a field's value for every document. A document's date, and a speaker's
name through a turn, come back on paragraph after paragraph. The memo can't live on the
field itself: Whoosh pickles fields into the index and compares them by their
attributes, so it is kept beside them, by the field's id, and dropped with the field.
"""

import weakref

from whoosh.fields import ID, KEYWORD

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
