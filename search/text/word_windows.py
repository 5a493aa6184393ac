"""Windows of a long text around places, holding a given number of words on each side.

A phrase through a compound of a long paragraph (phrase_graph.compound_windows), or through
the places of its rarest word (retrieval/long_spans.py), is looked for in pieces of the text
around those places, not along all of it. A piece must give the text's own tokens and
compounds, and hold as many of them on each side of its place as the phrase has words:

- Its edges are at whitespace that no token holds (EDGE): not the space of an acronym
  written with spaces (`EE. UU.`), which a window cut at any whitespace read as `UU`, so
  that `"uu anticovid"` matched and `"eeuu anticovid"` missed (review26a). No compound
  holds whitespace.
- It is widened by words, not by characters: a neighbour 300 spaces or dashes away is
  still the next word, and a window of 120 characters a word missed it (review26a). A
  word is a token, or a compound's tokens (`anti-COVID`, `COVID-19-2`): a phrase's form is
  one word or a compound's joined one, so a piece holding as many words as the phrase has
  forms on each side of its place holds the phrase, if the text does there.

Windows that meet are merged, and each stretch of text is read a bounded number of times
(reading back grows fourfold; tokens are read on once a window), so that all the windows of
a text cost what reading it does, whatever its places.

>>> text = "La vacuna" + " " * 300 + "anti-COVID llegó ayer al puerto de la ciudad."
>>> [text[low:high].split() for low, high in word_windows(text, [(310, 320)], 2)]
[['La', 'vacuna', 'anti-COVID', 'llegó', 'ayer']]
"""

from collections import deque
from itertools import islice

from search.text.patterns import LazyPattern, last_match
from search.text.words import COMPOUND_MARKS, TOKEN

# Whitespace that no token holds: any but a space or no-break space, which the acronyms
# written with spaces hold after their dots (words.SPACED_ACRONYM).
EDGE = LazyPattern(r"(?![ \u00a0])\s|(?<!\.)[ \u00a0]")
WORD_GUESS = 16  # characters a word takes, at first guess, reading back for words
CHUNK = 1024  # characters searched for an edge at a time, backwards


def word_windows(text, places, words):
    """Yield (low, high), offsets of text, of windows holding each of `places` ((start, end)
    offsets, starts in increasing order; clipped to the text) and at least `words` tokens
    before and after it (fewer where the text ends), cut at EDGEs, merged where they meet:
    in increasing order, never overlapping."""
    low = high = None
    for start, end in places:
        start, end = max(0, min(start, len(text))), max(0, min(end, len(text)))
        if high is None or start > high:
            floor = 0 if high is None else high
            begin = _words_back(text, start, words, floor)
            if high is None or begin > floor:  # else it meets the window before: merged
                if high is not None:
                    yield low, high
                low, high, tokens, starts = begin, begin, TOKEN.finditer(text, begin), deque(maxlen=words)
        high = max(high, _words_on(text, tokens, starts, end, words, high))
    if high is not None:
        yield low, high


def _words_back(text, start, words, floor):
    """Return an offset just after an EDGE, or floor, with `words` tokens between it and start
    (floor if too few): read back fourfold further each time, never past floor."""
    reach = WORD_GUESS * words
    while True:
        begin = _edge_before(text, start - reach, floor)
        if begin <= floor or len(list(islice(_word_starts(text, begin, start), words))) >= words:
            return begin
        reach *= 4


def _word_starts(text, begin, end):
    """Yield the start of each word of text[begin:end] (begin after an EDGE): of each token
    but those a compound mark joins to the one before (counted with it, as part of a compound)."""
    for token in TOKEN.finditer(text, begin, end):
        if not _joined(text, token.start()):
            yield token.start()


def _joined(text, start):
    """Tell whether the token at start may be a compound's part after its first."""
    return start > 0 and text[start - 1] in COMPOUND_MARKS


def _words_on(text, tokens, starts, end, words, high):
    """Return the EDGE after the `words`-th word of the window that starts at or after end
    (len(text) if the text ends first), reading on `tokens`, the window's iterator of TOKEN
    (`starts`: the last `words` word starts read from it); high if those were read already."""
    count = sum(1 for start in starts if start >= end)
    if count >= words:
        return high
    for token in tokens:
        if _joined(text, token.start()):
            continue
        starts.append(token.start())
        if token.start() >= end:
            count += 1
            if count >= words:
                if token.end() <= high:  # the first EDGE after it is high: not searched again
                    return high
                match = EDGE.search(text, token.end())
                return match.start() if match else len(text)
    return len(text)


def _edge_before(text, position, floor):
    """Return the offset just after the last EDGE of text[floor:position], floor if none."""
    match = last_match(EDGE, text, floor, position, CHUNK)
    return floor if match is None else match.start() + 1
