"""The most frequent speakers of a corpus, people and roles apart, as `hemeroteca speakers` would list them.

Usage: python bench/speakers_top.py CORPUS_PATH... [--top 100]

Reads the files the way indexing does (search.records.document_records), counts paragraphs per
speaker, joins the spellings of one person across the corpus (search.speakers.person_keys) and
prints the top people, then the roles and generic labels, so that non-people can be counted by eye.
"""

import argparse
import collections
import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent.parent))

from search.ingest.files import find_files  # noqa: E402
from search.ingest.formats import read_path  # noqa: E402
from search.ingest.paragraphs import document_records  # noqa: E402
from search.speakers import is_person, person_keys, speaker_key  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="+")
    parser.add_argument("--top", type=int, default=100)
    args = parser.parse_args()
    counts, names = collections.Counter(), {}
    for file, root in find_files(args.paths):
        for document in read_path(file, root, warn=lambda message: None):
            for record in document_records(document)[1]:
                for name in record.speakers:
                    counts[speaker_key(name)] += 1
                    names.setdefault(speaker_key(name), name)
    people = person_keys(dict(counts))
    merged, spellings = collections.Counter(), collections.defaultdict(set)
    for key, count in counts.items():
        merged[people.get(key, key)] += count
        spellings[people.get(key, key)].add(names[key])
    ranked = [(names[key], count, len(spellings[key])) for key, count in merged.most_common()]
    persons = [row for row in ranked if is_person(row[0])][:args.top]
    roles = [row for row in ranked if not is_person(row[0])]
    print(f"people: {len(persons)} shown of {sum(is_person(row[0]) for row in ranked)}")
    for rank, (name, count, variants) in enumerate(persons, 1):
        print(f"{rank:>4} {count:>7}  {name}" + (f"  ({variants} spellings)" if variants > 1 else ""))
    print(f"roles and generic labels: {len(roles)}")
    for name, count, _ in roles[:20]:
        print(f"     {count:>7}  {name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
