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
from functools import lru_cache

from search.text.folding import fold_name
from search.text.generic_labels import GENERIC_SPEAKERS as GENERIC_SPEAKERS  # re-exported: readers find it here
from search.text.given_names import GIVEN_NAMES as GIVEN_NAMES  # re-exported: where readers have found them
from search.text.given_names import first_given_name as first_given_name
from search.text.given_names import is_given_name as is_given_name
from search.text.name_index import NameIndex
from search.text.name_match import FREQUENT as FREQUENT  # re-exported with the matching: where readers find them
from search.text.name_match import TYPO_RATIO
from search.text.name_match import fuzzy_in as fuzzy_in
from search.text.name_match import ordered_in as ordered_in
from search.text.name_match import within_edits as within_edits
from search.text.short_forms import longer_of

TITLES = frozenset(
    "presidente presidenta doctor doctora dr dra lic licenciado licenciada senor senora ing maestro maestra".split())
ROLE_WORDS = frozenset(
    "director directora secretario secretaria subsecretario subsecretaria titular representante gobernador "
    "gobernadora jefe jefa coordinador coordinadora comisionado comisionada asesor asesora presidente presidenta "
    "ministro ministra vicepresidente vicepresidenta diputado diputada senador senadora canciller portavoz".split()
)


# A family tie, folded: `Padre de Nicolás Zepeda`, `Madre de…`, `Hijo del…`, `Esposa de…` says whose relative
# speaks, a role as `Ministra de Hacienda` is, not their name (`Padre Pío`, `Madre Teresa`, with no `de`, are).
KIN_NOUNS = frozenset(
    "padre madre padres hijo hija hijos hijas esposo esposa marido mujer viudo viuda hermano hermana hermanos "
    "hermanas abuelo abuela nieto nieta tio tia primo prima sobrino sobrina suegro suegra cunado cunada yerno "
    "nuera novio novia pareja familia familiares".split())
KIN_JOINING = frozenset({"de", "del"})
# What a transcript's label calls whoever speaks in a part of the event, folded (`ENTREVISTADOR:`, `LOCUTORA:`,
# `TODOS:`): no one's name, though not one of the generic labels either (search.text.generic_labels), which the
# labels' reading keeps to the words it turns into one (`Periodista` is Reportero).
PART_WORDS = frozenset(
    "entrevistador entrevistadora entrevistado entrevistada locutor locutora conductor conductora presentador "
    "presentadora narrador narradora traductor traductora interprete ponente orador oradora invitado invitada "
    "anfitrion anfitriona audiencia todos varios".split())


def is_person(name: str) -> bool:
    """Tell whether a speaker's name names a person: not a generic label, a letter, a role alone (`Presidente`,
    a part in the event: `Locutora`, PART_WORDS) nor a family tie (`Padre de Nicolás Zepeda`: KIN_NOUNS)."""
    words = [fold_name(word).strip(".") for word in name.split()]
    if name in GENERIC_SPEAKERS or len(name.strip(". ")) < 2:
        return False
    if len(words) > 2 and words[0] in KIN_NOUNS and words[1] in KIN_JOINING:
        return False
    # `Presidente`, `Ministra de Hacienda`, `Señor Presidente`, `Locutor`: a role with no given name after it
    return not (words[0] in TITLES or words[0] in ROLE_WORDS or words[0] in PART_WORDS) \
        or any(map(is_given_name, words[1:]))


def shown_spelling(found: dict[str, int]) -> str:
    """Return the spelling that names a person among the spellings of one speaker key, {name: times written}.

    Among the spellings written at least a quarter as often as the most frequent one: the one with most
    accents (ñ counts), then not in capitals, then the most frequent, then the longest. Accents usually mark
    the careful spelling (`López` over `Lopez`), but a rare typo (`Reyés` once against `Reyes` 27 times)
    must not name the person. Ties keep the first met.

    >>> shown_spelling({"Gustavo Reyes Terán": 27, "Gustavo Reyés Terán": 1})
    'Gustavo Reyes Terán'
    >>> shown_spelling({"Hugo Lopez": 5, "Hugo López": 3})
    'Hugo López'
    """
    most = max(found.values())
    return max((name for name, count in found.items() if 4 * count >= most),
               key=lambda name: (sum(not ch.isascii() for ch in name), not name.isupper(), found[name], len(name)))


NAME_PART_WORDS = 3  # words at most of each side of an inverted name (`García Cepeda, Ana María`)


