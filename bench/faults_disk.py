"""A full disk during `update` and `index`: a clear message, and the old index keeps serving.

    python -m bench.faults_disk CORPUS_FOLDER [--files 30] [--runs 8] [--work DIR]

The index lives on a small tmpfs mounted for the run (this needs root); the documents
live elsewhere. Before each run the tmpfs is filled until only a little space is left
(from nothing to a few MB, so the writes fail at different points), files are changed,
and the `hemeroteca` command runs. It must fail with exit code 1 and a one-line message,
no traceback, and the index must answer as before, taking no more room than before the
command (what a failed write staged is removed); once space is freed, the next update
must bring the index in line with the folder. Printed: what failures left (files no
state of the index uses, texts staged and never served) and how much more room the index
took after a failure than before the command.
"""

import argparse
import gc
import random
import shutil
import sqlite3
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

from whoosh.filedb.filestore import FileStorage

from bench.faults_kill import change_folder, check, corpus_files, served
from search.storage import postcache

FREE_LEFT = [0, 4096, 65536, 262144, 1 << 20, 2 << 20, 4 << 20, 8 << 20]
WRITE_FAILED = ("could not be written", "no se pudo escribir")  # the message, before and now


def hemeroteca(*args):
    command = [str(Path(sys.executable).parent / "hemeroteca"), *map(str, args)]
    return subprocess.run(command, capture_output=True, text=True)


def staged_leftovers(index_dir):
    """Return (bytes, pending texts) that no state of the index uses: what a write left.

    Bytes of segment files (and their posting caches) the live table of contents doesn't
    list, of temporary files (a cache or a checksum list written half), of Whoosh's sorting
    runs, and of build folders; texts staged in the store and never served.
    """
    from whoosh.index import TOC

    from search.layout import STORE_FILE
    from search.storage.generations import live_generation

    live = live_generation(index_dir)
    storage = FileStorage(str(live))
    listed = {segment.segment_id() for segment in TOC.read(storage, "MAIN").segments}
    pattern = TOC._segment_pattern("MAIN")
    loose = [path for path in live.iterdir()
             if (found := pattern.match(path.name)) and found.group(1) not in listed]
    loose += [path for path in list(live.iterdir()) + list(index_dir.iterdir())
              if path.is_dir() and (path.name.endswith(".tmp") or path.name.startswith("building-"))]
    loose += [path for path in live.iterdir()
              if path.is_file() and (path.name.endswith(".tmp") or path.name.startswith(".checksums"))]
    size = sum(file.stat().st_size for path in loose
               for file in ([path] if path.is_file() else path.rglob("*")) if file.is_file())
    connection = sqlite3.connect(f"file:{live / STORE_FILE}?mode=ro", uri=True)
    try:
        [(pending,)] = connection.execute("SELECT count(*) FROM docs WHERE state = 0").fetchall()
    finally:
        connection.close()
    return size, pending


def index_bytes(index_dir):
    """Return the bytes the files of an index take, everything included."""
    return sum(path.stat().st_size for path in Path(index_dir).rglob("*") if path.is_file())


