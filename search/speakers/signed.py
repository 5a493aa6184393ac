"""A text signed by a person: a letter, an op-ed, a message in the first person, whose statements are its signer's.

Government and party press archives publish, beside their press releases, texts a person writes in the first
person (`Os escribo…`, `Quiero agradecer…`, `creo que nuestro país…`) and signs once, at the end or at the top
(search.speakers.signatures). No verb of saying credits their lines: the whole text is the signer's statement. The
decision is the document's, taken once:

- the text is signed (a signature, or a byline or frame at its top);
- it speaks in the first person: at least FIRST_LINES of its statement lines, and a FIRST_SHARE of them, are in the
  first person, singular or plural, unquoted (search.speakers.genre), where a press release or a news item under a
  reporter's byline speaks in the third person;
- no one else's words dominate it: at most an OTHERS_SHARE of its lines credit someone else (a news item that
  quotes a letter, or a transcript whose turns name their speakers, is not the signer's).

Then each statement line no one is credited on is the signer's (the mechanism `signed-text`); the lines that
sign it at its end (which state nothing, even where another rule reads a label in them) or frame it, a headline
in the third person, a dateline, a salutation or a closing formula, a list of data, a short heading, a quotation
opening its line, and someone the author quotes or cites (a person, a body, a document: `Según el Banco de
España…`) keep their own attribution.

A story is no news item (search.speakers.genre): its narrator's first person makes no speaker; a columnist's
byline with no office (`Título / Luis Paz`, `Por Juan Gil`) signs nothing here.

>>> from search.speakers.people import People
>>> lines = ["Gracias", "Quiero daros las gracias por vuestro esfuerzo.", "Sé que no ha sido fácil.",
...          "Seguiremos trabajando juntos por la escuela pública.", "Ana Ruiz", "Ministra de Educación"]
>>> [[person.display for person in found] for found in signed_speakers(lines, [[] for _ in lines], People(), 0)]
[[], ['Ana Ruiz'], ['Ana Ruiz'], ['Ana Ruiz'], [], []]
"""

import re

from search.speakers.genre import MARKS, WORD, in_first_person, in_first_plural
from search.speakers.people import NOBODY, People, Person
from search.speakers.signatures import CLOSINGS, dateline, signer
from search.speakers.voices import NOT_PEOPLE, DocumentVoices, Voice

FIRST_LINES = 2  # lines in the first person, at least
FIRST_SHARE = 0.2  # of the statement lines, at least
OTHERS_SHARE = 1 / 3  # of the statement lines crediting someone else, at most
# The words of a letter to its reader that search.speakers.genre leaves out of the first person (it reads any news
# item): the reader addressed in the second person plural (`os escribo`, `vuestro esfuerzo`), and verbs in the
# first person singular that are no noun (`agradezco`, `felicito`; not `recuerdo`, `deseo`).
LETTER_WORDS = frozenset(
    "os vosotros vosotras vuestro vuestra vuestros vuestras agradezco escribo reconozco felicito invito confío "
    "quisiera comparto dirijo espero considero celebro aseguro prometo animo pido llevo siento".split())
STATEMENT_WORDS = 5  # a line shorter is a heading, a salutation or a caption, no statement
# `Queridos compañeros:`, `Estimada comunidad universitaria,`: an address, no statement.
SALUTATION = re.compile(r"^\s*(querid|estimad|apreciad|distinguid|señoras y señores|amigos y amigas)", re.IGNORECASE)
BULLET = re.compile(r"^\s*([-–•·*▪]|\d+[.)]\s)")
QUOTE_OPENS = re.compile(r"^\s*[«“\"'‘]")
DIGITS = re.compile(r"\d")


def signed_speakers(paragraphs: list[str], speakers: list[list[Person]], people: People, seen: int,
                    voices: DocumentVoices | None = None) -> list[list[Person]]:
    """Return speakers with each statement line of a signed text in the first person given its signer (see the
    module's docstring), or speakers as they are; seen is the document's clock, for the signer's Person; voices, the
    document's (search.speakers.voices), tell the lines whose words someone else says (`El ministerio explicó…`,
    `Según el Banco de España…`, `un experto advierte`), which the signer only cites."""
    found = signer(paragraphs)
    if found is None:
        return speakers
    words, signing = found
    body = [index for index in range(1, len(paragraphs))
            if index not in signing and _statement(paragraphs[index])]
    if not body:
        return speakers
    first = [index for index in body if letter_first_person(paragraphs[index])]
    if len(first) < FIRST_LINES or len(first) < FIRST_SHARE * len(body):
        return speakers
    person = people.find(words) or people.person(words, seen)
    others = [index for index in body if any(someone is not person and someone is not NOBODY
                                             for someone in speakers[index])]
    if len(others) > OTHERS_SHARE * len(body):
        return speakers
    result = [list(line) for line in speakers]
    headline = letter_first_person(paragraphs[0])
    for index in ([0] if headline and 0 not in signing else []) + body:
        if not result[index] and not QUOTE_OPENS.match(paragraphs[index]) \
                and not (voices is not None and _cited(voices.line(index))):
            result[index] = [person]
    for index in (index for index in signing if index > body[0]):
        # `Firmado: Ana Ruiz` read as a label before a colon: a signature states nothing (a frame at the top,
        # `Carta de X a…`, keeps what other rules read in it)
        result[index] = [someone for someone in result[index] if someone is not person]
    return result


def _cited(line: list[Voice]) -> bool:
    """Tell whether a line's voices say words that are no person's: a body, a document, a collective, an unnamed
    source (a person's are credited to them already, where the line names them; a verb with no subject written is
    the signer's own)."""
    return any(voice.kind in NOT_PEOPLE for voice in line)


def letter_first_person(text: str) -> bool:
    """Tell whether an unquoted line is in the first person, singular or plural, or addresses its reader as a letter
    does (see LETTER_WORDS)."""
    if in_first_person(text) or in_first_plural(text):
        return True
    return not MARKS.search(text) and not LETTER_WORDS.isdisjoint(word.lower() for word in WORD.findall(text))


def _statement(text: str) -> bool:
    """Tell whether a line may state something: not a heading or caption (under STATEMENT_WORDS words, unless in
    the first person: `Contad conmigo.`), a salutation, a closing formula, a dateline, nor an item of a list of data
    (a bullet or a number that opens it, with figures in it)."""
    line = text.strip()
    if not line or SALUTATION.match(line) or CLOSINGS.search(line) and len(line.split()) <= STATEMENT_WORDS + 1 \
            or dateline(line) or len(line.split()) < STATEMENT_WORDS and not letter_first_person(line):
        return False
    return not (BULLET.match(line) and DIGITS.search(line[2:]))
