"""A .jsonl feed of any size: peak memory and time of `index` and `update` on one big feed.

    python -m bench.feed_size CORPUS_FOLDER [--mb 200] [--work DIR] [--before SRC_DIR]

The paragraphs of the .txt files under CORPUS_FOLDER make a feed of about --mb megabytes
(cycled as often as needed; two records in three stand alone, like a wire's items, the
third belong to a `doc` of 20 paragraphs), written to WORK/feed/feed.jsonl. Then, each in
its own process under /usr/bin/time: `hemeroteca index` of the feed; `update` with
nothing changed (the anchor: start-up, hashing, the scan); `hemeroteca update`
after 1% more records were appended, all of them in `doc`s (new ones, and the last one
going on: the append path, storage/appending.py); `update` after 1% more records of the
feed's own mix (two in three without `doc`: indexed whole, the cost of every update
before the append path); and `inspect` of it (reading alone). --before runs the
index too with the code in SRC_DIR (a `git archive` of an older commit), its size limit
lifted, for the memory that reading the feed whole took. The table gives wall seconds,
CPU seconds (user+sys), peak resident memory (MB) and its ratio to the feed's size.
"""

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

RUN = ("import sys; from search.cli import main; sys.argv[0] = 'hemeroteca'; main()")
# The code before this change read a .jsonl whole, and refused one over MAX_FILE_BYTES.
RUN_UNLIMITED = ("import sys; import search.ingest.files as f; f.MAX_FILE_BYTES = 1 << 40; "
                 "from search.cli import main; sys.argv[0] = 'hemeroteca'; main()")


def paragraphs(corpus):
    """Yield the non-blank lines of the .txt files under corpus, as paragraphs."""
    for file in sorted(Path(corpus).rglob("*.txt")):
        for line in file.read_text(encoding="utf-8", errors="replace").splitlines():
            if len(line.split()) >= 5:
                yield file.stem, " ".join(line.split())


def write_feed(corpus, path, megabytes, start=0, every_doc=False):
    """Write records to path until it holds `megabytes` MB; return how many were written.

    `every_doc`: every record in a `doc` (a wire's dispatches), not one in three."""
    limit, count = megabytes * 2**20, start
    source = list(paragraphs(corpus))
    if not source:
        sys.exit(f"{corpus}: no .txt paragraphs")
    with open(path, "a", encoding="utf-8") as out:
        while out.tell() < limit:
            stem, text = source[count % len(source)]
            record = {"id": f"r{count}", "text": text, "title": stem, "date": "2021-03-15"}
            if every_doc or count % 3 == 2:
                record["doc"] = f"{stem}-{count // 60}"
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
            count += 1
    return count


def timed(label, argv, env, feed_bytes):
    """Run argv under /usr/bin/time; return a row (label, wall s, cpu s, peak MB, ratio)."""
    with tempfile.NamedTemporaryFile("r", suffix=".time") as report:
        done = subprocess.run(["/usr/bin/time", "-f", "%e %U %S %M", "-o", report.name, *argv],
                              env=env, stderr=subprocess.PIPE, text=True,
                              stdout=subprocess.DEVNULL if "inspect" in argv else subprocess.PIPE)
        wall, user, system, peak_kb = report.read().split()[-4:]
    said = done.stdout.strip().splitlines() if done.stdout else []
    last = (said or done.stderr.strip().splitlines())[-1:] or [""]
    peak = int(peak_kb) / 1024
    return (label, float(wall), float(user) + float(system), peak, peak / (feed_bytes / 2**20),
            done.returncode, last[0][:70])


class Rows(list):
    """The table's rows, each printed as it comes: a long run's first rows are not lost."""

    def append(self, row):
        label, wall, cpu, peak, ratio, code, last = row
        print(f"{label:28} {wall:8.1f} {cpu:8.1f} {peak:8.0f} {ratio:9.2f}  {code:2}  {last}", flush=True)
        super().append(row)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter, epilog=__doc__)
    parser.add_argument("corpus", help="folder of .txt documents whose paragraphs make the feed")
    parser.add_argument("--mb", type=float, default=200, help="size of the feed in MB (default 200)")
    parser.add_argument("--work", default=None, help="scratch folder (default: a temporary one)")
    parser.add_argument("--before", default=None, help="source folder of older code to compare")
    args = parser.parse_args()
    work = Path(args.work or tempfile.mkdtemp(prefix="feed-size-"))
    shutil.rmtree(work / "feed", ignore_errors=True)
    (work / "feed").mkdir(parents=True)
    feed = work / "feed" / "feed.jsonl"
    records = write_feed(args.corpus, feed, args.mb)
    size = feed.stat().st_size
    print(f"feed: {feed} {size / 2**20:.1f} MB, {records:,} records", flush=True)
    here = str(Path(__file__).resolve().parent.parent)
    env = dict(os.environ, PYTHONPATH=here)
    python = sys.executable
    print(f"{'run':28} {'wall s':>8} {'cpu s':>8} {'peak MB':>8} {'peak/feed':>9}  rc  last line", flush=True)
    rows = Rows()
    if args.before:
        shutil.rmtree(work / "before-index", ignore_errors=True)
        rows.append(timed("index (before: read whole)", [python, "-c", RUN_UNLIMITED, "index", str(feed),
                                                         "--index", str(work / "before-index")],
                          dict(os.environ, PYTHONPATH=args.before), size))
        shutil.rmtree(work / "before-index", ignore_errors=True)
    shutil.rmtree(work / "index", ignore_errors=True)
    rows.append(timed("index", [python, "-c", RUN, "index", str(feed), "--index", str(work / "index")], env, size))
    update = [python, "-c", RUN, "update", str(feed), "--index", str(work / "index")]
    rows.append(timed("update (nothing changed)", update, env, size))  # the anchor: start-up and scan
    records = write_feed(args.corpus, feed, args.mb * 1.01, start=records, every_doc=True)
    rows.append(timed("update (+1%, all in docs)", update, env, feed.stat().st_size))
    write_feed(args.corpus, feed, args.mb * 1.02, start=records)
    rows.append(timed("update (+1%, 2/3 no doc)", update, env, feed.stat().st_size))
    rows.append(timed("inspect --json (read only)", [python, "-c", RUN, "inspect", "--json", str(feed)],
                      env, feed.stat().st_size))


if __name__ == "__main__":
    main()
