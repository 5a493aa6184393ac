"""Instructions a warm search executes, counted by Valgrind: a measure a busy machine does not move.

    python -m bench.instructions INDEX_DIR QUERIES_FILE [--phase keyword|rank|facets|question]
                                 [--warm 50] [--count 300]

CPU time on this shared machine moves by ±15 % from run to run (issue 15's notes), so a
change of a few per cent needs many alternated rounds of the two trees. The count of
instructions the process runs in user space does not depend on the load: the queries are
run twice under `valgrind --tool=cachegrind --cache-sim=no` (Valgrind's instruction count,
"I refs"), once the first `warm` only and once with the next `count` too, with the same
PYTHONHASHSEED, and the difference is divided by `count`. Two trees compare by running this
with each on PYTHONPATH.

What it does not see: time in the kernel (a `pread`, a SQLite lock, reading a file) and
the cost of cache misses, so a change that trades instructions for system calls or memory
traffic must still be timed (bench.phase, alternated). Needs `valgrind` on PATH; about
30 times slower than the queries themselves.
"""

import argparse
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

from bench.engines import ENGINES

I_REFS = re.compile(r"I\s+refs:\s+([\d,]+)")


def run_queries(index_dir, queries_file, phase, total):
    """Run the first `total` queries of the file, in this process (the child's work)."""
    engine = ENGINES["hemeroteca"]
    queries = [line for line in Path(queries_file).read_text("utf-8").splitlines() if line.strip()]
    searcher = engine.searcher(Path(index_dir))
    run = getattr(engine, phase)
    for text in queries[:total]:
        run(searcher, text)


def instructions(index_dir, queries_file, phase, total):
    """Return the instructions (I refs) of a child process that runs `total` queries."""
    command = ["valgrind", "--tool=cachegrind", "--cache-sim=no", "--cachegrind-out-file=/dev/null",
               sys.executable, __file__, "--child", str(total),  # this file: a tree without it can be measured
               str(index_dir), str(queries_file), "--phase", phase]
    done = subprocess.run(command, capture_output=True, text=True,
                          env={**os.environ, "PYTHONHASHSEED": "0"})
    found = I_REFS.search(done.stderr)
    if done.returncode or found is None:
        raise SystemExit(f"valgrind falló ({done.returncode}): {done.stderr[-1000:]}")
    return int(found.group(1).replace(",", ""))


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("index_dir", type=Path)
    parser.add_argument("queries", type=Path, help="one query a line")
    parser.add_argument("--phase", choices=("keyword", "rank", "facets", "question"), default="keyword")
    parser.add_argument("--warm", type=int, default=50, help="queries run first, not counted")
    parser.add_argument("--count", type=int, default=300, help="queries counted")
    parser.add_argument("--child", type=int, help=argparse.SUPPRESS)  # run this many queries, under valgrind
    args = parser.parse_args()
    if args.child is not None:
        run_queries(args.index_dir, args.queries, args.phase, args.child)
        return
    if shutil.which("valgrind") is None:
        raise SystemExit("No se encontró valgrind: instálelo (apt-get install valgrind) para contar instrucciones.")
    base = instructions(args.index_dir, args.queries, args.phase, args.warm)
    both = instructions(args.index_dir, args.queries, args.phase, args.warm + args.count)
    print(f"{args.phase}: {(both - base) / args.count:,.0f} instructions a query "
          f"({args.count} queries after {args.warm}; {base:,} for opening and warming)")


if __name__ == "__main__":
    main()
