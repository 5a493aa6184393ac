"""Run one benchmark phase of one engine in this process and print its figures as JSON.

    python -m bench.phase ENGINE build INDEX_DIR PATH...
    python -m bench.phase ENGINE keyword|facets|question INDEX_DIR QUERIES_FILE

Each phase runs in its own process so that its peak memory is its own.
"""

import json
import resource
import sys
import time
from pathlib import Path

from bench.engines import ENGINES


def peak_mb():
    """Return the peak resident memory of this process and of its largest child, in MB."""
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return round(own, 1), round(children, 1)


USAGE = __doc__.split("\n\n")[1]


def main(engine_name, phase, index_dir, *rest):
    engine = ENGINES[engine_name]
    index_dir = Path(index_dir)
    if phase == "build":
        started = time.perf_counter()
        paragraphs = engine.build(rest, index_dir)
        figures = {"seconds": time.perf_counter() - started, "paragraphs": paragraphs}
    else:
        queries = Path(rest[0]).read_text("utf-8").splitlines()
        run = getattr(engine, phase)
        searcher = engine.searcher(index_dir)
        run(searcher, queries[0])  # the first search loads what every search needs
        latencies = []
        for text in queries:
            started = time.perf_counter()
            run(searcher, text)
            latencies.append(time.perf_counter() - started)
        figures = {"latencies": latencies}
    figures["peak_mb"], figures["children_peak_mb"] = peak_mb()
    print(json.dumps(figures))


if __name__ == "__main__":
    if len(sys.argv) < 4 or sys.argv[1] in ("-h", "--help") or sys.argv[1] not in ENGINES:
        sys.exit(f"usage (bench/speed.py runs it; engines: {', '.join(ENGINES)}):\n{USAGE}")
    main(*sys.argv[1:])
