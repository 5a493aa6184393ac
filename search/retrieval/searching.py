"""Searching: what a person types, to a page of results that answers the question.

A search first requires every word. When that finds nothing it requires every word again,
each within its typos (as Elasticsearch's `fuzziness: AUTO` and Meilisearch do: one slip
in `Lopez Gatel` is not a different question), then falls back to any word, then to any
word with typos, and says so. What to say next ("Quizás quiso decir", what to
try) is advice.py's; every hit at once, for an export, is export.py's. Text goes
through the schema's analyzers, never by hand.
"""

import time
from collections.abc import Sequence

from whoosh.query import And, AndMaybe, Or, Term

from search import settings
from search.budget import current as current_budget
from search.budget import searching_within
from search.errors import QueryError
from search.query.dates import DATE_HELP, UNDATED, date_query, date_span, is_undated, newest_years, undated_query
from search.query.parser import normalized, parse
from search.query.speakers import is_quoted, speaker_query
from search.query.synonym_clauses import question_synonyms
from search.query.synonyms import searched_synonyms, synonyms_for
from search.query.written_dates import missing_year
from search.retrieval.advice import advise, respells_written, searches_alike, vocabulary_of, written_put_back  # noqa: F401 (respells_written: imported from here by bench and tests)
from search.retrieval.copies import collapsing, copies_of, index_copies
from search.retrieval.date_notes import clashing_dates, year_to_name
from search.retrieval.facets import facet_counts
from search.retrieval.fallbacks import MESSAGES, all_words_count, attempts, speaker_bound, speaker_groups_of
from search.retrieval.filter_values import any_of, check_values, filter_values, period_query
from search.retrieval.ranking import (
    RANKING,
    Ranking,
    analyzed_words,
    exact_words,
    exactness,
    proximity_bonus,
    question_query,
)
from search.retrieval.reader import SearchIndex
from search.retrieval.reranking import page_hits, reranked
from search.retrieval.results import Results, described_filters, hit_records
from search.retrieval.running import postings_for, run_query, top_hits
from search.retrieval.search_messages import EMPTY_INDEX, capped_message, cut_short, stop_word_message
from search.retrieval.snippets import page_spans
from search.retrieval.spoken import offer_spoken, spoken_first_message, spoken_reading
from search.settings import DEFAULT_LIMIT, MAX_FILTER_CHARS, MAX_LIMIT, MAX_PAGE, MAX_QUERY_CHARS, SORTS
from search.text.untrusted import typed_words

__all__ = ["search", "rank_ids"]


def check_options(sort, page, limit, filters=()):
    """Raise QueryError for options that can't be used (search/settings.py sets the bounds)."""
    if sort not in SORTS:
        raise QueryError(f"Orden desconocido «{sort}»: use {', '.join(SORTS)}.")
    if not isinstance(page, int) or not 1 <= page <= MAX_PAGE:
        raise QueryError(f"Página no válida «{page}»: debe ir de 1 a {MAX_PAGE}.")
    if not isinstance(limit, int) or not 1 <= limit <= MAX_LIMIT:
        raise QueryError(f"Límite no válido «{limit}»: debe ir de 1 a {MAX_LIMIT}.")
    for name, value in zip(("orador", "desde", "hasta", "fecha"), filters):
        if isinstance(value, tuple):  # a filter of several values (filter_values.py)
            check_values(name, value)
        elif value and len(value) > MAX_FILTER_CHARS:
            raise QueryError(f"Filtro demasiado largo «{value[:20]}…»: admite "
                             f"{MAX_FILTER_CHARS} caracteres como máximo.")


