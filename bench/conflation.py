"""Stem collisions: where the first paragraph with the very words typed ranks, per query.

    python -m bench.conflation INDEX_DIR [--depth N]

Snowball gives unrelated words one stem: `nuevo` and `nueve` (nuev), `comida`, `comer`
and `comando` (com), `casa` and `caso` (cas), `madre` and `Madrid` (madr). The cases below
were found by listing the stems of the 165k-paragraph corpus (covid19mx briefings and
fiction_es) whose two most frequent words are unrelated, each used 200 times or more.
A paragraph is right when it holds the words as typed (accents and case ignored, the
pattern given); the table gives the rank of the first right one in the search's order
(`-` past --depth), and how many of the top 10 are right. Run it on an index built by
the code before a change and by the code after it.
"""

import argparse
import math
import re

from search.retrieval.reader import open_index
from search.retrieval.searching import search
from search.settings import MAX_LIMIT
from search.text.folding import fold

# query -> the pattern a right paragraph's folded, lowercase text holds
CASES = {
    "Año Nuevo": r"\baño nuevo\b",
    "comida saludable": r"\bcomidas?\b.*\bsaludables?\b|\bsaludables?\b.*\bcomidas?\b",
    "comida": r"\bcomidas?\b",
    "casa": r"\bcasas?\b",
    "mesa": r"\bmesas?\b",
    "cámara": r"\bcamaras?\b",
    "verde": r"\bverdes?\b",
    "Madrid": r"\bmadrid\b",
    "mar": r"\bmar(es)?\b",
    "sala": r"\bsalas?\b",
    "punta": r"\bpuntas?\b",
    "hombro": r"\bhombros?\b",
    "sol": r"\bsol(es)?\b",
    "esperanza": r"\besperanzas?\b",
    "partido": r"\bpartidos?\b",
    "autor": r"\bautor(es)?\b",
    "Dios": r"\bdios(es)?\b",
    "Federico": r"\bfederico\b",
    "verdad": r"\bverdad(es)?\b",
}


def first_right(index, query, pattern, depth):
    """Return (rank of the first right hit or None, right hits in the top 10, total hits)."""
    right = re.compile(pattern)
    first, top_right, total = None, 0, 0
    for page in range(1, depth // MAX_LIMIT + 2):
        results = search(index, query, limit=MAX_LIMIT, page=page, seconds=math.inf)
        total = results.total
        records = index.store.records([index.store.locate(hit.id) for hit in results.hits])
        for rank, record in enumerate(records, (page - 1) * MAX_LIMIT + 1):
            good = bool(right.search(fold(record.text).lower()))
            if good and first is None:
                first = rank
            top_right += good and rank <= 10
        if first is not None or len(results.hits) < MAX_LIMIT or page * MAX_LIMIT >= depth:
            break
    return first, top_right, total


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("index", help="an index directory")
    parser.add_argument("--depth", type=int, default=1000, help="ranks looked at (default 1000)")
    args = parser.parse_args()
    print(f"{'query':<20}{'first right':>12}{'right@10':>10}{'hits':>8}")
    with open_index(args.index) as index:
        for query, pattern in CASES.items():
            first, top, total = first_right(index, query, pattern, args.depth)
            print(f"{query:<20}{first if first else '-':>12}{top:>10}{total:>8}")


if __name__ == "__main__":
    main()
