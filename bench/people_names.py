"""Names per person in an index: the spellings joined into each frequent person, and close names left apart.

Usage: python bench/people_names.py INDEX [--top 50] [--under FOLDER] [--hits 100]

For the TOP people who speak most in INDEX (as `hemeroteca speakers` ranks them; --under counts only the
documents read from FOLDER, e.g. ../shared/data/covid19mx/briefings), prints:
- the spellings the index joined into the person, with their paragraphs;
- the names its paragraphs show in hits (read as a search reads them, up to --hits paragraphs per spelling),
  when there are more than one;
- the names of other people in the index that are likely the same person, left apart: close names
  (search.text.names.close_names: written the same once glued, `Andrésmanuel`; one word two edits off or
  less, `Sheiunbaum`; all of their words, each maybe one letter off, held in order by the other, `Ernesto
  Ramírez González` in `José Ernesto Ramírez González`; role words aside, `Presdidente`), with their
  paragraphs and whether they speak in one document with the person (`[same doc]`). Close is what the
  index joins when counts or documents say so; the list is for a reader to judge, and real different people
  are expected in it.

Then a summary: names per person (1 + the likely-same people left apart), the most names shown in hits for
one person, and the spellings joined. Reads the index only.
"""

import argparse
import collections
import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent.parent))

from search.retrieval.reader import open_index  # noqa: E402
from search.text.folding import speaker_key  # noqa: E402
from search.text.names import close_names, is_person  # noqa: E402


def spelling_rows(store, under):
    """Return [(name, key, docno, paragraphs)] of the live versions, of documents read from under."""
    return store._query(
        "SELECT n.name, n.key, s.docno, count(*) FROM spoken s JOIN names n USING (nameno) "
        "JOIN docs d USING (docno) WHERE d.state = 1 AND d.path LIKE ? GROUP BY s.nameno, s.docno",
        ((under or "") + "%",))


def hit_names(store, namenos_of, keys, person_of, person, limit):
    """Return the names that the hits of a person's paragraphs show for them."""
    places = []
    for key in keys:
        for nameno in namenos_of[key]:
            places += store._query("SELECT docno, paragraph FROM spoken WHERE nameno = ? "
                                   "ORDER BY docno, paragraph LIMIT ?", (nameno, limit))
    shown = collections.Counter()
    for record in store.records(places):
        for name in record.speakers:
            if person_of(speaker_key(name)) == person:
                shown[name] += 1
    return shown


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("index")
    parser.add_argument("--top", type=int, default=50, help="people to list (50)")
    parser.add_argument("--under", help="count only the documents read from this folder")
    parser.add_argument("--hits", type=int, default=100, help="paragraphs read per spelling for the hits' names")
    args = parser.parse_args()
    under = str(pathlib.Path(args.under).resolve()) if args.under else None
    with open_index(args.index) as index:
        store = index.store
        groups, shown_names = store.speaker_groups(), store.speaker_names()

        def person_of(key):
            return groups.get(key, (key,))[0]

        counts, names, docs = collections.Counter(), collections.defaultdict(collections.Counter), {}
        for name, key, docno, paragraphs in spelling_rows(store, under):
            counts[key] += paragraphs
            names[key][name] += paragraphs
            docs.setdefault(key, set()).add(docno)
        namenos_of = collections.defaultdict(list)
        for nameno, key in store._query("SELECT nameno, key FROM names"):
            namenos_of[key].append(nameno)
        people = collections.defaultdict(set)
        for key in counts:
            people[person_of(key)].add(key)
        ranked = sorted(((sum(counts[k] for k in keys), person) for person, keys in people.items()
                         if is_person(shown_names.get(person, person))), reverse=True)[:args.top]
        per_person, hits_most, joined = [], 0, 0
        for rank, (total, person) in enumerate(ranked, 1):
            keys = people[person]
            spellings = sorted(((n, c) for k in keys for n, c in names[k].items()), key=lambda nc: -nc[1])
            joined += len(keys) - 1
            print(f"{rank:>3} {total:>6}  {shown_names.get(person, person)}")
            if len(spellings) > 1:
                print("          spellings: " + "; ".join(f"{n} {c}" for n, c in spellings))
            shown = hit_names(store, namenos_of, keys, person_of, person, args.hits)
            hits_most = max(hits_most, len(shown))
            if len(shown) > 1:
                print("          hits show: " + "; ".join(f"{n} {c}" for n, c in shown.most_common()))
            apart = {}
            for other in counts:
                other_person = person_of(other)
                if other_person == person or not is_person(shown_names.get(other_person, other_person)):
                    continue
                if any(close_names(key, other) for key in keys):
                    together = any(docs[other] & docs[key] for key in keys)
                    apart[other_person] = together
            for other, together in sorted(apart.items(), key=lambda item: -counts[item[0]]):
                print(f"          left apart: {shown_names.get(other, other)} {sum(counts[k] for k in people[other])}"
                      + ("  [same doc]" if together else ""))
            per_person.append(1 + len(apart))
    print()
    several = sum(n > 1 for n in per_person)
    print(f"people: {len(per_person)}; with more than one name: {several}; names per person: "
          f"max {max(per_person, default=0)}, mean {sum(per_person) / max(len(per_person), 1):.2f}; "
          f"most names shown in hits for one person: {hits_most}; spellings joined: {joined}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
