"""Lexicons written as one string of words, the way Snowball's stop list and the speakers' lexicons keep them, and
the word lists shipped as files beside their modules (stop words, given names, common words)."""

from pathlib import Path


def word_set(text: str) -> frozenset[str]:
    """Return the words of text, split at whitespace, as a frozenset.

    >>> sorted(word_set("dijo  afirmó\\n  señaló"))
    ['afirmó', 'dijo', 'señaló']
    """
    return frozenset(text.split())


def listed_words(path: Path) -> list[str]:
    """Return the lines of a UTF-8 word list, stripped, less blank lines and `#` comments.

    The lists are read beside their modules with pathlib, not importlib.resources (words._load_stopwords says why).
    Raises OSError if the file is missing: the package ships it.
    """
    return [line.strip() for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")]
