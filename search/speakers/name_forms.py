"""Another slice of a name met before: `García Cepeda` after `María Cristina Cepeda` is the same person, whose
first surname the first mention left out (Spanish names carry two surnames, and the press writes one or both).

A second surname after the first (`Alejandra Arias`, then `Arias Molina`) is completed in People.person; this is
the other way round.
"""

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
