"""A text's words as a graph of forms, where its compounds are: a phrase through a joined word.

A text's compounds make it a graph of forms, not a line: `anti-COVID` is `anti covid`
and, over the same two words, `anticovid` (words.compound_spans). A phrase that misses
on the line is looked for on the graph (FormGraph) when the text has a compound whose
joined form the phrase holds, so `"vacuna anticovid"` finds «vacuna anti-COVID», as
Lucene's phrase queries over a WordDelimiterGraphFilter's token graph do.

>>> holds_joined("La vacuna anti-COVID llegó.", phrase_forms("vacuna anticovid llegó"))
True
"""

from functools import cached_property

from search.text.compound_runs import COMPOUND, may_join
from search.text.patterns import LazyPattern
from search.text.words import TOKEN, catenated, compound_spans, may_hold_compound, phrase_form, phrase_forms  # noqa: F401

LONG_TEXT = 20_000  # a longer text is walked as a graph only around its compounds (holds_joined)
WORD_REACH = 120  # characters a phrase may reach from a compound, a word of it
SPACE_CHUNK = 1024  # characters searched for whitespace at a time, backwards
SPACE = LazyPattern(r"\s")


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
        forms, head = self.forms, wanted[0]
        for first in range(len(forms)):
            if forms[first] != head and all(form != head for form, _ in self.joined.get(first, ())):
                continue  # no way on from here begins the phrase: most words, passed over at once
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
    graph of a whole 900,000-character paragraph was 0.28 s a candidate. The windows do not
    overlap, so a text is read as a graph once at most, whatever its compounds.
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
    compound whose joined form is one of forms, merged where they meet: a phrase through a
    compound's joined word is in one of them, whichever compound it goes through (no count
    bounds them: together they are no longer than the text)."""
    wanted, reach = set(forms), WORD_REACH * len(forms)
    places = ((compound.start() - reach, compound.end() + reach) for compound in COMPOUND.finditer(text)
              if any(phrase_form(joined) in wanted for _, _, joined in catenated(compound.group())))
    for low, high in spaced_windows(text, places):
        yield text[low:high]


def spaced_windows(text, places):
    """Yield (low, high): the windows (low, high) of `places` (character offsets, lows in
    increasing order) widened to whitespace (low just after one, high at one or the text's
    end), so that no word is cut, and merged where they meet.

    Each stretch of text is searched for whitespace once, whatever the windows, and the
    windows yielded do not overlap, so that together they are no longer than the text: a
    text whose words no space parts for long stretches (a list of values joined by commas)
    once made every window the whole stretch, a graph of it for each (37 s for a
    320,000-character paragraph; review25). So no count of windows bounds them: a bound by
    count (the first 256) missed a phrase through a compound written farther on (fix16).
    """
    low, high = None, None
    for start, end in places:
        if high is not None and start <= high:  # meets the window being widened
            if end > high:
                high = space_after(text, min(len(text), end))
            continue
        if high is not None:
            yield low, high
        low = _space_back(text, start, 0 if high is None else high)
        high = space_after(text, min(len(text), max(end, low)))
    if high is not None:
        yield low, high


def _space_back(text, position, floor):
    """Return the index just after the last whitespace of text[floor:position], floor if none."""
    end = min(len(text), position)
    while end > floor:
        start = max(floor, end - SPACE_CHUNK)
        spaces = list(SPACE.finditer(text, start, end))
        if spaces:
            return spaces[-1].start() + 1
        end = start
    return max(floor, 0)


def space_after(text, position):
    """Return the index of the first whitespace at or after position (len(text) if none)."""
    if position >= len(text):
        return len(text)
    match = SPACE.search(text, position)
    return match.start() if match else len(text)
