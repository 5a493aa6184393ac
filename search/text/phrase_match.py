"""Does a text hold a phrase: its word forms in order, stop words included, found fast.

`phrase_forms` (words.py) turns a whole paragraph into forms, about a microsecond a
word; the candidates of a phrase of common words are often long paragraphs. A stop
word of the phrase is written one way (up to case and accents), so its places in the
text are found by a regular expression that ignores case and accents, and only a few
words around each place are turned into forms. The answer is the same as
comparing the whole paragraph's forms: the places found include every place where the
stop word is a word, and words around a place are cut at spaces, where no word spans.

A text's compounds make it a graph of forms, not a line: `anti-COVID` is `anti covid`
and, over the same two words, `anticovid` (words.compound_spans). A phrase that misses
on the line is looked for on the graph (FormGraph) when the text has a compound whose
joined form the phrase holds, so `"vacuna anticovid"` finds «vacuna anti-COVID», as
Lucene's phrase queries over a WordDelimiterGraphFilter's token graph do.

>>> PhraseMatcher(phrase_forms("ministra de vivienda"))("La ministra de Vivienda habló.")
True
"""

import re
from bisect import bisect_left, bisect_right
from functools import cached_property
from itertools import islice

from search.text.compound_runs import COMPOUND, may_join
from search.text.folding import FOLDED
from search.text.patterns import LazyPattern
from search.text.words import (
    STOP_MARK,
    TOKEN,
    catenated,
    compound_spans,
    may_hold_compound,
    phrase_form,
    phrase_forms,
)

MARGIN = 16  # characters read for each word wanted on a side of a place (more if need be)
LONG_TEXT = 20_000  # a longer text is walked as a graph only around its compounds (holds_joined)
WORD_REACH = 120  # characters a phrase may reach from a compound, a word of it
MAX_WINDOWS = 256  # compounds of a long text around which a phrase is looked for
SPACE = LazyPattern(r"\s")


def _variants():
    """Return {letter: a class of the letters that fold to it} (folding.py), case aside.

    A letter that folds to two (ß, æ) is in no stop word's spelling, so it is left out.
    """
    found = {}
    for written, plain in FOLDED.items():
        if len(plain) == 1:
            found.setdefault(plain.lower(), {plain.lower()}).add(written.lower())
    return {plain: "[" + "".join(sorted(written)) + "]" for plain, written in found.items()}


VARIANTS = _variants()


def contains_sequence(forms, wanted):
    """Return True if wanted occurs in forms as a contiguous run."""
    size = len(wanted)
    if not size:
        return True
    first = wanted[0]
    return any(forms[start:start + size] == wanted
               for start, form in enumerate(forms) if form == first)


class FormGraph:
    """A text's words as a graph of forms: each word's phrase form from it to the next, and
    each compound's joined form from its first part to the word after its last.

    `forms[n]` is the n-th word's form and `joined[n]` the (form, last word) of the
    compounds that start at word n; `tokens[n]` its match in the text.
    """

    def __init__(self, text):
        self.tokens = list(TOKEN.finditer(text))
        self.joined = {}
        for first, last, form in compound_spans(text, self.tokens):
            self.joined.setdefault(first, []).append((form, last))

    @cached_property
    def forms(self):
        """The words' phrase forms (made when first read: a text whose compounds the
        phrase does not hold needs none)."""
        return [phrase_form(match.group()) for match in self.tokens]

    def joined_forms(self):
        """Return the set of the compounds' joined forms."""
        return {form for edges in self.joined.values() for form, _ in edges}

    def edges(self, at):
        """Yield (form, last word) of each way on from word `at`: itself, or a compound."""
        yield self.forms[at], at
        yield from self.joined.get(at, ())

    def places(self, wanted):
        """Yield (first word, last word) of each place the forms `wanted` run along the graph."""
        for first in range(len(self.forms)):
            ends = {first - 1}
            for form in wanted:
                ends = {last for end in ends if end + 1 < len(self.forms)
                        for found, last in self.edges(end + 1) if found == form}
                if not ends:
                    break
            for last in sorted(ends):
                yield first, last


