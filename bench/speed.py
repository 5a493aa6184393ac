"""Build speed, query latency, index size and memory: Hemeroteca against Whoosh and tantivy.

    python -m bench.speed CORPUS_PATH... --questions QUERIES.jsonl [--work DIR] [--reuse]
                          [--times N] [--engines hemeroteca,tantivy]

The engines (bench/engines.py) index the same records, then answer the same 1,000
keyword queries (1 to 3 words drawn from the corpus) and the same long questions (any
word). A keyword search is the whole search as a person gets it: Hemeroteca's with its
snippets, tantivy's with its stored text and snippets, Whoosh's with the stored ids.
"rank" is the ranking alone (the top 10 document numbers). Each phase runs in its own
process; latencies are CPU time per query (steadier than wall time on a busy machine);
"first result" is a fresh process to its first page (`hemeroteca search salud`), median
of 5. The last columns are Hemeroteca's ratio to Whoosh and to tantivy.
`--times N` indexes the corpus N times over (N copies of its files, hard links under
the work dir, each copy's documents under their own names), to see how latency grows
with the corpus; the queries are drawn from one copy, so they are the same at every N, and
Hemeroteca searches every copy (`every_copy`: else it shows identical copies once, copies.py).
`--engines` measures some of the engines only (a large Whoosh build takes long).
Needs the bench extra (tantivy): pip install -e '.[bench]'.
"""

import argparse
import compileall
import json
import os
import random
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.engines import ENGINES, EVERY_COPY, corpus_records
from search.ingest.files import find_files
from search.text.words import STOPWORDS

ROOT = Path(__file__).resolve().parent.parent
FIRST_QUERY = "salud"
FIRST_RUNS = 5
OURS, OTHERS = "hemeroteca", ("whoosh", "tantivy")


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


def corpus_copies(paths, times, work):
    """Return [a folder holding `times` copies of the files under paths], or paths if once.

    Copy n of a file found under root R is work/corpus-xN/copy-n/R's name/its path under
    R: a hard link where the file system allows it (no space taken), else a copy. Each
    copy's documents have their own names, so no copy replaces another in the index.
    """
    if times == 1:
        return list(paths)
    folder = work / f"corpus-x{times}"
    for file, root in find_files(paths):
        for copy in range(1, times + 1):
            target = folder / f"copy-{copy}" / Path(root).name / Path(file).relative_to(root)
            if target.exists():
                continue
            target.parent.mkdir(parents=True, exist_ok=True)
            try:
                os.link(file, target)
            except OSError:
                shutil.copyfile(file, target)
    return [str(folder)]


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


def compile_package():
    """Write the bytecode of Hemeroteca's modules, as `pip install` does for Whoosh's.

    An editable install never does, and under PYTHONDONTWRITEBYTECODE no process does:
    every fresh process would compile all of our modules from source (about 50 ms of
    CPU) and none of Whoosh's.
    """
    compileall.compile_dir(ROOT / "search", quiet=1)


def first_result(engine, index_dir):
    """Return the median (wall ms, CPU ms) of a fresh process's search for FIRST_QUERY."""
    compile_package()
    if engine == OURS:
        command = [str(Path(sys.executable).parent / "hemeroteca"), "search", FIRST_QUERY,
                   "--index", str(index_dir)]
    else:
        command = [sys.executable, "-m", "bench.first_result", engine, str(index_dir), FIRST_QUERY]
    walls, cpus = [], []
    for _ in range(FIRST_RUNS):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        started = time.perf_counter()
        subprocess.run(command, cwd=ROOT, check=True, capture_output=True)
        walls.append(time.perf_counter() - started)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpus.append(after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime)
    return statistics.median(walls) * 1e3, statistics.median(cpus) * 1e3


def latency_rows(prefix, runs):
    """Return the p50, p95 and p99 CPU milliseconds of repeated query phases."""
    return {f"{prefix} p{int(f * 100)} ms": statistics.median(percentile(run["cpu"], f) * 1e3
                                                              for run in runs)
            for f in (.5, .95, .99)}


