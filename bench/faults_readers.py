"""Searches from another process while updates go through: no errors, no mixed states.

    python -m bench.faults_readers CORPUS_FOLDER [--updates 50] [--files 30] [--work DIR]

A reader process keeps one index open, as a web server does, and searches without a
pause, through Whoosh's postings and as a search does (the posting caches). Each update
rewrites ronda.txt (all its paragraphs carry the number of the update) and adds or
deletes extra.txt; every 25th is a full build instead. Each answer must show one state:
all of ronda.txt's paragraphs from the same update, never an older one than the reader
saw before, every text present, extra.txt whole or absent.
"""

import argparse
import multiprocessing
import re
import shutil
import tempfile
import time
from collections import Counter
from pathlib import Path

from whoosh.query import Term

from search import build_index, open_index
from search.retrieval.results import hit_records
from search.retrieval.searching import search
from search.storage.update import update_index

PARAGRAPHS = 6


def write_round(folder, number):
    lines = [f"Zzronda número estado{number} párrafo {k} sobre la salud." for k in range(PARAGRAPHS)]
    (folder / "ronda.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    extra = folder / "extra.txt"
    if number % 2:
        extra.write_text("\n".join(f"Texto zzadicional {k}." for k in range(PARAGRAPHS)) + "\n")
    elif extra.exists():
        extra.unlink()


def ids_for(searcher, store, word):
    [term] = [t.text for t in searcher.schema["text"].analyzer(word)]
    docnums = list(searcher.docs_for_query(Term("text", term)))
    return hit_records(searcher, store, docnums)


def read_continuously(index_dir, stop, results):
    tally, last = Counter(), -1
    with open_index(index_dir) as index:
        while not stop.is_set():
            try:
                searcher = index.searcher()
                store = index.store
                rounds = ids_for(searcher, store, "zzronda")
                extra = ids_for(searcher, store, "zzadicional")
                tally["searches"] += 2
                if any(record is None for record in rounds + extra):
                    tally["missing texts"] += 1
                states = {re.search(r"estado(\d+)", r.text).group(1) for r in rounds if r}
                if len(rounds) != PARAGRAPHS or len(states) != 1:
                    tally["mixed or partial states"] += 1
                    continue
                state = int(states.pop())
                if state < last:
                    tally["went back in time"] += 1
                if state != last:
                    tally["states seen"] += 1
                last = state
                if len(extra) not in (0, PARAGRAPHS):
                    tally["partial extra.txt"] += 1
                # The way searches go: the posting caches (rebuilt or written by updates).
                found = search(index, "zzronda", limit=2 * PARAGRAPHS)
                tally["searches"] += 1
                seen = {re.search(r"estado(\d+)", hit.snippet).group(1) for hit in found.hits}
                if found.total != PARAGRAPHS or len(seen) != 1 or int(seen.pop()) < last:
                    tally["search: mixed, partial or older state"] += 1
            except Exception as error:  # every error counts, whatever its kind
                tally[f"error: {type(error).__name__}: {error}"] += 1
    results.put(dict(tally))


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--updates", type=int, default=50)
    parser.add_argument("--files", type=int, default=30)
    parser.add_argument("--work", type=Path, default=None)
    options = parser.parse_args()
    work = options.work or Path(tempfile.mkdtemp(prefix="faults-readers-"))
    folder, index_dir = work / "docs", work / "index"
    folder.mkdir(parents=True)
    for source in sorted(p for p in options.corpus.rglob("*") if p.is_file())[: options.files]:
        shutil.copy(source, folder / source.name)
    write_round(folder, 0)
    build_index([folder], index_dir)
    context = multiprocessing.get_context("spawn")  # a separate process, nothing shared
    stop, results = context.Event(), context.Queue()
    reader = context.Process(target=read_continuously, args=(index_dir, stop, results))
    reader.start()
    time.sleep(2)
    started, kinds = time.perf_counter(), Counter()
    for number in range(1, options.updates + 1):
        write_round(folder, number)
        if number % 25 == 0:
            build_index([folder], index_dir)
            kinds["full builds"] += 1
        else:
            update_index([folder], index_dir)
            kinds["updates"] += 1
        time.sleep(0.05)
    seconds = time.perf_counter() - started
    time.sleep(1)
    stop.set()
    tally = results.get(timeout=60)
    reader.join()
    errors = sum(n for key, n in tally.items() if key not in ("searches", "states seen"))
    print(f"{'writes':>7} {'seconds':>8} {'searches':>9} {'states seen':>12} {'errors':>7}")
    print(f"{sum(kinds.values()):>7} {seconds:>8.1f} {tally.get('searches', 0):>9} "
          f"{tally.get('states seen', 0):>12} {errors:>7}")
    print(", ".join(f"{n} {k}" for k, n in kinds.items()))
    for key, count in tally.items():
        if key not in ("searches", "states seen"):
            print(f"  {count} x {key}")
    if options.work is None:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
