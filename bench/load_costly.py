"""Load test with costly searches: do /healthz and cheap searches still answer?

    python -m bench.load INDEX_DIR --costly [--clients 16] [--seconds 30]

Starts `hemeroteca serve` with its results cache off, so every request is searched.
First one client alone measures /healthz and cheap searches (one word drawn from the
index) over HTTP. Then `--clients` clients send the costly kinds of bench/query_cost.py
(phrases of common words, prefixes, typos, many words), on the page and the API, while
that one client goes on measuring /healthz and cheap searches. Targets: /healthz p99 at
most 0.2 s, cheap searches' p95 at most 3 times their p95 alone, and no error (any
status but 200, or a failed connection, from any client).
"""

import random
import statistics
import threading
import time
from urllib.parse import urlencode

from bench.load import draw_queries, percentile, start_server
from bench.query_cost import QUERIES
from tests.web import serving

HEALTH_P99_MS = 200.0
CHEAP_RATIO = 3.0


def costly_urls():
    """Return the URLs of the costly queries, on the page and in the API."""
    texts = [text for name, text in QUERIES.items() if not name.startswith("anchor")]
    return [("/api/search?" if n % 2 else "/?") + urlencode({"q": text})
            for n, text in enumerate(texts + texts)]


def fetch(connection_factory, url, timeout=60):
    """Return (milliseconds, status or the error's name) of one GET on a fresh connection."""
    started = time.perf_counter()
    connection = connection_factory(timeout)
    try:
        connection.request("GET", url)
        response = connection.getresponse()
        response.read()
        status = response.status
    except OSError as error:
        status = type(error).__name__
    finally:
        connection.close()
    return (time.perf_counter() - started) * 1000, status


def measure(connect, cheap, stop, samples, pause=0.05):
    """Alternate /healthz and a cheap search until stop is set; add (kind, ms, status) to samples."""
    rng = random.Random(5)
    while not stop.is_set():
        samples.append(("healthz", *fetch(connect, "/healthz")))
        samples.append(("cheap", *fetch(connect, rng.choice(cheap))))
        time.sleep(pause)


def hammer(connect, urls, stop, samples, seed):
    """Send costly searches one after another until stop is set."""
    rng = random.Random(seed)
    while not stop.is_set():
        samples.append(("costly", *fetch(connect, rng.choice(urls), timeout=120)))


def run(args, index):
    """Run the two phases; print the table; return 0 when the targets are met."""
    import http.client

    cheap = ["/?" + urlencode(params) for params in draw_queries(index, 200)
             if set(params) == {"q"} and " " not in params["q"]]
    process, host, port = start_server(args.index_dir, args.threads, 0, args.log)
    try:
        def connect(timeout):
            return http.client.HTTPConnection(host, port, timeout=timeout)

        for url in cheap[:60] + ["/healthz"] * 10:  # every waitress thread opens its searcher
            fetch(connect, url)
        alone, stop = [], threading.Event()
        timer = threading.Timer(args.alone_seconds, stop.set)
        timer.start()
        measure(connect, cheap, stop, alone)
        loaded, stop = [], threading.Event()
        threads = [threading.Thread(target=hammer, args=(connect, costly_urls(), stop, loaded, n))
                   for n in range(args.clients)]
        threads.append(threading.Thread(target=measure, args=(connect, cheap, stop, loaded)))
        started = time.perf_counter()
        for thread in threads:
            thread.start()
        time.sleep(args.seconds)
        stop.set()
        for thread in threads:
            thread.join()
        elapsed = time.perf_counter() - started
    finally:
        serving.stop_server(process)
    return report(args, alone, loaded, elapsed)


def times(samples, kind):
    return [ms for what, ms, _ in samples if what == kind]


def report(args, alone, loaded, elapsed):
    """Print the table of the two phases and whether the targets are met."""
    print(f"{args.clients} clients sending costly searches for {elapsed:.1f} s; one more client "
          f"measuring; waitress threads {args.threads}; results cache off")
    print()
    print("| requests | phase | count | p50 ms | p95 ms | p99 ms | errors |")
    print("|---|---|---:|---:|---:|---:|---:|")
    for kind in ("healthz", "cheap", "costly"):
        for phase, samples in (("alone", alone), ("under costly load", loaded)):
            found = times(samples, kind)
            if not found:
                continue
            errors = sum(1 for what, _, status in samples if what == kind and status != 200)
            print(f"| {kind} | {phase} | {len(found)} | {statistics.median(found):.1f} | "
                  f"{percentile(found, 0.95):.1f} | {percentile(found, 0.99):.1f} | {errors} |")
    errors = [(what, status) for what, _, status in alone + loaded if status != 200]
    health_p99 = percentile(times(loaded, "healthz"), 0.99)
    ratio = percentile(times(loaded, "cheap"), 0.95) / percentile(times(alone, "cheap"), 0.95)
    met = health_p99 <= HEALTH_P99_MS and ratio <= CHEAP_RATIO and not errors
    print()
    print(f"/healthz p99 under load {health_p99:.1f} ms (target <= {HEALTH_P99_MS:.0f}); cheap p95 "
          f"under load / alone = {ratio:.2f} (target <= {CHEAP_RATIO:.0f}); errors {len(errors)} "
          f"(target 0): {'met' if met else 'NOT met'}")
    for what, status in errors[:10]:
        print("error:", what, status)
    return 0 if met else 1
