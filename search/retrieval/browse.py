"""Reading the index by record: whole documents, context, speakers and their dates, marks.

Similar paragraphs are in similar.py.
"""

from search.errors import RecordNotFound
from search.query.builder import build_query
from search.query.documents import document_names, matching_paths
from search.query.parser import parse
from search.query.synonyms import synonyms_for
from search.records import Record
from search.retrieval.copies import index_copies
from search.retrieval.reader import SearchIndex
from search.retrieval.snippets import marked_spans
from search.text.folding import speaker_key
from search.text.wording import number, plural

SIMILAR_NAMES_SHOWN = 5  # the documents named in a message when a name is the tail of several


def document(index: SearchIndex, doc: str) -> list[Record]:
    """Return every record of a document in order, or raise RecordNotFound.

    A name that is no document's but the tail of one document's path (`rueda-1` for
    `f1.jsonl/rueda-1`, as `doc:` reads it) gives that document; the tail of several
    raises RecordNotFound naming them.
    """
    records = index.store.document_records(doc)
    if records:
        return records
    full = full_name(index, doc)
    if full is None:
        raise RecordNotFound(f"No hay ningún documento «{doc}» en el índice.")
    return index.store.document_records(full)


def document_window(index: SearchIndex, doc: str, first: int, count: int) -> tuple[list[Record], int]:
    """Return (the records of a document from paragraph `first`, at most `count` of them, in
    order; how many paragraphs it has), or raise RecordNotFound as document() does.

    Only the window is read from the store: a page of a feed of millions of records costs
    what a page of a short note does.
    """
    name = doc if index.store.docno_of(doc) is not None else full_name(index, doc)
    if name is None:
        raise RecordNotFound(f"No hay ningún documento «{doc}» en el índice.")
    docno, total = index.store.docno_of(name), index.store.paragraph_count(name)
    places = [(docno, number) for number in range(first, min(total, first + count - 1) + 1)]
    return [record for record in index.store.records(places) if record is not None], total


def full_name(index, name, suffix=""):
    """Return the one document whose path ends in `name` after a `/` (documents.matching_paths),
    None when none does; raise RecordNotFound naming them when several do.

    Two files that give one `doc` (`f1.jsonl/rueda-1`, `f2.jsonl/rueda-1`), or one path
    under two folders (`a/1.txt`, `b/1.txt`), are indexed with their file's or folder's
    name in front (ingest/shared_docs.py): the name people know is then the tail.
    `suffix` (`#2`) is added to the names said, when a paragraph was asked for.
    """
    found = [path for path in matching_paths(document_names(index.searcher(), index.store), name)
             if path != name]
    if len(found) < 2:
        return found[0] if found else None
    shown = [f"«{path}{suffix}»" for path in found[:SIMILAR_NAMES_SHOWN]]
    more = f" y {number(len(found) - len(shown))} más" if len(found) > len(shown) else ""
    raise RecordNotFound(f"«{name}{suffix}» no es el nombre de un documento del índice: lo es el final "
                         f"del nombre de {len(found)} documentos ({', '.join(shown)}{more}), de archivos "
                         f"o carpetas distintos. Nombre uno entero, como {shown[0]}; «doc:{name}» "
                         "busca en todos.")


def locate(index, record_id):
    """Return (docno, paragraph) of a record id, or raise RecordNotFound.

    `doc#N` of a name that is the tail of one document's path is that document's (full_name).
    """
    place = index.store.locate(record_id)
    if place is None or index.store.record(*place) is None:
        doc, _, nth = record_id.rpartition("#")
        full = full_name(index, doc, f"#{nth}") if doc and not index.store.paragraph_count(doc) else None
        place = index.store.locate(f"{full}#{nth}") if full else None
        if place is None or index.store.record(*place) is None:
            raise RecordNotFound(not_a_paragraph(index, f"{full}#{nth}" if full else record_id))
    return place


def not_a_paragraph(index, record_id):
    """Return why record_id names no paragraph when it names a document or a number past
    its end (with the document's count of paragraphs), else the plain "no such paragraph"."""
    doc, _, _ = record_id.rpartition("#")
    count = index.store.paragraph_count(doc or record_id)
    if count and not doc:
        return (f"«{record_id}» es un documento, no un párrafo: nombre uno de sus "
                f"{plural(count, 'párrafo')} como {record_id}#1.")
    if count:
        return (f"No hay ningún párrafo «{record_id}»: el documento «{doc}» tiene "
                f"{plural(count, 'párrafo')} (de {doc}#1 a {doc}#{count}).")
    return f"No hay ningún párrafo «{record_id}» en el índice."


