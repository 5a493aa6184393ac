"""One person, one name across an archive: spellings of a speaker's name that are the same person.

Labels in real transcripts have typos (`ANDRÉS MANEL LÓPEZ OBRADOR`, `ANDRÉSMANUEL LÓPEZ OBRADOR`) and
leave out a name (`ERNESTO RAMÍREZ GONZÁLEZ` for `JOSÉ ERNESTO RAMÍREZ GONZÁLEZ`). Across the documents of
an archive, a rare name one or two edits from a frequent speaker's name, or the words of one longer
name in order, is that person. Two real people with close names are kept apart by the counts (a typo
is rare next to the name it mistypes) and by the documents themselves (two names that speak in one
paragraph are two people).

>>> person_keys({"andres manuel lopez obrador": 900, "andres manel lopez obrador": 4})
{'andres manel lopez obrador': 'andres manuel lopez obrador'}
"""

from collections.abc import Callable

from search.speakers.names import ordered_in, within_edits

TYPO_RATIO = 3  # a typo has at most a third of the paragraphs of the name it mistypes
FREQUENT = 10  # paragraphs: a name this frequent or more can be mistyped
SHORTEST = 12  # characters: shorter names are too close to one another to fix typos in


def _allowed_edits(key: str) -> int:
    return 0 if len(key) < SHORTEST else 1 if len(key) < 20 else 2


def _typo_of(key: str, counts: dict[str, int], by_word: dict[str, list[str]], joined: dict) -> str | None:
    """Return the frequent name that key mistypes, if exactly one fits."""
    limit = _allowed_edits(key)
    if not limit:
        return None
    glued = key.replace(" ", "")
    candidates = {other for word in key.split() for other in by_word.get(word, ())}
    found = [other for other in candidates if other != key and other not in joined and counts[other] >= FREQUENT
             and counts[other] >= TYPO_RATIO * counts[key]
             and (other.replace(" ", "") == glued or within_edits(key, other, limit))]
    return found[0] if len(found) == 1 else None


def _longer_of(key: str, by_word: dict[str, list[str]], joined: dict) -> str | None:
    """Return the one longer name whose words hold key's in order (`ernesto ramirez` in `jose ernesto ramirez`)."""
    words = key.split()
    if len(words) < 3:
        return None  # `ana gil` may be many people
    candidates = set(by_word.get(words[-1], ()))
    # a longer name that is itself another's spelling (`x ernesto ramirez`) leaves no doubt
    found = [other for other in candidates if other not in joined and len(other.split()) > len(words)
             and ordered_in(other.split(), words)]
    return found[0] if len(found) == 1 else None


def person_keys(counts: dict[str, int], apart: Callable[[str, str], bool] = lambda a, b: False) -> dict[str, str]:
    """Map the speaker keys that are another person's spelling to that person's key.

    counts: {speaker key: paragraphs}; apart(a, b) tells that the archive shows a and b are two people.
    Keys that stand for themselves are left out of the result.
    """
    by_word: dict[str, list[str]] = {}
    for key in counts:
        for word in set(key.split()):
            by_word.setdefault(word, []).append(key)
    parent: dict[str, str] = {}
    for key in sorted(counts, key=lambda k: (counts[k], k)):  # rarest first: variants join frequent names
        target = _typo_of(key, counts, by_word, parent) or _longer_of(key, by_word, parent)
        if target is not None and not apart(key, target):
            parent[key] = target
    result = {}
    for key in parent:
        root, seen = key, {key}
        while root in parent and parent[root] not in seen:
            root = parent[root]
            seen.add(root)
        result[key] = root
    return result
