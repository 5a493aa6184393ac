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

A line with no speaker takes the person in focus when the focus is recent (FOCUS_REACH paragraphs; an
interviewer's question does not age it), the article credits that person somewhere, before or after (a person the
article never lets speak is no voice to give lines to), the line names no one else, is not a body's voice
(body_voice: a placeholder for the person-versus-body decision) and it needs a speaker:

- a quotation mark or `»` opens it, or a dash after a question (an interview's answer), with no voice of its own
  after the quotation (`…", dicen los investigadores`: voiced_by_other), and the quotation is not about the person;
  the lines after it that close no quotation go on with it (`"Leo Messi está en un manicomio.`, `¡En un
  manicomio!`);
- or a description of a person of the focus's gender speaks (`…, resaltó el funcionario`, `según el titular del
  instituto`, `La integrante de la fundación (FMD), comentó…`; described), or a verb of saying joined by `y`
  (`Y remató con elogios…`). A person noun is one the role lexicon knows, or of a Spanish ending for an agent or a
  member (PERSON_ENDINGS); no noun seen in the sets was added.

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
from search.speakers.people import NOBODY, People, Person, name_gender
from search.speakers.role_parse import parse_role
from search.text.names import is_given_name

FOCUS_REACH = 3  # paragraphs since the person in focus was last mentioned or credited
QUOTED = re.compile(r'«[^»]*(?:»|$)|“[^”]*(?:”|$)|"[^"]*(?:"|$)')
NAME_RUN = re.compile(r"[A-ZÁÉÍÓÚÑ][\w'-]*(?:\s+(?:(?:de|del|de la|y)\s+)?[A-ZÁÉÍÓÚÑ][\w'-]*)*")
WORD = re.compile(r"\w+")
QUOTE_OPENERS = tuple("«»“\"")
DASHES = tuple("–—―-")
LONGER_THAN_HEADING = 5  # words: a line opening with a quotation mark and fewer words is a heading or a title
# a gerund (with its clitics: `agachándose`) or an adverb after the verb: it has no subject there
UNSUBJECT_FORMS = re.compile(r"(?:[aá]ndo|i[eé]ndo)(?:se|me|te|nos|l[aeo]s?)*$|mente$")
UNSUBJECT_WORDS = frozenset({"que", "y", "e", "luego", "después", "también", "además", "entonces", "así"})
NOT_GOVERNING = frozenset({"por"})  # `confirmada por Ana Gil`: the agent is in focus
ARTICLES = {"el": "m", "la": "f"}
# The endings of nouns for a person, by Spanish derivation (an agent or a member: `integrante`, `especialista`,
# `investigador`; where they are from: `tabasqueño`, `bonaerense`), for a noun the role lexicon does not know.
PERSON_ENDINGS = ("ante", "ente", "ista", "dor", "dora", "eño", "eña", "ense", "ólogo", "óloga")
SOURCE_OPENERS = (("según",), ("de", "acuerdo", "con"), ("a", "decir", "de"))
CONNECTIVES = frozenset({"y", "e", "además", "asimismo", "también", "luego", "finalmente", "después"})
NOT_SINGULAR_FINITE = ("n", "ado", "ido", "ando", "iendo")  # a plural, a participle or a gerund
SINGULAR_AUXILIARIES = frozenset({"ha", "había", "habría", "habrá"})  # `ha compartido`: a past, finite
TOKEN_RE = re.compile(r"\w+|[^\w\s]")


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
                and all(person is focus for person, _ in named) and not body_voice(text) \
                and (needs_speaker(text, paragraphs[index - 1] if index else "") and not _names_in_quotes(text, focus)
                     or _fits(described(text), focus) and not _unknown_names(text, focus, people)):
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
            elif text.rstrip().endswith("?") and focus is not None and index - since <= FOCUS_REACH:
                since = index  # an interviewer's question: the one asked stays in focus for the answer after it
    return result


def needs_speaker(text: str, previous: str = "") -> bool:
    """Tell whether a line opens with a voice that no one speaks in it: a quotation mark or `»` opening the line, or
    a dash after a question (an interview's answer: in a story's dialogue, a dash line may be anyone's); not a
    question (`—¿Cuándo?`: the interviewer's), not a short quoted heading (`"Riesgos" de la operación`), and no verb
    of saying with a subject of its own after the quotation (`"…", dicen los investigadores`); previous: the line
    before."""
    stripped = text.lstrip()
    if stripped[:1] not in QUOTE_OPENERS and not (stripped[:1] in DASHES and previous.rstrip().endswith("?")):
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
        person = _find(people, match.group().replace(" y ", " ").split())
        if person is None:
            continue
        before = outside[:match.start()].lower().split()
        governed = _governed(outside[:match.start()]) and before[-1] not in NOT_GOVERNING \
            and before[-3:] != ["a", "cargo", "de"]
        named.append((person, not governed))
    return named


def described(text: str) -> str | None:
    """Return the gender ("m", "f", or "" when the noun does not tell) of a description of a person that speaks on
    a line with no name (`…, resaltó el funcionario`, `La integrante de la fundación comentó…`, `según el titular del
    instituto`), "" for a verb of saying with no subject opening the line (`Y remató que…`), else None.

    A person noun is one the role lexicon knows (search.speakers.role_parse) or one of PERSON_ENDINGS; its gender is
    the article's, else the noun's."""
    if text.rstrip().endswith("?") or text.lstrip()[:1] in "¿–—―-":
        return None  # a question, an interviewer's
    tokens = TOKEN_RE.findall(QUOTED.sub(" ", text))
    lower = [token.lower() for token in tokens]
    for index, word in enumerate(lower):
        if word not in ARTICLES or index + 1 >= len(lower) or not tokens[index + 1].islower():
            continue
        noun = lower[index + 1]
        role = parse_role(lower[index + 1:index + 4])
        if role is None and not noun.endswith(PERSON_ENDINGS):
            continue
        before = lower[max(0, index - 3):index]
        after = lower[index + 2:index + 14]
        inverted = bool(before) and before[-1] in VERBS and not before[-1].endswith(NOT_SINGULAR_FINITE)
        opener = any(tuple(before[-len(words):]) == words for words in SOURCE_OPENERS)
        starts = index == 0 or index == 1 and lower[0] in CONNECTIVES or before[-1:] == [","] and index <= 3
        finite = [at for at, word in enumerate(after) if word in VERBS and (
            not word.endswith(NOT_SINGULAR_FINITE) or at and after[at - 1] in SINGULAR_AUXILIARIES)]
        subject = starts and bool(finite) and "que" not in after[:finite[0]] \
            and not _named_before_verb(tokens, index + 2 + finite[0])
        if inverted or opener or subject:
            return ARTICLES[word] if role is None or role.gender is None else role.gender
    words = [word for word in lower if word.isalnum()]
    if len(words) > 2 and words[0] in CONNECTIVES and words[1] in VERBS \
            and not words[1].endswith(NOT_SINGULAR_FINITE) and words[2] in ("que", "con", "a"):
        return ""  # `Y remató con elogios…`, `Además señaló que…`: the thread goes on
    return None


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


def _named_before_verb(tokens: list[str], verb: int) -> bool:
    """Tell whether a name ends right before the verb at verb (or its auxiliary): the description is its apposition
    (`La política del Frente Nacional Emmanuelle Menard ha comparado…`), not a description standing alone."""
    before = verb - 1
    if before >= 0 and tokens[before].lower() in SINGULAR_AUXILIARIES:
        before -= 1
    return before >= 0 and tokens[before][:1].isupper()


def _fits(gender: str | None, person: Person) -> bool:
    """Tell whether a description of that gender ("" when unknown; None: no description) may be the person."""
    if gender is None:
        return False
    known = {role.gender for role in person.roles if role.gender} or {name_gender(person)} - {None}
    return not gender or not known or gender in known


def _unknown_names(text: str, person: Person, people: People) -> bool:
    """Tell whether a line names, outside quotations and past its first word, someone or something that is not the
    person (`La política del Frente Nacional Emmanuelle Menard ha comparado…`): a voice the description may be."""
    outside = QUOTED.sub(" ", text)
    for match in NAME_RUN.finditer(outside):
        if match.start() == 0 or not outside[:match.start()].strip():
            continue
        words = match.group().replace(" y ", " ").split()
        governed = _governed(outside[:match.start()])
        # a body in the description's complement (`la integrante de la Fundación X`) is no voice; a person is
        if _find(people, words) is not person and (not governed or any(map(is_given_name, words))):
            return True
    return False


def _governed(before: str) -> bool:
    """Tell whether a name after the text before is governed by a preposition (`a su pareja X`, `de la Fundación X`,
    an acronym in brackets after a body's name)."""
    words = [word for word in before.lower().split() if word not in lex.DETERMINERS]
    return bool(words) and (words[-1] in lex.GOVERNING or words[-1] == "(")


def _find(people: People, words: list[str]) -> Person | None:
    """Return the known person a run of capitalised words names: all of them, else the run without its last word
    (`Alfonso de Maria y Campos` for `Alfonso de Maria`), else its last word."""
    for tried in (words, words[:-1], words[-1:]):
        person = people.find(tried) if tried else None
        if person is not None and person is not NOBODY and person.display:
            return person
    return None


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
