"""Run one benchmark phase of one engine in this process and print its figures as JSON.

    python -m bench.phase ENGINE build INDEX_DIR PATH...
    python -m bench.phase ENGINE keyword|rank|facets|question INDEX_DIR QUERIES_FILE

Each phase runs in its own process so that its peak memory is its own. A build reports
its wall time and its CPU time (this process and its workers); a query phase reports the
wall and the CPU time of each query (CPU time is steadier on a busy machine).
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


def cpu_seconds():
    """Return the CPU time (user + system) of this process and its finished children."""
    return sum(getattr(resource.getrusage(who), field)
               for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN)
               for field in ("ru_utime", "ru_stime"))


USAGE = __doc__.split("\n\n")[1]


def main(engine_name, phase, index_dir, *rest):
    engine = ENGINES[engine_name]
    index_dir = Path(index_dir)
    if phase == "build":
        started, cpu = time.perf_counter(), cpu_seconds()
        paragraphs = engine.build(rest, index_dir)
        figures = {"seconds": time.perf_counter() - started, "cpu": cpu_seconds() - cpu,
                   "paragraphs": paragraphs}
    else:
        queries = Path(rest[0]).read_text("utf-8").splitlines()
        run = getattr(engine, phase)
        searcher = engine.searcher(index_dir)
        run(searcher, queries[0])  # the first search loads what every search needs
        latencies, cpu = [], []
        for text in queries:
            started, used = time.perf_counter(), time.process_time()
            run(searcher, text)
            cpu.append(time.process_time() - used)
            latencies.append(time.perf_counter() - started)
        figures = {"latencies": latencies, "cpu": cpu}
    figures["peak_mb"], figures["children_peak_mb"] = peak_mb()
    print(json.dumps(figures))


if __name__ == "__main__":
    if len(sys.argv) < 4 or sys.argv[1] in ("-h", "--help") or sys.argv[1] not in ENGINES:
        sys.exit(f"usage (bench/speed.py runs it; engines: {', '.join(ENGINES)}):\n{USAGE}")
    main(*sys.argv[1:])