def filter_query(searcher, speaker, date_from, date_to, messages, groups=None, year_of=None, periods=()):
    """Return the query of the speaker and date filters (or None); notes go to messages.

    speaker: a name, or a tuple of names any of which keeps a paragraph; periods: a tuple of
    periods (`2020`, `2020-03`, «sin fecha»), any of which keeps one, required beside
    date_from/date_to (filter_values.py). groups: the spellings of each person
    (speaker_groups_of), so a filter finds them all; year_of: the year to name for a month
    given without one (date_notes.year_to_name).
    """
    # Filters search unscored fields, so they add the same to every match and don't
    # reorder it. (Not a ConstantScoreQuery: that lists every document a filter
    # matches, each time; and a zero boost makes Whoosh's collector drop matches.)
    parts, speakers = [], ((speaker,) if isinstance(speaker, str) else speaker or ())
    found = []
    for name in filter(None, speakers):
        found.append(speaker_query(searcher, name, exact=is_quoted(name), groups=groups, notes=messages))
        if found[-1] is None:
            raise QueryError(f"Orador no válido: «{name}» no tiene ninguna palabra.")
    if found:
        parts.append(any_of(found))
    if is_undated(date_from) or is_undated(date_to):
        other = next((value for value in (date_from, date_to) if value and not is_undated(value)), None)
        if other:
            raise QueryError(f"La fecha «{other}» no se combina con «{UNDATED}»: un párrafo sin fecha no "
                             f"tiene ninguna; use una de las dos.")
        parts.append(undated_query())
    elif date_from or date_to:
        span = date_span(date_from, date_to)
        if span.bad:
            which = "desde" if span.bad == date_from else "hasta"
            yearless = missing_year(span.bad, year_of or newest_years(searcher), field="")
            raise QueryError(f"Fecha «{which}» no válida: " + (
                f"{yearless}." if yearless else f"«{span.bad}» {DATE_HELP}."))
        messages.extend(span.messages)
        parts.append(date_query(span.start, span.end))
    if periods:
        def yearless(value):  # a month typed without its year: which to suggest, looked up only then
            return missing_year(value, year_of or newest_years(searcher), field="")

        spans = [period_query(value, yearless) for value in periods]
        messages.extend(note for _, notes in spans for note in notes)
        parts.append(any_of([query for query, _ in spans]))
    if not parts:
        return None
    return parts[0] if len(parts) == 1 else And(parts)


class Matches:
    """What a query matched, best first, before a page is cut from it (a plain class: query/nodes.py)."""

    def __init__(self):
        self.query = None  # the Whoosh query that ran; None when there was nothing to search
        self.terms = set()  # the text terms, for snippets
        self.title_terms = set()  # the terms to mark in titles
        self.phrases = []  # the phrases' forms, marked whole
        self.total = 0
        self.ranked = []  # [(docnum, score)], at most the depth asked
        self.collector = None
        self.typed_words = None  # the words typed for the text (Built.typed_words), for advice
        self.by_date = False  # ranked by date: the scores are no relevance (0.0)
        self.nothing_left = False  # every part of the query was ignored: nothing was searched
        self.turns_first = False  # a person's turns first (spoken_first): ordered already, and not offered
        # The notes in Results.messages that say no paragraph had every word (a fallback's, or the dates
        # read as words): a person's turns first (spoken_first) have them, so they take these back.
        self.fallback_notes = []
        # () -> the query of the matches that have the words in their text, not only in their
        # document's title (None: every match has them there): what the speaker facet counts
        self.in_text = None


