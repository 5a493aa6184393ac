"""Running a Whoosh query: on the columnar posting cache when it can, else Whoosh's collectors.

Both give the same hits, scores and totals (tests/retrieval/test_columnar.py): the cache
scores in numpy (columnar.py, columnar_queries.py), Whoosh's matchers answer what the
cache does not know.
"""

from functools import cache

# Whoosh's collectors and facets (and whoosh.sorting, whoosh.collectors: 0.8 ms of a fresh
# search) are imported by the functions that fall back on Whoosh's path: the cache answers most.
from search.retrieval.copies import without_copies
from search.whoosh_ext.lengths import preload_lengths

QUESTION_REPLACE = 100  # matches between Whoosh's tries to replace a question's matcher by a quicker one


def run_query(searcher, query, depth, sort):
    """Return (total, [(docnum, score)] of the best `depth` matches, matches).

    The columnar posting cache answers when it can (columnar.py); `matches.segments`
    keeps [(segment, matching docnums)] for facets either way. Whoosh's collector scores
    every match rather than skip blocks that can't reach the top: here that skipping
    saves less than a second pass to count the matches costs (bench/speed.py), and the
    total comes exact. A search showing copies once (copies.collapsing) leaves the others out.
    """
    query = without_copies(query)
    found = columnar_matches(searcher, query)
    if found is not None:
        ranked = (found.top(depth) if sort == "relevance"
                  else found.by_date(depth, newest_first=sort == "-date"))
        return found.total, ranked, found
    from search.whoosh_ext.collectors import RecordingSortingCollector, RecordingTopCollector

    preload_lengths(searcher)
    reverse = None if sort == "relevance" else sort == "-date"  # by date: newest first?
    if reverse is None:
        collector = RecordingTopCollector(depth, usequality=False)
    else:
        collector = RecordingSortingCollector(date_order(reverse), depth)
    searcher.search_with_collector(query, collector)
    found = collector.results()
    total = sum(len(docnums) for _, docnums in collector.segments)
    # Sorted by date, a hit's "score" is its sort key: there is no relevance score.
    return total, [(found.docnum(n), found.score(n) if reverse is None else 0.0)
                   for n in range(found.scored_length())], collector


def date_order(newest_first):
    """Return Whoosh's facet that sorts by date, newest or oldest first, in ascending order.

    One day's paragraphs keep their reading order (ascending document numbers) either way:
    newest first sorts each date's bytes complemented, not the whole key reversed. Undated
    paragraphs go last in both orders (Elasticsearch's `missing: _last`): the date column
    holds b"" for them, which sorts as b"\xff", after every date.
    """
    from whoosh.sorting import FieldFacet, TranslateFacet

    return TranslateFacet(_newest_first if newest_first else _undated_last, FieldFacet("date"))


def _undated_last(value):
    return value or b"\xff"


def _newest_first(value):
    if isinstance(value, int):  # no date column: no paragraph is dated (Whoosh's ordinals, all alike)
        return value
    return bytes(255 - byte for byte in value) if value else b"\xff"


@cache
def posting_cache():
    """Return the modules of the posting cache (columnar, columnar_queries, postcache_file).

    Imported on the first search, so that numpy stays out of commands that don't search
    (`--help`), and then kept: the three `from … import` a search ran inside its functions
    cost about 11 µs a call on a loaded machine (importlib's fromlist handling), for
    modules loaded already.
    """
    from search.retrieval import columnar, columnar_queries
    from search.storage import postcache_file

    return columnar, columnar_queries, postcache_file


def postings_for(searcher):
    """Return the searcher's whole-index posting view (columnar.postings_for)."""
    return posting_cache()[0].postings_for(searcher)


def columnar_matches(searcher, query):
    """Return the Matches of a query from the posting cache, or None for Whoosh's path."""
    columnar, queries, files = posting_cache()
    postings = columnar.postings_for(searcher)
    if postings is None:
        return None
    try:
        return queries.evaluate(postings, query)
    except columnar.Unsupported:
        return None
    except files.DamagedCache as problem:  # a cache file changed under this search: check it again
        postings = columnar.reopened(searcher, problem)
    try:
        return queries.evaluate(postings, query) if postings is not None else None
    except (columnar.Unsupported, files.DamagedCache):
        return None  # Whoosh's path answers this one


def top_hits(searcher, query, count):
    """Return [(docnum, score)] of the best `count` matches, from the cache or from Whoosh
    (without the copies a search leaves out: copies.collapsing)."""
    query = without_copies(query)
    found = columnar_matches(searcher, query)
    if found is not None:
        return found.top(count)
    from search.whoosh_ext.collectors import RecordingTopCollector

    preload_lengths(searcher)
    # Not Whoosh's TopCollector: the matcher it prunes by the lowest score in the top N
    # drops better documents of later segments (a question's optional words, the title
    # boost), so its top 10 is not BM25's (tests/retrieval/test_columnar.py).
    collector = RecordingTopCollector(count, usequality=False)
    collector.replace = QUESTION_REPLACE
    searcher.search_with_collector(query, collector)
    return [(hit.docnum, hit.score) for hit in collector.results()]
