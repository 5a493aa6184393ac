"""Build speed, query latency, index size and memory: Whoosh out of the box vs Hemeroteca.

    python -m bench.speed CORPUS_PATH... --questions QUERIES.jsonl [--work DIR]

Both engines index the same records, then answer the same 1,000 keyword queries (1 to 3
words drawn from the corpus; Hemeroteca also makes snippets) and the same long questions
(any word). Each phase runs in its own process; the table gives medians over --repeat runs
and the ratio of Hemeroteca to the baseline.
"""

import argparse
import json
import random
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

from bench.engines import ENGINES, corpus_records
from search.text.analysis import STOPWORDS

ROOT = Path(__file__).resolve().parent.parent


def keyword_queries(paths, count, seed=7):
    """Return count queries of 1 to 3 consecutive content words from random paragraphs."""
    texts = [record.text for record in corpus_records(paths)]
    rng = random.Random(seed)
    queries = []
    while len(queries) < count:
        words = [w.strip(".,;:¿?¡!«»\"'()…-") for w in rng.choice(texts).split()]
        words = [w for w in words if len(w) > 3 and w.isalpha() and w.lower() not in STOPWORDS]
        if words:
            size = rng.choice((1, 2, 3))
            start = rng.randrange(max(1, len(words) - size + 1))
            queries.append(" ".join(words[start:start + size]))
    return queries


def run_phase(*args):
    """Run one phase in a fresh process and return its figures."""
    result = subprocess.run([sys.executable, "-m", "bench.phase", *map(str, args)], cwd=ROOT,
                            capture_output=True, text=True)
    if result.returncode:
        sys.exit(f"phase {args[:2]} failed:\n{result.stderr}")
    return json.loads(result.stdout.strip().splitlines()[-1])


def build_once(engine, paths, index_dir, reuse):
    """Build an index (or reuse one built before with its figures) and return the figures."""
    saved = index_dir.parent / f"{index_dir.name}.json"
    if reuse and saved.exists():
        return json.loads(saved.read_text())
    figures = run_phase(engine, "build", index_dir, *paths)
    saved.write_text(json.dumps(figures))
    return figures


def percentile(values, fraction):
    """Return the value below which the given fraction of values lie."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(fraction * len(ordered)))]


def directory_bytes(path):
    """Return the size of all files under path."""
    return sum(file.stat().st_size for file in Path(path).rglob("*") if file.is_file())


def measure(engine, paths, work, keyword_file, question_file, repeat, reuse):
    """Return the figures of one engine."""
    index_dir = work / engine
    builds = [build_once(engine, paths, index_dir / f"run{n}", reuse) for n in range(repeat)]
    live = index_dir / "run0"
    live = (live / "current").resolve() if (live / "current").exists() else live
    paragraphs = builds[0]["paragraphs"]
    searched = live.parent if engine == "hemeroteca" else live
    keyword = [run_phase(engine, "keyword", searched, keyword_file) for _ in range(repeat)]
    question = [run_phase(engine, "question", searched, question_file) for _ in range(repeat)]
    # The baseline has no facets: its row repeats its plain keyword figures.
    faceted = keyword if engine == "whoosh" else [
        run_phase(engine, "facets", searched, keyword_file) for _ in range(repeat)]
    seconds = statistics.median(b["seconds"] for b in builds)
    return {
        "paragraphs": paragraphs,
        "build paragraphs/s": paragraphs / seconds,
        "build peak MB": max(b["peak_mb"] + b["children_peak_mb"] for b in builds),
        "keyword p50 ms": statistics.median(percentile(k["latencies"], .5) * 1e3 for k in keyword),
        "keyword p95 ms": statistics.median(percentile(k["latencies"], .95) * 1e3 for k in keyword),
        "keyword+facets p50 ms": statistics.median(percentile(k["latencies"], .5) * 1e3
                                                   for k in faceted),
        "keyword+facets p95 ms": statistics.median(percentile(k["latencies"], .95) * 1e3
                                                   for k in faceted),
        "question p50 ms": statistics.median(percentile(q["latencies"], .5) * 1e3 for q in question),
        "question p95 ms": statistics.median(percentile(q["latencies"], .95) * 1e3 for q in question),
        "query peak MB": max(q["peak_mb"] for q in keyword + question),
        "KB/paragraph": directory_bytes(live) / 1024 / paragraphs,
    }


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="+")
    parser.add_argument("--questions", required=True, help="a queries .jsonl (xquad_es)")
    parser.add_argument("--work", default=None, help="where to build (default: a temp dir)")
    parser.add_argument("--queries", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--reuse", action="store_true",
                        help="reuse the indexes (and build figures) of an earlier run in --work")
    args = parser.parse_args()
    work = Path(args.work or tempfile.mkdtemp(prefix="hemeroteca-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    keyword_file = work / "keyword_queries.txt"
    keyword_file.write_text("\n".join(keyword_queries(args.paths, args.queries)), "utf-8")
    question_file = work / "questions.txt"
    questions = [json.loads(line)["question"] for line in open(args.questions, encoding="utf-8")]
    question_file.write_text("\n".join(q.replace("\n", " ") for q in questions), "utf-8")
    figures = {name: measure(name, args.paths, work, keyword_file, question_file, args.repeat,
                             args.reuse)
               for name in ENGINES}
    base, ours = figures["whoosh"], figures["hemeroteca"]
    print(f"{'what':<22}{'whoosh':>12}{'hemeroteca':>12}{'ratio':>8}")
    for name in base:
        ratio = ours[name] / base[name] if base[name] else float("nan")
        print(f"{name:<22}{base[name]:>12.2f}{ours[name]:>12.2f}{ratio:>8.2f}")
    print(f"({args.queries} keyword queries, {len(questions)} questions, work dir {work})")


if __name__ == "__main__":
    main()