def written_order(name: str) -> str:
    """Return a name a catalogue inverts (`Surname, Given`) in the order a text writes it: `Aguilera, Ximena`
    is `Ximena Aguilera`, the one speaker a feed also writes so. Only when the words after the one comma open
    with a given name and those before it do not (search.text.given_names): `Ana Gil, directora`, `Ana, Luis`
    and `Martín, Lucas` (either may be the surname) stay as written.

    >>> written_order("O'Brien, Patrick"), written_order("García Cepeda, Ana María"), written_order("Ana, Luis")
    ("Patrick O'Brien", 'Ana María García Cepeda', 'Ana, Luis')
    """
    if name.count(",") != 1:
        return name
    surname, given = (part.split() for part in name.split(","))
    if not (0 < len(surname) <= NAME_PART_WORDS and 0 < len(given) <= NAME_PART_WORDS):
        return name
    if not is_given_name(fold_name(given[0])) or is_given_name(fold_name(surname[0])):
        return name
    return " ".join(given + surname)


SHORTEST = 12  # characters: shorter names are too close to one another to fix typos in
ATTESTED = 3  # names: a word borne by this many is a real one (`hernandez`), not a typo


def _allowed_edits(key: str) -> int:
    return 0 if len(key) < SHORTEST else 1 if len(key) < 20 else 2


def _typo_of(key: str, counts: dict[str, int], index: NameIndex, joined: dict) -> str | None:
    """Return the frequent name that key mistypes: the only one that fits, or one far more frequent than the others
    (`alejandra frasto guerrero` is `alejandra frausto guerrero`, 64, not its own typo `alejadra…`, 22)."""
    limit = _allowed_edits(key)
    if not limit:
        return None
    glued, words = key.replace(" ", ""), set(key.split())
    found = [other for other in index.near(key, limit) if other != key and other not in joined
             and counts[other] >= TYPO_RATIO * counts[key] and not words.isdisjoint(other.split())
             and not _real_word_apart(key, other, index.by_word)
             and (other.replace(" ", "") == glued or within_edits(key, other, limit))]
    found.sort(key=lambda other: -counts[other])
    if len(found) == 1 or len(found) > 1 and counts[found[0]] >= TYPO_RATIO * counts[found[1]]:
        return found[0]
    return None


def _real_word_apart(key: str, other: str, by_word: dict[str, list[str]]) -> bool:
    """Tell whether the word where key differs from other is one several names of the archive bear: a real
    surname (`alberto hernandez` beside `alberto fernandez`), not a typo."""
    words, others = key.split(), other.split()
    return len(words) == len(others) and any(
        word != known and len(by_word.get(word, ())) >= ATTESTED for word, known in zip(words, others))


def _reordered(key: str, counts: dict[str, int], index: NameIndex, joined: dict) -> str | None:
    """Return the more frequent name with the same three words or more in another order (`oropeza octavio
    romero` for `octavio romero oropeza`)."""
    words = sorted(key.split())
    if len(words) < 3:
        return None
    found = [other for other in index.reordered(words) if other != key and other not in joined
             and counts[other] >= counts[key]]
    return max(found, key=lambda other: counts[other]) if found else None


def _mistyped_word(key: str, counts: dict[str, int], index: NameIndex, joined: dict) -> str | None:
    """Return the name that key mistypes in one word found in no other name of the archive, the right word being
    in several (`diego prieto hernadez`, 126 times, for `diego prieto hernandez`, 136), whatever their counts:
    two real people are not told apart by a word no one else bears."""
    words, by_word = key.split(), index.by_word
    if len(words) < 2:
        return None
    for position, word in enumerate(words):
        if len(word) < 6 or len(by_word.get(word, ())) != 1:
            continue
        found = [other for other in index.one_word_off(words, position)
                 if other != key and other not in joined and counts[other] >= counts[key]
                 and _one_word_off(other.split(), words, position)]
        if len(found) == 1 and len(by_word.get(found[0].split()[position], ())) >= ATTESTED:
            return found[0]
    return None


def _one_word_off(other: list[str], words: list[str], position: int) -> bool:
    return all(a == b for i, (a, b) in enumerate(zip(other, words)) if i != position) \
        and within_edits(other[position], words[position], 1)


@lru_cache(maxsize=65536)
def _role_word(word: str) -> bool:
    """Tell whether a folded word is a title or role word, as written or mistyped in a long word (`presdidente`)."""
    return word in TITLES or word in ROLE_WORDS or len(word) >= 7 and any(
        within_edits(word, role, 2 if len(role) > 8 else 1) for role in ROLE_WORDS)


def _without_role_words(words: list[str]) -> list[str]:
    """Drop the title and role words of a name (_role_word)."""
    return [word for word in words if not _role_word(word)]


