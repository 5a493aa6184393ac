"""A text too long to show at once, cut into pieces: where the cuts fall, and which piece
holds an offset. The document page shows a huge paragraph a piece at a time
(search.retrieval.document_parts), and a hit links to the piece that holds its match; the
search path needs only this, not the document reader.
"""

import unicodedata

from search.settings import DOC_PAGE_CHARS

SPACE_REACH = 2_000  # how far back from a piece's bound a space is looked for


def piece_bounds(text, chars):
    """Return the (start, end) offsets of the pieces of text, each at most `chars` long.

    A piece ends after the last space of its final SPACE_REACH characters, else at the
    bound, moved back off a combining mark so no letter loses its accent.

    >>> piece_bounds("uno dos tres cuatro", 8)
    [(0, 8), (8, 13), (13, 19)]
    >>> piece_bounds("abcdefghij", 4)
    [(0, 4), (4, 8), (8, 10)]
    """
    bounds, start = [], 0
    while len(text) - start > chars:
        end = start + chars
        space = text.rfind(" ", max(start + 1, end - SPACE_REACH), end)
        if space != -1:
            end = space + 1
        else:
            while end - 1 > start and unicodedata.combining(text[end]):
                end -= 1
        bounds.append((start, end))
        start = end
    bounds.append((start, len(text)))
    return bounds


def piece_of(text, place, chars=DOC_PAGE_CHARS):
    """Return the piece (1-based) of text that search.retrieval.document_parts shows offset `place` in, or 0
    for a text short enough to be shown whole: where a hit's link opens a huge paragraph.

    >>> piece_of("uno dos tres cuatro", 14, 8), piece_of("uno dos tres cuatro", 3, 8), piece_of("corto", 2, 8)
    (3, 1, 0)
    """
    if len(text) <= chars:
        return 0
    bounds = piece_bounds(text, chars)
    return next((number for number, (_, end) in enumerate(bounds, 1) if place < end), len(bounds))