def holds_joined(text, forms):
    """Tell whether text holds the forms along its graph of compounds (FormGraph), when a
    compound's joined form is one of them; False without one (the line alone was checked).

    A text longer than LONG_TEXT is read only around such compounds (compound_windows): a
    graph of a whole 900,000-character paragraph was 0.28 s a candidate.
    """
    if not may_hold_compound(text) or not may_join(text, forms):
        return False
    pieces = compound_windows(text, forms) if len(text) > LONG_TEXT else (text,)
    for piece in pieces:
        graph = FormGraph(piece)
        if graph.joined_forms() & set(forms) and next(graph.places(forms), None) is not None:
            return True
    return False


def compound_windows(text, forms):
    """Yield the pieces of text, cut at whitespace, within WORD_REACH characters a form of each
    compound whose joined form is one of forms (at most MAX_WINDOWS, merged where they meet):
    a phrase through a compound's joined word is in one of them."""
    wanted, reach = set(forms), WORD_REACH * len(forms)
    places = ((compound.start() - reach, compound.end() + reach) for compound in COMPOUND.finditer(text)
              if any(phrase_form(joined) in wanted for _, _, joined in catenated(compound.group())))
    for low, high in spaced_windows(text, islice(places, MAX_WINDOWS)):  # the first MAX_WINDOWS compounds
        yield text[low:high]


def spaced_windows(text, places):
    """Yield (low, high): the windows (low, high) of `places` (character offsets, lows in
    increasing order) widened to whitespace (low just after one, high at one or the text's
    end), so that no word is cut, and merged where they meet; at most MAX_WINDOWS.

    Each stretch of text is searched for whitespace once, whatever the windows, and the
    windows yielded do not overlap: a text whose words no space parts for long stretches (a
    list of values joined by commas) once made every window the whole stretch, MAX_WINDOWS
    graphs of it (37 s for a 320,000-character paragraph; review25).
    """
    count, low, high = 0, None, None
    for start, end in places:
        if high is not None and start <= high:  # meets the window being widened
            if end > high:
                high = _space_after(text, min(len(text), end))
            continue
        if high is not None:
            yield low, high
            count += 1
            if count >= MAX_WINDOWS:
                return
        low = _space_back(text, start, 0 if high is None else high)
        high = _space_after(text, min(len(text), max(end, low)))
    if high is not None:
        yield low, high


def _space_back(text, position, floor):
    """Return the index just after the last whitespace of text[floor:position], floor if none."""
    end = min(len(text), position)
    while end > floor:
        start = max(floor, end - MARGIN * 64)
        spaces = list(SPACE.finditer(text, start, end))
        if spaces:
            return spaces[-1].start() + 1
        end = start
    return max(floor, 0)


