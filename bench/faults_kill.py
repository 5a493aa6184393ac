"""SIGKILL of `update` and of `index` at random points: the index must survive every kill.

    python -m bench.faults_kill CORPUS_FOLDER [--kills 20] [--files 60] [--work DIR]

A folder of --files documents from the corpus is indexed, then changed before each run
(files added, changed, renamed, deleted). Runs go on until --kills kills (at most twice
as many runs). Each run starts an update (or a full build) in
a forked process and kills it with SIGKILL after a random delay up to 1.1 times an
unkilled run. After each kill the live index must open and answer the probe queries as
before the run or as after it; the next run must complete, and the records it serves
must be exactly the ones the folder implies: none missing, none twice, no text missing.
"""

import argparse
import multiprocessing
import os
import random
import shutil
import signal
import tempfile
import time
from collections import Counter
from pathlib import Path

from whoosh.query import Term

from search import build_index, open_index
from search.errors import SearchError, UnreadableFile
from search.ingest.files import find_files
from search.ingest.formats import read_path
from search.ingest.manifest import unique_files
from search.ingest.paragraphs import document_records
from search.retrieval.results import hit_records
from search.storage.adding import printable_names
from search.storage.generations import live_generation
from search.storage.update import UNFINISHED, update_index

PROBES = ["salud", "vacunas", "hospital", "casos", "gobierno", "muertes", "mascarillas"]


def expected_ids(folder):
    """Return the record ids a correct index of the folder serves."""
    ids = []
    for file, root in unique_files(find_files([folder])):
        try:
            documents = read_path(Path(os.path.abspath(file)), Path(os.path.abspath(root)),
                                  warn=lambda message: None)
        except UnreadableFile:
            continue
        for document in documents:
            ids += [record.id for record in document_records(printable_names(document))[1]]
    return sorted(ids)


def served(index_dir):
    """Return (sorted ids Whoosh serves, records whose text is missing, probe answers)."""
    with open_index(index_dir) as index:
        searcher = index.searcher()
        records = hit_records(searcher, index.store, list(searcher.document_numbers()))
        missing = sum(record is None for record in records)
        answers = {}
        for probe in PROBES:
            [term] = [t.text for t in searcher.schema["text"].analyzer(probe)] or [probe]
            docnums = list(searcher.docs_for_query(Term("text", term)))
            answers[probe] = sorted(r.id for r in hit_records(searcher, index.store, docnums) if r)
        return sorted(r.id for r in records if r), missing, answers


def change_folder(folder, pool, rng, run):
    """Add, change, rename and delete a few files."""
    present = sorted(p for p in folder.rglob("*") if p.is_file())
    for source in rng.sample(pool, min(3, len(pool))):  # a small corpus has a small pool
        shutil.copy(source, folder / f"r{run}-{source.name}")
    for path in rng.sample(present, min(3, len(present))):
        with open(path, "a", encoding="utf-8") as handle:
            handle.write(f"\nPárrafo añadido en la ronda {run} sobre salud y vacunas.\n")
    victims = rng.sample(present, min(4, len(present)))
    if victims:
        victims[0].rename(folder / f"renombrado-{run}-{victims[0].name}")
    for path in victims[1:3] if len(present) > 3 else []:  # keep a few files to work on
        if path.exists():
            path.unlink()


def run_child(mode, folder, index_dir):
    try:
        if mode == "update":
            update_index([folder], index_dir, wait=60)
        else:
            build_index([folder], index_dir, procs=2, wait=60)
    except SearchError as error:
        print(f"child: {error}")
        os._exit(2)
    os._exit(0)


def start(mode, folder, index_dir):
    process = multiprocessing.get_context("fork").Process(
        target=run_child, args=(mode, folder, index_dir))
    process.start()
    return process


def where_killed(index_dir):
    """Say what the kill interrupted, from what it left behind."""
    if any(child.name.startswith("building-") for child in Path(index_dir).iterdir()):
        return "during a build"
    with open_index(index_dir) as index:
        return "between steps" if index.store.meta(UNFINISHED) else "before or after writing"


def check(index_dir, folder, tally, label):
    ids, missing, answers = served(index_dir)
    expected = expected_ids(folder)
    duplicates = sum(n - 1 for n in Counter(ids).values() if n > 1)
    tally["records checked"] += len(ids)
    if missing or duplicates or ids != expected:
        tally["errors"] += 1
        print(f"{label}: {missing} missing texts, {duplicates} duplicates, "
              f"{len(set(expected) - set(ids))} lost, {len(set(ids) - set(expected))} extra")
    unsound, temporary = cache_faults(index_dir)
    tally["caches checked"] += 1
    if unsound or temporary:
        tally["errors"] += 1
        print(f"{label}: posting caches missing or damaged: {unsound}; temporary files left: {temporary}")
    return answers


