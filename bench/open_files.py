"""Files a long-running process holds open as it searches an index through many updates.

    python -m bench.open_files [--updates 50] [--every 10] [--work DIR] [--pairing SECONDS]

One process updates a small index (a JSON Lines feed, one paragraph added each time, as
`watch` does) and searches it after each update (as `serve` does). Every `--every` updates
it prints the process's open file descriptors (/proc/self/fd): all of them, those of the
index (by suffix), and those whose file was deleted (a merged segment: its room on disk
comes back only once they close). A bounded process keeps these flat; a leak grows them with
each state of the index it searched. `--pairing` sets reader.PAIRING_SECONDS (a searcher set
aside closes on the first refresh this long after; 0: searches seconds apart, as a server's).
Linux only (reads /proc/self/fd).
"""

import argparse
import gc
import json
import os
import tempfile
from collections import Counter
from pathlib import Path

from search import open_index, search, update_index
from search.retrieval import reader

QUERY = "cooperación"


def open_files(under=None):
    """Return {kind: count} of this process's open descriptors: "all", and for those under
    `under` (a folder), "index", "deleted" and each file suffix (".seg", ".postcache" ...)."""
    kinds = Counter()
    for fd in os.listdir("/proc/self/fd"):
        try:
            target = os.readlink(f"/proc/self/fd/{fd}")
        except OSError:
            continue  # the listing's own descriptor, closed already
        kinds["all"] += 1
        if under is not None and target.startswith(os.fspath(under)):
            kinds["index"] += 1
            if target.endswith(" (deleted)"):
                kinds["deleted"] += 1
            else:
                kinds[os.path.splitext(target)[1] or os.path.basename(target)] += 1
    return kinds


def add_paragraph(feed, number):
    """Append one paragraph (a JSON line) that QUERY finds to the feed."""
    with open(feed, "a", encoding="utf-8") as out:
        out.write(json.dumps({"id": f"p{number}", "doc": f"nota-{number}",
                              "text": f"Rusia y China firmaron el acuerdo {number} de cooperación."},
                             ensure_ascii=False) + "\n")


def run(work, updates, every):
    """Update and search `updates` times in this process; return rows (update, {kind: count})."""
    feed, index_dir = work / "feed.jsonl", work / "ix"
    add_paragraph(feed, 0)
    update_index([feed], index_dir)
    rows = [(0, open_files(index_dir))]
    with open_index(index_dir) as index:
        search(index, QUERY)
        rows.append((0, open_files(index_dir)))
        for number in range(1, updates + 1):
            add_paragraph(feed, number)
            update_index([feed], index_dir)
            found = search(index, QUERY, limit=1)
            if found.total != number + 1:
                raise SystemExit(f"la búsqueda {number} halló {found.total} párrafos, no {number + 1}")
            if number % every == 0 or number == updates:
                gc.collect()  # what the collector would free anyway: the leak is what it can't
                rows.append((number, open_files(index_dir)))
    gc.collect()
    rows.append(("closed", open_files(index_dir)))
    return rows


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--updates", type=int, default=50)
    parser.add_argument("--every", type=int, default=10)
    parser.add_argument("--work", type=Path, help="a folder for the feed and index (default: a temporary one)")
    parser.add_argument("--pairing", type=float, default=0.0, help="reader.PAIRING_SECONDS (default 0)")
    args = parser.parse_args()
    if args.updates < 1 or args.every < 1 or args.pairing < 0:
        parser.error("--updates y --every deben ser 1 o más, y --pairing 0 o más")
    reader.PAIRING_SECONDS = args.pairing
    with tempfile.TemporaryDirectory() as temporary:
        work = args.work or Path(temporary)
        work.mkdir(parents=True, exist_ok=True)
        rows = run(work.resolve(), args.updates, args.every)
    columns = ["all", "index", "deleted", ".seg", ".postcache", ".texts", ".sqlite", ".toc"]
    print("| update | " + " | ".join(columns) + " |")
    print("|---" * (len(columns) + 1) + "|")
    for number, kinds in rows:
        print(f"| {number} | " + " | ".join(str(kinds[column]) for column in columns) + " |")
    before, after = rows[0][1]["all"], rows[-2][1]["all"]
    print(f"\nopen files: {before} before the first search, {after} after {args.updates} updates")


if __name__ == "__main__":
    main()
