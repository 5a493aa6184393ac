"""Dates of transcripts whose file names lost theirs: what the text gives, and the years guessed.

    python -m bench.weekday_dates FOLDER [--limit N]

FOLDER holds documents whose file names carry their true date (the COVID-19 briefings,
`2020-03-14.txt`). Each is read as if renamed `conferencia_N.txt`, with no date in its
name, and dated as a build would date it. The table counts the documents dated by a full
date in their text, those whose year was guessed from a weekday (text/weekday_dates.py),
right and wrong, and those left undated; --list names the wrong and the undated.
"""

import argparse
from pathlib import Path

from search.ingest.formats import iter_path
from search.ingest.paragraphs import is_turn
from search.text import dates
from search.text.weekday_dates import weekday_date


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path, help="documents whose file names carry their date")
    parser.add_argument("--limit", type=int, default=0, help="read this many files at most (0: all)")
    parser.add_argument("--list", action="store_true", help="name the wrong guesses and the undated")
    args = parser.parse_args()
    files = sorted(path for path in args.folder.rglob("*") if path.is_file())
    files = files[:args.limit] if args.limit else files
    counts = {"dated by the text": [0, 0], "guessed from a weekday": [0, 0], "undated": [0, 0]}
    named = []
    for number, path in enumerate(files, 1):
        truth = dates.filename_date(path.name)
        if truth is None:
            continue
        for document in iter_path(path, path.parent, warn=lambda message: None):
            renamed = f"conferencia_{number}.txt"
            when = dates.document_date(document.paragraphs, renamed, None, is_speech=is_turn)
            kind = "dated by the text"
            if when is None:
                when, kind = weekday_date(document.paragraphs, renamed), "guessed from a weekday"
            if when is None:
                kind = "undated"
            counts[kind][when == truth] += 1
            if when != truth:
                named.append(f"    {kind}: {path.name} -> {when}")
    print(f"{'documents':<28}{'right':>8}{'wrong':>8}")
    for kind, (wrong, right) in counts.items():
        print(f"{kind:<28}{right:>8}{wrong:>8}" if kind != "undated" else f"{kind:<28}{'':>8}{wrong:>8}")
    if args.list:
        print("\n".join(named))


if __name__ == "__main__":
    main()
