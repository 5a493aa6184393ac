"""Results: the hits of a search, as the CLI, the page and the JSON API show them."""

from dataclasses import dataclass, field

from search.budget import current as current_budget
from search.errors import shown
from search.query.dates import UNDATED, is_undated
from search.retrieval.filter_values import described_values
from search.retrieval.phrase_spans import with_phrases
from search.retrieval.snippets import snippets_for
from search.retrieval.spans import may_match, page_spans
from search.settings import MAX_PAGE, SNIPPET_GRACE_SECONDS
from search.text.pieces import piece_of
from search.text.wording import number, plural

ECHOED_CHARS = 80  # a summary line repeats this much of the query, then "…"


def described_filters(speaker, date_from, date_to, periods=()):
    """Return the filters in use as summaries, tips and exports name them: `speaker` a name or
    a tuple of names (any of them: filter_values.py), `periods` a tuple of periods (any of them).

    >>> described_filters("Alomía", "2020-03", None)
    ['orador «Alomía»', 'desde «2020-03»']
    >>> described_filters('"Hugo López-Gatell Ramírez"', None, None)  # a facet's exact name
    ['orador «Hugo López-Gatell Ramírez»']
    >>> described_filters(None, "sin fecha", "Sin fecha")  # the year facet's undated bucket
    ['sin fecha']
    >>> described_filters(('"Sergey Lavrov"', "Zajárova"), None, None, ("2020", "sin fecha"))
    ['orador «Sergey Lavrov» o «Zajárova»', 'fecha «2020» o «sin fecha»']
    """
    speakers = (speaker,) if isinstance(speaker, str) else tuple(speaker or ())
    undated = [UNDATED] if is_undated(date_from) or is_undated(date_to) else []
    if undated:  # one filter, however many ends name it (a date beside it is refused: searching.filter_query)
        date_from = date_to = None
    return ([f"orador {described_values(speakers)}"] if any(speakers) else []) + [
        f"{name} «{value}»" for name, value in (("desde", date_from), ("hasta", date_to)) if value] + undated + (
        [f"fecha {described_values(tuple(periods))}"] if periods else [])


@dataclass
class Hit:
    """One ranked paragraph, with its snippet."""

    id: str
    doc: str
    paragraph: int
    title: str
    date: str | None
    speakers: list[str]
    score: float
    snippet: str
    highlights: list[tuple[int, int]] = field(default_factory=list)
    title_highlights: list[tuple[int, int]] = field(default_factory=list)  # the matches in `title`
    # The piece (`?trozo=K`, document_parts.py) of a paragraph too long to show whole that
    # holds the snippet's first match; 0 for a paragraph shown whole (null in JSON, as /api/doc has it).
    piece: int = 0
    # The names of the identical copies of its document that the search left out (copies.py).
    also_in: list[str] = field(default_factory=list)

    def to_json(self):
        """Return the hit as a JSON-ready dict, as dataclasses.asdict (Results.to_json);
        `also_in` only when its document has copies."""
        found = {"id": self.id, "doc": self.doc, "paragraph": self.paragraph, "title": self.title,
                 "date": self.date, "speakers": list(self.speakers), "score": self.score,
                 "snippet": self.snippet, "highlights": list(self.highlights),
                 "title_highlights": list(self.title_highlights), "piece": self.piece or None}
        if self.also_in:
            found["also_in"] = list(self.also_in)
        return found


