"""Prefix search over words, not stems: `vacuna*` finds vacuna, vacunas, vacunación…

The index holds stems, and a stem is often shorter than the prefix typed
(`vacunación` is indexed as `vacun`), so expanding the prefix over the index's terms
finds too little. The record store's vocabulary holds every written word: the words that
begin with the prefix, accents folded, go through the field's analyzer, and their stems
are the terms to search. The index's own terms that begin with the prefix are added, for
what the vocabulary leaves out (words under three letters, numbers, title-only words).
bench/prefixes.py measures this against a second field of unstemmed words.

A prefix longer than a word's stem also finds the other words of that stem
(`vacunaci*` finds `vacuna`): the index can't tell them apart.
"""

from collections.abc import Callable, Iterable


def prefix_terms(reader, fieldname: str, prefix: str, vocabulary=None,
                 analyze: Callable[[str], Iterable[str]] | None = None,
                 limit: int = 3200) -> set[str]:
    """Return the index terms of the words that begin with prefix (folded, lower case).

    `vocabulary` is the index's Vocabulary (query/suggest.py), or None to use the index
    terms alone; `analyze(word)` gives a word's terms in fieldname. At most `limit`
    words are taken from each source, the most frequent first.
    """
    found = set()
    for term in reader.expand_prefix(fieldname, prefix):
        found.add(term.decode("utf-8") if isinstance(term, bytes) else term)
        if len(found) >= limit:
            break
    if vocabulary is not None and analyze is not None:
        for word in vocabulary.starting_with(prefix, limit):
            found.update(analyze(word))
    return found