def find_matches(index, searcher, parsed, filters, sort, depth, results, synonyms=None, dates=(None, None)):
    """Return the Matches of a parsed query: every word, then any word, then with typos.

    Notes on the query, and the fallback used, go to `results`. With no words but filters, they
    alone match, newest first. `synonyms` (synonyms.Synonyms or None) are searched beside the
    words; `dates`, the (from, to) filters as typed, named in a clash (date_notes).
    """
    found, budget, all_terms, said = Matches(), current_budget(), (), None
    text_only = speaker_bound(parsed, filters)  # what a speaker said: the words in the text (fallbacks.py)
    for mode, built in attempts(parsed, searcher, index, synonyms, text_only):
        if budget.spent():  # no time left to try the next way
            budget.stop("las búsquedas de respaldo (cualquier palabra, errores de escritura)")
            break
        if built.query is None:
            if mode != "all":  # typos cut short before any was found: the next way may do
                continue
            results.messages.extend(built.messages + stop_word_message(built))
            found.nothing_left = True
            break
        # The bonus outside the filters: inside an And, Whoosh's AndMaybe matcher gave less
        # bonus than the posting cache (tests/retrieval/test_columnar.py found it).
        query = exactness(And([built.query, filters]) if filters else built.query, built.exact,
                          boost=RANKING.typed_exact_boost)
        found.query, found.terms, found.phrases = query, built.terms, built.phrases
        # a word searches titles too (title_boost): marked there as `titulo:` words are
        found.title_terms = built.title_terms | (built.terms if RANKING.title_boost and not text_only else set())
        found.in_text = None if built.text_only is None else in_text_query(built.text_only, filters)
        # What only excludes scores every match alike: newest first, as filters alone
        order = "-date" if built.excluding_only and sort == "relevance" else sort
        found.by_date = order != "relevance"
        found.total, found.ranked, found.collector = run_query(searcher, query, depth, order)
        if mode == "all":
            results.messages.extend(built.messages)
            all_terms, found.typed_words = built.terms, built.typed_words
        if found.total:
            if mode != "all":
                said = len(results.messages)  # the fallback's message, taken back if the words win
                results.mode = mode
                known = mode == "fuzzy" and any(searcher.doc_frequency("text", term) for term in all_terms)
                found.fallback_notes.append(built.note or MESSAGES["fuzzy, words known" if known else mode])
                results.messages.append(found.fallback_notes[-1])
            break
    # Dates in words that no match is dated in, or only a fallback's (any word): the words with the dates
    # as words win when they find every word (`reparto de cubrebocas en abril de 2020`, an undated memoir).
    if parsed.as_words is not None and not budget.spent() and (not found.total or results.mode != "all" and (
            all_words_count(index, searcher, parsed.as_words, filters, synonyms))):
        if said is not None:
            del results.messages[said:]
        results.mode = "all"
        clashing = clashing_dates(parsed, *dates)
        results.messages.append(clashing or MESSAGES["dates as words"])
        found = find_matches(index, searcher, parsed.as_words, filters, sort, depth, results, synonyms)
        if clashing is None:  # the dates share days with the filters: only no paragraph of them had every word
            found.fallback_notes.append(MESSAGES["dates as words"])
        return found
    # Filters alone, with no text or with none of it left (`fecha:enero` and a speaker)
    if found.query is None and filters is not None and (not parsed.root.clauses or found.nothing_left):
        found.query, found.by_date = filters, True
        found.total, found.ranked, found.collector = run_query(
            searcher, filters, depth, "-date" if sort == "relevance" else sort)
    return found


def in_text_query(text_only, filters):
    """Return () -> the query that matches a Built's words in the text alone, within the filters."""
    def query():
        built = text_only()
        if built.query is None:
            return None
        return And([built.query, filters]) if filters is not None else built.query
    return query


def speakers_in_text(index, searcher, found, facets):
    """Count the speaker facet (`speakers`, `roles` of facets.facet_counts) over the matches
    that have the words in their text: a paragraph whose document's title alone holds a word
    does not say it, and its speaker's link (the speaker filter: speaker_bound) would not find
    it (trial35: `homicidios` listed López Obrador, who spoke of the economy under a title on
    homicides). Years and months still count every match. Nothing is run again when no title
    holds a word the query searches there."""
    if found.in_text is None or not titles_hold(searcher, found.query):
        return
    query = found.in_text()
    if query is None:
        facets["speakers"], facets["roles"] = [], []
        return
    _, _, matches = run_query(searcher, query, 1, "relevance")
    counted = facet_counts(matches.segments, index.per_state("speaker_names", index.store.speaker_names),
                           speaker_groups_of(index))
    facets["speakers"], facets["roles"] = counted["speakers"], counted["roles"]