@dataclass
class Results:
    """A page of results, the total, and what the user should know about the search."""

    query: str
    total: int = 0
    hits: list[Hit] = field(default_factory=list)
    mode: str = "all"
    messages: list[str] = field(default_factory=list)
    suggestion: str | None = None
    tips: list[str] = field(default_factory=list)  # what to try when nothing matched
    facets: dict | None = None
    took_ms: float = 0.0
    page: int = 1
    limit: int = 10
    complete: bool = True  # False when the search ran out of time (search/budget.py)
    filters: list[str] = field(default_factory=list)  # `orador «Alomía»`, `desde «2020-03»`
    # The results a person can page through (settings.MAX_PAGE pages of `limit`): fewer
    # than total when the rest can be had only by narrowing, sorting or exporting.
    reachable: int = 0
    # True when every part of the query was ignored (a date that is none, stop words only,
    # a lone operator…; its messages say why): no search ran, and nothing is "not found".
    nothing_left: bool = False

    def searched(self):
        """Return what was searched, for a summary line: «the query» (cut) and the filters.

        >>> Results("salud", filters=["desde «2020»"]).searched()
        '«salud», desde «2020»'
        >>> Results("", filters=["orador «Alomía»"]).searched()
        'orador «Alomía»'
        """
        query = shown(self.query)
        if len(query) > ECHOED_CHARS:
            query = query[:ECHOED_CHARS].rsplit(" ", 1)[0] + "…"
        filters = [shown(described) for described in self.filters]  # a filter may hold ESC too
        return ", ".join(([f"«{query}»"] if query or not filters else []) + filters)

    def nothing_left_message(self):
        """Return the summary line of a search whose every part was ignored, naming it.

        >>> Results("fecha:enero", nothing_left=True).nothing_left_message()
        'No quedó nada que buscar: se ignoró todo lo escrito, «fecha:enero»; los avisos dicen por qué.'
        """
        return f"No quedó nada que buscar: se ignoró todo lo escrito, {self.searched()}; los avisos dicen por qué."

    def last_page(self):
        """Return the number of the last page a person can open (1 with no results).

        >>> Results("salud", total=25, limit=10).last_page()
        3
        >>> Results("salud", total=10 ** 6, limit=1).last_page() == MAX_PAGE
        True
        """
        return max(1, min(-(-self.total // max(1, self.limit)), MAX_PAGE))

    def past_the_end(self):
        """Return what the CLI, the page and the JSON API say of a page past the last one
        (None for any other page): the results there are, and the last page's number.

        >>> Results("salud", total=25, page=9).past_the_end()
        'La página 9 está más allá del final: «salud» tiene 25 resultados (3 páginas de 10); la última es la 3.'
        >>> Results("salud", total=25, page=3).past_the_end() is None
        True
        """
        if self.hits or not self.total or not self.limit or self.mode == "similar":
            return None  # an export (limit 0) has no pages
        if self.page <= self.last_page():
            return None
        pages = -(-self.total // self.limit)
        return (f"La página {self.page} está más allá del final: {self.searched()} tiene "
                f"{plural(self.total, 'resultado')} ({plural(pages, 'página')} de {number(self.limit)}); "
                f"la última es la {number(self.last_page())}.")

    def to_json(self):
        """Return the results as a JSON-ready dict; a page past the last says so in its
        messages (past_the_end), as the CLI and the page do.

        What dataclasses.asdict gives, its lists and dicts new, built field by field:
        asdict's generic deep copy took 126 us for a page of ten hits, more than its snippets.
        """
        body = {name: getattr(self, name) for name in RESULTS_FIELDS}
        body.update(hits=[hit.to_json() for hit in self.hits], messages=list(self.messages),
                    tips=list(self.tips), filters=list(self.filters), facets=_copied(self.facets))
        past = self.past_the_end()
        if past:
            body["messages"] = [*body["messages"], past]
        return body


RESULTS_FIELDS = tuple(Results.__dataclass_fields__)


def _copied(value):
    """Return value with its dicts, lists and tuples new, as dataclasses.asdict copies them."""
    if isinstance(value, dict):
        return {_copied(key): _copied(item) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return type(value)(_copied(item) for item in value)
    return value


def record_places(searcher, docnums):
    """Return the (docno, paragraph) of each Whoosh document number: where the store keeps it.

    The posting cache's columns give them when it has them (numpy only once searching).
    """
    from search.retrieval.columnar import postings_for

    postings = postings_for(searcher)
    if postings is not None:
        return postings.places(docnums)
    reader = searcher.reader()
    docnos, paragraphs = reader.column_reader("docno"), reader.column_reader("paragraph")
    return [(docnos[docnum], paragraphs[docnum]) for docnum in docnums]


def hit_records(searcher, store, docnums, speakers=True):
    """Return the stored record of each Whoosh document number (None if it is gone).

    With `speakers` False, the records have no speakers (RecordStore.records). Their
    entries are read from the segments' texts files where they can be (hit_texts.py).
    """
    from search.retrieval.hit_texts import hit_entries

    return store.records(record_places(searcher, docnums), speakers, hit_entries(searcher, store, docnums))


def to_hit(record, score, terms, phrases=(), title_terms=()):
    """Return a Hit for a record, with a snippet around the matched words and phrases (to_hits)."""
    return to_hits([record], [score], terms, phrases, title_terms)[0]


def to_hits(records, scores, terms, phrases=(), title_terms=(), spans=None):
    """Return a Hit for each record, with a snippet around the matched words and phrases,
    and the matches of title_terms (and phrases) in its title (title_highlights).
    `spans` gives the words of terms in some texts, found already (snippets_for).

    The snippets of the page are made at once (snippets_for). They count in the search's
    time budget (search/budget.py): SNIPPET_GRACE_SECONDS after it is spent, the hits
    from there on get the opening of their text unmarked, and the search says it was cut
    short.
    """
    budget, marked = current_budget(), 0
    while marked < len(records):
        if budget.overdue(SNIPPET_GRACE_SECONDS):
            budget.stop("el marcado de los fragmentos")
            break
        marked += 1
    texts = [record.text for record in records]
    snippets = snippets_for(texts[:marked], terms, phrases, None if spans is None else spans[:marked], places=True)
    titled = title_highlights([record.title for record in records[:marked]], title_terms, phrases)
    if marked < len(texts):
        snippets += snippets_for(texts[marked:], (), places=True)
        titled += [[] for _ in texts[marked:]]
    return [Hit(id=record.id, doc=record.doc, paragraph=record.paragraph, title=record.title,
                date=record.date.isoformat() if record.date else None,
                speakers=record.speakers, score=round(score, 4), snippet=snippet,
                highlights=highlights, title_highlights=title_marks, piece=piece_of(record.text, place))
            for record, score, (snippet, highlights, place), title_marks in zip(records, scores, snippets, titled)]


def title_highlights(titles, terms, phrases=()):
    """Return [[(start, end)]]: the matches of terms, and of phrases, in each title (none
    without terms). A page's distinct titles are scanned at once (page_spans): the hits of
    one document share theirs. Without phrases, a title no term may match (spans.may_match:
    most) is not scanned: a tenth of the hits' time went to scanning titles.
    """
    if not terms:
        return [[] for _ in titles]
    distinct = list(dict.fromkeys(filter(None, titles)))
    if not phrases:
        distinct = may_match(distinct, terms)
    marks = {title: [(start, end) for start, end, _ in with_phrases(title, spans, phrases)]
             for title, spans in zip(distinct, page_spans(distinct, terms) if distinct else ())}
    return [list(marks.get(title, ())) if title else [] for title in titles]
