"""People's names across an archive: people or generic labels, and the spellings of one person.

Beside folding (`speaker_key`), for every stage: the speakers package finds names when
documents are read; the store, filters and facets use these to show one name per person and to
keep people apart from generic labels and roles.

>>> is_person("Pregunta"), is_person("Ministra de Hacienda"), is_person("Ana Gil")
(False, False, True)
>>> person_keys({"andres manuel lopez obrador": 900, "andres manel lopez obrador": 4})
{'andres manel lopez obrador': 'andres manuel lopez obrador'}
"""

from collections.abc import Callable
from importlib import resources

from search.text.folding import fold_name

# Generic speakers of transcripts: reporters, moderators, voice-overs (search.speakers.labels finds them).
GENERIC_SPEAKERS = frozenset({"Pregunta", "Interlocutor", "Moderador", "Reportero", "Voz", "Intervención",
                              "Participante"})
TITLES = frozenset(
    "presidente presidenta doctor doctora dr dra lic licenciado licenciada senor senora ing maestro maestra".split())
ROLE_WORDS = frozenset(
    "director directora secretario secretaria subsecretario subsecretaria titular representante gobernador "
    "gobernadora jefe jefa coordinador coordinadora comisionado comisionada asesor asesora presidente presidenta "
    "ministro ministra vicepresidente vicepresidenta diputado diputada senador senadora canciller portavoz".split()
)
GIVEN_NAMES = frozenset(
    line.strip() for line in resources.files(__package__).joinpath("given_names.txt").read_text(encoding="utf-8")
    .splitlines() if line.strip() and not line.startswith("#"))
FOLDED_GIVEN_NAMES = frozenset(fold_name(name) for name in GIVEN_NAMES)


def is_given_name(word: str) -> bool:
    """Tell whether a word is a common first name, or starts with one (`Tomás`, `TOMAS`, `Marie-Agnès`)."""
    folded = fold_name(word).strip(".")
    return folded in FOLDED_GIVEN_NAMES or folded.split("-")[0] in FOLDED_GIVEN_NAMES


def is_person(name: str) -> bool:
    """Tell whether a speaker's name names a person: not a generic label, a letter or a role alone (`Presidente`)."""
    words = [fold_name(word).strip(".") for word in name.split()]
    if name in GENERIC_SPEAKERS or len(name.strip(". ")) < 2:
        return False
    # `Presidente`, `Ministra de Hacienda`, `Señor Presidente`: a role with no given name after it
    return not (words[0] in TITLES or words[0] in ROLE_WORDS) or any(map(is_given_name, words[1:]))


def ordered_in(longer: list[str], shorter: list[str]) -> bool:
    """Tell whether shorter is an ordered subsequence of longer."""
    position = 0
    for token in longer:
        if position < len(shorter) and token == shorter[position]:
            position += 1
    return position == len(shorter)


def within_edits(a: str, b: str, limit: int) -> bool:
    """Tell whether a and b are at most limit insertions, deletions or substitutions apart."""
    if abs(len(a) - len(b)) > limit:
        return False
    previous = list(range(len(b) + 1))
    for i, char in enumerate(a, 1):
        current = [i] + [0] * len(b)
        for j, other in enumerate(b, 1):
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (char != other))
        if min(current) > limit:
            return False
        previous = current
    return previous[-1] <= limit


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
