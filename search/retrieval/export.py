"""Every hit of a search, for a spreadsheet or a program: CSV, JSON lines or JSON, streamed.

An export runs the search as `search()` does (every word, then any, then typos; the same
filters and order) but keeps every match instead of a page. Memory stays bounded by
design: it holds the ranked (document, paragraph) numbers, a few dozen bytes a match,
and one batch of texts at a time, read from the record store as the output is written.

CSV is for spreadsheets in Spanish locales, which read `;` as the separator and `,` as
the decimal mark: UTF-8 with a byte-order mark (so Excel doesn't take it for ANSI),
`;` between fields, CRLF line ends, scores with a decimal comma (none when sorted by
date, which has no score), a hit's speakers in one cell as `Ana Ruiz; O'Brien, Patrick`
(speakers_cell), and a cell that would start a formula (`=`, `+`, `-`, `@`) prefixed with
`'`, as OWASP advises against CSV injection. A text longer than a spreadsheet cell holds
(CELL_CHARS) is cut there, with a mark that says so and how long it was: Excel cuts or refuses
a longer cell, and Python's csv reader refuses one over 131,072 characters (trial35: a line of a
million characters). JSON and JSON lines keep every text whole.
"""

import csv
import io
import json
import re
import unicodedata
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from urllib.parse import quote

from search.query.synonyms import searched_synonyms
from search.retrieval.copies import collapsing, index_copies
from search.retrieval.filter_values import filter_values
from search.retrieval.reader import SearchIndex
from search.retrieval.reranking import near_first
from search.retrieval.results import Results, described_filters, record_places
from search.retrieval.searching import find_matches, prepared, spoken_first
from search.text.untrusted import typed_words, without_controls

FORMATS = {"csv": "text/csv", "jsonl": "application/x-ndjson", "json": "application/json"}
FIELDS = ("id", "doc", "paragraph", "date", "speakers", "title", "score", "text")
CSV_HEADER = ("id", "documento", "párrafo", "fecha", "oradores", "título", "puntuación", "texto")
BATCH = 500  # records read from the store at a time
# The most characters a cell holds in Excel ("Excel specifications and limits": 32,767) and
# LibreOffice Calc; a longer text is cut to this, its mark included (cell_text).
CELL_CHARS = 32_767
CUT_MARK = " […] [texto cortado: tenía {} caracteres; entero en --format json o jsonl]"
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
# What a page of results says and an export, which holds every hit, has not.
PAGE_FIELDS = ("hits", "facets", "page", "limit", "took_ms", "reachable")


@dataclass
class Export:
    """A search's summary (total, mode, messages, suggestion; no hits) and its rows, best first.

    `rows` yields one dict of FIELDS per hit; it reads the store as it goes, so it is
    consumed once, while the index is open.
    """

    results: Results
    rows: Iterator[dict]
    cut_cells: int = 0  # the texts a CSV written of it cut to CELL_CHARS (csv_chunks counts them)


def export(index: SearchIndex, text: str, *, sort: str = "relevance", speaker: str | Sequence[str] | None = None,
           date_from: str | None = None, date_to: str | None = None, dates: str | Sequence[str] | None = None,
           synonyms=True, every_copy: bool = False) -> Export:
    """Return every hit of a query as an Export; the options are those of search().

    Identical copies of a document are exported once, as search() shows them (copies.py), or
    each with `every_copy`. Raises QueryError as search() does.
    """
    with collapsing(None if every_copy else index_copies(index)):
        return _export(index, text, sort, (filter_values(speaker), date_from and typed_words(date_from),
                                           date_to and typed_words(date_to), filter_values(dates)), synonyms)


def _export(index, text, sort, options, synonyms):
    speaker, date_from, date_to, _ = options
    results = Results(query=text or "", limit=0, filters=described_filters(*options))
    ready = prepared(index, text or "", sort, 1, 1, options, results)
    if ready is None:
        return Export(results, iter(()))
    searcher, _, parsed, filters = ready
    depth, synonyms = max(1, searcher.doc_count_all()), searched_synonyms(index.index_dir, synonyms, results.messages)
    found = find_matches(index, searcher, parsed, filters, sort, depth, results, synonyms, (date_from, date_to))
    if not speaker and sort == "relevance":  # a person's turns first, as search() shows them
        found = spoken_first(index, searcher, parsed, filters, depth, results, synonyms, found)
    if sort == "relevance" and found.typed_words and not found.turns_first:  # the first hits reordered as search() does
        found.ranked = near_first(searcher, index.store, found.ranked, found.typed_words)
    results.total = found.total
    places = record_places(searcher, [docnum for docnum, _ in found.ranked])
    scores = [None if found.by_date else score for _, score in found.ranked]  # by date: no score
    return Export(results, _rows(index.store, places, scores))


def _rows(store, places, scores):
    for start in range(0, len(places), BATCH):
        records = store.records(places[start:start + BATCH])
        for record, score in zip(records, scores[start:start + BATCH]):
            if record is not None:  # gone since the search: an update removed it
                yield {**_visible(record.to_json()), "score": None if score is None else round(score, 4)}