def titles_hold(searcher, query):
    """Tell whether a query searches titles for a term some title holds (or for a pattern)."""
    return any(not isinstance(leaf, Term) or searcher.doc_frequency("title", leaf.text)
               for leaf in query.leaves() if getattr(leaf, "fieldname", None) == "title")


def spoken_first(index, searcher, parsed, filters, depth, results, synonyms, found):
    """Return the Matches of a question of what one person said (spoken.spoken_reading) with that
    person's turns first, each part reranked on its own; else `found` as it is.

    The turns (`orador:López-Gatell cubrebocas`) come first, then the other paragraphs the words
    found in the text, by whatever way they found them (every word, or a fallback), as
    Meilisearch ranks the matches of every word in any attribute (the speaker's too) before
    those of fewer. The total and facets count both; `results` says so, in place of a fallback's note.
    """
    if found.query is None or current_budget().spent():  # nothing searched, or no time left: as found
        return found
    reading = spoken_reading(index, searcher, parsed)
    if reading is None:
        return found
    asked = Results(query=reading.query, page=1, limit=1)  # its notes repeat the search's: not said
    spoken = find_matches(index, searcher, parse(reading.query), filters, "relevance", depth, asked, synonyms)
    # The turns have every word, or every word as the texts join it (`corona virus`: «coronavirus»,
    # said by the joined way's note); fewer words or typos would not be what the person said.
    if not spoken.total or asked.mode not in ("all", "joined", "apart"):
        return found
    for part in (spoken, found):
        if part.typed_words and not current_budget().spent():
            part.ranked, _ = reranked(searcher, index.store, part.ranked, part.typed_words)
    merged = Matches()
    merged.query = Or([spoken.query, found.query]) if found.total else spoken.query
    merged.terms, merged.title_terms = spoken.terms | found.terms, spoken.title_terms | found.title_terms
    merged.phrases = spoken.phrases + [phrase for phrase in found.phrases if phrase not in spoken.phrases]
    merged.typed_words, merged.turns_first = found.typed_words or spoken.typed_words, True
    seen = {docnum for docnum, _ in spoken.ranked}
    merged.ranked = spoken.ranked + [pair for pair in found.ranked if pair[0] not in seen]
    merged.total, _, merged.collector = run_query(searcher, merged.query, 1, "relevance")
    if found.total and found.in_text is not None:  # the turns have the words in their text already
        merged.in_text = lambda: Or([spoken.query, rest]) if (rest := found.in_text()) is not None else spoken.query
    # the fallback's note said no paragraph had every word: the turns have them
    results.messages[:] = [message for message in results.messages if message not in found.fallback_notes]
    results.messages.extend(note for note in spoken.fallback_notes if note not in results.messages)
    results.messages.append(spoken_first_message(reading, spoken.total,
                                                 results.mode if merged.total > spoken.total else None))
    results.mode = results.mode if merged.total > spoken.total else "all"
    return merged


def prepared(index, text, sort, page, limit, filters, results):
    """Return (searcher, text, parsed query, filter query) of a search, or None if it can't run.

    Checks the options (QueryError), cuts a pasted text, and notes an empty index.
    """
    check_options(sort, page, limit, filters)
    text = normalized(text)  # as parse() reads it, so advice respells the words it searched
    if len(text) > MAX_QUERY_CHARS:
        text = text[:MAX_QUERY_CHARS].rsplit(" ", 1)[0]
        results.messages.append(f"La búsqueda era muy larga; se usaron sus primeros "
                                f"{len(text)} caracteres.")
    searcher = index.searcher()
    if not searcher.doc_count():
        results.messages.append(EMPTY_INDEX)
        return None
    speaker, date_from, date_to, *periods = filters
    groups = speaker_groups_of(index) if speaker else None
    year_of = year_to_name(searcher, text, date_from, date_to)  # a date typed without its year: which to name
    return searcher, text, parse(text, year_of=year_of), filter_query(
        searcher, speaker, date_from, date_to, results.messages, groups, year_of, periods[0] if periods else ())


