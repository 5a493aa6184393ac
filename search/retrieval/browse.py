"""Reading the index by record: whole documents, context, similar paragraphs, marks."""

import time
from collections import Counter
from math import log

from search.errors import RecordNotFound
from search.query.builder import build_query
from search.query.parser import parse
from search.records import Record
from search.retrieval.ranking import question_query
from search.retrieval.reader import SearchIndex
from search.retrieval.results import Results, hit_records, to_hit
from search.retrieval.snippets import marked_spans

SIMILAR_TERMS = 25


def document(index: SearchIndex, doc: str) -> list[Record]:
    """Return every record of a document in order, or raise RecordNotFound."""
    records = index.store.document_records(doc)
    if not records:
        raise RecordNotFound(f"No hay ningún documento «{doc}» en el índice.")
    return records


def locate(index, record_id):
    """Return (docno, paragraph) of a record id, or raise RecordNotFound."""
    place = index.store.locate(record_id)
    if place is None or index.store.record(*place) is None:
        raise RecordNotFound(f"No hay ningún párrafo «{record_id}» en el índice.")
    return place


def context(index: SearchIndex, record_id: str, n: int = 2) -> list[Record]:
    """Return the record with up to n records of its document on each side (RecordNotFound)."""
    docno, paragraph = locate(index, record_id)
    doc = index.store.record(docno, paragraph).doc
    records = index.store.document_records(doc)
    return records[max(0, paragraph - 1 - n):paragraph + n]


def similar(index: SearchIndex, record_id: str, limit: int = 10) -> Results:
    """Return the paragraphs most like a record: its most telling words, any of them.

    The words are its 25 with the highest tf-idf that some other paragraph shares;
    raises RecordNotFound for an unknown id.
    """
    started = time.perf_counter()
    record = index.store.record(*locate(index, record_id))
    searcher = index.searcher()
    counts = Counter(t.text for t in searcher.schema["text"].analyzer(record.text))
    total = searcher.doc_count_all()

    frequency = {term: searcher.doc_frequency("text", term) for term in counts}
    # A word found only in this paragraph can't bring any other.
    shared = [term for term in counts if frequency[term] > 1]
    terms = sorted(shared, key=lambda t: (-counts[t] * log(1 + total / frequency[t]), t))
    terms = terms[:SIMILAR_TERMS]
    results = Results(query=record.id, limit=limit, mode="similar")
    if terms:
        query = question_query(searcher, terms)
        hits = [(hit.docnum, hit.score) for hit in searcher.search(query, limit=limit + 1)]
        records = hit_records(searcher, index.store, [docnum for docnum, _ in hits])
        results.hits = [to_hit(found, score, set(terms)) for found, (_, score)
                        in zip(records, hits) if found and found.id != record.id][:limit]
        results.total = len(results.hits)
    results.took_ms = round((time.perf_counter() - started) * 1000, 1)
    return results


def highlight(index: SearchIndex, text: str, query: str) -> tuple[str, list[tuple[int, int]]]:
    """Return (text, highlights) marking the words of text that a query matches."""
    searcher = index.searcher()
    built = build_query(parse(query or ""), searcher, index.store, "or")
    return text, [(start, end) for start, end, _ in marked_spans(text, built.terms, built.phrases)]
