"""User query -> Whoosh query -> ranked hits with snippets.

A search first requires every query word; when that finds nothing it falls back to
any word and says so. Text goes through the schema's own analyzer, never by hand.
"""

from dataclasses import asdict, dataclass, field
from math import log

from whoosh import qparser
from whoosh.query import AndMaybe, Or, Term
from whoosh.scoring import BM25F

from search.snippets import snippet_for

SEARCH_FIELDS = ("text", "title")


@dataclass(frozen=True)
class Ranking:
    """The knobs of ranking, with the values that measured best (bench/relevance.py)."""

    B: float = 0.75
    K1: float = 1.2
    title_boost: float = 0.5  # title words count, but less than the paragraph's own
    required_terms: int | None = 3  # a long question requires only its rarest words
    lucene_idf: bool = True

    def boosts(self):
        """Return the boost of each searched field."""
        return {"text": 1.0, "title": self.title_boost}


RANKING = Ranking()


class LuceneBM25F(BM25F):
    """BM25F with Lucene's idf, log(1 + (N - n + 0.5) / (n + 0.5)), which ranks better here."""

    def idf(self, searcher, fieldname, text):
        """Return Lucene's BM25 idf of a term."""
        parent = searcher.get_parent()
        n = parent.doc_frequency(fieldname, text)
        total = parent.doc_count_all()
        return log(1 + (total - n + 0.5) / (n + 0.5))


def weighting(ranking=RANKING):
    """Return the scoring model used by every search."""
    model = LuceneBM25F if ranking.lucene_idf else BM25F
    return model(B=ranking.B, K1=ranking.K1)


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


@dataclass
class Results:
    """A page of results, with the total count and messages for the user."""

    query: str
    total: int
    hits: list[Hit]
    mode: str = "all"
    messages: list[str] = field(default_factory=list)

    def to_json(self):
        """Return the results as a JSON-ready dict."""
        return asdict(self)


def parse_query(schema, text, match="all", ranking=RANKING):
    """Return the Whoosh query for a user's text, requiring all words or any word."""
    group = qparser.AndGroup if match == "all" else qparser.OrGroup
    fields = [name for name in SEARCH_FIELDS if ranking.boosts()[name] > 0]
    parser = qparser.MultifieldParser(fields, schema, fieldboosts=ranking.boosts(), group=group)
    return parser.parse(text)


def query_terms(query):
    """Return the analyzed words of a query in the searched fields."""
    return {text for fieldname, text in query.iter_all_terms() if fieldname in SEARCH_FIELDS}


def question_query(searcher, terms, ranking=RANKING):
    """Return an any-word query that requires only the rarest terms, scoring the rest.

    Collecting every posting of a long union is what makes questions slow; requiring
    the rarest few lets Whoosh skip most documents while the others still add score.
    """
    boosts = {name: boost for name, boost in ranking.boosts().items() if boost > 0}

    def either(term):
        return Or([Term(name, term, boost=boost) for name, boost in boosts.items()])

    terms = sorted(terms, key=lambda term: (searcher.doc_frequency("text", term), term))
    keep = ranking.required_terms
    if keep is None or len(terms) <= keep:
        return Or([either(term) for term in terms])
    required = Or([either(term) for term in terms[:keep]])
    return AndMaybe(required, Or([either(term) for term in terms[keep:]]))


def hit_records(searcher, store, docnums):
    """Return the stored record of each Whoosh document number (None if it is gone)."""
    reader = searcher.reader()
    docnos, paragraphs = reader.column_reader("docno"), reader.column_reader("paragraph")
    return store.records([(docnos[docnum], paragraphs[docnum]) for docnum in docnums])


def to_hit(record, score, terms):
    """Return a Hit for a record, with a snippet around the matched words."""
    snippet, highlights = snippet_for(record.text, terms)
    return Hit(
        id=record.id,
        doc=record.doc,
        paragraph=record.paragraph,
        title=record.title,
        date=record.date.isoformat() if record.date else None,
        speakers=record.speakers,
        score=round(score, 4),
        snippet=snippet,
        highlights=highlights,
    )


def run_page(searcher, query, page, limit):
    """Return (total, [(docnum, score)] on the page); a page past the end is empty."""
    found = searcher.search(query, limit=page * limit)
    return len(found), [(hit.docnum, hit.score) for hit in list(found)[(page - 1) * limit:]]


def search(index, text, limit=10, page=1):
    """Search for all the words of text; fall back to any word when that finds nothing."""
    results = Results(query=text, total=0, hits=[])
    searcher = index.searcher()
    query = parse_query(searcher.schema, text, "all")
    total, hits = run_page(searcher, query, page, limit)
    if total == 0:
        any_query = parse_query(searcher.schema, text, "any")
        if any_query != query:
            total, hits = run_page(searcher, any_query, page, limit)
            if total:
                results.mode = "any"
                results.messages.append(
                    "Ningún párrafo tiene todas las palabras; se muestran los que tienen alguna."
                )
        query = any_query
    records = hit_records(searcher, index.store, [docnum for docnum, _ in hits])
    terms = query_terms(query)
    results.total = total
    results.hits = [to_hit(record, score, terms)
                    for record, (_, score) in zip(records, hits) if record is not None]
    return results


def analyzed_words(schema, text):
    """Return the distinct analyzed words of plain text, with no query syntax."""
    return {token.text for token in schema["text"].analyzer(text)}


def rank_ids(index, text, limit=10, ranking=RANKING):
    """Return the ids of the top paragraphs for a question, matching any of its words.

    A question is plain text: its `?` and `*` are punctuation, not wildcards.
    """
    searcher = index.searcher()
    terms = analyzed_words(searcher.schema, text)
    if not terms:
        return []
    query = question_query(searcher, terms, ranking)
    docnums = [hit.docnum for hit in searcher.search(query, limit=limit)]
    return [record.id for record in hit_records(searcher, index.store, docnums) if record]
