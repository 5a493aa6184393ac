"""Load test of the search page: concurrent clients against `hemeroteca serve` on loopback.

    python -m bench.load INDEX_DIR [--queries FILE] [--clients 16] [--seconds 30]
    python -m bench.load INDEX_DIR --costly     # costly searches: see bench/load_costly.py

Starts `hemeroteca serve` (waitress) on a free 127.0.0.1 port, runs the clients for the
given time (and never more than --max-requests requests) over a mix of searches: the
page and the JSON API, some narrowed by speaker or year, sorted by date, or a second
page. Popular searches come back more often than rare ones (Zipf weights), as they do
for people. It prints requests/s, p50, p95, p99 and errors under load, and the p95 of
the same searches run in-process, one at a time, in the same run. The target is a p95
under load at most 3 times the in-process one.
"""

import argparse
import http.client
import os
import random
import statistics
import sys
import threading
import time
from pathlib import Path
from urllib.parse import urlencode, urlsplit

from search import open_index, search
from search.text.words import STOPWORDS
from tests.web import serving

TARGET_RATIO = 3.0


def draw_queries(index, count, seed=7):
    """Return count search parameter sets drawn from the index's own words and speakers."""
    counts = index.store.words()
    words = [word for word, n in counts.items()
             if 30 <= n <= 20000 and len(word) > 3 and word.isalpha() and word not in STOPWORDS]
    if len(words) < 50:  # a small index: any word it has
        words = [word for word in counts if word.isalpha() and word not in STOPWORDS] or list(counts)
    if not words:
        raise SystemExit("the index has no words to search: index some documents first")
    rng = random.Random(seed)
    words.sort()
    speakers = [row[0] for row in index.store.speaker_table()[:12]]
    searches = []
    while len(searches) < count:
        params = {"q": " ".join(rng.sample(words, min(len(words), rng.choice((1, 1, 2, 2, 3)))))}
        kind = rng.random()
        if kind < 0.1 and speakers:
            params["orador"] = rng.choice(speakers)
        elif kind < 0.2:
            params["desde"] = params["hasta"] = str(rng.choice((2020, 2021)))
        elif kind < 0.3:
            params["sort"] = "-date"
        elif kind < 0.35:
            params["page"] = "2"
        searches.append(params)
    return searches


def read_queries(path):
    """Return a search per non-empty line of a file."""
    lines = Path(path).read_text(encoding="utf-8").splitlines()
    return [{"q": line.strip()} for line in lines if line.strip()]


def library_options(params):
    """Return search()'s keyword arguments for URL parameters, as the page passes them."""
    return {"limit": 10, "page": int(params.get("page", 1)), "sort": params.get("sort", "relevance"),
            "speaker": params.get("orador"), "date_from": params.get("desde"),
            "date_to": params.get("hasta"), "facets": True}


def in_process_times(index_dir, searches):
    """Return each search's time in ms, run one at a time in this process after a warm-up."""
    with open_index(index_dir) as index:
        for params in searches:
            search(index, params["q"], **library_options(params))
        times = []
        for params in searches:
            started = time.perf_counter()
            search(index, params["q"], **library_options(params))
            times.append((time.perf_counter() - started) * 1000)
    return times


def start_server(index_dir, threads, cache_pages, log_path):
    """Start `hemeroteca serve` on a free loopback port; return (process, host, port)."""
    environment = {} if cache_pages is None else {"HEMEROTECA_CACHED_PAGES": str(cache_pages)}
    try:
        process, url = serving.start_server(index_dir, log_path, "--host", "127.0.0.1",
                                            "--threads", str(threads), environment=environment)
    except RuntimeError as error:
        raise SystemExit(str(error)) from error
    address = urlsplit(url)
    if address.hostname != "127.0.0.1":
        serving.stop_server(process)
        raise SystemExit(f"refusing to load anything but loopback: {address.hostname}")
    return process, address.hostname, address.port


