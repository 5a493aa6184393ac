"""Who is salient at each point of a document: the people met so far, the last speakers, the current topic.

A verb with no subject (`Ha subrayado que…`, `«…», agregó.`), a possessive (`en sus palabras`) or a
plural with no subject (`Han recordado que…`) refers to whoever is salient: the speaker of a recent
statement, or the person a recent sentence was about (`El ministro ha visitado… Durante su intervención
ha lamentado…`). A role named before the person it stands for (`El ministro del Interior ha señalado…`
above a caption that names him) is looked for in the paragraphs that follow.

>>> discourse = Discourse(["La ministra ha dicho que sí.", "La ministra de Sanidad, Ana Gil, llegó."])
>>> discourse.people.by_role(Role("ministro", None, frozenset(), "f"), 1).display
'Ana Gil'
"""

import re
from collections import Counter
from collections.abc import Callable

from search.speakers import lexicon as lex
from search.speakers.descriptions import epithets
from search.speakers.evidence import Evidence
from search.speakers.genre import Kind
from search.speakers.mentions import TOKEN, Sentence, sentence_spans
from search.speakers.people import NOBODY, People, Person, Role
from search.text.names import is_given_name

RECENT_STATEMENT = 3  # sentences since a statement whose speaker a bare `agregó` may still refer to
RECENT_TOPIC = 2  # sentences since a sentence about a person
UNRIVALLED = 10  # sentences since a statement whose speaker is still salient when no one else was named since
LOOKAHEAD = 20  # paragraphs searched for a person whom a role names before the name
LEAD = 4  # paragraphs (the headline, a subheading, the lead) where an article names its main actor
ROLE_WORDS = frozenset(lex.ROLE_CLASSES)
WORD = re.compile(r"\w+")


