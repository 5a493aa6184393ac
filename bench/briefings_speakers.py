"""Check speakers and dates on the covid19mx briefings against their turn labels and file names.

Usage: python bench/briefings_speakers.py ../shared/data/covid19mx/briefings [more .txt folders to time]

For each paragraph the expected speaker is the last ALL-CAPS `NAME[, ROLE]:` label line seen so far
(a generic name for PREGUNTA, INTERLOCUTOR...). Names compare by folded key; one name whose words are
all inside the other counts as the same person (the fullest form wins inside a document).
"""

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
GENERIC = {"PREGUN": "Pregunta", "INTERLOC": "Interlocutor", "NTERLOC": "Interlocutor", "MODERADOR": "Moderador",
           "VOZ": "Voz", "VOCES": "Voz", "INTERVENCI": "Intervención"}


def expected_speakers(paragraphs: list[str]) -> list[str | None]:
    """Return the speaker each paragraph should get from the label lines alone."""
    current, result = None, []
    for paragraph in paragraphs:
        match = LABEL.match(paragraph)
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
        wanted = datetime.date.fromisoformat(path.stem)
        found = document_date(paragraphs, path.name)
        if found != wanted:
            wrong_dates.append((path.name, found))
    print(f"{'documents':<28}{len(files):>10}")
    print(f"{'paragraphs':<28}{total:>10}")
    print(f"{'speaker agreement':<28}{100 * agree / total:>9.2f}%")
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
    print(f"\nspeed: {count} paragraphs in {elapsed:.2f} s = {count / elapsed:,.0f} paragraphs/s")
    return 0 if agree / total >= 0.99 and not wrong_dates else 1


if __name__ == "__main__":
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    sys.exit(main(sys.argv[1], sys.argv[2:]))
