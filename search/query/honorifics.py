"""Titles before a name, abbreviated or whole: `Dr. Alcocer` finds `doctor Alcocer`, and back.

The written press abbreviates the titles it puts before a name (`el Dr. Alcocer`, `la Sra.
Pérez`, `el Lic. Robledo`) that transcripts spell out (`el doctor Alcocer`): a word typed
in one form also searches the other, as a synonym filter (Elasticsearch's
`synonym_graph` with `dr, doctor`) does, but at query time, so no index is rebuilt. Only
titles whose abbreviation means nothing else; the pairs from the RAE's list of
abbreviations (Diccionario panhispánico de dudas, apéndice 2,
https://www.rae.es/dpd/apendices/apendice2).

>>> other_forms("Dr."), other_forms("doctora"), other_forms("vacuna")
(['doctor'], ['dra'], [])

A speaker filter reads a title, a role or an article before a name as no part of it
(without_titles): `orador:"el Dr. López-Gatell"` is `orador:"López-Gatell"` when no speaker's
name holds the whole text (query/speakers.py decides).
"""

from functools import cache

from search.query.speaker_lexicon import name_words
from search.text.folding import fold

PAIRS = (
    ("dr", "doctor"), ("dra", "doctora"),
    ("sr", "señor"), ("sra", "señora"), ("srta", "señorita"),
    ("lic", "licenciado"), ("lcda", "licenciada"),
    ("ing", "ingeniero"),
    ("mtro", "maestro"), ("mtra", "maestra"),
    ("prof", "profesor"), ("profa", "profesora"),
    ("gral", "general"),
    ("pdte", "presidente"), ("pdta", "presidenta"),
)
FORMS = {fold(short): [whole] for short, whole in PAIRS} | {fold(whole): [short] for short, whole in PAIRS}


def other_forms(word):
    """Return the other written forms of a title (`Dr.`: `doctor`; `doctor`: `dr`), else []."""
    return list(FORMS.get(fold(word.lower().rstrip(".")), []))


ARTICLES = ("el", "la", "los", "las")


@cache
def leading_titles():
    """Return the words written before a name that are no part of it, folded as name_words folds:
    titles, whole or abbreviated (PAIRS, names.TITLES), roles (names.ROLE_WORDS), the courtesy
    `don`/`doña`. Imported when first asked: a search without a speaker filter never needs
    search.text.names (tests/cli/test_cli.py)."""
    from search.text.names import ROLE_WORDS, TITLES
    return frozenset(folded for word in (*TITLES, *ROLE_WORDS, *(word for pair in PAIRS for word in pair),
                                         "don", "doña", "dña")
                     for folded in name_words(word))


def without_titles(text):
    """Return text less the articles, then the titles and roles (leading_titles), before its
    name, quoted as text was; None when it opens with none, or has no name after them but
    is a role alone after its article (`el subsecretario`: `subsecretario`).

    >>> without_titles('"el Dr. López-Gatell"'), without_titles("la Sra. Pérez"), without_titles("el subsecretario")
    ('"López-Gatell"', 'Pérez', 'subsecretario')
    >>> without_titles("doctor"), without_titles("López-Gatell")
    (None, None)
    """
    words = text.strip().strip('"').split()
    articles = _leading(words, ARTICLES)
    titles = articles + _leading(words[articles:], leading_titles())
    start = titles if titles < len(words) else articles
    if not start or start == len(words):
        return None
    rest = " ".join(words[start:])
    quoted = len(text.strip()) > 1 and text.strip().startswith('"') and text.strip().endswith('"')
    return f'"{rest}"' if quoted else rest


def _leading(words, kept):
    """Return how many of the first words are, each of them, words of kept (folded as name_words)."""
    count = 0
    while count < len(words) and (marks := name_words(words[count])) and all(word in kept for word in marks):
        count += 1
    return count
