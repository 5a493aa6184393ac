"""The Whoosh schema: the postings of each paragraph record, and where its text is stored.

Texts and metadata live in the record store (store.py); each Whoosh document
carries its document and paragraph numbers as columns to find them there. No positions
are indexed: they would double the size of the postings. A phrase is answered from
the postings of its words, of its stop words and pairs of stop words (`pairs`), and a
signature of each paragraph's other pairs (`pair_bits`; search/text/pairs.py); it is
checked against the stored text only when those can't tell. A title phrase is checked
against the titles, which documents share. Dates are ISO strings rather than a
DATETIME, which would index nine terms a record; with their month and year beside them,
a range costs few terms.
"""

from whoosh.columns import NumericColumn
from whoosh.fields import COLUMN, ID, TEXT, Schema

from search.text.analysis import exact_analyzer, spanish_analyzer
from search.text.pairs import SIGNATURE_BYTES, SIGNATURE_FIELD, SIGNATURE_SCHEME, PairTokenizer
from search.whoosh_ext.columns import SignatureColumn
from search.whoosh_ext.fields import RepeatedID, RepeatedKEYWORD, WordPairs

PAIRS = "stop"  # which word pairs are terms: bench/phrase_structures.py measured each


def _unscored(field):
    """Return a field that keeps no lengths, so Whoosh scores its matches by their weight."""
    field.scorable = False
    return field


def paragraph_schema(merge_plurals=True, pairs=PAIRS, signatures=True, positions=False):
    """Return the schema of the paragraph index.

    `pairs`, `signatures` and `positions` are there for bench/phrase_structures.py,
    which measures what each way of answering phrases costs.
    """
    analyzer = spanish_analyzer(merge_plurals)
    schema = Schema(
        text=TEXT(analyzer=analyzer, phrase=positions),
        title=TEXT(analyzer=analyzer, phrase=False),
        # The titles Hemeroteca made for transcripts ("Conferencia de prensa, 2020-06-15"):
        # searched by `titulo:` only, so that a plain `conferencia` does not match every
        # paragraph of every transcript. Unscored: a match counts its words, on both
        # scoring paths (the posting cache keeps lengths of scored fields only).
        made_title=_unscored(TEXT(analyzer=analyzer, phrase=False)),
        # The text's words unstemmed, folded: a bonus for the very words typed (ranking.py).
        exact=TEXT(analyzer=exact_analyzer(), phrase=False),
        pairs=WordPairs(PairTokenizer(pairs)),
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
    if signatures:  # the signature of each paragraph's pairs (search/text/pairs.py)
        schema.add(SIGNATURE_FIELD, COLUMN(SignatureColumn(SIGNATURE_BYTES, SIGNATURE_SCHEME)))
    return schema
