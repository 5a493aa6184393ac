"""The index's own vocabulary: "Quizás quiso decir" and typo-tolerant words.

Words are compared without accents (ñ kept) and shown in their most frequent written
form, so `cooperasion antipandemica` suggests `cooperación antipandémica`.
"""

import re
from bisect import bisect_left

from whoosh.automata.fsa import find_all_matches
from whoosh.automata.lev import levenshtein_automaton
from whoosh.spelling import ListCorrector

from search.text.folding import fold

MIN_FUZZY_LETTERS = 5  # Meilisearch's defaults: one typo from 5 letters, two from 9
TWO_TYPOS_LETTERS = 9
MAX_WORD_LETTERS = 30  # longer is no word: its automaton would only cost time
# Strings one edit from a word looked up at most (letters × places): a vocabulary of Latin
# letters gives ~30 × 11 for a ten-letter word, 0.15 ms; the automaton's walk costs ~0.9 ms.
EDIT_LOOKUPS = 4_000
MAX_EXPANSIONS = 20
REMEMBERED = 4096  # words whose typo-tolerant forms a vocabulary keeps
MAX_ENYE_PLACES = 4  # n's of a word tried as ñ, one at a time
ENYE_RATIO = 10  # a known word is taken for its ñ form only when that is this much more frequent


def allowed_typos(word):
    """Return how many edits a word of this length may have in typo-tolerant search."""
    if len(word) > MAX_WORD_LETTERS:
        return 0
    if len(word) >= TWO_TYPOS_LETTERS:
        return 2
    return 1 if len(word) >= MIN_FUZZY_LETTERS else 0


def enye_forms(key):
    """Return the forms of a folded lowercase word with ñ for its n: one at a time (the first
    MAX_ENYE_PLACES), and all at once.

    >>> sorted(enye_forms("ninos"))
    ['niños', 'ñinos', 'ñiños']
    """
    places = [at for at, letter in enumerate(key) if letter == "n"][:MAX_ENYE_PLACES]
    forms = {key[:at] + "ñ" + key[at + 1:] for at in places}
    if len(places) > 1:
        forms.add(key.replace("n", "ñ"))
    return forms


