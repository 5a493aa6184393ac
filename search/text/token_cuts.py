"""Where a text's tokens may be read from without reading the text from its start.

TOKEN (words.py) read from an offset inside a token gives other tokens than the text's: from
the `500` of `1.500’EE. UU.` it reads `500’EE` and `UU`, where the text has `1.500` and `EE.
UU.`, and such a misreading can run on for several tokens. A **cut** is an offset whose
character before no token can hold there, so no token spans it, and TOKEN read from it gives
the text's own tokens from there on (TOKEN looks ahead, never behind). No token holds:

- a character other than a word character, `.`, `,`, an apostrophe, a space or a no-break space;
- a space or a no-break space that no `.` precedes (the one token with a space is an acronym
  written with spaces, `EE. UU.`: the space after a dot);
- a `,` without a digit on both sides (only a number holds one, `2,5`);
- a `.` that no letter or digit precedes (a number's, `1.500`, or an acronym's, `S.A.`);
- an apostrophe without a word character on both sides (`O'Donnell`).

So a phrase is checked around a place reading a few words from a cut before it, not from the
text's start nor from a space, which a text may lack for 100,000 characters (a list of values
joined by commas).

>>> text = "1.500’EE. UU. y la"
>>> cut_before(text, 10, 0), [token.group() for token in TOKEN.finditer(text, cut_before(text, 10, 0))]
(0, ['1.500', 'EE. UU.', 'y', 'la'])
>>> cut_before(text, 15, 0), cut_before(text, 16, 0), cut_before(text, 15, 5)
(0, 16, None)
"""

from search.text.patterns import LazyPattern, last_match
from search.text.words import TOKEN  # noqa: F401 (the doctest reads with it)

# The character before a cut (see the module's docstring), matched at its own offset.
CUT_CHAR = LazyPattern(r"[^\w.,'’ \u00a0]|(?<!\.)[ \u00a0]|(?<!\d),|,(?!\d)|(?<![^\W_])\.|(?<!\w)['’]|['’](?!\w)")
CHUNK = 1024  # characters searched for a cut at a time, backwards


def is_cut(text, position):
    """Tell whether TOKEN read from `position` of text gives the text's own tokens (a cut)."""
    return position <= 0 or position >= len(text) or \
        CUT_CHAR.match(text, position - 1, position + 1) is not None


def cut_before(text, position, floor):
    """Return the last cut of text at or before `position` and not before `floor` (offsets,
    clipped to the text), or None if there is none: characters read, position - floor at most.

    The text's start is a cut: with floor 0 the answer is never None.
    """
    floor, end = max(0, floor), min(len(text), position)
    if end == len(text) >= floor:
        return end  # no token after the text's end
    if end < floor:
        return None
    # The characters text[floor - 1:end], each before a cut at floor..end; one more character
    # lets the look-ahead of `,(?!\d)` see the one after the last of them.
    match = last_match(CUT_CHAR, text, floor - 1, end, CHUNK, ahead=1)
    if match is not None:
        return match.start() + 1
    return 0 if floor == 0 else None