def measure(engine, paths, work, keyword_file, question_file, repeat, reuse):
    """Return the figures of one engine."""
    index_dir = work / engine
    builds = [build_once(engine, paths, index_dir / f"run{n}", reuse) for n in range(repeat)]
    live = index_dir / "run0"
    live = (live / "current").resolve() if (live / "current").exists() else live
    paragraphs = builds[0]["paragraphs"]
    searched = live.parent if engine == OURS else live
    keyword = [run_phase(engine, "keyword", searched, keyword_file) for _ in range(repeat)]
    rank = keyword if engine == "whoosh" else [
        run_phase(engine, "rank", searched, keyword_file) for _ in range(repeat)]
    question = [run_phase(engine, "question", searched, question_file) for _ in range(repeat)]
    # Only Hemeroteca counts facets: the others' row repeats their plain keyword figures.
    faceted = keyword if engine != OURS else [
        run_phase(engine, "facets", searched, keyword_file) for _ in range(repeat)]
    first_wall, first_cpu = first_result(engine, searched)
    return {
        "paragraphs": paragraphs,
        "build paragraphs/s": paragraphs / statistics.median(b["seconds"] for b in builds),
        "build paragraphs/CPU-s": paragraphs / statistics.median(b["cpu"] for b in builds),
        "build peak MB": max(b["peak_mb"] + b["children_peak_mb"] for b in builds),
        **latency_rows("keyword", keyword),
        **latency_rows("rank", rank),
        **latency_rows("keyword+facets", faceted),
        **latency_rows("question", question),
        "first result ms": first_wall,
        "first result CPU ms": first_cpu,
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
    parser.add_argument("--times", type=int, default=1,
                        help="index the corpus this many times over (copies of its files)")
    parser.add_argument("--engines", default=",".join(ENGINES),
                        help=f"the engines to measure, comma-separated (default: {','.join(ENGINES)})")
    args = parser.parse_args()
    engines = [name.strip() for name in args.engines.split(",") if name.strip()]
    unknown = sorted(set(engines) - set(ENGINES))
    if unknown or OURS not in engines or args.times < 1:
        parser.error(f"--engines: some of {', '.join(ENGINES)}, {OURS} among them; --times >= 1"
                     + (f" (unknown: {', '.join(unknown)})" if unknown else ""))
    if "tantivy" in engines:
        ENGINES["tantivy"].check_installed()
    work = Path(args.work or tempfile.mkdtemp(prefix="hemeroteca-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    indexed = corpus_copies(args.paths, args.times, work)
    if args.times > 1:  # inherited by each phase's process (run_phase)
        os.environ[EVERY_COPY] = "1"
    keyword_file = work / "keyword_queries.txt"
    keyword_file.write_text("\n".join(keyword_queries(args.paths, args.queries)), "utf-8")
    question_file = work / "questions.txt"
    questions = [json.loads(line)["question"] for line in open(args.questions, encoding="utf-8")]
    question_file.write_text("\n".join(q.replace("\n", " ") for q in questions), "utf-8")
    figures = {name: measure(name, indexed, work, keyword_file, question_file, args.repeat,
                             args.reuse)
               for name in ENGINES if name in engines}
    ours = figures[OURS]
    others = [name for name in OTHERS if name in figures]
    print(f"{'what':<24}" + "".join(f"{name:>12}" for name in figures)
          + "".join(f"{'/' + name[:7]:>10}" for name in others))
    for row in ours:
        ratios = [ours[row] / figures[other][row] if figures[other][row] else float("nan")
                  for other in others]
        print(f"{row:<24}" + "".join(f"{figures[name][row]:>12.2f}" for name in figures)
              + "".join(f"{ratio:>10.2f}" for ratio in ratios))
    print(f"({args.queries} keyword queries, {len(questions)} questions, latencies in CPU ms; "
          f"corpus {args.times}x; work dir {work})")


if __name__ == "__main__":
    main()
