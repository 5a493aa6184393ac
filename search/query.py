"""Searching: what a person types, to a page of results that answers the question.

A search first requires every word. When that finds nothing it falls back to any word,
then to words with typos, and says so. Few results bring a "Quizás quiso decir" from
the index's own vocabulary. Text goes through the schema's analyzers, never by hand.
"""

import time

from whoosh.collectors import TopCollector
from whoosh.query import And

from search.collecting import RecordingSortingCollector, RecordingTopCollector
from search.date_query import date_query
from search.dates import date_range
from search.errors import QueryError
from search.facets import facet_counts
from search.query_builder import build_query
from search.query_parser import parse
from search.ranking import (
    RANKING,
    analyzed_words,
    proximity_bonus,
    question_query,
    title_boosted,
    weighting,
)
from search.results import Results, hit_records, to_hit
from search.speaker_query import is_quoted, speaker_query
from search.suggest import Vocabulary, suggest

__all__ = ["search", "rank_ids", "weighting", "hit_records"]

SORTS = {"relevance": None, "date": False, "-date": True}  # by date: newest first?
MAX_QUERY_CHARS = 1000
MAX_LIMIT = 100
FEW_RESULTS = 3  # fewer than this brings a suggestion
QUESTION_REPLACE = 100
EMPTY_INDEX = "El índice está vacío: indexe algunos documentos antes de buscar."
MESSAGES = {
    "any": "Ningún párrafo tiene todas las palabras; se muestran los que tienen alguna.",
    "fuzzy": "No se encontró ninguna palabra tal cual; se muestran resultados que toleran "
             "errores de escritura.",
}


def check_options(sort, page, limit):
    """Raise QueryError for options that can't be used."""
    if sort not in SORTS:
        raise QueryError(f"Orden desconocido «{sort}»: use relevance, date o -date.")
    if not isinstance(page, int) or page < 1:
        raise QueryError(f"Página no válida «{page}»: debe ser un número desde 1.")
    if not isinstance(limit, int) or not 1 <= limit <= MAX_LIMIT:
        raise QueryError(f"Límite no válido «{limit}»: debe ir de 1 a {MAX_LIMIT}.")


def filter_query(searcher, speaker, date_from, date_to, groups=None):
    """Return the query of the speaker and date filters (or None)."""
    # Filters search unscored fields, so they add the same to every match and don't
    # reorder it. (Not a ConstantScoreQuery: that lists every document a filter
    # matches, each time; and a zero boost makes Whoosh's collector drop matches.)
    parts = []
    if speaker:
        found = speaker_query(searcher, speaker, exact=is_quoted(speaker), groups=groups)
        if found is None:
            raise QueryError(f"Orador no válido: «{speaker}» no tiene ninguna palabra.")
        parts.append(found)
    ranges = []
    for name, value in (("desde", date_from), ("hasta", date_to)):
        found = date_range(value) if value else None
        if value and found is None:
            raise QueryError(f"Fecha «{name}» no válida: «{value}» (use 2020, 2020-12 o 2020-12-22).")
        ranges.append(found)
    if date_from or date_to:
        start = ranges[0][0] if ranges[0] else None
        end = ranges[1][1] if ranges[1] else None
        if start and end and start > end:
            raise QueryError("La fecha «desde» es posterior a la fecha «hasta».")
        parts.append(date_query(start, end))
    if not parts:
        return None
    return parts[0] if len(parts) == 1 else And(parts)


def vocabulary_of(index):
    """Return the index's vocabulary, loaded once per state of the index."""
    return index.per_state("vocabulary", lambda: Vocabulary(index.store.words()))


def run_page(searcher, query, page, limit, sort):
    """Return (total, [(docnum, score)] on the page, collector); past the end is empty.

    The collector scores every match rather than skip blocks that can't reach the top:
    here that skipping saves less than a second pass to count the matches costs
    (bench/speed.py), and the total comes exact. It keeps the matches for facets.
    """
    reverse = SORTS[sort]
    if reverse is None:
        collector = RecordingTopCollector(page * limit, usequality=False)
    else:
        collector = RecordingSortingCollector("date", page * limit, reverse=reverse)
    searcher.search_with_collector(query, collector)
    found = collector.results()
    total = sum(len(docnums) for _, docnums in collector.segments)
    # Sorted by date, a hit's "score" is its sort key: there is no relevance score.
    return total, [(found.docnum(n), found.score(n) if reverse is None else 0.0)
                   for n in range((page - 1) * limit, found.scored_length())], collector


def speaker_groups_of(index):
    """Return the spellings of each person (store.speaker_groups), loaded once per state of the index."""
    return index.per_state("speaker_groups", lambda: index.store.speaker_groups())