class PhraseMatcher:
    """A callable that tells whether a text holds the phrase of the given forms, on its line
    of words or along its graph of compounds (FormGraph)."""

    def __init__(self, forms):
        self.forms = list(forms)
        run = _longest_stop_run(self.forms)  # the places of stop words side by side: fewer
        self.anchor = run.start if run else None
        if run:
            # the words nearest the anchor's run first (_holds_at), then outwards
            self.order = sorted(range(len(self.forms)),
                                key=lambda n: (n in run, min(abs(n - run.start), abs(n - run.stop + 1))))
            words = [_letters(form[1:]) for form in self.forms[run.start:run.stop]]
            # Between two words of a text there is no word character (\w), maybe nothing. A
            # word may start right after a digit (`1.500de` is `1.500` and `de`), never right
            # after a letter; a place that is not a word's start is dropped by _holds_at. The
            # run is looked for ahead of each place (?=…), so that places overlap: in `él él
            # él`, the run `él él` starts at the first and at the second word.
            self.places = re.compile(r"(?<![^\W\d_])(?=" + r"\W*".join(words) + r"(?!\w))",
                                     re.IGNORECASE)

    def __call__(self, text):
        """Return True if text holds the phrase."""
        if self.anchor is None:
            found = contains_sequence(phrase_forms(text), self.forms)
        else:
            found = any(self._holds_at(text, place.start()) for place in self.places.finditer(text))
        return found or holds_joined(text, self.forms)

    def _holds_at(self, text, start):
        """Tell whether the phrase is in text with its anchor word at `start`."""
        before, after = self.anchor, len(self.forms) - self.anchor - 1
        margin = MARGIN
        while True:
            left, right = _space_before(text, start - margin * (before + 1)), \
                _space_after(text, start + margin * (after + 1))
            tokens = list(TOKEN.finditer(text, left, right))
            here = bisect_left(tokens, start, key=re.Match.start)
            if here == len(tokens) or tokens[here].start() != start:
                return False  # the place is inside a longer word: not this stop word
            enough_before = here >= before or left == 0
            enough_after = len(tokens) - here - 1 >= after or right == len(text)
            if enough_before and enough_after:
                if here < before or len(tokens) - here - 1 < after:
                    return False  # the text ends first
                # word by word, the anchor's neighbours first: most places differ there
                words = tokens[here - before:here + after + 1]
                return all(phrase_form(words[n].group()) == self.forms[n] for n in self.order)
            margin *= 4


class SloppyMatcher:
    """A callable that tells whether a text holds the forms in order, with at most `slop`
    other words between them in all: Lucene's sloppy phrase (`"salud pública"~3`) kept in
    order, as Lucene's ordered SpanNear with that slop. Stop words count as words.

    >>> SloppyMatcher(phrase_forms("salud pública"), 2)("la salud de la población pública")
    False
    >>> SloppyMatcher(phrase_forms("salud pública"), 3)("la salud de la población pública")
    True
    """

    def __init__(self, forms, slop):
        self.forms = list(forms)
        self.slop = slop

    def __call__(self, text):
        """Return True if text holds the forms in order within the slop; a compound's
        joined form spans its parts (FormGraph), which are no words between."""
        graph = FormGraph(text)
        places = {}
        for at in range(len(graph.forms)):
            for form, last in graph.edges(at):
                places.setdefault(form, []).append((at, last))
        for _, end in places.get(self.forms[0], ()):
            between = 0
            for form in self.forms[1:]:  # the earliest next word: the shortest span
                after = places.get(form, ())  # in word order: a bisection, not a scan (a
                index = bisect_right(after, end, key=_first_word)  # paragraph of n repeats was n²)
                if index == len(after):
                    break
                place = after[index]
                between, end = between + place[0] - end - 1, place[1]
                if between > self.slop:
                    break
            else:
                return True
        return False


def _first_word(place):
    return place[0]


def _longest_stop_run(forms):
    """Return the range of the longest run of stop words written in letters only, or None."""
    best, start = None, None
    for index, form in enumerate(forms + [""]):
        if form.startswith(STOP_MARK) and form[1:].isalpha():
            start = index if start is None else start
            continue
        if start is not None and (best is None or index - start > len(best)):
            best = range(start, index)
        start = None
    return best


def _letters(word):
    """Return a regular expression for a folded word: each letter and those that fold to it."""
    return "".join(VARIANTS.get(letter, re.escape(letter)) for letter in word)


def _space_before(text, position):
    """Return the index just after the last whitespace at or before position (0 if none)."""
    end = min(len(text), position + 1)
    while end > 0:
        start = max(0, end - MARGIN * 4)
        spaces = list(SPACE.finditer(text, start, end))
        if spaces:
            return spaces[-1].start() + 1
        end = start
    return 0


def _space_after(text, position):
    """Return the index of the first whitespace at or after position (len(text) if none)."""
    if position >= len(text):
        return len(text)
    match = SPACE.search(text, position)
    return match.start() if match else len(text)
