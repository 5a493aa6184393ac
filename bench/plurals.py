"""Singular and plural over a vocabulary: the pairs each stemmer meets, and what else it joins.

    python -m bench.plurals VOCABULARY [--min-count N] [--examples N]

VOCABULARY is a word list, one word a line, optionally followed by a count (the Snowball
Spanish vocabulary `voc.txt`, or the words of an index with their counts). A
singular/plural pair is two words of the list one of which is the other's plural by the
rules of Spanish spelling: + s after a vowel, + es after a consonant or í/ú (accents
aside, so `canción`/`canciones` and `joven`/`jóvenes` count), z -> ces. For each stemmer
the table gives how many pairs get one index form, and how many of the words it joins
that the old stemmer (hemeroteca 3, before this change) kept apart are joined by no pair
and no gender (-o/-a) link (the candidate false conflations), and how many of the old
stemmer's classes it splits (a collision undone, or a family broken); --examples lists them.
Rows: plain Snowball, the old stemmer, Lucene's SpanishLightStemmer (Elasticsearch's
light_spanish, re-written from its source), the stemmer now, and the stemmer now
without each of its rules.
"""

import argparse
import re
from collections import defaultdict

from search.text.folding import fold
from search.text.stems import RULES, VERB_ENDING, fold_foreign, rule_stem, snowball_stem


def old_stem(word):
    """Hemeroteca's stem before this change (analyzer version 3): -os/-as plurals only."""
    word = fold_foreign(word)
    if len(word) > 3 and word.endswith(("os", "as")) and not VERB_ENDING.search(word):
        return snowball_stem(word[:-1])
    return snowball_stem(word)


def light_spanish(word):
    """Lucene's SpanishLightStemmer (org.apache.lucene.analysis.es), re-written: Savoy's
    light stemmer, accents folded, then -o/-a/-e, -os/-as/-es, -eses -> -es, -ces -> -z."""
    if len(word) < 5:
        return word
    s = fold(word)
    if s[-1] in "oae":
        return s[:-1]
    if s[-1] == "s":
        if s.endswith("eses"):
            return s[:-2]
        if s.endswith("ces"):
            return s[:-3] + "z"
        if s[-2] in "oae":
            return s[:-2]
    return s


def plurals_of(word):
    """Return the plurals Spanish spelling gives a singular, accents aside (folded)."""
    w = fold(word)
    if not w or not w[-1].isalpha():
        return []
    if w[-1] in "aeo":
        return [w + "s"]
    if w[-1] in "iu":
        return [w + "s", w + "es"]
    if w[-1] == "z":
        return [w[:-1] + "ces"]
    return [w + "es"]


def load(path, min_count):
    words = []
    for line in open(path, encoding="utf-8"):
        parts = line.split()
        if not parts or not re.fullmatch(r"[^\W\d_]+", parts[0]):
            continue
        if len(parts) > 1 and parts[1].isdigit() and int(parts[1]) < min_count:
            continue
        words.append(parts[0].lower())
    return sorted(set(words))


def pairs_of(words):
    """Return [(singular, plural)] of the list's words."""
    by_fold = defaultdict(list)
    for word in words:
        by_fold[fold(word)].append(word)
    found = []
    for word in words:
        for plural in plurals_of(word):
            found += [(word, p) for p in by_fold.get(plural, []) if p != word]
    return found


def gender_links(words):
    known = set(words)
    return [(w, w[:-1] + "a") for w in words if w.endswith("o") and w[:-1] + "a" in known] + \
           [(w, w[:-2] + "as") for w in words if w.endswith("os") and w[:-2] + "as" in known]


class Joins:
    """Union-find over words."""

    def __init__(self):
        self.parent = {}

    def find(self, x):
        self.parent.setdefault(x, x)
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def join(self, a, b):
        self.parent[self.find(a)] = self.find(b)


def unexplained_joins(words, form, anchor, links):
    """Return [(form, [words of each old class it joins with no link between them])].

    `links`: {word: [words it is the singular or masculine of]}.
    """
    old = {w: anchor(w) for w in words}
    classes = defaultdict(list)
    for w in words:
        classes[form(w)].append(w)
    found = []
    for key, members in classes.items():
        if len({old[w] for w in members}) < 2:
            continue
        joins = Joins()
        for w in members:
            joins.join(("old", old[w]), w)
        inside = set(members)
        for a in members:
            for b in links.get(a, ()):
                if b in inside:
                    joins.join(a, b)
        roots = defaultdict(list)
        for w in members:
            roots[joins.find(w)].append(w)
        if len(roots) > 1:
            found.append((key, [sorted(group)[:3] for group in roots.values()]))
    return found


def splits(words, form, anchor):
    """Return [(old form, [[words] of each new form])] of the old classes a stemmer splits."""
    classes = defaultdict(lambda: defaultdict(list))
    for w in words:
        classes[anchor(w)][form(w)].append(w)
    return [(key, [sorted(group)[:3] for group in parts.values()])
            for key, parts in classes.items() if len(parts) > 1]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("vocabulary", help="a word list: one word a line, optionally with a count")
    parser.add_argument("--min-count", type=int, default=0, help="leave out words counted fewer times")
    parser.add_argument("--examples", type=int, default=0, help="list this many unexplained joins per row")
    args = parser.parse_args()
    words = load(args.vocabulary, args.min_count)
    pairs = pairs_of(words)
    links = defaultdict(list)
    for a, b in pairs + gender_links(words):
        links[a].append(b)
    stemmers = [("snowball", snowball_stem), ("hemeroteca 3 (before)", old_stem),
                ("light_spanish (Lucene)", light_spanish), ("now", rule_stem)]
    stemmers += [(f"now without {rule}", lambda w, r=rule: rule_stem(w, frozenset([r]))) for rule in RULES]
    print(f"{len(words)} words, {len(pairs)} singular/plural pairs\n")
    print(f"{'stemmer':<34}{'pairs met':>10}{'%':>7}{'unexplained joins':>19}{'words joined':>14}"
          f"{'classes split':>15}")
    for name, function in stemmers:
        forms = {w: function(w) for w in words}
        met = sum(forms[a] == forms[b] for a, b in pairs)
        found = unexplained_joins(words, forms.__getitem__, old_stem, links)
        joined = sum(sum(len(g) for g in groups) for _, groups in found)
        split = splits(words, forms.__getitem__, old_stem)
        print(f"{name:<34}{met:>10}{100 * met / max(len(pairs), 1):>7.1f}{len(found):>19}{joined:>14}"
              f"{len(split):>15}")
        for key, groups in found[:args.examples]:
            print(f"    joined {key}: " + " | ".join(", ".join(g) for g in groups))
        for key, groups in split[:args.examples]:
            print(f"    split {key}: " + " | ".join(", ".join(g) for g in groups))


if __name__ == "__main__":
    main()
