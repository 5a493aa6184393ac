"""What each way of answering phrases costs: index size, build time, and phrase CPU time.

    python -m bench.phrase_structures CORPUS... [--work DIR] [--kinds none,stop,hashed]

Builds the corpus once per choice, into DIR (default: a temporary folder, removed):

- none: no word pairs; a phrase is checked on the candidates of its content words
  (every paragraph when it has none), as before;
- stop pairs: each pair of two stop words as a term;
- stop: those, and each stop word alone;
- stop+signatures: those, and a 32-byte signature of each paragraph's other pairs (a
  Bloom filter in a column; the shipped choice, search/text/pairs.py);
- hashed: stop, and every other pair of adjacent words by its bucket of 65,536;
- common: every pair with a stop word as itself (Lucene's CommonGrams);
- all pairs: every pair as itself;
- positions: no pairs, but positions in the text field (Whoosh's phrase=True).

For each it prints the build's CPU time (this process and its workers), the size of the
Whoosh segments, and the CPU time (median of 3, in this process) and total of each
phrase of bench/query_cost.py, with the slowest. The record store is the same for all.
"""

import argparse
import math
import resource
import shutil
import statistics
import tempfile
import time
from pathlib import Path

from bench.query_cost import QUERIES
from search import open_index, search
from search.layout import STORE_FILE
from search.storage.build import build_index
from search.storage.generations import live_generation
from search.storage.schema import paragraph_schema

VARIANTS = {
    "none": {"pairs": "none", "signatures": False},
    "stop pairs": {"pairs": "stop-pairs", "signatures": False},
    "stop": {"pairs": "stop", "signatures": False},
    "stop+signatures": {"pairs": "stop", "signatures": True},
    "hashed": {"pairs": "hashed", "signatures": False},
    "common": {"pairs": "common", "signatures": False},
    "all pairs": {"pairs": "all", "signatures": False},
    "positions": {"pairs": "none", "signatures": False, "positions": True},
}
PHRASES = {name: text for name, text in QUERIES.items() if '"' in text}


def cpu_with_children():
    """Return the CPU seconds of this process and its finished children."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def whoosh_megabytes(index_dir):
    """Return the size of an index's Whoosh files (everything but the record store) in MB."""
    live = live_generation(index_dir)
    return sum(path.stat().st_size for path in live.iterdir()
               if not path.name.startswith(STORE_FILE)) / 2**20


def phrase_costs(index_dir):
    """Return {phrase name: (median CPU seconds, total)} on an index."""
    costs = {}
    with open_index(index_dir) as index:
        search(index, "salud")
        for name, text in PHRASES.items():
            times = []
            for _ in range(3):
                started = time.process_time()
                results = search(index, text, seconds=math.inf)  # the cost, not the guard
                times.append(time.process_time() - started)
                if times[0] > 2:  # the old way: one run says enough
                    break
            costs[name] = (statistics.median(times), results.total)
    return costs


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", nargs="+", type=Path)
    parser.add_argument("--work", type=Path, help="where the indexes go (kept)")
    parser.add_argument("--kinds", default=",".join(kind for kind in VARIANTS if kind != "all pairs"),
                        help="comma-separated choices (all: every one, slow)")
    args = parser.parse_args(argv)
    kinds = list(VARIANTS) if args.kinds == "all" else args.kinds.split(",")
    unknown = [kind for kind in kinds if kind not in VARIANTS]
    if unknown:
        parser.error(f"unknown choices {unknown}: use {', '.join(VARIANTS)}")
    work = args.work or Path(tempfile.mkdtemp(prefix="phrase-structures-"))
    rows = {}
    try:
        for kind in kinds:
            index_dir = work / kind.replace(" ", "-")
            if index_dir.exists():
                shutil.rmtree(index_dir)
            before, started = cpu_with_children(), time.perf_counter()
            summary = build_index(args.corpus, index_dir, schema=paragraph_schema(**VARIANTS[kind]))
            build_cpu, build_wall = cpu_with_children() - before, time.perf_counter() - started
            rows[kind] = (summary.paragraphs, build_cpu, build_wall, whoosh_megabytes(index_dir),
                          phrase_costs(index_dir))
            print(f"{kind}: built {summary.paragraphs} paragraphs, {build_cpu:.1f} s CPU, "
                  f"{rows[kind][3]:.1f} MB", flush=True)
    finally:
        if args.work is None:
            shutil.rmtree(work, ignore_errors=True)
    print()
    print("| | " + " | ".join(kinds) + " |")
    print("|---|" + "---:|" * len(kinds))
    print("| build CPU s | " + " | ".join(f"{rows[k][1]:.1f}" for k in kinds) + " |")
    print("| build wall s | " + " | ".join(f"{rows[k][2]:.1f}" for k in kinds) + " |")
    print("| Whoosh MB | " + " | ".join(f"{rows[k][3]:.1f}" for k in kinds) + " |")
    for name in PHRASES:
        print(f"| {name} CPU s (total) | " + " | ".join(
            f"{rows[k][4][name][0]:.3f} ({rows[k][4][name][1]})" for k in kinds) + " |")
    print("| slowest phrase CPU s | " + " | ".join(
        f"{max(cost for cost, _ in rows[k][4].values()):.3f}" for k in kinds) + " |")


if __name__ == "__main__":
    main()
