"""Unquoted paragraphs in the first person, in news: the voice of whoever spoke in the paragraph before.

A news item speaks of people in the third person; a paragraph in the first person singular with no quotation
marks (`A mí me tocó hacer una investigación…`, a pull quote printed without marks: `Estoy siendo muy duro con…`)
goes on with the words of the speaker of the paragraph before it. Not a question (an interviewer's), not a
heading, and not in a story, whose narrator may say `yo` (a short novel is as short as a long news item: a story
is told by its dozens of paragraphs in the first person, or of dialogue in dashes, where a news item quotes a
handful). `Mi` inside a name (`el hotel Mi Casa`) is no first person: a capital counts only opening a sentence.

>>> from search.speakers.people import Person
>>> ana = Person(["ana", "gil"], "Ana Gil")
>>> [[p.display for p in found] for found in first_person(["Titular", "Gil dijo que sí.", "Yo no me rindo."],
...                                                        [[], [ana], []])]
[[], ['Ana Gil'], ['Ana Gil']]
"""

import re

from search.speakers.descriptions import HEADINGS
from search.speakers.sentences import DASHES

# Words of the first person singular that no third-person sentence uses (`me`, `mí`, `estoy`, `he dicho`).
FIRST_SINGULAR = frozenset("yo me mí mi mis conmigo estoy soy estuve fui tengo tuve creo pienso he hice quiero "
                           "puedo debo sé".split())
# The first person plural: a news item's narrator uses it seldom (`Recordemos que…`), so it goes on only with a
# quotation in the paragraph before (`«…pero estamos salvando vidas».` then `Y así seguiremos, porque…`); never a
# possessive, which a government's press office writes (`nuestro país cumple…`).
FIRST_PLURAL = frozenset("nosotros nosotras nos".split())
PLURAL_ENDS = ("amos", "emos", "imos")
NOT_VERBS = frozenset("ramos primos mismos amos".split())  # and `últimos`, `próximos`: an accent before the ending
ACCENTED = re.compile("[áéíóú]")
WORD = re.compile(r"[^\W\d_]+")
MARKS = re.compile("[«»“”\"?¿]")
SENTENCE_ENDS = ".!?:;—―–-"  # what precedes a sentence's first word, but for spaces
STORY = 20  # paragraphs of dialogue in dashes, or in the first person: fiction_es's short works have 28 to 163;
# the news items of speakers_news_dev, news_dev3 and blind5-9 at most 4


def in_first_person(text: str) -> bool:
    """Tell whether an unquoted paragraph speaks in the first person singular (`A mí me tocó…`, `Mi madre dijo…`),
    a capitalised word counting only where it opens a sentence (`el hotel Mi Casa` is a name)."""
    if MARKS.search(text):
        return False
    return any(word.group().lower() in FIRST_SINGULAR
               and (word.group()[0].islower() or _opens_sentence(text, word.start()))
               for word in WORD.finditer(text))


def in_first_plural(text: str) -> bool:
    """Tell whether an unquoted paragraph speaks in the first person plural (`seguiremos`, `estamos`, `nosotros`,
    `íbamos`), a capitalised word counting only where it opens a sentence (`Nos Alegramos` is a title)."""
    if MARKS.search(text):
        return False
    for match in WORD.finditer(text):
        word = match.group().lower()
        if not (match.group()[0].islower() or _opens_sentence(text, match.start())):
            continue
        if word in FIRST_PLURAL or word.endswith(PLURAL_ENDS) and len(word) > 5 and word not in NOT_VERBS \
                and (not ACCENTED.search(word) or word.endswith(("íamos", "ábamos"))) and word != "recordemos":
            return True
    return False


def _opens_sentence(text: str, start: int) -> bool:
    """Tell whether the word at start opens the text or follows a mark that ends a sentence (spaces between)."""
    while start and text[start - 1].isspace():
        start -= 1
    return not start or text[start - 1] in SENTENCE_ENDS


def story(paragraphs: list[str], voiced: list[bool]) -> bool:
    """Tell whether a short text is a story rather than a news item (see STORY); voiced: in_first_person of each
    paragraph."""
    dialogue = sum(paragraph.lstrip()[:1] in DASHES for paragraph in paragraphs)
    return dialogue >= STORY or sum(voiced) >= STORY


def first_person(paragraphs: list[str], speakers: list[list]) -> list[list]:
    """Return speakers with each unattributed, unquoted paragraph in the first person singular given the last
    speaker of the paragraph before it (once filled, the next such paragraph goes on with them)."""
    result = list(speakers)
    voiced = [in_first_person(paragraph) for paragraph in paragraphs]
    if story(paragraphs, voiced):
        return result
    for index in range(HEADINGS, len(paragraphs)):
        if not result[index] and result[index - 1] and (voiced[index] or MARKS.search(paragraphs[index - 1])
                                                        and in_first_plural(paragraphs[index])):
            result[index] = result[index - 1][-1:]
    return result
