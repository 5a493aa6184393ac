"""Faults made under a running `hemeroteca serve`: it stays up, answers 503 where it can't read, recovers.

    python -m bench.faults_serving CORPUS_FOLDER [--files 60] [--rounds 2] [--work DIR]

--files documents of the corpus are indexed and `hemeroteca serve` runs over the index,
its results cache off (HEMEROTECA_CACHED_PAGES=0), so that every request reads the index.
For each fault, --rounds times: a fresh build (made while the server runs, which follows
it), the requests (searches: words, a phrase, a prefix, the API; a document, a similar
list, /healthz) answered, the fault made in place, the requests again, then the repair
the message names (`hemeroteca index`, run while the server runs; nothing for a posting
cache, which the server rebuilds itself), and the requests once more.

Counted per fault: requests answered 200, 503 or otherwise while it lasted (including no
answer at all); the server process alive at the end; the answers after the repair the same
as before the fault (totals and hits of the searches); log lines that name the fault; and
tracebacks in the log. Targets: alive every time, only 200 and 503, recovered every time,
a log line for every fault, no traceback.
"""

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.parse
from collections import Counter
from pathlib import Path

from bench.faults_kill import corpus_files
from search.storage.generations import live_generation
from tests.faults.damage import empty, garbage_in_store_middle, truncate_half, zero_all, zero_middle
from tests.web.serving import START, fetch, start_server, stop_server

NO_RESULTS_CACHE = {"HEMEROTECA_CACHED_PAGES": "0"}
SEARCHES = ["salud", "vacunas hospital", '"de la salud"', "vacun*", "casos O muertes", "gobierno -estado",
            "presidente", "secretario salud"]


def largest(index_dir, pattern):
    return max(live_generation(index_dir).glob(pattern), key=lambda path: path.stat().st_size)


def on_segment(hurt):
    return lambda index_dir: hurt(largest(index_dir, "*.seg"))


def on_cache(hurt):
    return lambda index_dir: hurt(largest(index_dir, "*.postcache"))


def cache_and_segment(index_dir):
    truncate_half(largest(index_dir, "*.postcache"))
    truncate_half(largest(index_dir, "*.seg"))


def on_store(hurt):
    return lambda index_dir: hurt(live_generation(index_dir) / "records.sqlite")


# fault: (how it is made, whether the server mends it itself)
FAULTS = {
    "segment truncated to half": (on_segment(truncate_half), False),
    "segment zeroed": (on_segment(zero_all), False),
    "segment with 64 KB zeroed": (on_segment(zero_middle), False),
    "posting cache truncated to half": (on_cache(truncate_half), True),
    "posting cache zeroed": (on_cache(zero_all), True),
    "posting cache with 64 KB zeroed": (on_cache(zero_middle), True),
    "posting cache and its segment truncated": (cache_and_segment, False),
    "records.sqlite emptied": (on_store(empty), False),
    "records.sqlite with garbage in the middle": (on_store(garbage_in_store_middle), False),
    "index folder removed": (lambda index_dir: shutil.rmtree(index_dir), False),
}
LOG_WORDS = ("dañad", "damaged", "caché de postings", "ya no existe", "no se puede", "vacío")


def hemeroteca(*args):
    command = [sys.executable, "-c", START, *map(str, args)]
    return subprocess.run(command, capture_output=True, text=True, stdin=subprocess.DEVNULL)


def requests(url, docs, extra=""):
    """Return {request: (status, what it answered)}; `extra` makes the searches new ones.

    Every document is asked for: damage to the record store shows where it is read.
    """
    quoted = urllib.parse.quote
    pages = [f"api/search?q={quoted(query + extra)}&limit=20" for query in SEARCHES]
    pages += [f"?q={quoted(SEARCHES[0] + extra)}", f"similar/{quoted(docs[0] + '#2')}", "healthz"]
    pages += [f"doc/{quoted(doc)}" for doc in docs]
    found = {}
    for page in pages:
        status, body = fetch(url + page, timeout=120)
        if page.startswith("api/search") and status == 200:
            answer = json.loads(body)
            body = (answer["total"], [hit["id"] for hit in answer["hits"]])
        elif page != "healthz":
            body = None
        found[page.replace(quoted(extra), "")] = (status, body)
    return found


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("corpus", type=Path, help="a folder of documents, of any size")
    parser.add_argument("--files", type=int, default=60)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--work", type=Path, default=None)
    options = parser.parse_args()
    first, _ = corpus_files(options.corpus, options.files)
    work = options.work or Path(tempfile.mkdtemp(prefix="faults-serving-"))
    folder, index_dir, log_path = work / "docs", work / "index", work / "serve.log"
    folder.mkdir(parents=True)
    for source in first:
        shutil.copy(source, folder / source.name)
    docs = sorted(path.name for path in folder.iterdir())
    assert hemeroteca("index", folder, "--index", index_dir).returncode == 0
    process, url = start_server(index_dir, log_path, environment=NO_RESULTS_CACHE)
    rows = []
    try:
        for name, (hurt, mends_itself) in FAULTS.items():
            tally = Counter()
            for round_number in range(options.rounds):
                built = hemeroteca("index", folder, "--index", index_dir)
                tally["errors"] += built.returncode != 0
                time.sleep(0.2)
                before = requests(url, docs)
                if {status for status, _ in before.values()} != {200}:
                    tally["errors"] += 1
                    print(f"{name}: not serving before the fault: {before}")
                logged = len(log_path.read_text().splitlines())
                hurt(index_dir)
                during = requests(url, docs, extra=f" zz{round_number}")  # new searches
                during.update({f"again {page}": answer for page, answer in requests(url, docs).items()})
                for status, _ in during.values():
                    tally[{200: "200", 503: "503"}.get(status, "other")] += 1
                new_lines = log_path.read_text().splitlines()[logged:]
                tally["faults logged"] += any(word in line for line in new_lines for word in LOG_WORDS)
                if not mends_itself:
                    repaired = hemeroteca("index", folder, "--index", index_dir)
                    tally["errors"] += repaired.returncode != 0
                after = requests(url, docs)
                same = all(after[page][0] == 200 and (after[page][1] == answer or page == "healthz")
                           for page, (_, answer) in before.items())
                tally["recovered"] += same
                if not same:
                    print(f"{name}: after the repair: {[(p, a[0]) for p, a in after.items() if a[0] != 200]}")
                tally["alive"] += process.poll() is None
                if process.poll() is not None:
                    print(f"{name}: the server died (exit {process.returncode}); started again")
                    process, url = start_server(index_dir, log_path, environment=NO_RESULTS_CACHE)
            rows.append((name, tally))
    finally:
        stop_server(process)
        tracebacks = log_path.read_text().count("Traceback")
        if options.work is None:
            shutil.rmtree(work, ignore_errors=True)
    print(f"{'fault':<42} {'rounds':>6} {'alive':>6} {'200':>5} {'503':>5} {'other':>6} {'logged':>7} "
          f"{'recovered':>10} {'errors':>7}")
    for name, tally in rows:
        print(f"{name:<42} {options.rounds:>6} {tally['alive']:>6} {tally['200']:>5} {tally['503']:>5} "
              f"{tally['other']:>6} {tally['faults logged']:>7} {tally['recovered']:>10} {tally['errors']:>7}")
    print(f"tracebacks in the server's log: {tracebacks}")


if __name__ == "__main__":
    main()