def run_clients(host, port, urls, weights, clients, seconds, max_requests, seed=11):
    """Run the clients until the time or the request budget is spent; return the samples."""
    deadline = time.monotonic() + seconds
    budget = threading.Semaphore(max_requests)
    samples, errors, lock = [], [], threading.Lock()

    def client(number):
        rng = random.Random(seed + number)
        connection = http.client.HTTPConnection(host, port, timeout=30)
        mine, failed = [], []
        while time.monotonic() < deadline and budget.acquire(blocking=False):
            url = rng.choices(urls, weights)[0]
            started = time.perf_counter()
            try:
                connection.request("GET", url)
                response = connection.getresponse()
                response.read()
                if response.status != 200:
                    failed.append(f"{response.status} {url}")
            except (OSError, http.client.HTTPException) as error:
                failed.append(f"{type(error).__name__} {url}")
                connection.close()
                connection = http.client.HTTPConnection(host, port, timeout=30)
            mine.append((time.perf_counter() - started) * 1000)
        connection.close()
        with lock:
            samples.extend(mine)
            errors.extend(failed)

    threads = [threading.Thread(target=client, args=(n,)) for n in range(clients)]
    started = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return samples, errors, time.perf_counter() - started


def percentile(values, share):
    """Return the value below which a share of the values fall (nearest rank)."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(share * len(ordered)) - 1))]


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("index_dir", type=Path)
    parser.add_argument("--queries", type=Path, help="one query per line; default: drawn")
    parser.add_argument("--distinct", type=int, default=400, help="searches drawn")
    parser.add_argument("--clients", type=int, default=16)
    parser.add_argument("--seconds", type=float, default=30.0)
    parser.add_argument("--max-requests", type=int, default=200_000)
    parser.add_argument("--threads", type=int, default=24, help="waitress threads")
    parser.add_argument("--costly", action="store_true",
                        help="clients send costly searches while one measures /healthz and "
                             "cheap searches (bench/load_costly.py)")
    parser.add_argument("--alone-seconds", type=float, default=15.0,
                        help="with --costly: how long /healthz and cheap searches are measured alone")
    parser.add_argument("--cache-pages", type=int, default=None,
                        help="the server's results cache (0: off; default: the app's)")
    parser.add_argument("--log", type=Path, default=Path(os.devnull), help="server stderr")
    args = parser.parse_args()
    if not 1 <= args.clients <= 64 or not 0 < args.seconds <= 300:
        raise SystemExit("use 1 to 64 clients for at most 300 s")

    if args.costly:
        from bench.load_costly import run

        with open_index(args.index_dir) as index:
            return run(args, index)
    with open_index(args.index_dir) as index:
        searches = (read_queries(args.queries) if args.queries
                    else draw_queries(index, args.distinct))
        documents, paragraphs = index.store.counts()
    single = in_process_times(args.index_dir, searches)
    urls = [("/api/search?" if n % 4 == 3 else "/?") + urlencode(params)
            for n, params in enumerate(searches)]
    weights = [1 / rank for rank in range(1, len(urls) + 1)]  # Zipf: the first is the most asked
    random.Random(3).shuffle(weights)

    process, host, port = start_server(args.index_dir, args.threads, args.cache_pages, args.log)
    try:
        connection = http.client.HTTPConnection(host, port, timeout=60)
        connection.request("GET", "/healthz")  # opens the index, as a first visitor would
        connection.getresponse().read()
        connection.close()
        samples, errors, elapsed = run_clients(host, port, urls, weights, args.clients,
                                               args.seconds, args.max_requests)
    finally:
        serving.stop_server(process)

    p95_single = percentile(single, 0.95)
    p95_load = percentile(samples, 0.95)
    print(f"index: {documents} documents, {paragraphs} paragraphs; {len(searches)} distinct "
          f"searches (page and API, Zipf weights); {args.clients} clients, {elapsed:.1f} s, "
          f"waitress threads {args.threads}, cache pages "
          f"{'default' if args.cache_pages is None else args.cache_pages}")
    print()
    print("| measure | requests | req/s | p50 ms | p95 ms | p99 ms | errors |")
    print("|---|---:|---:|---:|---:|---:|---:|")
    print(f"| under load (HTTP) | {len(samples)} | {len(samples) / elapsed:.1f} | "
          f"{statistics.median(samples):.1f} | {p95_load:.1f} | {percentile(samples, 0.99):.1f} "
          f"| {len(errors)} |")
    print(f"| in-process, one at a time | {len(single)} | "
          f"{len(single) / (sum(single) / 1000):.1f} | {statistics.median(single):.1f} | "
          f"{p95_single:.1f} | {percentile(single, 0.99):.1f} | 0 |")
    ratio = p95_load / p95_single
    print()
    print(f"p95 under load / in-process p95 = {ratio:.2f} (target <= {TARGET_RATIO:.0f}): "
          f"{'met' if ratio <= TARGET_RATIO and not errors else 'NOT met'}")
    for error in errors[:10]:
        print("error:", error)
    return 0 if not errors else 1


if __name__ == "__main__":
    sys.exit(main())
