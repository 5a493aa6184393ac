"""How long hostile queries take on a real index: long, deep, broken and odd ones.

    python -m bench.hostile_queries INDEX_DIR

Each query runs three times in this process (after one warm-up search); the table gives
the median time and what the search said. The target: every one under a second.
"""

import argparse
import statistics
import time

from search import open_index, search

QUERIES = {
    "10,000 letters, one word": "a" * 10_000,
    "10,000 characters of words": ("vacunas contra la COVID en México " * 300)[:10_000],
    "10,000 characters of operators": ("(China AND NOT Rusia) OR " * 400)[:10_000],
    "10,000 quotes": '"' * 10_000,
    "500 nested parentheses": "(" * 500 + "salud" + ")" * 500,
    "every field": 'orador:López fecha:[2020-03 TO 2020-06] titulo:x texto:salud doc:y "a b"',
    "impossible dates": "fecha:[hoy TO ayer] fecha:2021-02-31 salud",
    "control characters": "salud\x00\x1b[31m\u200b\ufeff",
    "lone operators": "NOT AND OR ( ) - * ~",
    "prefix of one letter": "s*",
    "fuzzy long word": "epidemiologicamente~2",
}


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                     epilog=__doc__.split("\n\n", 2)[2])
    parser.add_argument("index_dir", help="an index built by `hemeroteca index`, of any size")
    parser.add_argument("--repeat", type=int, default=3, help="runs of each query")
    args = parser.parse_args(argv)
    index = open_index(args.index_dir)
    search(index, "salud")
    print(f"{'query':<34}{'median ms':>10}{'results':>9}  messages")
    worst = 0.0
    for name, text in QUERIES.items():
        times = []
        for _ in range(max(1, args.repeat)):
            started = time.perf_counter()
            results = search(index, text)
            times.append(time.perf_counter() - started)
        median = statistics.median(times) * 1000
        worst = max(worst, median)
        print(f"{name:<34}{median:>10.1f}{results.total:>9}  {' | '.join(results.messages)[:80]}")
    print(f"slowest: {worst:.0f} ms ({'under' if worst < 1000 else 'OVER'} one second)")


if __name__ == "__main__":
    main()