def cache_faults(index_dir):
    """Return (segments of the live index without a sound posting cache, *.tmp files left)."""
    from search.storage.postcache import cache_path
    from search.storage.postcache_file import cache_is_sound

    generation = live_generation(index_dir)
    with open_index(index_dir) as index:
        leaves = [leaf for leaf, _ in index.searcher().reader().leaf_readers()]
        unsound = [leaf.segment().segment_id() for leaf in leaves
                   if not cache_is_sound(cache_path(generation, leaf.segment().segment_id()),
                                         leaf.segment().segment_id(), leaf.doc_count_all())]
    return unsound, [path.name for path in generation.iterdir() if path.name.endswith(".tmp")]


def trial(mode, folder, index_dir, estimate, rng, tally, run):
    before = served(index_dir)[2]
    process = start(mode, folder, index_dir)
    time.sleep(rng.uniform(0, estimate * 1.1))
    if process.is_alive():
        os.kill(process.pid, signal.SIGKILL)
        tally["kills"] += 1
    else:
        tally["finished before the kill"] += 1
    process.join()
    time.sleep(0.2)  # a killed build's workers notice their parent is gone
    try:
        tally[f"killed {where_killed(index_dir)}"] += 1
        during = served(index_dir)[2]
    except SearchError as error:
        tally["errors"] += 1
        print(f"run {run}: the index does not open after the kill: {error}")
        during = None
    finisher = start(mode, folder, index_dir)
    finisher.join()
    if finisher.exitcode != 0:
        tally["errors"] += 1
        print(f"run {run}: the next {mode} failed (exit {finisher.exitcode})")
    after = check(index_dir, folder, tally, f"run {run}")
    if during not in (before, after):
        tally["errors"] += 1
        print(f"run {run}: after the kill the answers were neither the old nor the new ones")
    generations = [c for c in Path(index_dir).iterdir() if c.name.startswith(("gen-", "building-"))]
    if len(generations) != 1 or live_generation(index_dir) != generations[0].resolve():
        tally["errors"] += 1
        print(f"run {run}: left {[g.name for g in generations]}")


def corpus_files(corpus, files):
    """Return (files to start with, files to add later): half and half of a small corpus."""
    sources = sorted(p for p in Path(corpus).rglob("*") if p.is_file())
    if not sources:
        raise SystemExit(f"{corpus}: no files to index")
    files = min(files, max(1, len(sources) // 2))
    return sources[:files], sources[files:files * 2]


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("corpus", type=Path, help="a folder of documents, of any size")
    parser.add_argument("--kills", type=int, default=20)
    parser.add_argument("--files", type=int, default=60)
    parser.add_argument("--work", type=Path, default=None)
    parser.add_argument("--seed", type=int, default=4)
    options = parser.parse_args()
    rng = random.Random(options.seed)
    first, pool = corpus_files(options.corpus, options.files)
    work = options.work or Path(tempfile.mkdtemp(prefix="faults-kill-"))
    folder, index_dir = work / "docs", work / "index"
    folder.mkdir(parents=True)
    for source in first:
        shutil.copy(source, folder / source.name)
    started = time.perf_counter()
    rows = []
    for mode in ("update", "index"):
        tally = Counter()
        build_index([folder], index_dir)
        change_folder(folder, pool, rng, 0)
        began = time.perf_counter()
        (update_index if mode == "update" else build_index)([folder], index_dir)
        estimate = time.perf_counter() - began
        run = 0
        while tally["kills"] < options.kills and run < 2 * options.kills:
            run += 1
            change_folder(folder, pool, rng, run + (0 if mode == "update" else 1000))
            trial(mode, folder, index_dir, estimate, rng, tally, run)
        tally["runs"] = run
        rows.append((mode, estimate, tally))
    print(f"{'killed':<8} {'run s':>6} {'runs':>5} {'kills':>6} {'records checked':>16} "
          f"{'errors':>7}  where")
    for mode, estimate, tally in rows:
        where = ", ".join(f"{n} {k}" for k, n in sorted(tally.items()) if k.startswith(("killed", "fin")))
        print(f"{mode:<8} {estimate:>6.2f} {tally['runs']:>5} {tally['kills']:>6} "
              f"{tally['records checked']:>16} {tally['errors']:>7}  {where}")
    print(f"{time.perf_counter() - started:.0f} s in all; files now {sum(1 for _ in folder.iterdir())}")
    if options.work is None:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
