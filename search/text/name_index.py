"""Blocking for person_keys (search.text.names): the few speaker keys that may be close to a key, found in
time near-linear in the number of keys instead of by scanning every key that shares a word with it.

Each lookup returns a superset of the keys that the exact tests of names.py accept, so blocking changes no
result, only the cost (bench/people_names.py --scale measures it):

- `near(key)`: keys at most MAX_EDITS insertions, deletions or substitutions apart, by Pass-Join's partition
  filter (Li, Deng, Wang, Feng, "Pass-Join: A Partition-based Method for Similarity Joins", VLDB 2011): a
  string within d edits of another holds one of that other's d + 1 segments, shifted by d positions at most;
- `one_word_off(words, position)`: keys of as many words, the same but at one position (a pattern index);
- `holding(words)`: keys that hold every word, each the same or one letter off (five letters or more):
  the keys that hold a near form of the key's rarest word, near forms found by SymSpell's deletion
  neighbourhood (Garbe, 2012: two words one edit apart share a form with one letter deleted, or are equal);
- `reordered(words)`, `spelled(words)`: keys with these words in any order, or in this order.
"""

from collections.abc import Callable, Iterable

MAX_EDITS = 2  # names.py fixes typos of two edits at most


def _segments(length: int, edits: int) -> list[tuple[int, int]]:
    """Return Pass-Join's edits + 1 (start, size) segments of a string of length: even sizes, the longer last."""
    parts = edits + 1
    size, longer = divmod(length, parts)
    starts, start = [], 0
    for part in range(parts):
        width = size + (part >= parts - longer)
        starts.append((start, width))
        start += width
    return starts


def _deletions(word: str) -> set[str]:
    return {word[:i] + word[i + 1:] for i in range(len(word))}


def _deletions_within(word: str, edits: int) -> set[str]:
    forms = {word}
    for _ in range(edits):
        forms |= {form for shorter in forms for form in _deletions(shorter)}
    return forms


