"""CPU of deciding people (search.text.names.person_keys) against the number of distinct speaker keys.

Usage: python bench/person_keys_scale.py [--keys 2000 8000 16000] [--seed 1] [--module search.text.names]

An archive's people are decided again at each commit whose speaker counts changed
(search.storage.store_speakers.decide_people), so the cost must grow about linearly with the keys. The keys
are synthetic Spanish names (a given name, two common surnames, the second with a varied ending), which share
words a lot: the hard case for blocking by shared words. Prints, per size, the CPU seconds (best of --runs),
the microseconds per key, and the ratio of each row's CPU to the first row's. --module runs another copy of
the module (a file path or a module name), to compare versions in one run.
"""

import argparse
import importlib
import importlib.util
import pathlib
import random
import sys
import time

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent.parent))

GIVEN = "jose juan maria ana luis carlos jorge pedro miguel rosa laura elena david pablo sergio".split()
SURNAMES = ("garcia lopez martinez rodriguez hernandez fernandez gonzalez perez sanchez ramirez torres flores "
            "rivera gomez diaz cruz morales reyes ortiz vargas").split()


def synthetic_counts(size: int, seed: int) -> dict[str, int]:
    """Return {speaker key: paragraphs} of size distinct synthetic names."""
    rng = random.Random(seed)
    counts: dict[str, int] = {}
    while len(counts) < size:
        key = (f"{rng.choice(GIVEN)} {rng.choice(SURNAMES)} {rng.choice(SURNAMES)}"
               f"{rng.choice(['', 'a', 'o', 'ez'])}{rng.randint(0, size // 50)}")
        counts[key] = rng.randint(1, 200)
    return counts


def load(module: str):
    if module.endswith(".py"):
        spec = importlib.util.spec_from_file_location("names_under_test", module)
        loaded = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(loaded)
        return loaded
    return importlib.import_module(module)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--keys", type=int, nargs="+", default=[2000, 8000, 16000], help="sizes (2000 8000 16000)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--runs", type=int, default=1, help="best of this many runs per size (1)")
    parser.add_argument("--module", default="search.text.names", help="module or .py file with person_keys")
    args = parser.parse_args()
    names = load(args.module)
    print(f"{'keys':>8} {'CPU s':>8} {'µs/key':>8} {'ratio':>7} {'joined':>7}")
    first = None
    for size in args.keys:
        counts = synthetic_counts(size, args.seed)
        best, joined = None, 0
        for _ in range(args.runs):
            start = time.process_time()
            joined = len(names.person_keys(counts))
            spent = time.process_time() - start
            best = spent if best is None else min(best, spent)
        first = first or best
        print(f"{size:>8} {best:>8.2f} {1e6 * best / size:>8.0f} {best / first:>7.1f} {joined:>7}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