def fill(mount, leave):
    """Fill the file system at mount until about `leave` bytes are free; return the file."""
    filler = mount / "filler"
    with open(filler, "wb") as handle:
        chunk = b"\0" * (1 << 20)
        try:
            while True:
                free = shutil.disk_usage(mount).free
                if free <= leave:
                    break
                handle.write(chunk[: min(len(chunk), free - leave)] or b"\0")
                handle.flush()
        except OSError:
            pass  # full
    return filler


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("corpus", type=Path, help="a folder of documents, of any size")
    parser.add_argument("--files", type=int, default=30)
    parser.add_argument("--runs", type=int, default=len(FREE_LEFT))
    parser.add_argument("--size-mb", type=int, default=200)
    parser.add_argument("--work", type=Path, default=None)
    options = parser.parse_args()
    first, pool = corpus_files(options.corpus, options.files)
    work = options.work or Path(tempfile.mkdtemp(prefix="faults-disk-"))
    mount, folder = work / "tmpfs", work / "docs"
    mount.mkdir(parents=True)
    folder.mkdir()
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={options.size_mb}m",
                              "tmpfs", str(mount)], capture_output=True, text=True)
    if mounted.returncode != 0:
        raise SystemExit(f"can't mount a tmpfs ({mounted.stderr.strip()}); run as root")
    rng = random.Random(3)
    for source in first:
        shutil.copy(source, folder / source.name)
    index_dir = mount / "index"
    tally = Counter()
    try:
        assert hemeroteca("index", folder, "--index", index_dir).returncode == 0
        for run in range(options.runs):
            for command in ("update", "index"):
                before = served(index_dir)[2]
                used = index_bytes(index_dir)
                change_folder(folder, pool, rng, run * 10 + (command == "index"))
                filler = fill(mount, FREE_LEFT[run % len(FREE_LEFT)])
                result = hemeroteca(command, folder, "--index", index_dir)
                tally["runs"] += 1
                message = result.stderr.strip().splitlines()
                if result.returncode == 0:
                    tally["fitted in the space left"] += 1
                elif (result.returncode == 1 and len(message) == 1
                      and any(words in message[0] for words in WRITE_FAILED)
                      and "Traceback" not in result.stderr):
                    tally["failed cleanly"] += 1
                else:
                    tally["errors"] += 1
                    print(f"run {run} {command}: exit {result.returncode}: {result.stderr[-800:]}")
                if result.returncode != 0:
                    left, pending = staged_leftovers(index_dir)
                    grown = max(0, index_bytes(index_dir) - used)
                    tally["bytes grown by failures"] += grown
                    tally["most bytes grown"] = max(tally["most bytes grown"], grown)
                    tally["failed runs"] += 1
                    tally["bytes left by failures"] += left
                    tally["most bytes left"] = max(tally["most bytes left"], left)
                    tally["texts left staged"] += pending
                    try:
                        if served(index_dir)[2] != before:
                            tally["errors"] += 1
                            print(f"run {run} {command}: answers changed after the failure")
                        else:
                            tally["old index served"] += 1
                    except Exception as error:  # any failure to serve counts
                        tally["errors"] += 1
                        print(f"run {run} {command}: the index does not serve: {error}")
                filler.unlink()
                repaired = hemeroteca("update", folder, "--index", index_dir)
                if repaired.returncode != 0:
                    tally["errors"] += 1
                    print(f"run {run}: the update after freeing space failed: {repaired.stderr}")
                check(index_dir, folder, tally, f"run {run} {command}")
                leftovers = [c.name for c in index_dir.iterdir() if c.name.startswith("building-")]
                if leftovers:
                    tally["errors"] += 1
                    print(f"run {run}: left {leftovers}")
    finally:
        postcache.forget_all()  # this process's open caches (from served()) live on the tmpfs
        gc.collect()
        subprocess.run(["umount", str(mount)])
        if options.work is None:
            shutil.rmtree(work, ignore_errors=True)
    print(f"{'runs':>5} {'failed cleanly':>15} {'old served':>11} {'fitted':>7} "
          f"{'records checked':>16} {'errors':>7} {'KB left by a failure (mean, most)':>34} "
          f"{'texts left staged':>18} {'KB more in the index (mean, most)':>34}")
    failed = max(1, tally["failed runs"])
    left = f"{tally['bytes left by failures'] / failed / 1024:.0f}, {tally['most bytes left'] / 1024:.0f}"
    grown = f"{tally['bytes grown by failures'] / failed / 1024:.0f}, {tally['most bytes grown'] / 1024:.0f}"
    print(f"{tally['runs']:>5} {tally['failed cleanly']:>15} {tally['old index served']:>11} "
          f"{tally['fitted in the space left']:>7} {tally['records checked']:>16} "
          f"{tally['errors']:>7} {left:>34} {tally['texts left staged']:>18} {grown:>34}")


if __name__ == "__main__":
    main()
