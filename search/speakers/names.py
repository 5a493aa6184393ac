"""Person names: folding keys, proper case for capitals, and one display name per person.

>>> speaker_key("JOSÉ LUIS ALOMIA ZEGARRA") == speaker_key("José Luis Alomía Zegarra")
True
>>> proper_case("HUGO LÓPEZ-GATELL RAMÍREZ")
'Hugo López-Gatell Ramírez'
"""

import re
from functools import lru_cache

from search.text import folding
from search.text.folding import NAME_PARTICLES, speaker_key
from search.text.names import is_given_name, ordered_in, shown_spelling, within_edits

# A name as a text writes it (a regular expression): capitalised words, `de`, `del` or `la` between them (`Ana de
# la Rosa`): CAPITALISED one word or more, FULL_NAME two or more (evidence, descriptions and aliases read these).
NAME_WORD = r"[A-ZÁÉÍÓÚÑ][\w'’-]+"
CAPITALISED = NAME_WORD + r"(?:\s+(?:de\s+|del\s+|la\s+)?" + NAME_WORD + r")*"
FULL_NAME = NAME_WORD + r"(?:\s+(?:de\s+|del\s+|la\s+)?" + NAME_WORD + r")+"

# The same folding as search.text.folding's, cached: extraction folds the same words again and again.
fold_name = lru_cache(maxsize=65536)(folding.fold_name)

__all__ = ["canonical_names", "fold_name", "ordered_in", "proper_case", "speaker_key", "within_edits"]

# A regnal or generational number after a name (`Felipe VI`, `Martin Luther King III`), two to five letters, up to 39.
ROMAN_NUMERAL = re.compile(r"^(?=[IVX]{2,5}$)X{0,3}(?:IX|IV|V?I{0,3})$")
GENERATIONS = frozenset("jr junior hijo ii iii iv".split())  # `Diego Maradona Jr.`, `Cuauhtémoc Blanco hijo`
# Every particle but Catalan `i`, which after a name in capitals is a regnal number (`JUAN CARLOS I` is `Juan
# Carlos I`), not a particle (`Puig i Cadafalch`) to write in lower case.
PARTICLES = NAME_PARTICLES - {"i"}
APOSTROPHE = re.compile(r"(['’])(\w)")


def _cap(word: str) -> str:
    word = word.lower()
    return APOSTROPHE.sub(lambda m: m.group(1) + m.group(2).upper(), word[:1].upper() + word[1:])


def proper_case(name: str) -> str:
    """Rewrite a name written in capitals in proper case, keeping particles lower case."""
    name = " ".join(name.split())
    if not name.isupper():
        return name
    words = []
    for index, word in enumerate(name.split(" ")):
        if index and word.lower() in PARTICLES:
            words.append(word.lower())
        elif index and ROMAN_NUMERAL.match(word):
            words.append(word)  # `FELIPE VI` is `Felipe VI`, not `Felipe Vi`
        else:
            words.append("-".join(_cap(part) for part in word.split("-")))
    return " ".join(words)


# A Latin or English name against its Spanish form (`Strabo` and `Estrabón`, `Plato` and `Platón`, `Plinius` and
# `Plinio`, `Tacitus` and `Tácito`, `Homer` and `Homero`): Spanish puts an `e` before an initial `s` and a
# consonant, writes `-ón` for Latin `-o`, `-io` and `-o` for `-ius`, `-us` and `-y`, and `f`, `t`, `i` for `ph`,
# `th`, `y` (RAE, Ortografía 2010, 6.2.1.1: the Hispanicised forms of classical names).
SPELLINGS = ((re.compile("ph"), "f"), (re.compile("th"), "t"), (re.compile("ae"), "e"), (re.compile("y"), "i"))
ENDINGS = (("ius", "io"), ("us", "o"), ("i", "io"), ("", "o"), ("", "io"))
ACCENTED_ON = re.compile(r"ón$")


def exonym_of(foreign: str, spanish: str) -> bool:
    """Tell whether the one-word name spanish is the Spanish form of the one-word name foreign (`Estrabón` of
    `Strabo`); an `-ón` form counts only written with its accent, which every such Spanish form carries (so
    `Marion` is no `Mario`)."""
    if " " in foreign or " " in spanish or foreign == spanish:
        return False
    key, target = fold_name(foreign).lower(), fold_name(spanish).lower()
    for pattern, replacement in SPELLINGS:
        key = pattern.sub(replacement, key)
    if re.match(r"s[^aeiou]", key):
        key = "e" + key
    if key.endswith("o") and ACCENTED_ON.search(spanish) and target == key + "n":
        return True
    return any(key.endswith(old) and key[:len(key) - len(old)] + new == target for old, new in ENDINGS) \
        or key == target != fold_name(foreign).lower()


