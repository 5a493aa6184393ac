"""Check speakers and dates on the covid19mx briefings against their turn labels and file names.

Usage: python bench/briefings_speakers.py BRIEFINGS [NOVELS ...]

BRIEFINGS is a folder of transcripts named by date (../shared/data/covid19mx/briefings);
the other folders of .txt files are only timed.

For each paragraph the expected speaker is the last ALL-CAPS `NAME[, ROLE]:` label line seen so far
(a generic name for PREGUNTA, INTERLOCUTOR...). Names compare by folded key; one name whose words are
all inside the other counts as the same person (the fullest form wins inside a document).
"""

import argparse
import collections
import datetime
import pathlib
import re
import sys
import time

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent.parent))

from search.speakers import paragraph_speakers, speaker_key  # noqa: E402
from search.text.dates import document_date  # noqa: E402

LABEL = re.compile(r"^\ufeff?\s*([^:a-záéíóúñü]{2,250}?)\s*:(?!\d)")
# A label may end in a note in brackets in lower case: `BOYD SWINBURN, UNIVERSIDAD(interpretación del inglés):`
NOTED_LABEL = re.compile(r"^\ufeff?\s*([^:a-záéíóúñü(]{2,250}?)\s*\([^()\n]{0,80}\)\s*:(?!\d)")
GENERIC = {"PREGUN": "Pregunta", "INTERLOC": "Interlocutor", "NTERLOC": "Interlocutor", "MODERADOR": "Moderador",
           "VOZ": "Voz", "VOCES": "Voz", "INTERVENCI": "Intervención"}


def expected_speakers(paragraphs: list[str]) -> list[str | None]:
    """Return the speaker each paragraph should get from the label lines alone."""
    current, result = None, []
    for paragraph in paragraphs:
        match = LABEL.match(paragraph) or NOTED_LABEL.match(paragraph)
        if match and not any(ch.isdigit() for ch in match.group(1)):
            name = re.split(r",|\. ", match.group(1))[0].strip()
            current = next((display for prefix, display in GENERIC.items() if name.startswith(prefix)), name)
        result.append(current)
    return result


def same_person(expected: str, got: str) -> bool:
    """Tell whether two spellings name the same person."""
    a, b = set(speaker_key(expected).split()), set(speaker_key(got).split())
    return a <= b or b <= a


def read(path: pathlib.Path) -> list[str]:
    return [line.strip() for line in path.read_text(encoding="utf-8-sig").splitlines() if line.strip()]


def main(folder: str, others: list[str]) -> int:
    files = sorted(pathlib.Path(folder).glob("*.txt"))
    if not files:
        print(f"{folder}: no .txt files to check")
        return 1
    total = agree = 0
    disagreements: collections.Counter = collections.Counter()
    wrong_dates = []
    for path in files:
        paragraphs = read(path)
        got = paragraph_speakers(paragraphs)
        for expected, speakers in zip(expected_speakers(paragraphs), got):
            total += 1
            ok = (expected is None and not speakers) or (
                expected is not None and len(speakers) == 1 and same_person(expected, speakers[0]))
            agree += ok
            if not ok:
                disagreements[(expected, tuple(speakers))] += 1
        try:
            wanted = datetime.date.fromisoformat(path.stem)
        except ValueError:
            wanted = None  # not named by its date: only the speakers are checked
        found = document_date(paragraphs, path.name)
        if wanted is not None and found != wanted:
            wrong_dates.append((path.name, found))
    print(f"{'documents':<28}{len(files):>10}")
    print(f"{'paragraphs':<28}{total:>10}")
    print(f"{'speaker agreement':<28}{100 * agree / max(1, total):>9.2f}%")
    print(f"{'dates from file name':<28}{len(files) - len(wrong_dates):>10} / {len(files)}")
    for name, found in wrong_dates[:10]:
        print(f"  wrong date {name}: {found}")
    print("\ntop disagreements (expected -> got: paragraphs)")
    for (expected, speakers), count in disagreements.most_common(15):
        print(f"  {expected!s:<40} -> {list(speakers)}: {count}")
    timed = [read(path) for path in files] + [read(path) for other in others
                                              for path in sorted(pathlib.Path(other).glob("*.txt"))]
    count = sum(len(document) for document in timed)
    start = time.perf_counter()
    for document in timed:
        paragraph_speakers(document)
    elapsed = time.perf_counter() - start
    print(f"\nspeed: {count} paragraphs in {elapsed:.2f} s = {count / max(elapsed, 1e-9):,.0f} paragraphs/s")
    return 0 if agree / max(1, total) >= 0.99 and not wrong_dates else 1


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter,
                                     epilog=__doc__.split("\n\n", 2)[2])
    parser.add_argument("briefings", help="a folder of transcripts named YYYY-MM-DD.txt")
    parser.add_argument("others", nargs="*", help="more folders of .txt files, only timed")
    arguments = parser.parse_args()
    sys.exit(main(arguments.briefings, arguments.others))
