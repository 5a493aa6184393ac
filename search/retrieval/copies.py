"""Identical copies of a document, shown once: the others' paragraphs left out of a search.

An archive often holds one file twice (`chile/017.txt` and `raros/sub/duplicado.txt`): each is
a document of the index, so without this every hit, total, facet and exported row of it
counted twice. As Elasticsearch's `collapse` on a field and Meilisearch's `distinctAttribute`
do, a search shows each group of identical documents once, by the document whose name sorts
first, and that hit names the others (Hit.also_in, «también en»). Identical means the same
indexed form (storage/forms.py: texts, title, date, speakers, paragraph numbers, format, the
name aside), so a copy saved with CRLF newlines, or in UTF-16, is a copy; one whose name gives
it another date is not. Nothing is dropped from the index: every copy stays indexed, `doc:`
finds it (a query naming documents shows every one it names), and `every_copy` shows them all.

The copies are left out of the query that runs (without_copies), on the posting cache's path and
on Whoosh's alike, so that both give the same hits, totals and facets; an index without
copies runs its query unchanged.
"""

from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field

from whoosh.query import AndNot, Or, Term

from search.query.served import serves
from search.storage.forms import doc_term

_SHOWN = ContextVar("copies_shown", default=None)  # the Copies a search leaves out, or None


@dataclass(frozen=True)
class Copies:
    """The copies an index state serves: `hidden`, the document numbers left out of a search;
    `others`, {shown document's name: [its copies' names]}; `query`, what matches the hidden."""

    hidden: frozenset = frozenset()
    others: dict = field(default_factory=dict)
    query: object = None


NO_COPIES = Copies()


def index_copies(index):
    """Return the Copies of an index's current state (computed once per state: reader.per_state).

    Of each group of documents with one indexed form (store.shared_forms) that the searcher
    serves, the one whose name sorts first is shown: what a fresh build of the same files shows,
    whatever order they were indexed in.
    """
    return index.per_state("copies", lambda: _copies(index.searcher().reader(), index.store.shared_forms()))


def _copies(reader, groups):
    hidden, others = set(), {}
    for group in groups:
        # a version the searcher does not serve (retired, or pending before its commit) is no copy
        served = sorted((doc, docno) for docno, doc in group if serves(reader, "doc", doc_term(docno)))
        if len(served) < 2:
            continue
        (shown, _), *rest = served
        others[shown] = [doc for doc, _ in rest]
        hidden.update(docno for _, docno in rest)
    if not hidden:
        return NO_COPIES
    return Copies(frozenset(hidden), others, Or([Term("doc", doc_term(docno)) for docno in sorted(hidden)]))


@contextmanager
def collapsing(copies):
    """Leave `copies` (Copies, or None for none) out of every query run in this context (running.py)."""
    token = _SHOWN.set(copies if copies is not None and copies.hidden else None)
    try:
        yield
    finally:
        _SHOWN.reset(token)


def without_copies(query):
    """Return the query without the copies of the search that runs (collapsing), or as it is.

    A query that names documents (`doc:`) finds each one it names, a copy too.
    """
    copies = _SHOWN.get()
    if copies is None or names_documents(query):
        return query
    return AndNot(query, copies.query)


def names_documents(query):
    """Tell whether a Whoosh query has a `doc` term (a `doc:` filter)."""
    return any(fieldname == "doc" for fieldname, _ in query.iter_all_terms())


def copies_of(doc):
    """Return the names of a shown document's copies in the search that runs, or []."""
    copies = _SHOWN.get()
    return copies.others.get(doc, []) if copies is not None else []
