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
article never lets speak is no voice to give lines to), the line names no one else, no body, document, collective
or unnamed source voices it (search.speakers.voices), and it needs a speaker:

- a quotation mark or `»` opens it, or a dash after a question (an interview's answer), with no voice of its own
  after the quotation (`…", dicen los investigadores`: voiced_by_other), and the quotation is not about the person;
  the lines after it that close no quotation go on with it (`"Leo Messi está en un manicomio.`, `¡En un
  manicomio!`);
- or a description of a person of the focus's gender speaks (`…, resaltó el funcionario`, `según el titular del
  instituto`, `La integrante de la fundación (FMD), comentó…`; described), or a verb of saying joined by `y`
  (`Y remató con elogios…`), or one after a connective or a gerund with no subject before a colon and a quotation
  (`Y mirando a su pareja dijo: "…`). A person noun is one the role lexicon knows, or of a Spanish ending for an
  agent or a member (search.speakers.lexicon.PERSON_ENDINGS); no noun seen in the sets was added.

And a line with no speaker whose relative `quien` reports a statement (`…a cargo de Ana Gil, experta, quien explicó
que…`) is the words of the person named before it (relative_speaker): the anchor a missed line would have lost.

>>> from search.speakers.people import People
>>> from search.speakers.voices import DocumentVoices
>>> people = People()
>>> gil = people.person(["Ana", "Gil"], 1)
>>> texts = ["Titular", "El análisis estuvo a cargo de Ana Gil, experta en puertos.", '"Es muy grave lo que pasa.',
...          'Nadie lo quiere ver", remató Gil.']
>>> [[p.display for p in found] for found in follow(texts, [[], [], [], [gil]], people, DocumentVoices(texts, people))]
[[], [], ['Ana Gil'], ['Ana Gil']]
"""

import re

from search.speakers import lexicon as lex
from search.speakers.focus_lines import (
    NOT_SINGULAR_FINITE,
    QUOTED,
    WORD,
    closes,
    description,
    needs_speaker,
    voiced_by_other,
)
from search.speakers.focus_pronouns import pronoun_people, pronoun_subject
from search.speakers.genders import name_gender
from search.speakers.mentions import VERBS
from search.speakers.names import fold_name
from search.speakers.people import NOBODY, People, Person
from search.speakers.quoted_terms import closed_impersonally
from search.speakers.role_parse import Role, compatible
from search.speakers.teasers import TEASER, teaser_end, teaser_people_dropped
from search.speakers.voices import DocumentVoices
from search.text.names import is_given_name
from search.text.words import words_before

FOCUS_REACH = 3  # paragraphs since the person in focus was last mentioned or credited
MENTIONS_REACH = 6  # the people last named or credited, among whom a pronoun finds its person
LONGEST_RUN = 12  # paragraphs a quotation given to the focus goes on over, and is looked at for where it closes
OPENING_MARKS = ("«", "\"", "“")  # a line that opens with a quotation: the whole line is quoted words
WORDS_BEFORE = 12  # words before a name read for the preposition governing it, over determiners (`a la su X`)
NAME_RUN = re.compile(r"[A-ZÁÉÍÓÚÑ][\w'-]*(?:\s+(?:(?:de|del|de la|y)\s+)?[A-ZÁÉÍÓÚÑ][\w'-]*)*")
NOT_GOVERNING = frozenset({"por"})  # `confirmada por Ana Gil`: the agent is in focus
# a relative that reports a statement: `quien relató que`, `quien le dijo:`
RELATIVE = re.compile(r",\s+quien\s+(?:(?:le|les|lo|la|los|las|nos|me|se)\s+)?(\w+)(?:\s+\w+)?\s*(?:que\b|:)")


def follow(paragraphs: list[str], speakers: list[list[Person]], people: People,
           voices: DocumentVoices, spans: dict[int, list[int]] | None = None,
           lost: set[int] = frozenset()) -> list[list[Person]]:
    """Return speakers (one list of people per paragraph of a news item) with each line that needs a speaker and
    has none given the person in focus, as the module says; people: the document's (search.speakers.people);
    voices: the document's voices (search.speakers.voices), so that no person is carried onto a line a body, a
    document, a collective or an unnamed source voices; spans: the quotations over several paragraphs, by the index
    of the paragraph that opens each (search.speakers.quotes.QuoteTracker.spans): a quotation given here is that
    person's over the paragraphs it goes on over; lost: the spans the tracker never saw closed."""
    spans = spans or {}
    credited = {id(person) for found in speakers for person in found if person.display}
    result = list(speakers)
    focus: Person | None = None
    since = -1
    carried: dict[int, Person] = {}  # the paragraphs of a quotation given here, after its first, and whose it is
    mentioned: list[Person] = []  # the people named or credited so far, the most recent last (for a pronoun)
    for index, text in enumerate(paragraphs):
        found = [person for person in speakers[index] if person.display]
        named = _named(text, people)
        antecedent = None if speakers[index] else relative_speaker(text, people)
        if antecedent is not None:
            result[index] = found = [antecedent]  # `El análisis estuvo a cargo de Ana Gil, experta, quien explicó…`
        elif not speakers[index] and index in carried and all(person is carried[index] for person, _ in named) \
                and not voiced_by_other(text) and not _anyones(paragraphs, index):
            result[index] = found = [carried[index]]  # `"Leo Messi está en un manicomio.` then `¡En un manicomio!`
        elif not speakers[index] and focus is not None and index - since <= FOCUS_REACH and id(focus) in credited \
                and all(person is focus for person, _ in named) and not voices.nobodys(index) \
                and (needs_speaker(text, paragraphs[index - 1] if index else "") and not _names_in_quotes(text, focus)
                     and not _anyones(paragraphs, index)
                     or not named and _fits(description(text), focus) and not _unknown_names(text, focus, people)):
            result[index] = found = [focus]
        elif not speakers[index] and not voices.nobodys(index) and (wanted := pronoun_subject(text)) is not None:
            before = mentioned + [person for person, _ in named] if wanted[2] else mentioned
            meant = pronoun_people(wanted, before[-MENTIONS_REACH:], _gender, lambda person: id(person) in credited)
            if meant:
                result[index] = found = meant  # `Ella menciona que…`, `…, contó este.`, `…, contaron ambos`
        mentioned = (mentioned + [person for person, _ in named] + found)[-MENTIONS_REACH:]
        opens = result[index] is not speakers[index] \
            or index in lost and len(found) == 1 and text.lstrip()[:1] in OPENING_MARKS
        if found and opens and index in spans:
            # a quotation given here goes on over the paragraphs the quote tracker found it spans, as far as it
            # closes; one that opens a line credited to one person (`"Para que la cocina…`) had its speaker decided
            # by the tracker, unless its closing mark was lost: then it goes on as far as the tracker held it open
            carried.update((later, found[-1]) for later in spans[index][1:] if later not in carried)
        if found and TEASER.match(text):  # `Lea: <another article's headline> …`: its people are not followed
            end = teaser_end(text)
            found = teaser_people_dropped(found, text, end) if end is not None else found
            if not found:
                continue
        if found:
            focus, since = found[-1], index
        elif speakers[index] or voiced_by_other(text) or voices.nobodys(index):
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


def _named(text: str, people: People) -> list[tuple[Person, bool]]:
    """Return the known people a line names outside quotations, each with whether it is in focus there (not after a
    preposition, except `por` and `a cargo de`)."""
    outside = QUOTED.sub(" ", text)
    named = []
    for match in NAME_RUN.finditer(outside):
        person = _run_person(people, match)
        if person is None:
            continue
        near = words_before(outside, match.start(), WORDS_BEFORE)
        before = near.lower().split()
        governed = _governed(near) and before[-1] not in NOT_GOVERNING \
            and before[-3:] != ["a", "cargo", "de"]
        named.append((person, not governed))
    return named


def relative_speaker(text: str, people: People) -> Person | None:
    """Return the person a relative `quien` with a verb of saying refers to, when the rules credited no one on the
    line: the last person named before `, quien`, with only an apposition between (`…a cargo de Ana Gil, experta en
    puertos, quien explicó…`, `…confirmada por Ana Gil, portavoz del organismo, quien detalló…`); a person by a given
    name or a role. None when another person or a verb comes between."""
    match = RELATIVE.search(text)
    if match is None or match.group(1).lower() not in VERBS or match.group(1).lower().endswith(NOT_SINGULAR_FINITE):
        return None
    before = QUOTED.sub(" ", text[:match.start()])
    runs = [(run, person) for run in NAME_RUN.finditer(before) if (person := _run_person(people, run))]
    if not runs:
        return None
    last, person = runs[-1]
    between = before[last.end():].lower()
    if any(word in VERBS or word == "que" for word in WORD.findall(between)) \
            or not (person.roles or is_given_name(person.tokens[0])):
        return None
    return person


def _fits(found: tuple[str, Role | None] | None, person: Person) -> bool:
    """Tell whether a description (gender, role; None: no description) may be the person: of no other gender, and a
    role the lexicon knows fits one they hold, or is a bare office and they hold none (`el ministro de Agricultura`
    is not the spokesperson followed, `la cantante` not the vice-president: search.speakers.people.by_role reads
    roles alike)."""
    if found is None:
        return False
    gender, role = found
    known = {held.gender for held in person.roles if held.gender} or {name_gender(person)} - {None}
    if gender and known and gender not in known:
        return False
    if role is None:
        return True
    if person.roles:
        return any(compatible(role, held) for held in person.roles)
    return not role.qualifiers and not role.country


def _gender(person: Person) -> str | None:
    """Return a person's gender as their roles tell it, else their name (search.speakers.genders.name_gender)."""
    return next((role.gender for role in person.roles if role.gender), None) or name_gender(person)


def _anyones(paragraphs: list[str], index: int) -> bool:
    """Tell whether the quotation that the line at index opens or goes on with is closed by words that give it to an
    impersonal `se` (`…" son algunos de los mensajes que se pueden leer`): anyone's, no one's (quoted_terms)."""
    for text in paragraphs[index:index + LONGEST_RUN]:
        if closes(text):
            return closed_impersonally(text)
    return False


def _unknown_names(text: str, person: Person, people: People) -> bool:
    """Tell whether a line names, outside quotations and past its first word, someone or something that is not the
    person (`La política del Frente Nacional Emmanuelle Menard ha comparado…`): a voice the description may be."""
    outside = QUOTED.sub(" ", text)
    for match in NAME_RUN.finditer(outside):
        near = words_before(outside, match.start(), WORDS_BEFORE)
        if not near.strip():
            continue
        words = _run_words(match)
        governed = _governed(near)
        # a body in the description's complement (`la integrante de la Fundación X`) is no voice; a person is
        if _find(people, words) is not person and (not governed or any(map(is_given_name, words))):
            return True
    return False


def _governed(before: str) -> bool:
    """Tell whether a name after the text before is governed by a preposition (`a su pareja X`, `de la Fundación X`,
    an acronym in brackets after a body's name)."""
    words = [word for word in before.lower().split() if word not in lex.DETERMINERS]
    return bool(words) and (words[-1] in lex.GOVERNING or words[-1] == "(")


def _run_words(run: re.Match) -> list[str]:
    """Return the words of a NAME_RUN match, less the `y` joining two names."""
    return run.group().replace(" y ", " ").split()


def _run_person(people: People, run: re.Match) -> Person | None:
    """Return the known person a NAME_RUN match names (_find), or None."""
    return _find(people, _run_words(run))


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
    quoted = {fold_name(word) for span in QUOTED.findall(text) for word in WORD.findall(span)}  # as tokens are
    return bool(person.tokens) and person.tokens[-1] in quoted
