"""Incremental updates against a full rebuild: add, nothing changed, delete, merge, watch.

    python -m bench.update_speed CORPUS_PATH... [--work DIR] [--updates 200]

The corpus is copied into a work folder, indexed once in full, then changed one file at
a time. Times are medians over several runs, in process (the library call) and as the
`hemeroteca update` command (a new process, with its start-up). Search latency is the
p50 of the same keyword queries on a freshly optimized index and after --updates
single-document updates.
"""

import argparse
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from search import build_index, open_index, search
from search.storage.update import optimize_index, update_index
from search.storage.watch import watch

ROOT = Path(__file__).resolve().parent.parent
QUERIES = ["vacunas", "gobierno federal", "casos confirmados", "hospital", "el capitán",
           "la casa de campo", "economía", "mascarillas escuelas", "amor", "noche oscura",
           "secretaría de salud", "contagios", "muerte", "camino", "carta", "iglesia"]


def timed(action):
    started = time.perf_counter()
    result = action()
    return time.perf_counter() - started, result


def new_document(folder, number, words=120):
    """Write a new document of a few paragraphs with a word found nowhere else."""
    rng = random.Random(number)
    vocabulary = "gobierno salud vacuna hospital ciudad pueblo noche camino casa carta".split()
    paragraphs = [f"Documento nuevo zzmarca{number} número {number}."]
    paragraphs += [" ".join(rng.choice(vocabulary) for _ in range(words // 4)) + "."
                   for _ in range(4)]
    path = folder / "nuevos" / f"nuevo-{number}.txt"
    path.parent.mkdir(exist_ok=True)
    path.write_text("\n".join(paragraphs) + "\n", encoding="utf-8")
    return path


def hits(index_dir, query):
    with open_index(index_dir) as index:
        return search(index, query, limit=10).total


def latency_p50(index_dir, rounds=5):
    with open_index(index_dir) as index:
        for query in QUERIES:  # warm up
            search(index, query, limit=10)
        times = []
        for _ in range(rounds):
            for query in QUERIES:
                times.append(timed(lambda query=query: search(index, query, limit=10))[0])
    return statistics.median(times) * 1000


def cli_update(folder, index_dir):
    command = [str(Path(sys.executable).parent / "hemeroteca"), "update", str(folder),
               "--index", str(index_dir)]
    seconds, done = timed(lambda: subprocess.run(command, capture_output=True, text=True, cwd=ROOT))
    if done.returncode != 0:
        raise SystemExit(done.stderr)
    return seconds


def watch_latency(folder, index_dir, number):
    """Return the median time from a file written to its word found by an open index."""
    stop = threading.Event()
    thread = threading.Thread(target=watch, args=([folder], index_dir),
                              kwargs={"stop": stop}, daemon=True)
    thread.start()
    time.sleep(2)  # its first update (nothing to do) is over
    latencies = []
    with open_index(index_dir) as index:  # as a web server keeps it open
        for offset in range(5):
            started = time.perf_counter()
            new_document(folder, number + offset)
            while search(index, f"zzmarca{number + offset}").total == 0:
                if time.perf_counter() - started > 30:
                    break
                time.sleep(0.02)
            latencies.append(time.perf_counter() - started)
    stop.set()
    thread.join()
    return statistics.median(latencies)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("corpus", nargs="+", type=Path)
    parser.add_argument("--work", type=Path, default=None)
    parser.add_argument("--updates", type=int, default=200)
    options = parser.parse_args()
    work = options.work or Path(tempfile.mkdtemp(prefix="update-speed-"))
    folder, index_dir = work / "corpus", work / "index"
    shutil.rmtree(work / "corpus", ignore_errors=True)
    for path in options.corpus:
        shutil.copytree(path, folder / path.name)
    files = sum(1 for f in folder.rglob("*") if f.is_file())

    rows = []
    full, built = timed(lambda: build_index([folder], index_dir))
    rows.append(("full build", f"{full:.1f} s", f"{built.documents} docs, "
                 f"{built.paragraphs} paragraphs, {files} files"))

    nothing = [timed(lambda: update_index([folder], index_dir))[0] for _ in range(5)]
    rows.append(("update, nothing changed (library)", f"{statistics.median(nothing):.3f} s",
                 "target <= 0.5 s"))
    rows.append(("update, nothing changed (command)", f"{cli_update(folder, index_dir):.3f} s",
                 "includes Python start-up"))

    adds = []
    for number in range(5):
        new_document(folder, number)
        adds.append(timed(lambda: update_index([folder], index_dir))[0])
    add = statistics.median(adds)
    rows.append(("add 1 document (library)", f"{add:.3f} s",
                 f"{100 * add / full:.2f}% of full build; target <= 1 s, <= 2%"))
    cli_adds = []
    for number in range(5, 8):
        new_document(folder, number)
        cli_adds.append(cli_update(folder, index_dir))
    cli_add = statistics.median(cli_adds)
    rows.append(("add 1 document (command)", f"{cli_add:.3f} s",
                 f"{100 * cli_add / full:.2f}% of full build"))

    victim = folder / "nuevos" / "nuevo-3.txt"
    before = hits(index_dir, "zzmarca3")
    victim.unlink()
    deleted = timed(lambda: update_index([folder], index_dir))[0]
    rows.append(("delete 1 document", f"{deleted:.3f} s",
                 f"hits for its word: {before} before, {hits(index_dir, 'zzmarca3')} after"))

    merge, (segments, _) = timed(lambda: optimize_index(index_dir))
    fresh = latency_p50(index_dir)
    rows.append(("optimize", f"{merge:.1f} s", f"{segments} segments into 1"))
    update_times = []
    for number in range(100, 100 + options.updates):
        if number % 3 == 0 and number > 100:
            (folder / "nuevos" / f"nuevo-{number - 1}.txt").unlink()  # some deletions too
        else:
            new_document(folder, number)
        update_times.append(timed(lambda: update_index([folder], index_dir))[0])
    after = latency_p50(index_dir)
    with open_index(index_dir) as index:
        leaves = len(index.searcher().reader().leaf_readers())
    rows.append((f"{options.updates} single-document updates", f"{statistics.median(update_times):.3f} s",
                 f"median each; {leaves} segments after"))
    rows.append(("search p50, fresh optimized index", f"{fresh:.2f} ms", ""))
    rows.append((f"search p50 after {options.updates} updates", f"{after:.2f} ms",
                 f"{after / fresh:.2f}x of fresh; target <= 1.2x"))
    rows.append(("watch: written to searchable", f"{watch_latency(folder, index_dir, 900):.2f} s",
                 "median of 5; debounce 0.5 s; target <= 3 s"))

    width = max(len(row[0]) for row in rows)
    print(f"{'what':<{width}}  {'time':>10}  notes")
    for what, value, notes in rows:
        print(f"{what:<{width}}  {value:>10}  {notes}")
    if options.work is None:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