def attempts(parsed, searcher, index):
    """Yield (mode, Built query): every word, then any word, then with typos."""
    vocabulary = lambda: vocabulary_of(index)  # noqa: E731 - loaded only if needed
    groups = lambda: speaker_groups_of(index)  # noqa: E731 - loaded only if a query names a speaker
    all_words = build_query(parsed, searcher, index.store, "and", vocabulary, speaker_groups=groups)
    yield "all", all_words
    any_word = build_query(parsed, searcher, index.store, "or", vocabulary, speaker_groups=groups)
    if repr(any_word.query) != repr(all_words.query):
        yield "any", any_word
    if any(len(word) >= 5 for word in all_words.typed_words):
        yield "fuzzy", build_query(parsed, searcher, index.store, "or", vocabulary,
                                   fuzzy_all=True, speaker_groups=groups)


def search(index, text, *, limit=10, page=1, sort="relevance", speaker=None, date_from=None,
           date_to=None, facets=False):
    """Return a page of results for a user's query, with the filters and options given."""
    started = time.perf_counter()
    check_options(sort, page, limit)
    text = text or ""
    results = Results(query=text, page=page, limit=limit)
    if len(text) > MAX_QUERY_CHARS:
        text = text[:MAX_QUERY_CHARS].rsplit(" ", 1)[0]
        results.messages.append(f"La búsqueda era muy larga; se usaron sus primeros "
                                f"{len(text)} caracteres.")
    searcher = index.searcher()
    if not searcher.doc_count():
        results.messages.append(EMPTY_INDEX)
        return results
    filters = filter_query(searcher, speaker, date_from, date_to, speaker_groups_of(index) if speaker else None)
    parsed = parse(text)
    query, terms, hits, total, collector = None, set(), [], 0, None
    for mode, built in attempts(parsed, searcher, index):
        if built.query is None:
            if mode == "all":
                results.messages.extend(built.messages)
            break
        query = And([built.query, filters]) if filters else built.query
        total, hits, collector = run_page(searcher, title_boosted(query, built.terms), page,
                                          limit, sort)
        terms = built.terms
        if mode == "all":
            results.messages.extend(built.messages)
        if total:
            if mode != "all":
                results.mode = mode
                results.messages.append(MESSAGES[mode])
            break
    if query is None and filters is not None and not parsed.root.clauses:
        query = filters
        total, hits, collector = run_page(searcher, query, page, limit,
                                          "-date" if sort == "relevance" else sort)
    results.total = total
    if query is not None and facets:
        results.facets = facet_counts(collector.segments,
                                      index.per_state("speaker_names", lambda: index.store.speaker_names()),
                                      speaker_groups_of(index))
    elif query is None and not parsed.root.clauses and not results.messages:
        results.messages.append("Escriba algo que buscar.")
    if results.total < FEW_RESULTS and text.strip():
        results.suggestion = suggestion_for(index, text, parsed, searcher)
    records = hit_records(searcher, index.store, [docnum for docnum, _ in hits])
    results.hits = [to_hit(record, score, terms)
                    for record, (_, score) in zip(records, hits) if record is not None]
    results.took_ms = round((time.perf_counter() - started) * 1000, 1)
    return results


def suggestion_for(index, text, parsed, searcher):
    """Return the query with its unknown words corrected (and accents restored), or None.

    Only a word whose stem the index lacks counts as a typo: `unilateral` is known
    through `unilaterales`, and `politico` through `político`.
    """
    analyzer = searcher.schema["text"].analyzer
    typed = build_query(parsed, searcher, index.store, "and").typed_words
    stems = {word: [t.text for t in analyzer(word)] for word in typed}
    unknown = [word for word, found in stems.items()
               if found and not all(searcher.doc_frequency("text", stem) for stem in found)]
    if not unknown:
        return None
    vocabulary = vocabulary_of(index)
    corrections = suggest(vocabulary, unknown)
    if not corrections:
        return None
    corrections.update(vocabulary.accented([w for w in typed if w not in corrections and stems[w]]))
    for word, corrected in corrections.items():
        text = text.replace(word, corrected, 1)
    return text


def rank_ids(index, text, limit=10, ranking=RANKING):
    """Return the ids of the top paragraphs for a question, matching any of its words.

    A question is plain text: its `?` and `*` are punctuation, not wildcards.
    """
    searcher = index.searcher()
    terms = analyzed_words(searcher.schema, text)
    if not terms or not searcher.doc_count():
        return []
    collector = TopCollector(max(limit, ranking.rerank_depth) if ranking.proximity else limit)
    # Rewriting the matcher every 100 hits rather than every 10 is 1.2x faster here.
    collector.replace = QUESTION_REPLACE
    searcher.search_with_collector(question_query(searcher, terms, ranking), collector)
    found = collector.results()
    records = hit_records(searcher, index.store, [hit.docnum for hit in found])
    scored = [(hit.score, record) for hit, record in zip(found, records) if record]
    if ranking.proximity:
        scored.sort(key=lambda pair: -pair[0] * (
            1 + ranking.proximity * proximity_bonus(pair[1].text, terms)))
    return [record.id for _, record in scored[:limit]]
