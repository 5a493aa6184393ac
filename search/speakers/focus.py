"""The person in focus in a news item: whom the text is about at each line, named or credited, so that a line
that needs a speaker and names none takes them.

A news item often credits its protagonist once and then lets them speak over many lines with no credit: a
quotation that runs on (`"Leo Messi está en un manicomio.` under a paragraph about the speaker), a verb of saying
with no subject (`Y remató con elogios…`), an answer after a dash. The rules before this one continue only from
the last credited line; when the line that introduced the speaker was not read as a statement (`El análisis
estuvo a cargo de Ana Gil, quien…`, `Así lo confirmó, por su parte, Ana Gil`), nothing followed. Here the person in
focus is the one the text mentioned last as the subject of what it tells (at a sentence's start, in apposition,
after `a cargo de` or `por`, by a surname alone), not the one named after a preposition (`la campaña de Gil`,
`mirando a Gil`) or inside a quotation, and the last credited speaker counts as a mention too.

A line with no speaker takes the person in focus when it needs one (a quotation mark, a dash or `»` opening it, a
verb of saying), names no one else, is not a body's voice (body_voice), the focus is recent, and the article
credits that person somewhere, before or after: a person the article never lets speak is no voice to give lines to.

>>> from search.speakers.people import People
>>> people = People()
>>> gil = people.person(["Ana", "Gil"], 1)
>>> texts = ["Titular", "El análisis estuvo a cargo de Ana Gil, experta en puertos.", '"Es muy grave lo que pasa.',
...          'Nadie lo quiere ver", remató Gil.']
>>> [[p.display for p in found] for found in follow(texts, [[], [], [], [gil]], people)]
[[], [], ['Ana Gil'], ['Ana Gil']]
"""

import re

from search.speakers import lexicon as lex
from search.speakers.mentions import VERBS
from search.speakers.people import NOBODY, People, Person

FOCUS_REACH = 3  # paragraphs since the person in focus was last mentioned or credited
QUOTED = re.compile(r'«[^»]*(?:»|$)|“[^”]*(?:”|$)|"[^"]*(?:"|$)')
NAME_RUN = re.compile(r"[A-ZÁÉÍÓÚÑ][\w'-]*(?:\s+(?:(?:de|del|de la|y)\s+)?[A-ZÁÉÍÓÚÑ][\w'-]*)*")
WORD = re.compile(r"\w+")
VOICE_OPENERS = tuple("«»“\"–—―-")
LONGER_THAN_HEADING = 5  # words: a line opening with a quotation mark and fewer words is a heading or a title
# a gerund (with its clitics: `agachándose`) or an adverb after the verb: it has no subject there
UNSUBJECT_FORMS = re.compile(r"(?:[aá]ndo|i[eé]ndo)(?:se|me|te|nos|l[aeo]s?)*$|mente$")
UNSUBJECT_WORDS = frozenset({"que", "y", "e", "luego", "después", "también", "además", "entonces", "así"})
NOT_GOVERNING = frozenset({"por"})  # `confirmada por Ana Gil`: the agent is in focus


def follow(paragraphs: list[str], speakers: list[list[Person]], people: People) -> list[list[Person]]:
    """Return speakers (one list of people per paragraph of a news item) with each line that needs a speaker and
    has none given the person in focus, as the module says; people: the document's (search.speakers.people)."""
    credited = {id(person) for found in speakers for person in found if person.display}
    if not credited:
        return speakers
    result = list(speakers)
    focus: Person | None = None
    since = -1
    still_open: Person | None = None  # whose quotation, given here, is still open at the end of the line before
    for index, text in enumerate(paragraphs):
        found = [person for person in speakers[index] if person.display]
        named = _named(text, people)
        if not speakers[index] and still_open is not None and all(person is still_open for person, _ in named) \
                and not voiced_by_other(text):
            result[index] = found = [still_open]  # `"Leo Messi está en un manicomio.` then `¡En un manicomio!`
        elif not speakers[index] and focus is not None and index - since <= FOCUS_REACH and id(focus) in credited \
                and all(person is focus for person, _ in named) and needs_speaker(text) and not body_voice(text) \
                and not _names_in_quotes(text, focus):
            result[index] = found = [focus]
        filled = result[index] is not speakers[index]
        # a quotation given here stays open past a line that closes none (`¡En un manicomio!`)
        still_open = found[-1] if filled and (left_open(text) or still_open is not None and not closes(text)) \
            else None
        if found:
            focus, since = found[-1], index
        elif speakers[index] or voiced_by_other(text):
            focus = None  # a body spoke (`…», informó el ministerio`), or someone unnamed: no one is followed past it
        else:
            subjects = [person for person, focal in named if focal]
            if subjects:
                focus, since = subjects[0], index
            elif any(person is not focus for person, _ in named):
                focus = None  # `La planta recibió a Julio Serna`: someone else met, the focus is no longer clear
    return result


