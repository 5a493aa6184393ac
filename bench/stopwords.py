"""Which stop words may leave the stop list: relevance, index size and postings of each.

    python -m bench.stopwords PARAGRAPHS.jsonl QUERIES.jsonl [--corpus PATH...] [--work DIR]
                              [--words estado,haya,...]

For the stop list in use, with each candidate word taken out of it alone, with all the
candidates out at once, and with no stop list at all, it builds PARAGRAPHS and prints
MRR@10 and Recall@10 on QUERIES and the size of the postings (the Whoosh files, not the
record store). With --corpus it also counts, on that larger corpus, the paragraphs that
hold each candidate: the postings it would add to an index of it.
"""

import argparse
import dataclasses
import re
import tempfile
import time
from collections import Counter
from pathlib import Path

from bench.engines import corpus_records
from search import build_index, open_index
from search.layout import STORE_FILE
from search.retrieval.evaluation import evaluate, read_queries
from search.retrieval.ranking import RANKING, weighting
from search.retrieval.searching import rank_ids
from search.storage.generations import live_generation
from search.storage.schema import paragraph_schema
from search.text import analysis, words
from search.text.analysis import spanish_analyzer
from search.text.words import STOPWORDS

# Stop words of the Snowball list that are also nouns, names or adjectives (estado,
# La Haya, era, este as east, sí and no as votes...), and the forms next to them.
CANDIDATES = ("estado estados estada estadas haya hayas era eras fuera fueras sea sean son nada "
              "este contra sobre uno tanto estar sí no ha mucho poco").split()
WORD = re.compile(r"\w+")


def schema_with(stopwords):
    """Return the paragraph schema whose analyzer drops exactly these stop words."""
    schema = paragraph_schema()
    for name in ("text", "title"):
        schema[name].analyzer = spanish_analyzer(stopwords=frozenset(stopwords))
    return schema


def postings_bytes(index_dir):
    """Return the bytes of an index's Whoosh files (its postings, lengths and columns)."""
    generation = live_generation(index_dir)
    return sum(path.stat().st_size for path in generation.iterdir()
               if path.is_file() and not path.name.startswith(STORE_FILE))


def measure(paragraphs, questions, stopwords, work):
    """Return (MRR@10, Recall@10, postings bytes, build CPU seconds) for one stop list."""
    # The proximity rerank reads word forms through words.py's list, the exact field and
    # the reader's check through analysis.py's names of it: use this one in both.
    for module in (words, analysis):
        module.STOPWORDS = frozenset(stopwords)
        module.STOP_FORMS = words.stop_forms(stopwords)
    words.is_stop_word.cache_clear()
    words.index_form.cache_clear()
    started = time.process_time()
    build_index([paragraphs], work, schema=schema_with(stopwords), procs=1)
    built = time.process_time() - started
    with open_index(work, weighting(RANKING)) as index:
        scores = evaluate(questions, lambda text, limit: rank_ids(index, text, limit,
                                                                  dataclasses.replace(RANKING)))
    return scores["mrr@10"], scores["recall@10"], postings_bytes(work), built


def paragraph_counts(paths, words):
    """Return (paragraphs, Counter of paragraphs holding each word) over a corpus."""
    wanted, counts, total = set(words), Counter(), 0
    for record in corpus_records(paths):
        total += 1
        counts.update(wanted.intersection(w.lower() for w in WORD.findall(record.text)))
    return total, counts


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paragraphs")
    parser.add_argument("queries")
    parser.add_argument("--corpus", nargs="*", default=[])
    parser.add_argument("--work", default=None)
    parser.add_argument("--words", default=",".join(CANDIDATES),
                        help="comma-separated candidates (default: %(default)s)")
    args = parser.parse_args()
    work = Path(args.work or tempfile.mkdtemp(prefix="hemeroteca-stopwords-"))
    questions, _ = read_queries(args.queries)
    words = [w for w in args.words.split(",") if w]
    base = set(STOPWORDS) | set(words)  # the Snowball list, whatever ships today

    counts, total = Counter(), 0
    if args.corpus:
        total, counts = paragraph_counts(args.corpus, words)
    variants = [("Snowball list", base), (f"all {len(words)} out", base - set(words)),
                ("no stop list", set())]
    variants += [(f"- {word}", base - {word}) for word in words]
    rows = []
    for number, (name, stopwords) in enumerate(variants):
        mrr, recall, size, built = measure(args.paragraphs, questions, stopwords, work / str(number))
        rows.append((name, mrr, recall, size, built))
        print(f"{name:<18}{mrr:>8.4f}{recall:>8.4f}{size / 2**20:>9.2f} MB{built:>7.1f} s", flush=True)

    anchor_mrr, anchor_size = rows[0][1], rows[0][3]
    print(f"\n{'variant':<18}{'MRR@10':>8}{'ΔMRR':>8}{'R@10':>8}{'postings':>11}{'Δsize':>8}"
          f"{'build s':>9}" + (f"{'corpus %':>10}" if total else ""))
    for name, mrr, recall, size, built in rows:
        word = name[2:] if name.startswith("- ") else None
        share = f"{100 * counts[word] / total:>9.1f}%" if total and word else ""
        print(f"{name:<18}{mrr:>8.4f}{mrr - anchor_mrr:>+8.4f}{recall:>8.4f}"
              f"{size / 2**20:>8.2f} MB{100 * (size - anchor_size) / anchor_size:>+7.1f}%"
              f"{built:>9.1f}{share}")
    print(f"({len(questions)} questions; corpus: {total} paragraphs; work dir {work})")


if __name__ == "__main__":
    main()