def search(index: SearchIndex, text: str, *, limit: int = DEFAULT_LIMIT, page: int = 1,
           sort: str = "relevance", speaker: str | Sequence[str] | None = None, date_from: str | None = None,
           date_to: str | None = None, dates: str | Sequence[str] | None = None, facets: bool = False,
           seconds: float | None = None, synonyms=True, every_copy: bool = False) -> Results:
    """Return page `page` of `limit` results for a user's query (search/query/parser.py).

    Every word is required, then any word, then words with typos; Results says which,
    with the exact total, the hits with snippets, messages, a "Quizás quiso decir" when
    a word was corrected or few were found, what to try when none was, and with
    `facets` the counts by speaker, year and month. `sort` is one of settings.SORTS;
    `speaker` a name or its words, or a list of them (any: a paragraph where one speaks);
    `date_from`/`date_to` a year, a month or a day; `dates` a list of periods (any: a year,
    month or day, `a..b`, «sin fecha»), beside them (filter_values.py; at most
    settings.MAX_FILTER_VALUES each).
    The search stops after `seconds` of its thread's CPU time, or WALL_FACTOR times as
    long on the wall clock (default settings.SEARCH_SECONDS; math.inf for no limit;
    search/budget.py), and then shows what it found and says what it left unfinished
    (Results.complete is False). `synonyms`: True searches each word's synonyms too (the
    index's: search/query/synonyms.py), a path adds that file's, False searches none; their
    synonyms_state, already looked at, is the index's. Raises QueryError for options out of
    bounds (settings.py) or a date filter that is no date; query text never raises.
    Identical copies of a document count once, as the one whose name sorts first, and its hits
    name the others (Hit.also_in; retrieval/copies.py); `every_copy` shows and counts each.
    """
    seconds = float(settings.SEARCH_SECONDS.value()) if seconds is None else seconds
    # Filters are read as query text is (lexer.normalized): controls and escapes typed or pasted
    # separate words, left between single spaces, as the page's parameters are (web/params.py).
    date_from, date_to = (value and typed_words(value) for value in (date_from, date_to))
    speaker, dates = filter_values(speaker), filter_values(dates)
    with index.pinned(), searching_within(seconds) as budget, \
            collapsing(None if every_copy else index_copies(index)):
        results = _search(index, text, limit, page, sort, (speaker, date_from, date_to, dates), facets, synonyms)
    if budget.cut:
        results.complete = False
        results.messages.append(cut_short(budget, seconds))
    return results


