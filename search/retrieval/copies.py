"""Identical copies of a document, shown once: the others' paragraphs left out of a search.

An archive often holds one file twice (`chile/017.txt` and `raros/sub/duplicado.txt`): each is
a document of the index, so without this every hit, total, facet and exported row of it
counted twice. As Elasticsearch's `collapse` on a field and Meilisearch's `distinctAttribute`
do, a search shows each group of identical documents once, by the document whose name sorts
first, and that hit names the others (Hit.also_in, «también en»). Identical means the same
indexed form (storage/forms.py: texts, title, date, speakers, paragraph numbers, format, the
name aside), so a copy saved with CRLF newlines, or in UTF-16, is a copy; one whose name gives
it another date is not. Nothing is dropped from the index: every copy stays indexed, `doc:`
finds it (a query shows every copy its `doc:` asks for, the others still left out, and its hits
name only those), and `every_copy` shows them all. A `doc:` the query excludes (`-doc:x`,
`NO doc:x`) asks for nothing: the copies stay left out.

The copies are left out of the query that runs (without_copies), on the posting cache's path and
on Whoosh's alike, so that both give the same hits, totals and facets; an index without
copies runs its query unchanged.
"""

from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field

from whoosh.query import AndNot, Not, Or, Term

from search.query.served import serves
from search.storage.forms import doc_term

_SHOWN = ContextVar("copies_shown", default=None)  # the Copies a search leaves out, or None


@dataclass(frozen=True)
class Copies:
    """The copies an index state serves: `hidden`, the document numbers left out of a search;
    `others`, {shown document's name: [its copies' names]}; `query`, what matches the hidden;
    `names`, {a hidden copy's `doc` term (forms.doc_term): its name}, in document number order;
    `narrowed`, {`doc` terms a query asks for: the query of the hidden ones left}, filled as asked."""

    hidden: frozenset = frozenset()
    others: dict = field(default_factory=dict)
    query: object = None
    names: dict = field(default_factory=dict)
    narrowed: dict = field(default_factory=dict, compare=False)


NO_COPIES = Copies()


def index_copies(index):
    """Return the Copies of an index's current state (computed once per state: reader.per_state).

    Of each group of documents with one indexed form (store.shared_forms) that the searcher
    serves, the one whose name sorts first is shown: what a fresh build of the same files shows,
    whatever order they were indexed in.
    """
    return index.per_state("copies", lambda: _copies(index.searcher().reader(), index.store.shared_forms()))


def _copies(reader, groups):
    hidden, others, names = set(), {}, {}
    for group in groups:
        # a version the searcher does not serve (retired, or pending before its commit) is no copy
        served = sorted((doc, docno) for docno, doc in group if serves(reader, "doc", doc_term(docno)))
        if len(served) < 2:
            continue
        (shown, _), *rest = served
        others[shown] = [doc for doc, _ in rest]
        hidden.update(docno for _, docno in rest)
        names.update((docno, doc) for doc, docno in rest)
    if not hidden:
        return NO_COPIES
    return Copies(frozenset(hidden), others, Or([Term("doc", doc_term(docno)) for docno in sorted(hidden)]),
                  {doc_term(docno): names[docno] for docno in sorted(hidden)})


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

    A query that asks for documents (`doc:`, named_documents) finds each one it asks for, a copy
    too; the other copies stay left out.
    """
    copies = _SHOWN.get()
    if copies is None:
        return query
    named = named_documents(query) & copies.names.keys()
    if not named:
        return AndNot(query, copies.query)
    key = frozenset(named)
    left_out = copies.narrowed.get(key)
    if left_out is None:
        # kept, as copies.query is: an excluded Or of many Terms is matched by a union kept per
        # query object (columnar_lists.excluded_within); few queries name copies, so few are kept
        if len(copies.narrowed) >= NARROWED_KEPT:
            copies.narrowed.clear()
        left = [Term("doc", term) for term in copies.names if term not in key]
        left_out = copies.narrowed[key] = Or(left) if left else None
    return query if left_out is None else AndNot(query, left_out)


NARROWED_KEPT = 16  # per index state: the queries of the copies left out when some are named


def named_documents(query):
    """Return the `doc` terms (a set of str) a Whoosh query asks for: those of its `doc:` filters,
    less the excluded ones (under a Not, or an AndNot's excluded side), which ask for nothing."""
    if isinstance(query, Not):
        return set()
    if isinstance(query, AndNot):
        return named_documents(query.a)
    if query.is_leaf():
        return {text for fieldname, text in query.iter_all_terms() if fieldname == "doc"}
    return set().union(*map(named_documents, query.children()))


def copies_of(doc, query=None):
    """Return the names of a shown document's copies that the search that runs left out, or [];
    with the query that ran, less the copies it asks for (named_documents), which it shows."""
    copies = _SHOWN.get()
    if copies is None:
        return []
    found = copies.others.get(doc, [])
    if found and query is not None:
        shown = {copies.names[term] for term in named_documents(query) & copies.names.keys()}
        found = [name for name in found if name not in shown]
    return found


def copy_group(doc):
    """Return the names of the documents identical to `doc` in the search that runs, `doc` among
    them (a set of str): its shown document and that one's copies; {doc} alone without copies."""
    copies = _SHOWN.get()
    if copies is not None:
        for shown, others in copies.others.items():
            if doc == shown or doc in others:
                return {shown, *others}
    return {doc}