# Two names the text gives one person (`Saúl Álvarez, conocido como Canelo`, `Estrabón (Strabo, en latín)`,
# `Samuel Clemens, alias Mark Twain`): the first is the name the person goes by in the document.
LINKED = re.compile(r"(" + CAPITALISED + r")\s*(?:\(\s*(" + CAPITALISED + r")\s*[,;)]|,\s+(?:alias|(?:más\s+)?"
                    r"conocid[oa]\s+como|apodad[oa]|llamad[oa])\s+[«\"“']?(" + CAPITALISED + r"))")

# the first name is a complement (`de Movilidad`, `del Sur`): of an office, a body or a title, not the person
COMPLEMENT_BEFORE = re.compile(r"\b[dD]el?\s+$")
LINK_HINT = re.compile(r"\(\s*[A-ZÁÉÍÓÚÑ]|alias|conocid[oa] como|apodad|llamad")


def linked_aliases(paragraphs: list[str]) -> dict[str, str]:
    """Map the folded key of each second name the text links to a person (`conocido como Canelo`, `(Strabo`) to
    the first name it gives them (`Saúl Álvarez`); not from a first name governed by `de`, the complement of an
    office or a title (`el secretario de Movilidad (Héctor Serrano)`, `La reina del Sur (Kate del Castillo)`)."""
    aliases: dict[str, str] = {}
    for paragraph in paragraphs:
        if LINK_HINT.search(paragraph) is None:  # a cheap first look: most paragraphs link no names
            continue
        for match in LINKED.finditer(paragraph):
            first, second = match.group(1), match.group(2) or match.group(3)
            if COMPLEMENT_BEFORE.search(paragraph, max(0, match.start() - 5), match.start()):
                continue  # `el secretario de Movilidad (Héctor Serrano)`: the brackets name who holds the office
            if speaker_key(second) != speaker_key(first):
                aliases.setdefault(speaker_key(second), first)
    return aliases


def generation(tokens: list[str]) -> str | None:
    """Return the generational suffix that ends a folded name (`jr`, `iii` in `martin luther king iii`), or None;
    a number after a given name is a regnal one (`felipe vi`, `juan pablo ii`): the name of one person."""
    if len(tokens) >= 2 and tokens[-1] in GENERATIONS and not is_given_name(tokens[-2]):
        return tokens[-1]
    return None


def other_generation(longer: list[str], shorter: list[str]) -> bool:
    """Tell whether a folded full name (two words or more) held in a longer one is another generation's: the son
    `diego maradona jr` is not the father `diego maradona` (a lone surname may still be either)."""
    if len(shorter) < 2 or longer[-1] not in GENERATIONS and shorter[-1] not in GENERATIONS:
        return False  # most names: no suffix to compare (a cheap first look, this is asked at every name)
    return generation(longer) != generation(shorter)


def canonical_names(names: list[str]) -> dict[str, str]:
    """Map each name to the fullest, accented spelling of the same person among names (one per paragraph it
    speaks in: the frequent spellings of a key, search.text.names.shown_spelling); a one-word name in
    another language (`Strabo`) to the Spanish form met first (`Estrabón`, see exonym_of)."""
    spelled: dict[str, dict[str, int]] = {}  # {key: {spelling: paragraphs}}
    for name in names:
        found = spelled.setdefault(speaker_key(name), {})
        found[name] = found.get(name, 0) + 1
    # the document's frequent spelling, not a one-off typo with more accents (`Reyés` once, `Reyes` 20 times)
    best_by_key = {key: shown_spelling(found) for key, found in spelled.items()}
    names = list(dict.fromkeys(names))  # a transcript repeats one name per paragraph
    keys = sorted(best_by_key, key=lambda k: -len(k.split()))
    group_of: dict[str, str] = {}
    # The roots met so far (longest names first) under each of their words: a longer name holding this one holds
    # its first word, so only those are compared, not every pair (3,000 names in one text took 100 s).
    roots_with: dict[str, list[list[str]]] = {}
    for key in keys:
        tokens = key.split()
        group_of[key] = key
        if len(tokens) >= 2:
            longer = next((longer for longer in roots_with.get(tokens[0], ())
                           if len(longer) > len(tokens) and ordered_in(longer, tokens)
                           and not other_generation(longer, tokens)), None)
            if longer is not None:
                group_of[key] = " ".join(longer)
                continue
        for token in set(tokens):
            roots_with.setdefault(token, []).append(tokens)
    result = {name: best_by_key[group_of[speaker_key(name)]] for name in names}
    single = [name for name in names if " " not in name]  # exonyms are one-word names (`Strabo`, `Estrabón`)
    for later, name in enumerate(single):
        spanish = next((other for other in single[:later] if exonym_of(name, other) or exonym_of(other, name)), None)
        if spanish is not None:
            result[name] = result[spanish]
    return result