def context(index: SearchIndex, record_id: str, n: int = 2) -> list[Record]:
    """Return the record with up to n records of its document on each side (RecordNotFound)."""
    docno, paragraph = locate(index, record_id)
    records = index.store.document_records_at(docno)  # not by name: two files may share one
    return records[max(0, paragraph - 1 - n):paragraph + n]


def paragraph_or_document(index: SearchIndex, target: str,
                          around: int = 0) -> tuple[list[Record], bool]:
    """Return (records, whole document?) for a record id with `around` neighbours, or a document.

    A record id (`doc#N`, or a jsonl id) comes first; raises RecordNotFound when
    target is neither.
    """
    place = index.store.locate(target)
    if place is not None and index.store.record(*place) is not None:
        return context(index, target, around), False
    records = index.store.document_records(target)
    if records:
        return records, True
    doc = target.rpartition("#")[0]
    if doc and index.store.paragraph_count(doc):  # a number past the document's end
        raise RecordNotFound(not_a_paragraph(index, target))
    full = full_name(index, target)  # a name that is the tail of one document's, or of several
    if full is not None:
        return index.store.document_records(full), True
    if doc and full_name(index, doc, "#" + target.rpartition("#")[2]) is not None:
        return context(index, target, around), False
    raise RecordNotFound(f"No hay ningún párrafo ni documento «{target}» en el índice: un "
                         "párrafo se nombra documento#número (o con su id de jsonl), y un "
                         "documento por su nombre, como en los resultados.")


def speaker_dates(index: SearchIndex) -> dict[str, tuple[str, str]]:
    """Return {speaker key: (first date, last date)} over the paragraphs each one speaks in.

    Dates are the paragraphs' own, as searches filter by them: a jsonl record's date,
    else its document's. Speakers whose paragraphs have no date are left out. Read from
    the posting cache when the index has one (columnar_facets.speaker_spans: 4 ms once the
    cache is open, where reading every posting's date through Whoosh took 190 ms at 165k
    paragraphs).
    """
    from search.retrieval.columnar import NO_DATE, postings_for
    from search.retrieval.columnar_facets import speaker_spans

    postings = postings_for(index.searcher())
    if postings is not None:
        return speaker_spans(postings.segments, NO_DATE)
    spans = {}
    for leaf, _ in index.searcher().reader().leaf_readers():
        if "speaker" not in leaf.indexed_field_names() or not leaf.has_column("date"):
            continue
        dates, deletions = leaf.column_reader("date"), leaf.has_deletions()
        for term in leaf.lexicon("speaker"):
            found = [dates[docnum] for docnum in leaf.postings("speaker", term).all_ids()
                     if not (deletions and leaf.is_deleted(docnum))]
            found = [day for day in found if day]
            if found:
                key = term.decode("utf-8")
                first, last = spans.get(key, (min(found), max(found)))
                spans[key] = (min(first, *found), max(last, *found))
    return spans


def speaker_table(index: SearchIndex, every_copy: bool = False) -> list[tuple[str, int, str | None, str | None, bool]]:
    """Return [(name, paragraphs, first date, last date, is a person)], people first, most first.

    A group of identical documents counts once, as a search shows it (retrieval/copies.py:
    the copies it leaves out are not counted), unless `every_copy`. A copy has its shown
    document's dates, so leaving it out changes no date.

    The counts come from the record store (storage/store.py), which joins the spellings of
    one person, and so do the dates when every paragraph has its document's; where some
    may have their own (records of .jsonl files), from the paragraphs (speaker_dates).
    """
    left_out = frozenset() if every_copy else index_copies(index).hidden
    rows = index.store.speaker_table(left_out)
    if not index.store.has_own_dates():
        return rows
    spans, groups = speaker_dates(index), index.store.speaker_groups()
    table = []
    for name, count, _, _, person in rows:
        key = speaker_key(name)
        found = [spans[spelling] for spelling in groups.get(key, (key,)) if spelling in spans]
        first = min((start for start, _ in found if start), default=None)
        last = max((end for _, end in found if end), default=None)
        table.append((name, count, first, last, person))
    return table


def highlight(index: SearchIndex, text: str, query: str, synonyms: bool = True) -> tuple[str, list[tuple[int, int]]]:
    """Return (text, highlights) marking the words of text that a query matches, and its
    words' synonyms (the index's, as a search has them) unless `synonyms` is False."""
    searcher = index.searcher()
    found = synonyms_for(index.index_dir) if synonyms else None
    built = build_query(parse(query or ""), searcher, index.store, "or", synonyms=found)
    return text, [(start, end) for start, end, _ in marked_spans(text, built.terms, built.phrases)]
