"""Where a warm search spends its CPU time, stage by stage: a table of microseconds per query.

    python -m bench.search_stages INDEX_DIR QUERIES_FILE [--kind keyword|facets|question]

QUERIES_FILE has one query a line (bench/speed.py writes keyword_queries.txt and
questions.txt in its work folder). The index is opened, the first --warm queries are run
to warm it up (term tables read), then every other query once, as bench/phase.py runs
them (a query run twice would find its records kept), with the stages of
search/retrieval/searching.py timed (CPU time,
time.process_time): parsing, building the Whoosh query, ranking (the posting cache or
Whoosh), the proximity rerank of the first hits and the page's hits (reading the records,
finding the words, the snippets: shown inside them), facets, advice. "rest" is the search
outside those stages. Timing a stage costs about a microsecond a call, counted in it.
"""

import argparse
import time
from collections import Counter
from pathlib import Path

import search.retrieval.fallbacks as fallbacks
import search.retrieval.reranking as reranking
import search.retrieval.results as results
import search.retrieval.searching as searching
from search.errors import SearchError
from search.retrieval.reader import open_index

# Each stage is a function, patched in the module that calls it (where its name is looked up).
STAGES = {
    "keyword": ((searching, "parse"), (fallbacks, "build_query"), (searching, "run_query"),
                (searching, "facet_counts"), (searching, "advise"), (searching, "reranked"),
                (searching, "page_hits"), (reranking, "hit_records"), (reranking, "page_spans"),
                (reranking, "to_hits"), (results, "snippets_for")),
    "question": ((searching, "analyzed_words"), (searching, "question_query"),
                 (searching, "top_hits"), (searching, "hit_records"),
                 (searching, "page_spans"), (searching, "proximity_bonus")),
}
# Stages timed inside others (not counted again in "rest"): the records and words of the
# first hits are read in the proximity rerank (reranked) and the page (page_hits).
INNER = {"hit_records", "page_spans", "to_hits", "snippets_for"}
STAGES["facets"] = STAGES["keyword"]


def timed(spent, name, function):
    """Return function, adding the CPU seconds of each call to spent[name]."""
    def wrapper(*args, **kwargs):
        started = time.process_time()
        try:
            return function(*args, **kwargs)
        finally:
            spent[name] += time.process_time() - started
    return wrapper


def run(index, kind, text):
    if kind == "question":
        return searching.rank_ids(index, text, 10)
    return searching.search(index, text, facets=kind == "facets")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("index_dir", type=Path)
    parser.add_argument("queries", type=Path, help="one query a line")
    parser.add_argument("--kind", choices=sorted(STAGES), default="keyword")
    parser.add_argument("--warm", type=int, default=100, help="queries run first, untimed")
    args = parser.parse_args()
    queries = [line for line in args.queries.read_text("utf-8").splitlines() if line.strip()]
    warm, queries = queries[:args.warm], queries[args.warm:]
    if not queries:
        raise SystemExit(f"{args.queries}: no queries after the first {args.warm}")
    spent = Counter()
    for module, name in STAGES[args.kind]:
        setattr(module, name, timed(spent, name, getattr(module, name)))
    try:
        index = open_index(args.index_dir)
    except SearchError as error:
        raise SystemExit(str(error)) from None
    with index:
        for text in warm:
            run(index, args.kind, text)
        spent.clear()
        started = time.process_time()
        for text in queries:
            run(index, args.kind, text)
        total = time.process_time() - started
    inner = INNER if args.kind != "question" else set()
    print(f"{'stage':<18}{'us/query':>10}{'share':>8}   (indented: inside the stages above: "
          "reranked and page_hits read records, find words, make hits with snippets)")
    outside = total - sum(seconds for name, seconds in spent.items() if name not in inner)
    ordered = [pair for pair in spent.most_common() if pair[0] not in inner]
    ordered += [pair for pair in spent.most_common() if pair[0] in inner]
    for name, seconds in ordered + [("rest", outside)]:
        shown = f"  {name}" if name in inner else name
        print(f"{shown:<18}{seconds / len(queries) * 1e6:>10.0f}{seconds / total:>8.0%}")
    print(f"{'total':<18}{total / len(queries) * 1e6:>10.0f}   ({len(queries)} {args.kind} "
          f"queries, CPU time)")


if __name__ == "__main__":
    main()