class Discourse:
    """The state of one document as it is read: people, clock, salient speakers and topic."""

    def __init__(self, paragraphs: list[str], kind: Kind | None = None) -> None:
        self.paragraphs = list(paragraphs)
        self.people = People(evidence=Evidence(self.paragraphs, kind))
        self.kind = self.people.evidence.kind
        self.people.lookahead = self._lookahead
        self.people.salient = self.salient
        self.people.main = self.main_actor
        self.people.epithets = epithets(self.paragraphs[:LOOKAHEAD])
        self._lead: list[Person] | None = None
        self.clock = 0  # sentences read so far
        self.index = -1  # the paragraph being read
        self.last_speakers: tuple[list[Person], int] | None = None
        self.topic: tuple[Person, int] | None = None
        self.earlier: tuple[Person, int] | None = None  # the topic before the current one
        # the people a sentence with no statement had as its coordinated subject (search.speakers.plural_topic), as a
        # function found only if a later plural verb asks; and those a plural verb took from it (the trace's)
        self.together: list[tuple[Callable[[], list[Person]], int]] = []  # the newest last
        self.taken_together: set[int] = set()
        self._ahead: People | None = None
        self.main: Person | None = None  # the first person the headline names

    def next_paragraph(self) -> None:
        self.index += 1
        self.people.evidence.index = self.index
        if self.index == 1:  # the headline read: whom it names first is the article's main actor
            self.main = next((person for person in self.people.known if person.display), None)

    def owner(self) -> Person | None:
        """Return whom a possessive with no antecedent refers to (`Su última entrevista la concedió…`): the person
        followed, else the article's main actor."""
        return next((person for person in self.salient() if person.display), None) or self.main

    def main_actor(self) -> Person | None:
        """Return the article's main actor, whom a description (`el peleador irlandés`) may stand for: the first
        person its headline names, else of those its headline and lead name in full, the one the headline names by
        a word of their name, else the one the text names most often."""
        if not self.kind.news:
            return None  # a book or a story, not an article: its opening names no main actor for every chapter
        if self.main is not None and self.index >= 1:
            return self.main
        if self._lead is None:
            lead = self._read(self.paragraphs[:LEAD])
            # the one the headline names by a word of their name, else the one the text names most often (twice at
            # least: a tweet's credit line names its author once)
            headline = {word.lower() for word in WORD.findall(self.paragraphs[0])} if self.paragraphs else set()
            words = Counter(WORD.findall(" ".join(self.paragraphs[:LOOKAHEAD]).lower()))
            named = [person for person in lead.known if len(person.tokens) >= 2 and (
                person.tokens[-1] in headline or words[person.display.split()[-1].lower()] > 1)]
            self._lead = sorted(named, key=lambda person: (person.tokens[-1] not in headline,
                                                           -words[person.display.split()[-1].lower()]))[:1]
        if not self._lead:
            return None
        return self.people.person(self._lead[0].display.split(), self.clock, self._lead[0].roles)

    def spoke(self, people: list[Person]) -> None:
        """Note the speakers of the statement just read."""
        for person in people:
            person.statements += 1
        # `«…», dijo X, citó la agencia Notimex`: a body that relays a person's words leaves the person salient
        people = [person for person in people if person is not NOBODY] or people
        if people:  # in the order of their last statements (`X recordó a Y, quien pidió…, y aseguró…`: X last)
            self.last_speakers = (list(dict.fromkeys(reversed(people)))[::-1], self.clock)
            self.topic = (people[-1], self.clock)

    def authored(self, person: Person | None) -> None:
        """Note the author of a work that just spoke for them (`La investigación de Pfanz agrega…`): whom a bare
        `dice` after it refers to, though the work's words are not theirs."""
        if person is not None:
            self.last_speakers = ([person], self.clock)

    def about(self, person: Person | Callable[[], Person | None] | None) -> None:
        """Note the person the sentence just read was about (its subject), when it has no statement.

        Given as a function, it is found only if a later verb asks (most never do).
        """
        if person is not None:
            self.earlier, self.topic = self.topic, (person, self.clock)

    def about_together(self, people: Callable[[], list[Person]]) -> None:
        """Note the people the sentence just read had as its coordinated subject (`Ana Gil y Luis Mora firmaron…`),
        when it has no statement: whom a plural verb with no subject refers to next (`Han recordado que…`)."""
        self.together = [*self.together[-RECENT_TOPIC:], (people, self.clock)]

    def earlier_topic(self) -> list[Person]:
        """Return the person the topic was before the current one, if recent and the current one names no one: whom
        a bare credit after a closing mark refers to past a sentence about someone unnamed (`Simons prefiere…`, `el
        pequeño tenía en mente…`, `…ramas", dice.`)."""
        current, earlier = self.topic, self.earlier
        if current is None or earlier is None or self.clock - earlier[1] > RECENT_TOPIC + 1:
            return []
        if (current[0] if isinstance(current[0], Person) else current[0]()) is not None:
            return []
        person = earlier[0] if isinstance(earlier[0], Person) else earlier[0]()
        return [person] if person is not None and person.display else []

    def salient(self, plural: bool = False) -> list[Person]:
        """Return whom a verb with no subject refers to: the last speakers or the topic, whichever is later."""
        return self._salient(self.last_speakers, self.topic, self.clock, plural)

    def salient_now(self) -> Callable[[], list[Person]]:
        """Return a function that tells, later, who was salient at this point (before the next paragraph is read)."""
        state = self.last_speakers, self.topic, self.clock
        return lambda: self._salient(*state)

    def _salient(self, last_speakers, topic, clock: int, plural: bool = False) -> list[Person]:
        candidates = []
        if last_speakers:
            people, when = last_speakers
            age = clock - when
            # the last speaker stays salient while no one else is named (a press release about one person)
            if (age <= RECENT_STATEMENT or age <= UNRIVALLED and not self._rivals(people, when, clock)) \
                    and (not plural or len(people) > 1):
                candidates.append((when, people if plural else people[-1:]))
        # the newest coordination that names two, in news (search.speakers.plural_topic)
        for people, when in reversed(self.together if plural and self.kind.news else []):
            if clock - when > RECENT_TOPIC or last_speakers and last_speakers[1] >= when:
                break
            people = people()
            if len(people) > 1:
                self.taken_together.update(map(id, people))
                candidates.append((when, people))
                break
        if not plural and topic and clock - topic[1] <= RECENT_TOPIC:
            person = topic[0] if isinstance(topic[0], Person) else topic[0]()
            if person is not None:
                candidates.append((topic[1], [person]))
        return max(candidates, key=lambda item: item[0])[1] if candidates else []

    def _rivals(self, speakers: list[Person], when: int, clock: int) -> bool:
        """Tell whether someone else was named between the speakers' last statement and clock, and after the
        speakers were last named, in news (`«…», dijo Gil.` then `…dirigida por Ruiz, mostró a Gil…` keeps Gil
        followed; a novel's dialogue names its speakers again and again, and each turn is told)."""
        if self.kind.news:
            when = max([when] + [person.seen for person in speakers if person.seen <= clock])
        return any(when < person.seen <= clock and person not in speakers and (
            person.roles or person.statements or is_given_name(person.display.split()[0]))
            for person in reversed(self.people.known))  # the newest first: a rival is usually recent

    def _lookahead(self, asked: Role) -> Person | None:
        """Return the person a role names when the document introduces them only further on.

        The paragraphs after the first such role are read once, for the people introduced with a role.
        """
        if self._ahead is None:
            ahead = self.paragraphs[self.index + 1:self.index + 1 + LOOKAHEAD]
            self._ahead = self._read([text for text in ahead if not ROLE_WORDS.isdisjoint(WORD.findall(text.lower()))])
        return self._ahead.by_role(asked, 0)

    def _read(self, paragraphs: list[str]) -> People:
        """Return the people that paragraphs name, read apart from the document's own."""
        people = People(evidence=self.people.evidence)
        for text in paragraphs:
            tokens = TOKEN.findall(text)
            for start, end in sentence_spans(tokens):
                Sentence(tokens[start:end], people, 0)
        return people
