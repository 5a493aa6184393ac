"""Headlines and subheadings: the shapes in which they name who speaks, and headlines in capitals.

- a label before the words: `Gil: «No habrá recortes»`, `Presidente Francisco Sagasti: “…”`, and in a
  headline or a short subheading without quotation marks, `Papa Francisco: El coronavirus nos enfrenta…`;
- a label after them: `Aumento a gasolina no tiene que ver con reforma: Meade`, `Los de abajo van a ganar más: AMLO`;
- a headline in capitals (`FRANCISCO CABEZA DE VACA OFRECE…`) is read in the case the document writes its
  words elsewhere (`Francisco Cabeza de Vaca ofrece…`).

>>> from search.speakers.people import People
>>> people = People(["Aumento a gasolina: Meade", "José Antonio Meade lo dijo."])
>>> label_person("Aumento a gasolina: Meade", people, 1, heading=lambda: True).display
'Meade'
"""

import re

from search.speakers import lexicon as lex
from search.speakers.names import fold_name
from search.speakers.people import People, Person, is_given_name, looks_like_person
from search.speakers.runs import ACRONYM, VERB_WORDS

NAME = r"[A-ZÁÉÍÓÚÑ][\w'’´-]*\.?"
NAMES = NAME + r"(?:\s+(?:de\s+|del\s+|la\s+)?" + NAME + r"){0,4}"
LEADING = re.compile(r"^[\s\ufeff\u200b]*(" + NAMES + r")\s*:\s*(\S)")
ROLE_WORDS = r"(?:[a-záéíóúñ]+\s+){0,2}"  # `: papa Francisco`, `: el ministro Gil` (checked in _person)
TRAILING = re.compile(r":\s*(" + ROLE_WORDS + NAMES + r")\s*\.?\s*$")
QUOTE_MARKS = frozenset('«"“')
# A cheap first look: a capitalised word right before the colon, or a colon and a capitalised word that end it.
LABEL_SHAPE = re.compile(r"^[\s\ufeff\u200b]*[A-ZÁÉÍÓÚÑ][^:]{0,80}:|:\s*" + ROLE_WORDS + r"[A-ZÁÉÍÓÚÑ][^:]{0,60}$")
TRAILING_START = re.compile(r":\s*" + ROLE_WORDS + r"[A-ZÁÉÍÓÚÑ][^:]{0,60}$")
SHORT = 25  # words: a paragraph this short may be a headline or a subheading
STATEMENT_WORDS = 6  # words after an unquoted label that read as a statement, not a title
WORD = re.compile(r"[^\W\d_]+", re.UNICODE)


def label_person(text: str, people: People, clock: int, heading=lambda: True) -> Person | None:
    """Return the person a headline label names, or None.

    heading() tells whether the paragraph may be a headline (the document's first) or a subheading (short).
    """
    if not LABEL_SHAPE.search(text):
        return None  # most paragraphs with a colon: a clock, a list, a quotation after a verb
    match = LEADING.match(text)
    quoted = bool(match) and match.group(2) in QUOTE_MARKS
    # without quotation marks, only words that read as a statement: `Emilia Pardo Bazán: Cuentos de amor` is a title
    if match and (quoted or len(text[match.end(1):].split()) >= STATEMENT_WORDS and heading()):
        person = _person(match.group(1), people, clock, quoted)
        if person is not None:
            return person
    if TRAILING_START.search(text) and heading():
        match = TRAILING.search(text)
        if match and match.start() > 0:
            return _person(match.group(1), people, clock)
    return None


def _person(label: str, people: People, clock: int, quoted: bool = False) -> Person | None:
    """Return the person a label names (roles before the name dropped), None for `Nota:`, `Agregó:` and the like."""
    words = label.split()
    if words[0].islower() and words[0] in ("el", "la"):
        words = words[1:]
    if words[0].islower() and words[0] not in lex.ROLE_CLASSES:
        return None  # `…: dice Meade`: only a role may come before the name in lower case
    while len(words) > 1 and words[0].lower() in lex.ROLE_CLASSES:
        words = words[1:]  # `Presidente Francisco Sagasti`, `Papa Francisco`
    first = words[0].lower()
    if ACRONYM.match(words[0]) and len(words) == 1:
        expanded = people.evidence.acronym(words[0])
        return people.person(expanded, clock) if expanded and is_given_name(expanded[0]) else None
    if first in lex.NOT_NAME_STARTS or first in lex.ROLE_CLASSES or first in VERB_WORDS \
            or first.endswith(lex.NOT_NAME_ENDINGS) or fold_name(words[0]) in lex.LABEL_NOT_NAMES \
            or first in lex.FUNCTION_WORDS or not looks_like_person(words):
        return None
    if len(words) == 1 and not (quoted or is_given_name(words[0]) or people.find(words) is not None
                                or people.evidence.is_proper(words[0])) or people.is_common_word(words[0]):
        return None
    return people.person(words, clock)


def is_heading(text: str, index: int) -> bool:
    """Tell whether a paragraph may be a headline or subheading: the first, or short with no full stop inside."""
    return index == 0 or (len(text.split()) <= SHORT and ". " not in text)


def recased(text: str, people: People) -> str:
    """Return a paragraph written in capitals in the case its document writes its words (`Francisco Cabeza de Vaca
    ofrece a…`); other text as it is."""
    if text[1:2].islower() or any(char.islower() for char in text) or len(text.split()) < 3:
        return text

    def case(match: re.Match) -> str:
        word = match.group()
        title = word[:1] + word[1:].lower()
        return title if match.start() == 0 or people.evidence.is_proper(title) else word.lower()
    return WORD.sub(case, text)