class Vocabulary:
    """Words of the index by folded key, with their counts and most frequent written form."""

    def __init__(self, word_counts):
        # One pass, and lists only for the few keys written several ways: a search that
        # finds little loads the whole vocabulary (130,000 words at 165k paragraphs) first.
        count, display, forms = {}, {}, {}
        for word, times in word_counts.items():
            key = word if word.isascii() else fold(word)  # no diacritic to fold in ASCII
            shown = display.get(key)
            if shown is None:
                count[key], display[key] = times, word
                continue
            count[key] += times
            forms.setdefault(key, [shown]).append(word)  # shown is still the first form
            if (times, word) > (word_counts[shown], shown):  # the most frequent form
                display[key] = word
        self.count, self.display, self.forms = count, display, forms
        self.keys = sorted(count)
        self.found = {}  # (key, distance) -> within()
        self.matched = {}  # (pattern, limit) -> matching()
        self.lines = None  # the keys as one text, for wildcards (_joined)
        self.letters = None  # the letters of the keys, for words one edit away (_letters)

    def forms_of(self, key):
        """Return the written forms of a folded key, in the order the counts gave them."""
        return self.forms.get(key) or [self.display[key]]

    def __contains__(self, word):
        return fold(word.lower()) in self.count

    def starting_with(self, prefix, limit):
        """Return the written forms of the words that begin with a folded prefix.

        The forms of the `limit` most frequent such words, most frequent first.
        """
        start = bisect_left(self.keys, prefix)
        end = bisect_left(self.keys, prefix + "\U0010ffff", start)
        keys = sorted(self.keys[start:end], key=lambda key: -self.count[key])[:limit]
        return [form for key in keys for form in self.forms_of(key)]

    def matching(self, pattern, limit):
        """Return the written forms of the words that match a wildcard pattern (folded).

        `*` stands for any letters (none too), `?` for one, as in Lucene's WildcardQuery;
        the forms of the `limit` most frequent such words, most frequent first. Only the
        words that begin with the pattern's letters before its first wildcard are read,
        in one pass of the regular expression engine over their text (all of them for
        `*ción`: about 30 ms for 300,000 words); remembered.
        """
        key = (fold(pattern.lower()), limit)
        found = self.matched.get(key)
        if found is None:
            literal = re.split(r"[*?]", key[0], maxsplit=1)[0]
            whole = "".join("[^\n]*" if letter == "*" else "[^\n]" if letter == "?" else re.escape(letter)
                            for letter in key[0])
            start = bisect_left(self.keys, literal)
            end = bisect_left(self.keys, literal + "\U0010ffff", start)
            text, offsets = self._joined()
            words = re.findall(f"^{whole}$", text[offsets[start]:offsets[end]], re.M)
            keys = sorted(words, key=lambda word: (-self.count[word], word))[:limit]
            if len(self.matched) >= REMEMBERED:
                self.matched.clear()
            found = self.matched[key] = [form for word in keys for form in self.forms_of(word)]
        return list(found)

    def _joined(self):
        """Return (the keys in order, one a line; where each key's line starts, and the end)."""
        if self.lines is None:
            offsets, at = [], 0
            for word in self.keys:
                offsets.append(at)
                at += len(word) + 1
            offsets.append(at)
            self.lines = ("\n".join(self.keys) + "\n", offsets)
        return self.lines

    def _letters(self):
        """Return the letters the vocabulary's keys are written with (known once asked)."""
        if self.letters is None:
            self.letters = sorted(set("".join(self.keys)))
        return self.letters

    def within(self, word, distance):
        """Return the keys within `distance` edits of word, most frequent first.

        An edit is a letter inserted, deleted, replaced, or two neighbours swapped
        (Damerau's distance, as Lucene's and Elasticsearch's fuzzy queries count by
        default: `vacunsa` is one typo from `vacunas`); at two edits Levenshtein's
        automaton already reaches every swap.

        Remembered (a few thousand): a search asks again for each way it tries, and
        walking the vocabulary with an automaton takes tens of milliseconds a word.
        """
        key = fold(word.lower())
        if distance <= 0 or len(key) > MAX_WORD_LETTERS:
            return [key] if key in self.count else []
        found = self.found.get((key, distance))
        if found is None:
            if distance == 1 and len(self._letters()) * (len(key) + 1) <= EDIT_LOOKUPS:
                # every word one edit away, looked up: ~6x cheaper than the automaton's walk
                matches = {near for near in one_edit(key, self._letters()) if near in self.count}
                matches.update([key] if key in self.count else ())
            else:  # two edits, or an alphabet so large (names in other scripts) that the walk is cheaper
                automaton = levenshtein_automaton(key, distance).to_dfa()
                matches = set(find_all_matches(automaton, ListCorrector.Skipper(self.keys)))
                if distance == 1:  # two letters swapped are one typo, as in Lucene's FuzzyQuery
                    matches.update(swapped for swapped in transpositions(key) if swapped in self.count)
            found = sorted(matches, key=lambda match: (-self.count[match], match))
            if len(self.found) >= REMEMBERED:
                self.found.clear()
            self.found[(key, distance)] = found
        return list(found)

    def correct(self, word, distance=2):
        """Return the written form the index most likely meant for word, or None.

        A form with ñ where n was typed (`senor` → `señor`: a keyboard without ñ) comes
        before any other edit.
        """
        key = fold(word.lower())
        if key in self.count:
            return self.display[key]
        enye = self.with_enye(key)
        if enye:
            return enye
        for edits in range(1, distance + 1):
            found = self.within(key, edits)
            if found:
                return self.display[found[0]]
        return None

    def with_enye(self, word, more_frequent=1):
        """Return the written form of word with ñ for n, if the index holds it at least
        `more_frequent` times as often as word itself (0 when word is absent), else None.

        `ano` typed for `año`: ñ counts (`año` is not `ano`), so this only suggests.
        """
        key = fold(word.lower())
        found = [form for form in enye_forms(key) if self.count.get(form, 0) > 0]
        if not found:
            return None
        best = max(found, key=lambda form: (self.count[form], form))
        if self.count[best] < more_frequent * max(1, self.count.get(key, 0)):
            return None
        return self.display[best]

    def accented(self, words):
        """Return {word: its usual written form} for known words written differently."""
        found = {}
        for word in words:
            key = fold(word.lower())
            if key in self.display and self.display[key] not in (word, word.lower()):
                found[word] = self.display[key]
        return found

    def expansions(self, word):
        """Return the written forms within the typos allowed for word's length."""
        found = self.within(word, allowed_typos(word))
        return [self.display[key] for key in found[:MAX_EXPANSIONS]]


def transpositions(key):
    """Return the words made by swapping two neighbouring letters of key."""
    return {key[:at] + key[at + 1] + key[at] + key[at + 2:]
            for at in range(len(key) - 1) if key[at] != key[at + 1]}


def one_edit(key, letters):
    """Yield every string one letter inserted, deleted or replaced, or two neighbours swapped, away
    from key (Damerau's distance 1; the candidates of Norvig's spelling corrector, "How to Write a
    Spelling Corrector", 2007), with `letters` the alphabet of insertions and replacements."""
    for at in range(len(key) + 1):
        head, tail = key[:at], key[at:]
        for letter in letters:
            yield head + letter + tail
        if tail:
            yield head + tail[1:]
            for letter in letters:
                yield head + letter + tail[1:]
            if len(tail) > 1:
                yield head + tail[1] + tail[0] + tail[2:]


def suggest(vocabulary, words):
    """Return {typed word: correction} for the words the index would write otherwise."""
    corrections = {}
    for word in words:
        if not word.isalpha():
            continue
        corrected = vocabulary.correct(word, distance=max(1, allowed_typos(word)))
        if corrected and corrected != word.lower() and corrected != word:
            corrections[word] = corrected
    return corrections