class NameIndex:
    """Lookups over a fixed collection of speaker keys (folded, words split at spaces); see the module."""

    def __init__(self, keys: Iterable[str], near_targets: Iterable[str] = (),
                 bare: Callable[[list[str]], list[str]] = list):
        self.keys = list(keys)
        self.bare = bare
        self.contained: dict[str, set[str]] | None = None  # built on first use, as attested
        self.by_word: dict[str, list[str]] = {}
        self.by_pattern: dict[tuple, list[str]] = {}
        self.by_sorted: dict[tuple, list[str]] = {}
        self.by_words: dict[tuple, list[str]] = {}
        for key in self.keys:
            words = key.split()
            for word in set(words):
                self.by_word.setdefault(word, []).append(key)
            for position in range(len(words)):
                self.by_pattern.setdefault(_pattern(words, position), []).append(key)
            self.by_sorted.setdefault(tuple(sorted(words)), []).append(key)
            self.by_words.setdefault(tuple(words), []).append(key)
        self.deleted: dict[str, set[str]] = {}
        for word in self.by_word:
            for form in _deletions(word):
                self.deleted.setdefault(form, set()).add(word)
        self.attested: dict[str, set[str]] | None = None  # built on first use
        self.segments: dict[tuple, list[str]] = {}
        self.glued: dict[str, list[str]] = {}
        for key in near_targets:
            for edits in range(1, MAX_EDITS + 1):  # fewer edits, longer segments: fewer false candidates
                for part, (start, size) in enumerate(_segments(len(key), edits)):
                    self.segments.setdefault((edits, len(key), part, key[start:start + size]), []).append(key)
            self.glued.setdefault(key.replace(" ", ""), []).append(key)
        self.near_forms: dict[str, set[str]] = {}

    def close(self, key: str) -> set[str]:
        """Return a superset of the keys close to key (names.close_names, on the words left by bare): written
        the same once glued; as many words, one of them maybe off; or holding key's words, or held in key's."""
        if self.contained is None:
            self.glued_all: dict[str, list[str]] = {}
            self.bare_patterns: dict[tuple, list[str]] = {}
            self.contained = {}
            for other in self.keys:
                self.glued_all.setdefault(other.replace(" ", ""), []).append(other)
                words = self.bare(other.split())
                for position in range(len(words)):
                    self.bare_patterns.setdefault(_pattern(words, position), []).append(other)
                for longer in self.holding(words) if len(words) >= 2 else ():
                    self.contained.setdefault(longer, set()).add(other)
        words = self.bare(key.split())
        found = set(self.glued_all.get(key.replace(" ", ""), ())) | self.contained.get(key, set())
        for position in range(len(words)):
            found.update(self.bare_patterns.get(_pattern(words, position), ()))
        if len(words) >= 2:
            found |= self.holding(words)
        return found

    def near(self, key: str, edits: int = MAX_EDITS) -> set[str]:
        """Return the near targets (see __init__) at most edits (1 to MAX_EDITS) from key, or written the same
        once glued, and maybe a few more: a superset to test."""
        found = set(self.glued.get(key.replace(" ", ""), ()))
        for length in range(max(0, len(key) - edits), len(key) + edits + 1):
            for part, (start, size) in enumerate(_segments(length, edits)):
                # Pass-Join's multi-match-aware window: segment `part` can only have moved `part` places
                # left or right, and the rest of the strings must still fit in the edits left
                shift = len(key) - length
                first = max(0, start - part, start + shift - (edits - part))
                last = min(len(key) - size, start + part, start + shift + (edits - part))
                for begin in range(first, last + 1):
                    found.update(self.segments.get((edits, length, part, key[begin:begin + size]), ()))
        return found

    def one_word_off(self, words: list[str], position: int) -> list[str]:
        """Return the keys with words' words at every position but position (words' own key included)."""
        return self.by_pattern.get(_pattern(words, position), [])

    def near_words(self, word: str) -> set[str]:
        """Return the words of the keys at most one edit from word (word itself included when a key has it)."""
        if word not in self.near_forms:
            forms = _deletions(word) | {word}
            found = {other for form in forms for other in self.deleted.get(form, ())}
            found.update(form for form in forms if form in self.by_word)
            self.near_forms[word] = found
        return self.near_forms[word]

    def attested_near(self, word: str) -> set[str]:
        """Return the words that two keys or more hold, at most MAX_EDITS edits from word, and maybe a few
        more (SymSpell: two words within d edits share a form with d letters or fewer deleted)."""
        if self.attested is None:
            self.attested = {}
            for other, keys in self.by_word.items():
                if len(keys) >= 2:
                    for form in _deletions_within(other, MAX_EDITS):
                        self.attested.setdefault(form, set()).add(other)
        return {other for form in _deletions_within(word, MAX_EDITS) for other in self.attested.get(form, ())}

    def together(self, word: str, others: list[str]) -> bool:
        """Tell whether one key holds word and one of others (the shorter list of keys is read)."""
        holding = self.by_word.get(word, ())
        for other in others:
            keys, needed = (holding, other) if len(holding) <= len(self.by_word.get(other, ())) \
                else (self.by_word.get(other, ()), word)
            if any(needed in key.split() for key in keys):
                return True
        return False

    def holding(self, words: list[str]) -> set[str]:
        """Return the keys holding a word equal to, or (five letters or more) one edit from, each of words'
        rarest words: a superset of the keys names.fuzzy_in accepts."""
        best = None
        for word in words:
            found = [other for other in self.near_words(word) if other == word or len(other) >= 5]
            size = sum(len(self.by_word[other]) for other in found)
            if best is None or size < best[0]:
                best = (size, found)
        return {key for other in (best[1] if best else ()) for key in self.by_word[other]}

    def reordered(self, words: list[str]) -> list[str]:
        """Return the keys with these words in any order."""
        return self.by_sorted.get(tuple(sorted(words)), [])

    def spelled(self, words: list[str]) -> list[str]:
        """Return the keys with these words in this order."""
        return self.by_words.get(tuple(words), [])


def _pattern(words: list[str], position: int) -> tuple:
    return (position, *words[:position], *words[position + 1:])
