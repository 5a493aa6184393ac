"""Relevance on a retrieval set: Whoosh out of the box vs Hemeroteca and its variants.

    python -m bench.relevance PARAGRAPHS.jsonl QUERIES.jsonl [--work DIR]

Builds the paragraphs with each engine (and once more with plain Snowball stems), then
prints Recall@1/5/10 and MRR@10 for every variant of the ranking knobs tried.
"""

import argparse
import dataclasses
import tempfile
from pathlib import Path

from bench.engines import Baseline
from search.evaluation import evaluate, read_queries
from search.indexer import build_index, open_index
from search.query import rank_ids
from search.ranking import RANKING, weighting
from search.schema import paragraph_schema

VARIANTS = {
    "hemeroteca (default)": {},
    "Lucene's B 0.75, K1 1.2": {"B": 0.75, "K1": 1.2},
    "whoosh idf": {"lucene_idf": False},
    "B 0.3": {"B": 0.3},
    "B 0.5": {"B": 0.5},
    "K1 0.7": {"K1": 0.7},
    "K1 1.2": {"K1": 1.2},
    "no title": {"title_boost": 0.0},
    "title boost 0.25": {"title_boost": 0.25},
    "title boost 1.0": {"title_boost": 1.0},
    "plain union (no required terms)": {"required_terms": None},
    "require 2 rarest": {"required_terms": 2},
    "require 4 rarest": {"required_terms": 4},
    "no proximity rerank": {"proximity": 0.0},
    "proximity 0.1": {"proximity": 0.1},
    "proximity 0.4": {"proximity": 0.4},
    "proximity, top 20": {"rerank_depth": 20},
}


def score_variant(index_dir, questions, ranking):
    """Return the evaluation scores of one ranking over an index."""
    with open_index(index_dir, weighting(ranking)) as index:
        return evaluate(questions, lambda text, limit: rank_ids(index, text, limit, ranking))


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paragraphs")
    parser.add_argument("queries")
    parser.add_argument("--work", default=None)
    args = parser.parse_args()
    work = Path(args.work or tempfile.mkdtemp(prefix="hemeroteca-relevance-"))
    questions, _ = read_queries(args.queries)

    rows = []
    baseline = Baseline()
    baseline.build([args.paragraphs], work / "whoosh")
    with baseline.searcher(work / "whoosh") as searcher:
        rows.append(("whoosh out of the box",
                     evaluate(questions, lambda text, limit: baseline.question(searcher, text,
                                                                               limit))))

    build_index([args.paragraphs], work / "hemeroteca")
    for name, change in VARIANTS.items():
        ranking = dataclasses.replace(RANKING, **change)
        rows.append((name, score_variant(work / "hemeroteca", questions, ranking)))

    build_index([args.paragraphs], work / "snowball", schema=paragraph_schema(merge_plurals=False))
    rows.append(("plain Snowball (no plural merge)",
                 score_variant(work / "snowball", questions, RANKING)))

    print(f"{'variant':<34}{'R@1':>8}{'R@5':>8}{'R@10':>8}{'MRR@10':>8}")
    for name, scores in rows:
        print(f"{name:<34}" + "".join(f"{scores[k]:>8.4f}"
                                      for k in ("recall@1", "recall@5", "recall@10", "mrr@10")))
    print(f"({len(questions)} questions; work dir {work})")


if __name__ == "__main__":
    main()
