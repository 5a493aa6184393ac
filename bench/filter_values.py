"""What a filter of several values costs a search (search/retrieval/filter_values.py).

    python -m bench.filter_values INDEX_DIR [ROUNDS]

INDEX_DIR should hold the covid briefings, whose speakers SPEAKERS names (any index answers:
a name no one has is looked up with its typos, the costliest case).

Searches `vacuna` with the speaker filter given 1, 2, 5 and 20 values, and the period filter
1, 2 and 5, the cases in a different order each round, and prints the median CPU milliseconds
of each and its ratio to the one-value search.
"""

import argparse
import statistics
import time

from search.retrieval.reader import open_index
from search.retrieval.searching import search

SPEAKERS = ['"Hugo López-Gatell Ramírez"', "Alomía", "Cortés", "Sheinbaum", "Kershenobich"] + [
    f"Nadie{number}" for number in range(15)]  # names no one has: each looked up with typos
PERIODS = ["2020-03", "2020-06", "2020-09", "2020-12", "2021-01"]
CASES = [("orador", 1), ("orador", 2), ("orador", 5), ("orador", 20), ("fecha", 1), ("fecha", 2), ("fecha", 5)]


def cpu_ms(index, kind, count):
    """Return the CPU milliseconds of one search with `count` values of a filter."""
    options = {"speaker": SPEAKERS[:count]} if kind == "orador" else {"dates": PERIODS[:count]}
    started = time.process_time()
    search(index, "vacuna", facets=True, **options)
    return (time.process_time() - started) * 1000


def main(index_dir, rounds=7):
    times = {case: [] for case in CASES}
    with open_index(index_dir) as index:
        for case in CASES:  # warm: posting caches, speaker tables
            cpu_ms(index, *case)
        for round_ in range(rounds):
            for case in CASES[round_ % len(CASES):] + CASES[:round_ % len(CASES)]:
                times[case].append(cpu_ms(index, *case))
    print(f"{'filter':10} {'values':>6} {'ms':>8} {'ratio':>6}")
    for kind, count in CASES:
        median, one = statistics.median(times[kind, count]), statistics.median(times[kind, 1])
        print(f"{kind:10} {count:6} {median:8.1f} {median / one:6.2f}")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("index_dir", help="an index built by `hemeroteca index` (the covid briefings)")
    parser.add_argument("rounds", nargs="?", type=int, default=7, help="rounds of each (default 7)")
    arguments = parser.parse_args()
    main(arguments.index_dir, arguments.rounds)
