"""Lexicons written as one string of words, the way Snowball's stop list and the speakers' lexicons keep them."""


def word_set(text: str) -> frozenset[str]:
    """Return the words of text, split at whitespace, as a frozenset.

    >>> sorted(word_set("dijo  afirmó\\n  señaló"))
    ['afirmó', 'dijo', 'señaló']
    """
    return frozenset(text.split())