def _visible(row):
    """Return a row without control characters, which an index built before ingest removed
    them may hold: a CSV opened in a terminal, or a cell, must not carry an escape sequence."""
    return {name: without_controls(value) if isinstance(value, str)
            else [without_controls(item) for item in value] if isinstance(value, list) else value
            for name, value in row.items()}


def chunks(exported: Export, form: str) -> Iterator[str]:
    """Yield the text of an export in a format of FORMATS, a batch of rows at a time."""
    if form == "csv":
        return csv_chunks(exported.rows, exported)
    if form == "jsonl":
        return (json.dumps(_ordered(row), ensure_ascii=False) + "\n" for row in exported.rows)
    return json_chunks(exported)


def _ordered(row):
    return {name: row[name] for name in FIELDS}


def csv_chunks(rows: Iterator[dict], counted: Export | None = None) -> Iterator[str]:
    """Yield CSV for Spanish-locale spreadsheets: BOM, `;`, CRLF, decimal commas, texts that fit a
    cell (cell_text; `counted.cut_cells` counts those cut)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    buffer.write("\ufeff")
    writer.writerow(CSV_HEADER)
    for count, row in enumerate(rows, 1):
        writer.writerow([
            _cell(row["id"]), _cell(row["doc"]), row["paragraph"], row["date"] or "",
            _cell(speakers_cell(row["speakers"])), _cell(row["title"]),
            "" if row["score"] is None else f"{row['score']:.4f}".replace(".", ","), _cell(cell_text(row["text"])),
        ])
        if counted is not None and len(row["text"]) > CELL_CHARS:
            counted.cut_cells += 1
        if count % BATCH == 0:
            yield buffer.getvalue()
            buffer.seek(0)
            buffer.truncate()
    yield buffer.getvalue()


def cell_text(text):
    """Return a text that fits a spreadsheet's cell: whole, or cut at a space before CELL_CHARS
    with CUT_MARK, which says how long it was (its length counted in characters, as Excel does).

    >>> cut = cell_text("palabra " * 5000)
    >>> len(cut) <= CELL_CHARS, cut[-85:]
    (True, 'palabra […] [texto cortado: tenía 40.000 caracteres; entero en --format json o jsonl]')
    """
    if len(text) <= CELL_CHARS:
        return text
    from search.text.wording import number  # only for a text this long

    mark = CUT_MARK.format(number(len(text)))
    room = CELL_CHARS - len(mark)
    space = text.rfind(" ", room - 100, room)  # at a word's end, if one is near
    return text[:space if space > 0 else room] + mark


def speakers_cell(names):
    """Return a hit's speakers as one CSV cell that splits into them at `; `.

    A name may hold a comma (`O'Brien, Patrick`, as feeds write surnames first), so names are
    joined with `; `, as reference managers' CSV joins authors; a `;` in a name, which separates
    its words as a comma does (ingest/jsonl.py), is written `,`.

    >>> speakers_cell(["O'Brien, Patrick", "Pérez; Ana", "Eva"])
    "O'Brien, Patrick; Pérez, Ana; Eva"
    """
    return "; ".join(name.replace(";", ",") for name in names)


def _cell(text):
    """Return text that a spreadsheet shows as text, never runs as a formula."""
    return "'" + text if text.startswith(FORMULA_START) else text


def json_chunks(exported: Export) -> Iterator[str]:
    """Yield one JSON object: the search's summary, then its hits as an array, streamed."""
    head = {name: value for name, value in exported.results.to_json().items()
            if name not in PAGE_FIELDS}
    yield json.dumps(head, ensure_ascii=False)[:-1] + ', "hits": ['
    for count, row in enumerate(exported.rows):
        yield ("," if count else "") + "\n" + json.dumps(_ordered(row), ensure_ascii=False)
    yield "\n]}\n"


def file_name(query: str, form: str, plain: bool = True) -> str:
    """Return a file name for an export: hemeroteca-<the query's words>.<form>.

    `plain`: ASCII only, accents and ñ dropped (the `filename` of a Content-Disposition,
    for old clients); otherwise the words keep their letters (`año` stays `año`), for
    RFC 6266's `filename*` in UTF-8 (see disposition).
    """
    if plain:
        query = unicodedata.normalize("NFKD", query).encode("ascii", "ignore").decode("ascii")
    slug = re.sub(r"[\W_]+", "-", unicodedata.normalize("NFKC", query).lower())
    slug = slug.strip("-")[:60].rstrip("-")
    return f"hemeroteca-{slug or 'busqueda'}.{form}"


def disposition(query: str, form: str) -> str:
    """Return the Content-Disposition of an export: an ASCII name and its UTF-8 spelling.

    RFC 6266 (with RFC 5987's encoding): browsers take `filename*`, so `año` is saved
    as `hemeroteca-año.csv`, not `hemeroteca-ano.csv`, which is another word.

    >>> print(disposition("año", "csv"))
    attachment; filename="hemeroteca-ano.csv"; filename*=UTF-8''hemeroteca-a%C3%B1o.csv
    """
    return (f'attachment; filename="{file_name(query, form)}"; '
            f"filename*=UTF-8''{quote(file_name(query, form, plain=False))}")
