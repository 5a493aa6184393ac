"""What the first reads cost after an update: the searches that need the speakers' names.

    python -m bench.reads_after_update INDEX [--work DIR] [--rounds 5]

A copy of INDEX (any size; built with `hemeroteca index`) is updated with one new
transcript file, with a new speaker, in a folder of its own (the indexed folders are left
alone), then opened afresh as a server or a command opens it, and one read is timed:
every row pays what a new state of the index costs its first reader. Times are medians
over --rounds updates, wall and CPU (time.process_time, the whole process). The anchor is
a cheap search on an index already warm, measured in the same run; the store's counts
are what /healthz asks, timed while another thread runs the first faceted search.
"""

import argparse
import shutil
import statistics
import tempfile
import threading
import time
from pathlib import Path

from search import open_index, search, update_index
from search.retrieval.browse import speaker_table
from search.retrieval.similar import similar

QUERY = "vacuna"


def timed(action):
    """Return (wall seconds, CPU seconds, result) of action()."""
    wall, cpu = time.perf_counter(), time.process_time()
    result = action()
    return time.perf_counter() - wall, time.process_time() - cpu, result


def new_transcript(folder, number):
    """Write a short transcript whose second speaker is new to the index."""
    path = folder / f"nuevo-{number}.txt"
    path.write_text(f"PRESIDENTE ANDRÉS MANUEL LÓPEZ OBRADOR: Buenos días. Hoy hablamos de la vacuna.\n"
                    f"ZACARÍAS NUEVO{number} PÉREZ: Gracias. La vacuna llega el lunes.\n", encoding="utf-8")


def counts_during_facets(index):
    """Time store.counts() (what /healthz asks) while another thread runs a first faceted search."""
    worker = threading.Thread(target=search, args=(index, QUERY), kwargs={"facets": True})
    worker.start()
    time.sleep(0.05)
    took = timed(index.store.counts)
    worker.join()
    return took


READS = {
    "speaker_names() + speaker_groups()":
        lambda index: (index.store.speaker_names(), index.store.speaker_groups()),
    f"first search {QUERY} --facets": lambda index: search(index, QUERY, facets=True),
    "first similar": lambda index: similar(index, index.store.record(index.store.highest_docno(), 1).id),
    "speakers table": speaker_table,
    "/healthz counts during a first --facets": counts_during_facets,
}


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("index", type=Path, help="an index built with `hemeroteca index`")
    parser.add_argument("--work", type=Path, default=None, help="where to copy it (a temporary folder)")
    parser.add_argument("--rounds", type=int, default=5)
    options = parser.parse_args()
    work = options.work or Path(tempfile.mkdtemp(prefix="reads-after-update-"))
    index_dir, folder = work / "index", work / "nuevos"
    shutil.rmtree(index_dir, ignore_errors=True)
    shutil.rmtree(folder, ignore_errors=True)
    shutil.copytree(options.index, index_dir, symlinks=True)
    folder.mkdir(parents=True)
    update_index([folder], index_dir)  # a store written before is brought up to date once

    with open_index(index_dir) as index:
        search(index, QUERY)
        anchor = [timed(lambda: search(index, QUERY))[:2] for _ in range(max(5, options.rounds))]
    rows = [("anchor: warm search " + QUERY, anchor)]
    updates, number = [], 0
    for name, read in READS.items():
        found = []
        for _ in range(options.rounds):
            number += 1
            new_transcript(folder, number)
            updates.append(timed(lambda: update_index([folder], index_dir))[:2])
            with open_index(index_dir) as index:
                own = name.startswith("/healthz")  # times itself
                found.append((read(index) if own else timed(lambda read=read, index=index: read(index)))[:2])
        rows.append((name, found))
    rows.insert(1, ("update: 1 new file", updates))

    base = statistics.median(wall for wall, _ in anchor)
    print(f"{'read':45} {'wall ms':>10} {'CPU ms':>10} {'x anchor':>9}")
    for name, times in rows:
        wall = statistics.median(w for w, _ in times)
        cpu = statistics.median(c for _, c in times)
        print(f"{name:45} {wall * 1000:10.1f} {cpu * 1000:10.1f} {wall / base:9.1f}")


if __name__ == "__main__":
    main()
