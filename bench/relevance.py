"""Relevance on a retrieval set: Whoosh out of the box vs Hemeroteca and its variants.

    python -m bench.relevance PARAGRAPHS.jsonl QUERIES.jsonl [--work DIR]

Builds the paragraphs with each engine (and once more with plain Snowball stems, and
once with press names meeting their abbreviations), then prints Recall@1/5/10 and
MRR@10 for every variant of the ranking knobs tried.
"""

import argparse
import dataclasses
import tempfile
from pathlib import Path

from whoosh.analysis import CharsetFilter, Filter, LowercaseFilter

from bench.engines import Baseline
from search import build_index, open_index
from search.retrieval.evaluation import evaluate, read_queries
from search.retrieval.ranking import RANKING, weighting
from search.retrieval.searching import rank_ids
from search.storage.schema import paragraph_schema
from search.text.analysis import FoldedStopFilter, NormalizingTokenizer, SpanishStemFilter
from search.text.folding import ACCENT_FOLDING, fold
from search.text.words import STOPWORDS

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
    "no exactness bonus": {"exact_boost": 0.0},
    "exactness 0.25": {"exact_boost": 0.25},
    "exactness 1.0": {"exact_boost": 1.0},
    "proximity, top 20": {"rerank_depth": 20},
}


PRESS_NAMES = {("estados", "unidos"): "eeuu", ("naciones", "unidas"): "onu",
               ("union", "europea"): "ue", ("organizacion", "mundial", "de", "la", "salud"): "oms",
               ("fondo", "monetario", "internacional"): "fmi"}
NAME_PREFIXES = {name[:size] for name in PRESS_NAMES for size in range(1, len(name) + 1)}
NAME_STARTS = {name[0] for name in PRESS_NAMES} | {"unión", "organización"}


class PressNames(Filter):
    """Add a name's abbreviation after it (`estados unidos` also gives `eeuu`); tried, dropped."""

    def __call__(self, tokens):
        pending = []
        for token in tokens:
            if pending:
                words = tuple(fold(t.text) for t in pending) + (fold(token.text),)
                if words in NAME_PREFIXES:
                    pending.append(token.copy())
                    if words in PRESS_NAMES:
                        abbreviation = token.copy()
                        abbreviation.text, abbreviation.stopped = PRESS_NAMES[words], False
                        yield from pending
                        yield abbreviation
                        pending = []
                    continue
                yield from pending
                pending = []
            if token.text in NAME_STARTS:
                pending = [token.copy()]
                continue
            yield token
        yield from pending


def press_names_schema():
    """Return the schema with press names and abbreviations meeting, in text and titles."""
    schema = paragraph_schema()
    analyzer = (NormalizingTokenizer() | LowercaseFilter() | PressNames()
                | FoldedStopFilter(STOPWORDS)
                | SpanishStemFilter() | CharsetFilter(ACCENT_FOLDING))
    for name in ("text", "title"):
        schema[name].analyzer = analyzer
    return schema


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

    build_index([args.paragraphs], work / "press", schema=press_names_schema())
    rows.append(("press names = abbreviations",
                 score_variant(work / "press", questions, RANKING)))

    print(f"{'variant':<34}{'R@1':>8}{'R@5':>8}{'R@10':>8}{'MRR@10':>8}")
    for name, scores in rows:
        print(f"{name:<34}" + "".join(f"{scores[k]:>8.4f}"
                                      for k in ("recall@1", "recall@5", "recall@10", "mrr@10")))
    print(f"({len(questions)} questions; work dir {work})")


if __name__ == "__main__":
    main()
