"""A short form of a name across an archive: the longer name it stands for, when the counts and the documents
say so (search.text.names.person_keys asks).

The press writes one person in several lengths: given name and first surname (`Claudia Sheinbaum`), the same
with the second surname (`Claudia Sheinbaum Pardo`: Spanish names carry two), the surnames alone
(`López-Gatell`, keyed `lopez gatell`), one given name of two (`Jorge Alcocer` for `Jorge Carlos Alcocer
Varela`). A document joins the forms it writes itself (search.speakers.people); what is left for the archive
is a short form in a document that never gives the full name: a headline, a brief, a transcript's short label.

A short form stands for the longer names that hold its words in order when these nest into one person (the
longest holds all the others) and:
- it has three words or more, all in the longer name: few people share three words;
- or the longer names together are frequent (FREQUENT) and far more so than the short form (TYPO_RATIO);
- or it is rare (fewer than FREQUENT paragraphs), more than given names (`José Antonio` alone may be anyone),
  the longer names speak more often than it does, and no document gives both as two speakers (a document that
  writes both and keeps them apart knows them to be two people: a father and a son, two namesakes).

Two names of comparable frequency stay apart (`Carlos Martín` 40 times and `Carlos Martín Ruiz` 30, in other
documents, may be two people), and so does a short form that two longer names hold without nesting
(`Cárdenas` in `Lázaro Cárdenas` and in `Cuauhtémoc Cárdenas`). A lone word must be the first surname of a
longer name that opens with a given name (`Sheinbaum` for `Claudia Sheinbaum Pardo`; never `Pardo`, a second
surname many people bear, nor `Sigüenza` for `Retorna Sigüenza`), or its last after given names only
(`Urquiza` for `Justo José de Urquiza`).

>>> from search.text.name_index import NameIndex
>>> counts = {"claudia sheinbaum": 1, "claudia sheinbaum pardo": 4}
>>> longer_of("claudia sheinbaum", counts, NameIndex(counts), {}, lambda key: None, lambda a, b: False)
'claudia sheinbaum pardo'
"""

from collections.abc import Callable

from search.text.folding import SPANISH_NAME_PARTICLES
from search.text.given_names import is_given_name
from search.text.name_index import NameIndex
from search.text.name_match import FREQUENT, TYPO_RATIO, fuzzy_in, ordered_in

SHORTEST_SURNAME = 3  # letters: a lone word shorter than this is an initial or a particle, no surname


def longer_of(key: str, counts: dict[str, int], index: NameIndex, joined: dict,
              typo_of: Callable[[str], str | None], one_document: Callable[[str, str], bool]) -> str | None:
    """Return the longer name that key is a short form of (see the module), else None.

    counts: {speaker key: paragraphs}; joined: the keys already joined to another (left out); typo_of(other):
    the name other mistypes, or None (a mistyped longer name, `hugo lopez gatell ramires`, is its person's, and
    doesn't make a second person); one_document(a, b): whether a document gives a and b as two speakers.
    Words of two or more may be one letter off (`arrturo herrera` in `arturo herrera gutierrez`); a lone word
    must be written as in the longer name.
    """
    words = key.split()
    single = len(words) == 1
    if single and (len(words[0]) < SHORTEST_SURNAME or is_given_name(words[0])):
        return None
    found = [other for other in index.holding(words) if other not in joined and len(other.split()) > len(words)
             and not set(words).isdisjoint(other.split())
             and (ordered_in(other.split(), words) if single else fuzzy_in(other.split(), words))]
    found = [other for other in found if typo_of(other) not in found]
    if not found:
        return None
    longer = max(found, key=lambda other: (len(other.split()), counts[other]))
    if any(not ordered_in(longer.split(), other.split()) for other in found):
        return None  # two people hold these words (`jose ernesto…`, `luis ernesto…`); one longer name nesting the
        # others (`rocio nahle` in `rocio nahle garcia` in `norma rocio nahle garcia`) is one person
    if single and not _first_surname(words[0], longer.split()):
        return None
    exact = ordered_in(longer.split(), words)
    total = sum(counts[other] for other in found)  # the person's paragraphs under its longer names
    if len(words) >= 3 and exact:
        return longer
    if total >= FREQUENT and total >= TYPO_RATIO * counts[key]:
        return longer
    if exact and counts[key] < FREQUENT and total > counts[key] and not all(map(is_given_name, words)) \
            and not any(one_document(key, other) for other in found):  # `José Antonio` alone may be anyone
        return longer
    return None


def _first_surname(word: str, longer: list[str]) -> bool:
    """Tell whether word is the surname a lone word stands for in longer, a name opening with a given name: the
    first surname (`sheinbaum` in `claudia sheinbaum pardo`, `sandoval` in `luis cresencio sandoval gonzalez`),
    or a last one after given names only (`urquiza` in `justo jose de urquiza`); not a second surname, which many
    people bear and no one is called by alone (`jimenez` in `christian arturo zaragoza jimenez`)."""
    named = [other for other in longer if other not in SPANISH_NAME_PARTICLES]
    if not named or not is_given_name(named[0]) or word not in named[1:]:
        return False
    at = named.index(word)
    return at < len(named) - 1 or all(map(is_given_name, named[:at]))