def close_names(a: str, b: str) -> bool:
    """Tell whether two speaker keys may spell one person, role words aside (`presdidente andres manuel…`):
    the same once glued (`andresmanuel lopez obrador`), one word two letters off or less (`claudia
    sheiunbaum pardo`), or the words of one in the other's, in order, each the same or one letter off
    (`ernesto ramiirez gonzalez` in `jose ernesto ramirez gonzalez`). Close is not the same: the counts
    and the documents decide (person_keys)."""
    if a.replace(" ", "") == b.replace(" ", ""):
        return True
    x, y = _without_role_words(a.split()), _without_role_words(b.split())
    if len(x) < 2 or len(y) < 2:
        return False
    if len(x) == len(y):
        off = [(p, q) for p, q in zip(x, y) if p != q]
        return len(off) <= 1 and all(len(p) >= 4 and within_edits(p, q, 2) for p, q in off)
    shorter, longer = sorted((x, y), key=len)
    return fuzzy_in(longer, shorter)


def _other_given_name(a: str, b: str) -> bool:
    """Tell whether two names of as many words open with different given names (`jose ernesto…`, `jorge
    ernesto…`): two people, unless the documents say otherwise."""
    x, y = a.split(), b.split()
    return len(x) == len(y) and x[0] != y[0] and is_given_name(x[0]) and is_given_name(y[0])


def _typo_spelled(key: str, index: NameIndex) -> bool:
    """Tell whether a word of key is in no other name while a close word is in several (`ramiirez`, with
    `ramirez` in many names): the spelling is a typo, and ranks below the others that the documents join it
    with, so that it doesn't name the person."""
    by_word = index.by_word
    for word in key.split():
        if len(word) < 5 or len(by_word.get(word, ())) != 1:
            continue
        limit = 2 if len(word) >= 8 else 1
        if any(other != word and within_edits(word, other, limit)
               and index.together(other, [k for k in key.split() if k != word])
               for other in index.attested_near(word)):
            return True
    return False


def _same_person(key: str, index: NameIndex, joined: dict, same: Callable, rank: Callable) -> str | None:
    """Return the close name that the documents say is key's person (Evidence.same), whatever the counts:
    the best ranked of them (no typo, most words, most paragraphs), when it ranks above key."""
    words = set(key.split())
    found = [other for other in index.close(key) if other != key and other not in joined
             and not words.isdisjoint(other.split())
             and same(key, other) and close_names(key, other) and rank(other) > rank(key)]
    return max(found, key=rank) if found else None


def _role_worded(key: str, counts: dict[str, int], index: NameIndex, joined: dict) -> str | None:
    """Return the name that key is with a role word inside it (`presdidente andres manuel lopez obrador`):
    the same words without it, spoken at least as often."""
    words = key.split()
    bare = _without_role_words(words)
    if len(bare) < 2 or len(bare) == len(words):
        return None
    found = [other for other in index.spelled(bare) if other != key and other not in joined
             and counts[other] >= counts[key]]
    return found[0] if found else None


def person_keys(counts: dict[str, int], apart: Callable[[str, str], bool] = lambda a, b: False,
                same: Callable[[str, str], bool] = lambda a, b: False,
                one_document: Callable[[str, str], bool] = lambda a, b: False) -> dict[str, str]:
    """Map the speaker keys that are another person's spelling to that person's key.

    counts: {speaker key: paragraphs}; apart(a, b) tells that the archive shows a and b are two people,
    same(a, b) that it shows they are one (search.text.roles.Evidence), one_document(a, b) that a document
    gives both as two speakers. Close names the documents call one person join first, whatever their counts;
    then typos join far more frequent names by the counts alone, unless the names open with different given
    names (`José…`, `Jorge…`); then short forms join the longer name they stand for (search.text.short_forms:
    `claudia sheinbaum` and `claudia sheinbaum pardo`, `lopez gatell` and `hugo lopez gatell ramirez`). Keys
    that stand for themselves are left out of the result.
    """
    index = NameIndex(counts, [key for key, count in counts.items() if count >= FREQUENT], _without_role_words)
    typos: dict[str, bool] = {}

    def rank(key):
        if key not in typos:
            typos[key] = _typo_spelled(key, index)
        return not typos[key], len(key.split()), counts[key], key

    parent: dict[str, str] = {}
    for key in sorted(counts, key=lambda k: (counts[k], k)):  # rarest first: variants join frequent names
        target = _same_person(key, index, parent, same, rank)
        if target is None:
            target = _typo_of(key, counts, index, parent) or _reordered(key, counts, index, parent) \
                or _mistyped_word(key, counts, index, parent) or _role_worded(key, counts, index, parent) \
                or longer_of(key, counts, index, parent, lambda other: _typo_of(other, counts, index, parent),
                             one_document)
            if target is not None and _other_given_name(key, target):
                target = None
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
