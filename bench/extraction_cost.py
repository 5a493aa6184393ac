"""What finding speakers and dates costs a full build: the same build with and without.

    python -m bench.extraction_cost CORPUS_PATH... [--repeat 3]

Each build runs in its own process; "without" replaces the speaker and date finders
with ones that find nothing. Prints the median build time of each and the slowdown.
"""

import argparse
import json
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
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                            text=True)
    if result.returncode:
        sys.exit(result.stderr)
    return json.loads(result.stdout.strip().splitlines()[-1])


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="+")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="hemeroteca-extraction-"))
    times = {True: [], False: []}
    for number in range(args.repeat):  # alternate, so that noise falls on both
        for extract in (False, True):
            figures = run(args.paths, work / f"{extract}-{number}", extract)
            times[extract].append(figures["seconds"])
    without, with_ = statistics.median(times[False]), statistics.median(times[True])
    print(f"{'build':<28}{'median s':>10}{'paragraphs/s':>14}")
    for name, seconds in (("without speakers and dates", without), ("with (normal)", with_)):
        print(f"{name:<28}{seconds:>10.1f}{figures['paragraphs'] / seconds:>14.0f}")
    print(f"slowdown: {100 * (with_ / without - 1):.1f}% (runs: {args.repeat} each)")


if __name__ == "__main__":
    main()