def _search(index, text, limit, page, sort, options, facets, synonyms):
    budget = current_budget()
    started = time.perf_counter()
    speaker, date_from, date_to, _ = options
    results = Results(query=text or "", page=page, limit=limit, filters=described_filters(*options))
    ready = prepared(index, text or "", sort, page, limit, options, results)
    if ready is None:
        return results
    searcher, text, parsed, filters = ready
    # Relevance reorders its first RANKING.rerank_depth by proximity: they are found on every page
    depth = max(page * limit, RANKING.rerank_depth if sort == "relevance" else 0)
    synonyms = searched_synonyms(index.index_dir, synonyms, results.messages)
    found = find_matches(index, searcher, parsed, filters, sort, depth, results, synonyms, (date_from, date_to))
    if not speaker and sort == "relevance":
        found = spoken_first(index, searcher, parsed, filters, depth, results, synonyms, found)
    reads = None  # the first hits' records and words, read once for the rerank and the page
    if sort == "relevance" and found.typed_words and not found.turns_first and not budget.spent():
        beyond = found.ranked[max(RANKING.rerank_depth, (page - 1) * limit):page * limit]
        found.ranked, reads = reranked(searcher, index.store, found.ranked, found.typed_words,
                                       [docnum for docnum, _ in beyond], found.terms)
    results.total = found.total
    results.reachable = min(found.total, MAX_PAGE * limit)
    if results.reachable < results.total and page * limit >= results.reachable:  # the last page
        results.messages.append(capped_message(results))
    if found.query is not None and facets:
        results.facets = facet_counts(found.collector.segments,
                                      index.per_state("speaker_names", index.store.speaker_names),
                                      speaker_groups_of(index))
        if not budget.spent():
            speakers_in_text(index, searcher, found, results.facets)
    elif found.query is None and not parsed.root.clauses and not results.messages:
        results.messages.append("Escriba algo que buscar.")
    # Typed, but all of it ignored: no search ran, so there is no "no results" to advise on
    results.nothing_left = found.query is None and found.nothing_left and bool(text.strip())
    if not results.nothing_left and not budget.spent():  # advice looks words up in the vocabulary: only with time left
        advise(index, searcher, results, text, parsed, options, found.typed_words,
               finds=lambda suggestion: all_words_count(index, searcher, suggestion, filters, synonyms),
               unfiltered=lambda words: all_words_count(index, searcher, words, None, synonyms))
        kept = results.suggestion and written_put_back(vocabulary_of(index), text, results.suggestion)
        if kept and kept != results.suggestion and not budget.spent() and all_words_count(
                index, searcher, results.suggestion, filters, synonyms) <= all_words_count(
                index, searcher, kept, filters, synonyms):
            # `dióxido de cloro` (4) is no `dióxido de claro` (0): words the texts write, respelled as more
            # frequent ones, only where that finds more than the words as written (Elasticsearch's phrase
            # suggester `collate`), both counted as the search finds them (titles too), whichever way it
            # found; a typo's correction beside them stays (`dióxido` → `bióxido`), and a join or a split
            # narrows by design, and stays
            results.suggestion = None if searches_alike(searcher.schema["text"].analyzer, text, kept) else kept
    # `López-Gatell cubrebocas`: what he says, offered
    if not speaker and not results.nothing_left and not found.turns_first and not budget.spent():
        offer_spoken(index, searcher, results, parsed, filters, synonyms)
    results.hits = page_hits(searcher, index.store, found.ranked[(page - 1) * limit:page * limit],
                             found.terms, found.phrases, found.title_terms, reads)
    for hit in results.hits:
        hit.also_in = copies_of(hit.doc, found.query)  # less the copies it shows
    results.took_ms = round((time.perf_counter() - started) * 1000, 1)
    return results


def rank_ids(index: SearchIndex, text: str, limit: int = 10, ranking: Ranking = RANKING) -> list[str]:
    """Return the ids of the top paragraphs for a question, matching any of its words.

    A question is plain text: its `?` and `*` are punctuation, not wildcards.
    """
    searcher = index.searcher()
    terms = analyzed_words(searcher.schema, text)
    if not terms or not searcher.doc_count():
        return []
    depth = max(limit, ranking.rerank_depth) if ranking.proximity else limit
    # Frequencies from the posting cache, asked directly (the searcher's doc_frequency
    # would find it for each of the 10-20 terms, reader.py); else Whoosh's.
    postings = postings_for(searcher)
    frequency = postings.doc_frequency if postings is not None else None
    query = exactness(question_query(searcher, terms, ranking, frequency),
                      exact_words(searcher.schema, text), ranking)
    bonus = question_synonyms(synonyms_for(index.index_dir), text, searcher.schema,
                              frequency or searcher.doc_frequency, searcher.doc_count_all(), ranking.title_boost)
    query = AndMaybe(query, bonus) if bonus is not None else query  # the words' synonyms count too
    found = top_hits(searcher, query, depth)
    records = hit_records(searcher, index.store, [docnum for docnum, _ in found], speakers=False)
    scored = [(score, record) for (_, score), record in zip(found, records) if record]
    if ranking.proximity:
        # The question words in the page's texts, found at once (a bonus needs two words).
        spans = page_spans([record.text for _, record in scored], terms) if len(terms) > 1 else [[]] * len(scored)
        bonus = {id(record): proximity_bonus(record.text, terms, spans=found)
                 for (_, record), found in zip(scored, spans)}
        scored.sort(key=lambda pair: -pair[0] * (1 + ranking.proximity * bonus[id(pair[1])]))
    return [record.id for _, record in scored[:limit]]
