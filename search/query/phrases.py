"""Phrase queries without positions: candidates from the index, checked against the text.

The index keeps no word positions (they would double its size), so a phrase matches the
records that hold all its content words and whose stored text has the phrase's words in
order, stop words included.
"""

from whoosh.matching import FilterMatcher, NullMatcher
from whoosh.query import And, Every, Term
from whoosh.query.wrappers import WrappingQuery

from search.text.analysis import phrase_forms


def contains_sequence(forms, wanted):
    """Return True if wanted occurs in forms as a contiguous run."""
    size = len(wanted)
    if not size:
        return True
    first = wanted[0]
    return any(forms[start:start + size] == wanted
               for start, form in enumerate(forms) if form == first)


class PhraseQuery(WrappingQuery):
    """Records whose field holds the phrase's content words, and the phrase itself."""

    def __init__(self, fieldname, text, terms, store):
        child = And([Term(fieldname, term) for term in terms]) if terms else Every()
        super().__init__(child)
        self.fieldname = fieldname
        self.text = text
        self.terms = tuple(terms)
        self.store = store
        self.forms = phrase_forms(text)

    def _rewrap(self, child):
        return self

    def __repr__(self):
        return f"PhraseQuery({self.fieldname!r}, {self.text!r})"

    def __eq__(self, other):
        return (isinstance(other, PhraseQuery) and other.fieldname == self.fieldname
                and other.forms == self.forms)

    def __hash__(self):
        return hash((self.fieldname, tuple(self.forms)))

    def matcher(self, searcher, context=None):
        """Match the candidates whose text holds the phrase (checked segment by segment)."""
        candidates = self.child.matcher(searcher, context)
        if not candidates.is_active():
            return NullMatcher()
        docnums = list(candidates.all_ids())
        reader = searcher.reader()
        docnos, paragraphs = reader.column_reader("docno"), reader.column_reader("paragraph")
        records = self.store.records([(docnos[n], paragraphs[n]) for n in docnums])
        verified = {n for n, record in zip(docnums, records)
                    if record and contains_sequence(phrase_forms(self.field_text(record)),
                                                    self.forms)}
        if not verified:
            return NullMatcher()
        return FilterMatcher(self.child.matcher(searcher, context), verified)

    def field_text(self, record):
        """Return the text of the record's field that the phrase is searched in."""
        return record.title if self.fieldname == "title" else record.text
