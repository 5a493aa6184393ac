"""A named group: people a news item introduces together under one plural noun (`los periodistas Ana Gil y Luis
Mora`), whom the same plural, bare, gives a shared statement later (`Los periodistas publicaron que…`).

Such a plural is a collective to the voices (search.speakers.voices), so the line went to no one; here it is the
group's, when:

- the item introduces the group once: a definite plural noun right before two or more names joined by commas and a
  last `y` (`las juezas Eva Rus, Ana Gil y Marta Sáez`), each a person's to the document (search.speakers.personhood);
  a second group under the same noun leaves it unclear whom the plural means, and no one gets the line;
- the later plural is the voice of a verb of saying or the source after `según`, written as the determiner and the
  noun alone (`los periodistas`): `los ministros de la Unión` are others, and so are `algunos periodistas`;
- it comes after the introduction (a plural before it names no group yet).

A plural in the feminine (`las`) stands only for a group with no man in it (search.speakers.panels.fits).

>>> named_groups(["Lo firmaron los periodistas Ana Gil y Luis Mora Paz."])
{'periodistas': (0, [['Ana', 'Gil'], ['Luis', 'Mora', 'Paz']])}
"""

import re

from search.speakers.panels import DEFINITE, PLURALS, fits
from search.speakers.people import People, Person
from search.speakers.personhood import PERSON

# a name: two to four capitalised words, particles inside, an initial with its dot (`Julián F. Martínez`)
WORD = r"[A-ZÁÉÍÓÚÑ](?:[\w'’-]+|\.?)"
NAME = WORD + r"(?:\s+(?:de\s+|del\s+|de\s+la\s+)?" + WORD + r"){1,3}"
# the plural noun and the names after it: `los periodistas Ana Gil y Luis Mora`, `las juezas Eva Rus, Ana Gil y…`
GROUP = re.compile(r"\b(?:[Ll]os|[Ll]as)\s+([a-záéíóúñ]{4,}s)\s+(" + NAME + r"(?:\s*,\s*" + NAME + r")*\s+y\s+" + NAME
                   + r")")
SEPARATOR = re.compile(r"\s*,\s*|\s+y\s+")


def named_groups(paragraphs: list[str]) -> dict[str, tuple[int, list[list[str]]]]:
    """Return {plural noun: (index of the paragraph that introduces it, the names' words)} for the groups a document
    introduces under a plural noun, one group to a noun (a noun with two groups is left out)."""
    found: dict[str, tuple[int, list[list[str]]]] = {}
    twice = set()
    for index, paragraph in enumerate(paragraphs):
        if " y " not in paragraph:  # a cheap first look: a group joins its last name with `y`
            continue
        for match in GROUP.finditer(paragraph):
            noun = match.group(1)
            names = [name.split() for name in SEPARATOR.split(match.group(2)) if name]
            if noun in found and found[noun][1] != names:
                twice.add(noun)
            found.setdefault(noun, (index, names))
    return {noun: group for noun, group in found.items() if noun not in twice}


def group_people(names: list[list[str]], people: People, voices, index: int) -> list[Person]:
    """Return the people of a group, each a person's name to the document, or none if one of them is not."""
    found = []
    for words in names:
        person = people.find(words)
        if person is None and len(words) > 2 and len(words[-2]) == 2 and words[-2].endswith("."):
            # `Julián F. Martínez`, which the mentions read as `Julián F`: the group writes the name whole
            person = people.find([*words[:-2], words[-2][0]])
            person = people.person(words, person.seen) if person is not None else None
        if person is None or not person.display or voices.name_kind(words, index)[0] != PERSON:
            return []
        found.append(person)
    return found


def group_speakers(paragraphs: list[str], speakers: list[list[Person]], people: People, voices) -> list[list[Person]]:
    """Return speakers (people per paragraph of a news item) with each line that a named group's bare plural voices
    given the group, as the module says; voices: the document's (search.speakers.voices.DocumentVoices)."""
    groups = named_groups(paragraphs)
    if not groups:
        return speakers
    result = list(speakers)
    for index in range(len(paragraphs)):
        for voice in voices.line(index):
            words = voice.text.lower().split()
            if voice.kind not in PLURALS or len(words) != 2 or words[0] not in DEFINITE or words[1] not in groups:
                continue
            introduced, names = groups[words[1]]
            members = group_people(names, people, voices, introduced) if index > introduced else []
            if len(members) > 1 and fits(words[0], members):
                result[index] = list(result[index]) + [person for person in members if person not in result[index]]
    return result
