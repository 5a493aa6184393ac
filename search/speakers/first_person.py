"""Unquoted paragraphs in the first person, in news: the voice of whoever spoke in the paragraph before.

A news item speaks of people in the third person; a paragraph in the first person singular with no quotation
marks (`A mí me tocó hacer una investigación…`, a pull quote printed without marks: `Estoy siendo muy duro con…`)
goes on with the words of the speaker of the paragraph before it. Not a question (an interviewer's), not a
heading, and not in a book, whose narrator may say `yo`.

>>> from search.speakers.people import Person
>>> ana = Person(["ana", "gil"], "Ana Gil")
>>> [[p.display for p in found] for found in first_person(["Titular", "Gil dijo que sí.", "Yo no me rindo."],
...                                                        [[], [ana], []])]
[[], ['Ana Gil'], ['Ana Gil']]
"""

import re

from search.speakers.descriptions import HEADINGS

# Words of the first person singular that no third-person sentence uses (`me`, `mí`, `estoy`, `he dicho`).
FIRST_SINGULAR = frozenset("yo me mí mi mis conmigo estoy soy estuve fui tengo tuve creo pienso he hice quiero "
                           "puedo debo sé".split())
WORD = re.compile(r"[^\W\d_]+")
MARKS = re.compile("[«»“”\"?¿]")


def first_person(paragraphs: list[str], speakers: list[list]) -> list[list]:
    """Return speakers with each unattributed, unquoted paragraph in the first person singular given the last
    speaker of the paragraph before it (once filled, the next such paragraph goes on with them)."""
    result = list(speakers)
    for index in range(HEADINGS, len(paragraphs)):
        text = paragraphs[index]
        if result[index] or not result[index - 1] or MARKS.search(text):
            continue
        if not FIRST_SINGULAR.isdisjoint(word.lower() for word in WORD.findall(text)):
            result[index] = result[index - 1][-1:]
    return result