def needs_speaker(text: str) -> bool:
    """Tell whether a line opens with a voice that no one speaks in it: a quotation mark, `»` or a dash opening the
    line, not a question (`—¿Cuándo?`: the interviewer's), not a short quoted heading (`"Riesgos" de la operación`),
    and no verb of saying with a subject of its own after the quotation (`"…", dicen los investigadores`)."""
    stripped = text.lstrip()
    if stripped[:1] not in VOICE_OPENERS:
        return False
    opened = stripped.lstrip("«»“\"–—―- ")
    if opened[:1] in "¿(" or len(WORD.findall(opened)) < LONGER_THAN_HEADING and not left_open(text):
        return False  # but a short quotation that runs on is words (`"Es alucinante.` then more)
    return not voiced_by_other(text)


def voiced_by_other(text: str) -> bool:
    """Tell whether a verb of saying after a line's last closing mark names a voice of its own (`…», dijo uno de sus
    defensores`, `…" explicó su madre`, `…", afirman fuentes de la universidad`) or is plural: the words are not
    the person's in focus. A verb with no subject goes on with a preposition, a gerund, an adverb or nothing (`…",
    añadió.`, `…", declaró agachándose`, `…", dijo en entrevista`)."""
    closing = max(text.rfind(mark) for mark in "»”\"")
    words = WORD.findall(text[closing + 1:].lower()) if closing >= 0 else []
    for index, word in enumerate(words[:3]):
        if word in VERBS:
            following = words[index + 1] if index + 1 < len(words) else ""
            return word.endswith("n") or bool(following) and following not in lex.GOVERNING \
                and not UNSUBJECT_FORMS.search(following) and following not in UNSUBJECT_WORDS
    return False


def _named(text: str, people: People) -> list[tuple[Person, bool]]:
    """Return the known people a line names outside quotations, each with whether it is in focus there (not after a
    preposition, except `por` and `a cargo de`)."""
    outside = QUOTED.sub(" ", text)
    named = []
    for match in NAME_RUN.finditer(outside):
        person = people.find(match.group().replace(" y ", " ").split())
        if person is None or person is NOBODY or not person.display:
            continue
        before = outside[:match.start()].lower().split()
        governed = bool(before) and before[-1] in lex.GOVERNING and before[-1] not in NOT_GOVERNING \
            and before[-3:] != ["a", "cargo", "de"]
        named.append((person, not governed))
    return named


def left_open(text: str) -> bool:
    """Tell whether a line leaves a quotation open at its end: more `«` than `»` or `“` than `”`, or a last straight
    mark that opens (before a word: `dijo: "Y a ti.`), not one that closes (`…hijitos", declaró`)."""
    if text.count("«") > text.count("»") or text.count("“") > text.count("”"):
        return True
    last = text.rfind('"')
    return text.count('"') % 2 == 1 and text[last + 1:last + 2].isalnum()


def closes(text: str) -> bool:
    """Tell whether a line closes a quotation: a closing mark, or an odd number of straight ones."""
    return "»" in text or "”" in text or text.count('"') % 2 == 1 and not left_open(text)


def _names_in_quotes(text: str, person: Person) -> bool:
    """Tell whether a line's quotation names the person (`"Julen Lopetegui será el entrenador…`): words about them,
    so not theirs."""
    quoted = {word.lower() for span in QUOTED.findall(text) for word in WORD.findall(span)}
    return bool(person.tokens) and person.tokens[-1] in quoted


def body_voice(text: str) -> bool:
    """Tell whether the voice of a line is a body's, a document's, a collective's or an unnamed source's rather
    than a person's (`la firma recomienda`, `según los investigadores`, `denuncia FACUA en su escrito`).

    A placeholder that says no to every line: the person-versus-body decision of issue 14 (branch sp13b) is to
    replace it.
    """
    return False
