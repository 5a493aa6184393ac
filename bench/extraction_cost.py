"""What finding speakers and dates costs a full build: the same build with and without.

    python -m bench.extraction_cost CORPUS_PATH... [--repeat 3]

Each build runs in its own process; "without" replaces the speaker and date finders
with ones that find nothing. Prints the median of each one's CPU time (the build's process and
its workers: on a shared machine the wall clock measures the neighbours too) and wall time, and
the slowdown by each, the two kinds alternated so that a change in load falls on both.
"""

import argparse
import json
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def build(paths, index_dir, extract):
    """Build an index, optionally without extraction, and print its time as JSON."""
    from search.ingest import paragraphs as records
    from search.storage.build import build_index

    if not extract:
        records.speakers.paragraph_speakers = lambda paragraphs: [[] for _ in paragraphs]
        records.dates.document_date = lambda *args, **kwargs: None
    started = time.perf_counter()
    summary = build_index(paths, index_dir)
    print(json.dumps({"seconds": time.perf_counter() - started,
                      "paragraphs": summary.paragraphs}))


def run(paths, index_dir, extract):
    """Run one build in a fresh process and return its figures."""
    code = (f"from bench.extraction_cost import build; "
            f"build({list(map(str, paths))!r}, {str(index_dir)!r}, {extract})")
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                            text=True)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)  # the build and the workers it waited for
    if result.returncode:
        sys.exit(result.stderr)
    figures = json.loads(result.stdout.strip().splitlines()[-1])
    figures["cpu"] = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
    return figures


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="+")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="hemeroteca-extraction-"))
    times = {(extract, kind): [] for extract in (True, False) for kind in ("cpu", "seconds")}
    for number in range(args.repeat):  # alternate, so that noise falls on both
        for extract in (False, True):
            figures = run(args.paths, work / f"{extract}-{number}", extract)
            for kind in ("cpu", "seconds"):
                times[extract, kind].append(figures[kind])
    median = {key: statistics.median(values) for key, values in times.items()}
    print(f"{'build':<28}{'CPU s':>10}{'paragraphs/CPU-s':>18}{'wall s':>10}")
    for name, extract in (("without speakers and dates", False), ("with (normal)", True)):
        cpu, wall = median[extract, "cpu"], median[extract, "seconds"]
        print(f"{name:<28}{cpu:>10.1f}{figures['paragraphs'] / cpu:>18.0f}{wall:>10.1f}")
    print(f"slowdown: {100 * (median[True, 'cpu'] / median[False, 'cpu'] - 1):.1f}% of CPU time, "
          f"{100 * (median[True, 'seconds'] / median[False, 'seconds'] - 1):.1f}% of wall time "
          f"(medians of {args.repeat} runs each)")


if __name__ == "__main__":
    main()
