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
from search.text.word_windows import word_windows
from search.text.words import TOKEN, catenated, compound_spans, may_hold_compound, phrase_form, phrase_forms  # noqa: F401

LONG_TEXT = 20_000  # a longer text is walked as a graph only around its compounds (holds_joined)


class FormGraph:
    """A text's words as a graph of forms: each word's phrase form from it to the next, and
    each compound's joined form from its first part to the word after its last.

    `forms[n]` is the n-th word's form and `joined[n]` the (form, last word) of the
    compounds that start at word n; `tokens[n]` its match in the text.
    """

    def __init__(self, text, form=phrase_form):
        """`form` makes a word's form, a compound's joined word's too: phrase_form, or
        words.written_form for a phrase searched as written."""
        self.tokens = list(TOKEN.finditer(text))
        self.form = form
        self.joined = {}
        for first, last, joined in compound_spans(text, self.tokens, form):
            self.joined.setdefault(first, []).append((joined, last))

    @cached_property
    def forms(self):
        """The words' phrase forms (made when first read: a text whose compounds the
        phrase does not hold needs none)."""
        return [self.form(match.group()) for match in self.tokens]

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


def holds_joined(text, forms, form=phrase_form):
    """Tell whether text holds the forms along its graph of compounds (FormGraph), when a
    compound's joined form is one of them; False without one (the line alone was checked).

    A text longer than LONG_TEXT is read only around such compounds (compound_windows): a
    graph of a whole 900,000-character paragraph was 0.28 s a candidate. The windows do not
    overlap, so a text is read as a graph once at most, whatever its compounds.
    """
    if not may_hold_compound(text) or not may_join(text, forms):
        return False
    pieces = compound_windows(text, forms, form) if len(text) > LONG_TEXT else (text,)
    for piece in pieces:
        graph = FormGraph(piece, form)
        if graph.joined_forms() & set(forms) and next(graph.places(forms), None) is not None:
            return True
    return False


def compound_windows(text, forms, form=phrase_form):
    """Yield the pieces of text around each compound whose joined form is one of forms, with
    as many words on each side as forms has, merged where they meet (word_windows): a phrase
    through a compound's joined word is in one of them, whichever compound it goes through
    (no count bounds them: together they are no longer than the text; a bound by count, the
    first 256, missed a phrase through a compound written farther on, fix16)."""
    wanted = set(forms)
    places = ((compound.start(), compound.end()) for compound in COMPOUND.finditer(text)
              if any(form(joined) in wanted for _, _, joined in catenated(compound.group())))
    for low, high in word_windows(text, places, len(forms)):
        yield text[low:high]
