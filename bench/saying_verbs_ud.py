"""Count the verbs that report someone's words in a Universal Dependencies treebank of Spanish, and which of them
the speakers lexicon lacks.

A verb counts when it heads a clausal complement (`ccomp`) introduced by `que` (a `mark` child whose lemma is
`que`) or a direct quotation (a `ccomp` or `parataxis` child whose subtree holds a quotation mark, or the
quotation it closes and hangs from as `parataxis`: `«…», dijo X`), and its subject
(`nsubj`) looks human: a proper noun, a personal pronoun, or a common noun the speakers lexicon knows as a role or
writes with a person's ending (`-dor`, `-ista`, …). The subject need not be a person (`España` is a PROPN): the
counts rank candidates, and a person decides which are verbs of saying.

A lemma is *covered* when one of its third-person or participle forms in the treebank, or the regular ones built
from its infinitive, is a form some module of search.speakers already reads as a verb of saying or stance.

Usage (the treebanks are not in the project: export them from a UD checkout first):

    python bench/saying_verbs_ud.py es_gsd-ud-dev.conllu es_gsd-ud-test.conllu es_pud-ud-test.conllu \
        [--min 2] [--all]

Output: one line per lemma, `count  lemma  covered|MISSING  examples`, commonest first; the counts of
bench/saying_verbs_ud.tsv were made this way (see its header for the treebanks, their versions and licences).
"""

import argparse
import collections
import sys

from search.speakers import lexicon as lex
from search.speakers import stance_verbs
from search.speakers.verbs import AR_ENDS, AR_PLURAL_ENDS, ER_ENDS, ER_PLURAL_ENDS, IR_ENDS, conjugated

QUOTES = frozenset('"«»“”‘’\'')
ANY_SUBJECT = False  # --any-subject: count every subject, or none (a null subject is Spanish's commonest)
PERSONAL = frozenset("él ella ellos ellas usted ustedes yo nosotros nosotras tú".split())


def sentences(path: str):
    """Yield each sentence of a CoNLL-U file as a list of (id, form, lemma, upos, feats, head, deprel) rows, skipping
    multiword-token and empty-node lines."""
    rows = []
    with open(path, encoding="utf-8") as lines:
        for line in lines:
            line = line.rstrip("\n")
            if not line:
                if rows:
                    yield rows
                rows = []
            elif not line.startswith("#"):
                cols = line.split("\t")
                if cols[0].isdigit():
                    rows.append((int(cols[0]), cols[1], cols[2], cols[3], cols[5], int(cols[6]), cols[7]))
    if rows:
        yield rows


def human(row) -> bool:
    """Tell whether a subject looks like a person: a proper noun, a personal pronoun or a role noun."""
    form, lemma, upos = row[1].lower(), row[2].lower(), row[3]
    if upos == "PROPN":
        return True
    if upos == "PRON":
        return form in PERSONAL
    return upos == "NOUN" and (lemma in lex.ROLE_CLASSES or lemma.endswith(lex.PERSON_ENDINGS))


def _subtree(children, node: int) -> list[int]:
    out, todo = [], [node]
    while todo:
        at = todo.pop()
        out.append(at)
        todo.extend(children[at])
    return out


def heads(rows):
    """Yield (lemma, form) for each verb in a sentence that heads a `que` complement or a direct quotation with a
    human-looking subject, or hangs as `parataxis` after a quotation it closes."""
    by_id = {row[0]: row for row in rows}
    children = collections.defaultdict(list)
    for row in rows:
        children[row[5]].append(row[0])
    for row in rows:
        if row[3] not in ("VERB", "AUX"):
            continue
        deps = [by_id[c] for c in children[row[0]]]
        if not ANY_SUBJECT and not any(d[6] == "nsubj" and human(d) for d in deps):
            continue
        if row[6] == "parataxis" and row[5] and any(
                by_id[at][1] in QUOTES for at in _subtree(children, row[5]) if at < row[0]):
            yield row[2].lower(), row[1].lower()  # `«…», dijo X`: UD hangs the verb from the quotation's root
            continue
        for dep in deps:
            if dep[6] == "ccomp" and any(by_id[c][6] == "mark" and by_id[c][2].lower() == "que"
                                         for c in children[dep[0]]):
                yield row[2].lower(), row[1].lower()
                break
            if dep[6] in ("ccomp", "parataxis") and any(by_id[at][1] in QUOTES for at in _subtree(children, dep[0])):
                yield row[2].lower(), row[1].lower()
                break


KNOWN = (lex.SINGULAR | lex.PLURAL | lex.PARTICIPLES | lex.REFLEXIVE | lex.AFTER_QUOTE | lex.NEEDS_QUE
         | frozenset(lex.PHRASES) | lex.FRAMED | stance_verbs.STANCE_VERBS | frozenset(lex.INFINITIVES))


def conjugate(lemma: str) -> tuple[str, ...]:
    """Return the forms that report of a regular verb's infinitive (verbs.conjugated), none if it is no infinitive."""
    ends = {"ar": f"{AR_ENDS} {AR_PLURAL_ENDS}", "er": f"{ER_ENDS} {ER_PLURAL_ENDS}",
            "ir": f"{IR_ENDS} {ER_PLURAL_ENDS}"}
    return conjugated(lemma[:-2], ends[lemma[-2:]]) if lemma[-2:] in ends else ()


def covered(lemma: str, forms) -> bool:
    """Tell whether the lexicon reads some form of lemma as a verb of saying or stance."""
    return lemma in KNOWN or not KNOWN.isdisjoint(forms) or not KNOWN.isdisjoint(conjugate(lemma))


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("files", nargs="+")
    parser.add_argument("--min", type=int, default=2, help="least count to print")
    parser.add_argument("--all", action="store_true", help="print covered lemmas too")
    parser.add_argument("--any-subject", action="store_true", help="count verbs with any subject or none")
    args = parser.parse_args(argv)
    global ANY_SUBJECT
    ANY_SUBJECT = args.any_subject
    counts, forms = collections.Counter(), collections.defaultdict(set)
    for path in args.files:
        for rows in sentences(path):
            for lemma, form in heads(rows):
                counts[lemma] += 1
                forms[lemma].add(form)
    for lemma, count in counts.most_common():
        if count < args.min:
            break
        known = covered(lemma, forms[lemma])
        if args.all or not known:
            print(f"{count}\t{lemma}\t{'covered' if known else 'MISSING'}\t{' '.join(sorted(forms[lemma])[:6])}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
