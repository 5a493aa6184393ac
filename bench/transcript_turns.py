"""Turn agreement on transcripts against a sample judged by reading, in any layout of the same transcripts.

Usage:
    python bench/transcript_turns.py SAMPLE FOLDER [FOLDER ...]
    python bench/transcript_turns.py --draw N [--seed S] FOLDER > sample.jsonl

SAMPLE is JSON lines {"file", "text", "speaker"} (and "occurrence", to tell apart paragraphs that repeat,
such as `Gracias.`: the second one is 2): a paragraph of a transcript and who says it, judged by
reading (a person's name, or a generic speaker: `Pregunta`, `Interlocutor`, `Voz`, `Moderador`,
`Intervención`). Each FOLDER holds the same transcripts in one layout (labels `NAME: text`, or labels
alone on their line after `---`, as fferegrino/mananeras writes them); each is read as indexing reads it
(search.ingest.formats.read_path) and its paragraph found by its text. A speaker agrees when the paragraph
has exactly that one speaker: generic names compare by name, people by folded words (one name's words all in
the other's). With --draw, N random paragraphs of FOLDER are printed with the speaker found, to be judged
and corrected by reading before they are used as a SAMPLE.
"""

import argparse
import json
import pathlib
import random
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent.parent))

from search.ingest.formats import read_path  # noqa: E402
from search.speakers import GENERIC_SPEAKERS, paragraph_speakers, speaker_key  # noqa: E402


def same_speaker(expected: str, got: list[str]) -> bool:
    """Tell whether the speakers found are exactly the one expected."""
    if len(got) != 1:
        return False
    generic = {name.lower(): name for name in GENERIC_SPEAKERS}
    if expected.lower() in generic or got[0] in GENERIC_SPEAKERS:
        return generic.get(expected.lower()) == got[0]
    a, b = set(speaker_key(expected).split()), set(speaker_key(got[0]).split())
    return bool(a) and bool(b) and (a <= b or b <= a)


def document(folder: pathlib.Path, name: str, cache: dict) -> tuple[list[str], list[list[str]]] | None:
    if (folder, name) not in cache:
        path = folder / name
        if not path.exists():
            cache[(folder, name)] = None
        else:
            paragraphs = [p for doc in read_path(path, folder) for p in doc.paragraphs]
            cache[(folder, name)] = paragraphs, paragraph_speakers(paragraphs)
    return cache[(folder, name)]


def find(paragraphs: list[str], text: str, occurrence: int = 1) -> int | None:
    """Return the index of the paragraph with this text (after its label, if any), its occurrence-th one."""
    text = " ".join(text.split())
    found = [i for i, paragraph in enumerate(paragraphs) if paragraph == text or paragraph.endswith(": " + text)]
    return found[occurrence - 1] if len(found) >= occurrence else None


def score(sample: list[dict], folders: list[str]) -> int:
    failed = 0
    for folder in map(pathlib.Path, folders):
        cache: dict = {}
        agree = total = 0
        misses = []
        for row in sample:
            found = document(folder, row["file"], cache)
            index = find(found[0], row["text"], row.get("occurrence", 1)) if found else None
            if index is None:
                continue
            total += 1
            got = found[1][index]
            if same_speaker(row["speaker"], got):
                agree += 1
            else:
                misses.append((row["speaker"], got, row["text"][:70]))
        share = agree / total if total else 0.0
        failed += share < 0.99
        print(f"{str(folder):<60} {agree:>4} / {total:<4} {100 * share:6.2f}%")
        for expected, got, text in misses:
            print(f"    expected {expected!r} got {got}: {text}")
    return failed


def draw(folder: str, count: int, seed: int) -> None:
    paths = sorted(pathlib.Path(folder).glob("*.txt")) + sorted(pathlib.Path(folder).glob("*.md"))
    rng = random.Random(seed)
    cache: dict = {}
    for _ in range(count):
        path = rng.choice(paths)
        paragraphs, speakers = document(path.parent, path.name, cache)
        index = rng.randrange(len(paragraphs))
        while not any(char.islower() for char in paragraphs[index]):  # a label line or a `---`: draw again
            index = rng.randrange(len(paragraphs))
        occurrence = paragraphs[:index + 1].count(paragraphs[index])
        print(json.dumps({"file": path.name, "occurrence": occurrence, "text": paragraphs[index],
                          "speaker": (speakers[index] or [""])[0]}, ensure_ascii=False))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter,
                                     epilog=__doc__.split("\n\n", 1)[1])
    parser.add_argument("paths", nargs="+", help="SAMPLE FOLDER... (or FOLDER with --draw)")
    parser.add_argument("--draw", type=int, help="print this many random paragraphs to judge")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    if args.draw:
        draw(args.paths[0], args.draw, args.seed)
        return 0
    if len(args.paths) < 2:
        parser.error("give a SAMPLE and at least one FOLDER")
    sample = [json.loads(line) for line in open(args.paths[0], encoding="utf-8") if line.strip()]
    return 1 if score(sample, args.paths[1:]) else 0


if __name__ == "__main__":
    sys.exit(main())
