"""Does a text hold a phrase: its word forms in order, stop words included, found fast.

`phrase_forms` (words.py) turns a whole paragraph into forms, about a microsecond a
word; the candidates of a phrase of common words are often long paragraphs. A stop
word of the phrase is written one way (up to case and accents), so its places in the
text are found by a regular expression that ignores case and accents, and only a few
words around each place are turned into forms. The answer is the same as
comparing the whole paragraph's forms: the places found include every place where the
stop word is a word, and the words around a place are read from a cut before it
(token_cuts.py), where the text's own tokens begin.

The words around a place are read within a few characters of it, not to the nearest
whitespace: a 128,000-character list of values joined by commas has none, and each of its
4,000 places once read it whole (44 s CPU a candidate; fix16). Once the places have cost
LINE_WORK times the text's characters, the text is read whole instead, once: a check is
linear in the text's length, whatever its places.

A phrase that misses on the line is looked for along the text's graph of compounds
(phrase_graph.py): `"vacuna anticovid"` finds «vacuna anti-COVID».

>>> PhraseMatcher(phrase_forms("ministra de vivienda"))("La ministra de Vivienda habló.")
True
"""

import re
from bisect import bisect_right

from search.text.folding import FOLDED
from search.text.phrase_graph import FormGraph, holds_joined
from search.text.token_cuts import cut_before
from search.text.words import STOP_MARK, TOKEN, phrase_form, phrase_forms

MARGIN = 16  # characters read for each word wanted on a side of a place (more if need be)
LINE_WORK = 4  # characters read around places, times the text's, before it is read whole


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


class PhraseMatcher:
    """A callable that tells whether a text holds the phrase of the given forms, on its line
    of words or along its graph of compounds (phrase_graph.FormGraph).

    `form` makes a word's form: phrase_form (stemmed), or words.written_form for a phrase
    searched as written (in quotes).

    >>> from search.text.words import written_form
    >>> PhraseMatcher(["vacuno"], written_form)("Ayer se vacunó.")
    True
    >>> PhraseMatcher(["vacuno"], written_form)("Las vacunas llegaron.")
    False
    """

    def __init__(self, forms, form=phrase_form):
        self.forms = list(forms)
        self.form = form
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
            found = contains_sequence(self._forms(text), self.forms)
        else:
            found = self._on_line(text)
        return found or holds_joined(text, self.forms, self.form)

    def _forms(self, text):
        """Return the forms of every word of text, stop words included."""
        return phrase_forms(text) if self.form is phrase_form else [self.form(m.group()) for m in TOKEN.finditer(text)]

    def _on_line(self, text):
        """Tell whether the phrase is on text's line of words: read around each place of the
        anchor's run, or whole once those places have cost LINE_WORK times its characters."""
        allowance = LINE_WORK * len(text)
        for place in self.places.finditer(text):
            found, read = self._holds_at(text, place.start(), allowance)
            if found is None:
                return contains_sequence(self._forms(text), self.forms)
            if found:
                return True
            allowance -= read
        return False

    def _holds_at(self, text, start, allowance):
        """Return (whether the phrase is in text with its anchor word at `start`, the
        characters read to tell), or (None, read) once more than `allowance` were read.

        The words before the anchor are read from a cut (token_cuts.cut_before) between one
        and two times MARGIN characters a word before it, farther if need be; those after it,
        as far as they go.
        """
        before, after = self.anchor, len(self.forms) - self.anchor - 1
        margin, read = MARGIN, 0
        while read <= allowance:
            reach = margin * (before + 1)
            left = 0 if start <= reach else cut_before(text, start - reach, start - 2 * reach)
            margin *= 4
            read += reach
            if left is None:  # no cut there: read from farther back
                continue
            tokens, here, end = [], None, left
            for token in TOKEN.finditer(text, left):
                end = token.end()  # what TOKEN read, this token included (a long one too)
                if here is None and token.start() >= start:
                    if token.start() != start:
                        break  # the place is inside a longer word: not this stop word
                    here = len(tokens)
                tokens.append(token)
                if here is not None and len(tokens) - here - 1 >= after:
                    break
            read += end - left
            if here is None:
                return False, read  # inside a longer word
            if here < before and left > 0:
                continue  # too few words read before the anchor: from farther back
            if here < before or len(tokens) - here - 1 < after:
                return False, read  # the text begins or ends first
            # word by word, the anchor's neighbours first: most places differ there
            words = tokens[here - before:here + after + 1]
            return all(self.form(words[n].group()) == self.forms[n] for n in self.order), read
        return None, read


class SloppyMatcher:
    """A callable that tells whether a text holds the forms in order, with at most `slop`
    other words between them in all: Lucene's sloppy phrase (`"salud pública"~3`) kept in
    order, as Lucene's ordered SpanNear with that slop. Stop words count as words.

    >>> SloppyMatcher(phrase_forms("salud pública"), 2)("la salud de la población pública")
    False
    >>> SloppyMatcher(phrase_forms("salud pública"), 3)("la salud de la población pública")
    True
    """

    def __init__(self, forms, slop, form=phrase_form):
        self.forms = list(forms)
        self.slop = slop
        self.form = form  # as PhraseMatcher's

    def __call__(self, text):
        """Return True if text holds the forms in order within the slop; a compound's
        joined form spans its parts (FormGraph), which are no words between."""
        graph = FormGraph(text, self.form)
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
