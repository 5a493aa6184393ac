"""A panel: the people a news item lists as taking part in one event, and the plural noun that stands for them all.

A write-up of a forum, a round table or a webinar often lists its guests once, one to a line after a colon
(`…, que contó con la participación de:` then `Ana Gil, directora de X`, `Luis Mora, fundador de Y`), and then gives
them their shared view with a definite plural, not their names (`las participantes defendieron que…`, `los ponentes
coincidieron en que…`). Such a plural is a collective to the voices (search.speakers.voices), so the line went to
no one; here it is every listed person's, when:

- the item lists exactly one panel: a paragraph ending in a colon, then two or more short paragraphs in a row that
  each open with a person's name (two capitalised words at least, the name the document's people know) and a comma
  or a dash before their role;
- the plural is definite (`las`, `los`, `estas`, `estos`), with a head noun for those who take part or who know the
  field (PANEL_NOUNS: `participantes`, `invitadas`, `ponentes`, `expertos`…), and is the subject of a verb of saying
  or the source after `según` (a collective voice of the line);
  `algunos analistas`, `otros expertos` are others, unnamed, and `los vecinos` are not the panel;
- or the line is the panel's own introduction (the paragraph that ends in the colon) and its verb of saying has a
  definite plural panel noun as its subject (`según coincidieron las invitadas al encuentro, que contó con…:`).

A plural in the feminine (`las`) stands only for a panel of women: a man among the guests, by the article or the given
name the document writes him with (search.speakers.genders), keeps it from them.

The nouns are Spanish words for participants and experts (the DLE's "persona que participa / asiste / es experta"),
in both genders; none was taken from the sets.

>>> panel_lines(["Titular", "El foro contó con la participación de:", "Ana Gil, directora de X",
...              "Luis Mora Paz, fundador de Y", "Los ponentes coincidieron en que falta inversión."])
(1, [2, 3])
"""

import re

from search.speakers.genders import name_gender
from search.speakers.people import People, Person
from search.speakers.personhood import COLLECTIVE, THING
from search.speakers.roles import is_role

# Nouns, in the plural, for those who take part in an event or know its field (DLE): who the event's guests are
PANEL_NOUNS = frozenset(
    "participantes invitados invitadas ponentes panelistas conferencistas conferenciantes oradores oradoras "
    "expertos expertas especialistas contertulios contertulias tertulianos tertulianas".split())
PLURALS = (COLLECTIVE, THING)  # the kinds of voice a plural panel noun is given (search.speakers.voices)
DEFINITE = frozenset({"los", "las", "estos", "estas"})
FEMININE = frozenset({"las", "estas"})
# A listed guest: a name (two to five capitalised words, particles inside) opening a short line, then a comma or a
# dash before the role (`Ana Gil, directora de X`, `- Luis Mora – fundador de Y`).
GUEST = re.compile(r"^\s*[-•*·]?\s*([A-ZÁÉÍÓÚÑ][\w'’.-]*(?:\s+(?:de\s+|del\s+|de\s+la\s+|y\s+)?[A-ZÁÉÍÓÚÑ][\w'’.-]*)"
                   r"{1,4})\s*[,–—-]\s*\S")
GUEST_LINE = 200  # characters: a listed guest's line is a name and a role, not a paragraph of news
FIRST_GUESTS = 2  # listed guests at least, for a panel
PANEL_PHRASE = re.compile(r"\b(los|las|estos|estas)\s+(\w+)", re.IGNORECASE)
WORD = re.compile(r"\w+")


def panel_lines(paragraphs: list[str]) -> tuple[int, list[int]] | None:
    """Return (the index of the paragraph that introduces it, the indexes of its guests' lines) for the one panel a
    document lists, else None (none, or two lists: which one a plural means is not clear)."""
    found = []
    index = 0
    while index < len(paragraphs) - FIRST_GUESTS:
        if paragraphs[index].rstrip().endswith(":"):
            guests = []
            later = index + 1
            while later < len(paragraphs) and len(paragraphs[later]) <= GUEST_LINE and GUEST.match(paragraphs[later]):
                guests.append(later)
                later += 1
            if len(guests) >= FIRST_GUESTS:
                found.append((index, guests))
                index = later
                continue
        index += 1
    return found[0] if len(found) == 1 else None


def panel_people(paragraphs: list[str], lines: list[int], people: People) -> list[Person]:
    """Return the people listed on the guests' lines, as the document's people know them, or as the office written
    after the name makes them (`Ana Gil, directora de X`); none else."""
    found = []
    for index in lines:
        match = GUEST.match(paragraphs[index])
        person = people.find(match.group(1).split())
        after = WORD.findall(paragraphs[index][match.end(1):])
        if person is None and after and is_role(after[0]):
            # `Montse Guardia, directora general en…`: a name and its office on a line of its own is a person's,
            # though the name's words alone did not tell (a given name the lists lack, a surname that is a noun)
            person = people.person(match.group(1).split(), max((p.seen for p in people.known), default=0))
        if person is not None and person.display and person not in found:
            found.append(person)
    return found


def panel_noun(words: list[str]) -> str | None:
    """Return the determiner of a definite plural panel noun that words open with (`las participantes`, `los ponentes
    del foro`), else None."""
    lower = [word.lower() for word in words[:2]]
    return lower[0] if len(lower) == 2 and lower[0] in DEFINITE and lower[1] in PANEL_NOUNS else None


def fits(determiner: str, guests: list[Person]) -> bool:
    """Tell whether a plural of this determiner may stand for the guests: `las` for no man among them."""
    return determiner not in FEMININE or all(_gender(person) != "m" for person in guests)


def _gender(person: Person) -> str | None:
    genders = {role.gender for role in person.roles if role.gender}
    return genders.pop() if len(genders) == 1 else name_gender(person)


def panel_speakers(paragraphs: list[str], speakers: list[list[Person]], people: People, voices) -> list[list[Person]]:
    """Return speakers (people per paragraph of a news item) with each line that the panel's plural voices given its
    listed guests, as the module says; voices: the document's (search.speakers.voices.DocumentVoices)."""
    panel = panel_lines(paragraphs)
    if panel is None:
        return speakers
    introduction, lines = panel
    guests = panel_people(paragraphs, lines, people)
    if len(guests) < FIRST_GUESTS:
        return speakers
    result = list(speakers)
    for index, paragraph in enumerate(paragraphs):
        if index in lines:
            continue
        # a collective to the voices, or a plural they read as no one's (`los invitados`: not a noun of theirs)
        determiners = [panel_noun(voice.text.split()) for voice in voices.line(index) if voice.kind in PLURALS]
        if index == introduction and voices.line(index):  # `según coincidieron las invitadas al encuentro…:`
            determiners += [match.group(1).lower() for match in PANEL_PHRASE.finditer(paragraph)
                            if match.group(2).lower() in PANEL_NOUNS]
        if any(determiner is not None and fits(determiner, guests) for determiner in determiners):
            result[index] = list(result[index]) + [person for person in guests if person not in result[index]]
    return result
