"""Another slice of a name met before: `García Cepeda` after `María Cristina Cepeda` is the same person, whose
first surname the first mention left out (Spanish names carry two surnames, and the press writes one or both).

A second surname after the first (`Alejandra Arias`, then `Arias Molina`) is completed in People.person; this is
the other way round.

And other forms of one person's name in one document (the press writes one person one way, then another): a short
form made of the first letters of two given names (`Malú Micher` for `Martha Lucía Micher`, `Juanma Ortiz` for
`Juan Manuel Ortiz`), a lone surname misspelt by one letter (`Semper` after `Ernesto Samper`), and a surname spelt
another way for the same sound, alone or after the same given names (`Bornacelli` or `Rafael Bornacelli` after `Rafael
Bornacelly`, `Etcheverry` after `Etcheberry`): Spanish spells /i/ as `i` or `y`, /b/ as `b` or `v`, /s/ as `s` or `z`
in seseo, /x/ as `g` or `j` (Ortografía de la lengua española, RAE and ASALE, 2010, § 6.2), and the press of one
article writes a surname both ways.
"""

from itertools import islice

from search.speakers.names import fold_name
from search.text.names import is_given_name


def first_surname(people, key: list[str], tokens: list[str], seen: int, reach: int):
    """Return the person met within reach sentences whose name ends with the last of two words and lacks the first
    (`García Cepeda` for `María Cristina Cepeda`), renamed with it (`María Cristina García Cepeda`); else None.

    people is a search.speakers.people.People, key the folded words of tokens. The first word must be a surname:
    no given name, written capitalised inside a sentence somewhere in the document (`destacó García Cepeda`), not
    only at its start (`Enterado Bringas de…`, `Supo Chacho…` in a novel), and never in lower case.
    """
    if len(tokens) != 2 or len(key) != 2 or not _surname(people, tokens[0]):
        return None
    found = next((person for person in reversed(people.known) if len(person.tokens) >= 2
                  and person.tokens[-1] == key[1] and key[0] not in person.tokens
                  and fold_name(person.display.split()[-1]) == key[1] and seen - person.seen <= reach), None)
    if found is None:
        return None
    return people.rename(found, found.display.split()[:-1] + tokens)


def _surname(people, word: str) -> bool:
    return word[:1].isupper() and not is_given_name(word) and people.evidence.is_proper(word) \
        and not people.is_common_word(word)


SHORT_PART = 2  # letters a short form takes at least from each given name (`Ma` + `lú`)
RECENT = 50  # people met last that another form of a name is compared with
MISSPELT_LENGTH = 5  # the shortest surname whose one-letter slip is taken for a misspelling (not `Ruiz`/`Ruis`)
# Letters that spell one sound (see the module): a surname written with the other is the same surname.
SAME_SOUND = frozenset({frozenset("iy"), frozenset("bv"), frozenset("sz"), frozenset("gj")})


def other_form(people, key: list[str], tokens: list[str]):
    """Return the person met before whom key (the folded words of tokens) names in another form (see the module): a
    short form of their two given names with the same surnames (or the full form of their short one, and then they
    take it: the fullest form is the name), or a lone surname one letter from theirs (same length, same first letter)
    that names no one else and is written only once in the document, or a surname spelt another way for its sound
    (_same_sound), alone or after the same given names; else None. Only the RECENT people met last are
    compared, so that a document of many names costs linear time."""
    recent = list(islice(reversed(people.known), RECENT))
    if len(key) == 1 and len(key[0]) >= MISSPELT_LENGTH and not people.by_token.get(key[0]):
        # a surname spelt another way for its sound, however often (`Bornacelli` after `Rafael Bornacelly`)
        found = next((person for person in recent if len(person.tokens) >= 2
                      and _same_sound(person.tokens[-1], key[0])), None)
        if found is not None:
            return found
        found = next((person for person in recent if len(person.tokens) >= 2
                      and _one_letter(person.tokens[-1], key[0])), None)
        # a slip is made once: `Carmona` written again and again is not `Cardona`
        return found if found is not None and people.evidence.times_word(tokens[0]) == 1 else None
    if len(key) >= 2 and len(key[-1]) >= MISSPELT_LENGTH and not people.by_token.get(key[-1]):
        found = next((person for person in recent if person.tokens[:-1] == key[:-1]
                      and _same_sound(person.tokens[-1], key[-1])), None)  # `Rafael Bornacelli`
        if found is not None:
            return found
    if len(key) >= 2:
        found = next((person for person in recent if len(person.tokens) == len(key) + 1
                      and person.tokens[2:] == key[1:] and _short_form(key[0], *person.tokens[:2])), None)
        if found is not None:
            return found
    if len(key) >= 3:
        found = next((person for person in recent if len(person.tokens) == len(key) - 1
                      and person.tokens[1:] == key[2:] and _short_form(person.tokens[0], *key[:2])), None)
        if found is not None:
            return people.rename(found, tokens)  # `Malú Micher`, then `Martha Lucía Micher`
    return None


def _short_form(short: str, first: str, second: str) -> bool:
    """Tell whether short is made of the start of two given names (`malu` from `martha lucia`), each name given."""
    return is_given_name(first) and is_given_name(second) and any(
        short == first[:cut] + second[:len(short) - cut] and len(short) - cut >= SHORT_PART
        for cut in range(SHORT_PART, len(short) - 1))


def _same_sound(surname: str, written: str) -> bool:
    """Tell whether written is surname with one letter, not its first, spelt by another of its sound (SAME_SOUND:
    `bornacelli` for `bornacelly`, `etcheverry` for `etcheberry`); the last may differ too, as no such pair tells a
    gender."""
    differ = [at for at, (a, b) in enumerate(zip(surname, written)) if a != b]
    return len(surname) == len(written) and len(differ) == 1 and differ[0] > 0 \
        and frozenset((surname[differ[0]], written[differ[0]])) in SAME_SOUND


def _one_letter(surname: str, written: str) -> bool:
    """Tell whether written is surname with one letter changed, neither its first nor its last (`semper` for
    `samper`; `Morena` is not `Moreno`: a last vowel tells a gender, another word)."""
    differ = [at for at, (a, b) in enumerate(zip(surname, written)) if a != b]
    return len(surname) == len(written) and len(differ) == 1 and 0 < differ[0] < len(written) - 1
