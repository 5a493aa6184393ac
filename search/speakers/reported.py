"""Reported speech in news: the people each paragraph attributes a statement, opinion or announcement to.

>>> names = lambda found: [[person.display for person in paragraph] for paragraph in found]
>>> names(reported_speakers(["El canciller de Rusia, Sergey Lavrov, llegó.", '"Es clave", dijo el canciller ruso.']))
[[], ['Sergey Lavrov']]
"""

import re
from functools import partial

from search.speakers import lexicon as lex
from search.speakers.clauses import clause_subject, opinion, stance
from search.speakers.discourse import Discourse
from search.speakers.headlines import is_heading, label_person, recased
from search.speakers.hints import COLON_QUOTE, MARKS, ROLE_HINTS, no_hint
from search.speakers.interviews import interview_answers
from search.speakers.mentions import DASHES, QUOTES, TOKEN, VERBS, Sentence, register_names, sentence_spans
from search.speakers.openers import OPENERS, gerund_subject, opener_people
from search.speakers.people import NOBODY, Person
from search.speakers.quotes import MARK, QuoteTracker, quoted
from search.speakers.subjects import SHOWED, subject

PLURAL_AUXILIARIES = frozenset("han habían habrían hayan hubieran".split())
POSSESSIVE_STARTS = frozenset(opener[0] for opener in lex.POSSESSIVE_OPENERS)
# Whom what follows is about: the name that opens a paragraph (`Rosa Díaz, de 82 años, vive sola`), past a role
# or a word in capitals before it (`El psicoterapeuta Yan Goland, de 60 años, es…`, `MS Nina tiene…`).
OPENING_NAME = re.compile(r"^\s*(?:[^,.;:]{1,60},\s*)?(?:(?:El|La|el|la)\s+(?:[a-záéíóúñ]+\s+){1,3}|[A-Z]{2,4}\s+)?"
                          r"([A-ZÁÉÍÓÚÑ][\w'’-]+(?:\s+[A-ZÁÉÍÓÚÑ][\w'’-]+)*)"
                          r"(?:\s+[a-záéíóúñ]|,)")
# An attribution that points back to the quotation before it: `Así lo expresó X`, `Con estas palabras reaccionó X`.
POINTS_BACK = re.compile(r"^\W*(?:así|con (?:estas|esas) palabras|lo anterior|estas (?:declaraciones|palabras)|"
                         r"de (?:esta|esa) (?:manera|forma)|en (?:estos|esos) términos)\b", re.I)
# …or to the several quotations before it: `Estas son algunas de las palabras que X ha dirigido a Y`.
POINTS_BACK_ALL = re.compile(r"^\W*(?:estas|esas|tales) (?:son|fueron|eran) (?:algunas de |solo algunas de )?las "
                             r"(?:palabras|frases|declaraciones|afirmaciones)\b", re.I)
SPEAKER_AUXILIARIES = frozenset("he hemos has habéis habíamos".split())
CLOSING_MARKS = frozenset('»”"')
ADVERBS = frozenset("ahora hoy ayer también además entonces luego".split())
COPULAS = frozenset("fue es era estuvo está sido mostró muestra mostraba".split())
INFINITIVE = re.compile(r"^[a-záéíóúñ]{2,}(?:ar|er|ir)(?:se|lo|la|los|las|le|les)?$")
CLAUSE_ENDS = frozenset('.;:«»"“”()—')
FINITE_PAST = ("ó", "aron", "ieron")  # a verb in the past (`se desmarcó`, `sorprendió`)
NOUN_MARKERS = frozenset("un una unos unas el su sus este esta ese esa del al nueva nuevo primera".split())


def urges(lower: list[str], index: int) -> bool:
    """Tell whether `llamó a`/`convocó a` at index urges something (`a estrechar lazos`, `a la población a
    votar`, `a que…`) rather than calls someone (`llamó a su madre`, `convocó a la prensa`)."""
    for position in range(index, min(len(lower), index + 8)):
        word = lower[position]
        if word in ".;:":
            return False
        if position == index and (INFINITIVE.match(word) or word == "que"):
            return True
        if word == "a" and position + 1 < len(lower) and (INFINITIVE.match(lower[position + 1])
                                                         or lower[position + 1] == "que"):
            return True
    return False


EMBEDDING_BREAKS = frozenset(";:«»\"“”()—") | frozenset({"y", "e", "pero", "mientras", "aunque", "sino"})


def embedded(lower: list[str], statement: tuple, found: list) -> bool:
    """Tell whether a statement is only a circumstance inside another person's reported speech (`explicó que Jesús
    fue claro cuando dijo…`): only the one who reports it speaks. What the outer speaker reports as said (`recordó
    que Xi declaró en 2021 que…`) is a statement of its own, as is one after a break (`;`, a quotation mark, `y`)."""
    position, person, verb = statement
    left = verb - 1
    while left >= 0 and (lower[left] in lex.AUXILIARIES or lower[left] in lex.CLITICS):
        left -= 1
    if left < 0 or lower[left] != "cuando":
        return False
    start = min(position, verb)
    for outer_position, outer, outer_verb in found:
        if outer is NOBODY or outer is person or max(outer_position, outer_verb) >= start:
            continue
        that = next((i for i in range(outer_verb + 1, min(start, outer_verb + 4)) if lower[i] == "que"), None)
        if that is not None and all(word in lex.RIGHT_SKIP for word in lower[outer_verb + 1:that]) \
                and EMBEDDING_BREAKS.isdisjoint(lower[that + 1:start]):
            return True
    return False


class Attributor:
    """Read a document's paragraphs in order and name who speaks in each."""

    def __init__(self, paragraphs: list[str] = ()) -> None:
        self.discourse = Discourse(paragraphs)
        self.people = self.discourse.people

    def paragraph(self, text: str, expected: str | None = None) -> tuple[list[Person], list[Person]]:
        """Return the speakers of one paragraph in order of appearance: those who speak in it, and those who speak
        inside a quotation of someone else's (`«…, decía el presidente Juárez: …»`). expected is the closing mark
        of a quotation still open when the paragraph starts."""
        discourse = self.discourse
        discourse.next_paragraph()
        found: list[tuple[int, int, Person, bool]] = []
        text = recased(text, self.people)
        if ":" in text:  # `Gil: «No habrá recortes»`, `Aumento a gasolina no tiene que ver con reforma: Meade`
            person = label_person(text, self.people, discourse.clock + 1, partial(is_heading, text, discourse.index))
            if person is not None:
                found.append((discourse.clock + 1, -1, person, False))
        lower_text = text.lower()
        words = MARKS.sub(" ", lower_text).split()  # a cheap first look; most paragraphs stop here
        if no_hint(words, text, lower_text) and ROLE_HINTS.isdisjoint(words) and "Para " not in text and not found \
                and not COLON_QUOTE.search(text):
            discourse.clock += 1 + text.count(". ")
            register_names(text, self.people, discourse.clock)  # cheap: no statement and no role here
            opening = OPENING_NAME.match(text)
            if opening:  # `Durante el acto, Morant ha visitado…`: what the next `ha insistido` refers to
                discourse.about(partial(self.people.find, opening.group(1).split()))
            return [], []
        tokens = TOKEN.findall(text)
        lowered = TOKEN.findall(lower_text)
        if len(lowered) != len(tokens):  # a letter whose lower case is two characters (`İ`)
            lowered = [token.lower() for token in tokens]
        marked = expected is not None or MARK.search(text) is not None
        inside = None
        for start, end in sentence_spans(tokens):
            discourse.clock += 1
            lower = lowered[start:end]
            quiet = no_hint(lower)
            if quiet and ROLE_HINTS.isdisjoint(lower) and lower[0] != "para" \
                    and not self._colon_quote(lower):
                register_names(" ".join(tokens[start:end]), self.people, discourse.clock)
                continue
            sentence = Sentence(tokens[start:end], self.people, discourse.clock, lower)
            attributed = [] if quiet and lower[0] != "para" else self._sentence(sentence)
            if not attributed and self._colon_quote(lower):
                # `La alcaldesa prefiere no responder: «…»`, `Pero Ruiz no está de acuerdo: «…»`
                topic = clause_subject(sentence, discourse.salient) or self._agent(sentence)
                colon = lower.index(":")
                attributed = [(colon, topic, colon)] if topic is not None else []
            if attributed and marked and inside is None:
                inside = quoted(tokens, expected)  # only now: most paragraphs with marks state nothing
            statements = [(discourse.clock, position, person, bool(inside and inside[start + key]))
                          for position, person, key in attributed]
            found += statements
            outer = [person for _, _, person, inner in statements if not inner]
            if outer:
                discourse.spoke(outer)
            elif not attributed:
                discourse.about(partial(clause_subject, sentence))
        result: list[Person] = []
        inner_result: list[Person] = []
        for _, _, person, inner in sorted(found, key=lambda item: item[:2]):
            chosen = inner_result if inner else result
            if person not in chosen and (person is not NOBODY or not inner):
                chosen.append(person)  # NOBODY stays among those who speak: a body spoke, so no one else did
        if found and found[0][1] == -1:
            discourse.spoke(result[:1])
        return result, [person for person in inner_result if person not in result and person is not NOBODY]

    @staticmethod
    def _colon_quote(lower: list[str]) -> bool:
        """Tell whether a quotation follows a colon (`La jueza fue tajante: «No hay caso»`)."""
        return ":" in lower and lower[lower.index(":") + 1:lower.index(":") + 2] in (["«"], ['"'], ["“"])

    @staticmethod
    def _agent(s: Sentence) -> Person | None:
        """Return the agent of a passive before a colon (`fue esbozado por el presidente electo: «…»`)."""
        colon = s.lower.index(":")
        for index in range(colon - 1, 0, -1):
            if s.lower[index] == "por":
                return s.noun_phrase(index + 1)
        return None

    def _sentence(self, s: Sentence) -> list[tuple[int, Person, int]]:
        """Return (position, person, verb or opener index) for each statement of a sentence."""
        found, subjects = [], []
        for index, word in enumerate(s.lower):
            if word in OPENERS:  # `según X`, `de acuerdo con la versión de X`, `según han declarado X y Y`
                found += [(index, person, index) for person in opener_people(s, index)]
            if word in POSSESSIVE_STARTS and tuple(s.lower[index:index + 3]) in lex.POSSESSIVE_OPENERS:
                # `en sus palabras`: the salient speaker's, or this sentence's (`X apuntó que, a su juicio, …`)
                # `X ha mantenido contactos y su convicción es que…`: the sentence's subject, if it has one
                owners = [person for _, person in subjects[-1]] if subjects and subjects[-1] \
                    else [clause_subject(s)] if opinion(s.lower, index) and clause_subject(s) \
                    else self.discourse.salient()
                found += [(index, person, index) for person in owners]
            if word in lex.PASSIVES and s.lower[index + 1:index + 2] == ["por"] and index \
                    and s.lower[index - 1] in lex.PASSIVE_AUXILIARIES:  # `fue anunciada por Maduro`
                agent = s.noun_phrase(index + 2)
                if agent is not None:
                    found.append((index + 2, agent, index))
                    subjects.append([(index + 2, agent)])
                continue
            if word in VERBS and self._reports(s, index) \
                    or word in lex.ROLE_PARTICIPLES and s.lower[index - 1] in lex.AUXILIARIES:
                verb = index
            elif word in lex.INFINITIVES:
                verb = self._led_infinitive(s.lower, index)
            elif word in lex.STANCES:
                verb = stance(s.lower, index)  # `Ruiz es escéptico con respecto a…`
            else:
                continue
            if verb is None:
                continue
            left = verb - 1
            while left >= 0 and (s.lower[left] in lex.AUXILIARIES or s.lower[left] in lex.CLITICS):
                left -= 1
            framed = [i for i in range(left, max(-1, left - 3), -1) if s.lower[i] in lex.FRAMED_OBJECTS]
            if s.lower[verb] in lex.FRAMED and framed and s.lower[framed[0] + 1:verb].count("lo"):
                left = framed[0] - 2  # `El anuncio lo ha realizado…`: the object comes first, the subject is unsaid
            if left >= 0 and s.lower[left] in lex.NEGATIONS and s.lower[verb] not in lex.NEGATABLE:
                continue  # `no dijo que…` reports nothing; `no descartó que…` does
            if not SPEAKER_AUXILIARIES.isdisjoint(s.lower[left + 1:verb]):
                continue  # `«Hemos hablado de…»`: the speakers themselves, not someone they report
            plural = s.lower[verb] in lex.PLURAL or not PLURAL_AUXILIARIES.isdisjoint(s.lower[left + 1:verb])
            if word in lex.GERUNDS:
                people = gerund_subject(s, verb, subjects, self.discourse.salient)
            else:
                people = subject(s, verb, left, plural, subjects, self.discourse.salient)
                if left >= 0 and s.lower[left] == "según":  # `según expresó (X)`: only a subject after the verb;
                    people = [(at, person) for at, person in people if at >= verb]  # else the sentence's speaks
            subjects.append(people)
            found += [(position, person, verb) for position, person in people]
        return [statement for statement in found if not embedded(s.lower, statement, found)]

    @staticmethod
    def _led_infinitive(lower: list[str], index: int) -> int | None:
        """Return where the verb before a reporting infinitive is (`ha querido recordar`, `intervino para decir`,
        `fue enfático en afirmar`, `se mostró tajante al señalar`)."""
        if index == 0:
            return None
        if index >= 3 and lower[index - 1] in ("en", "al") and lower[index - 2] in lex.EMPHATIC \
                and lower[index - 3] in COPULAS:
            return index - 3
        led = lower[index - 1] == "para" or lower[index - 1] == "a" and index >= 2 and lower[index - 2] in lex.A_LEADS
        lead = index - 2 if led else index - 1
        if lead >= 0 and lower[lead] in lex.INFINITIVE_LEADS:
            return lead  # `ha querido recordar`, `intervino para decir`, `se limitó a señalar`
        if lower[index - 1] in ("al", "para") and "que" in lower[index + 1:index + 7]:
            # `se desmarcó del presidente al recalcar que…`, `acudió a la radio para aclarar que…`: the clause's
            # verb leads
            for lead in range(index - 2, max(-1, index - 12), -1):
                word = lower[lead]
                if word in CLAUSE_ENDS:
                    return None
                if word.endswith(FINITE_PAST) and len(word) > 4 or word in lex.SINGULAR or word in lex.PLURAL:
                    return lead
        return None

    def _reports(self, s: Sentence, index: int) -> bool:
        """Tell whether the verb-like word at index reports speech here."""
        word, lower = s.lower[index], s.lower
        before = lower[index - 1] if index else ""
        after = lower[index + 1:index + 4]
        if before in NOUN_MARKERS:
            return False
        if word in lex.PARTICIPLES and word not in lex.SINGULAR and before not in lex.AUXILIARIES:
            return False
        if word in lex.AFTER_QUOTE:  # `«…», continuó`, `—terminó la ministra—`
            left = index - 1
            while left > 0 and lower[left] in lex.AUXILIARIES:
                left -= 1
            if lower[left] in DASHES or lower[left] in CLOSING_MARKS \
                    or (lower[left] == "," and left > 0 and lower[left - 1] in QUOTES):
                return True  # `«…», continuó`, `…tres meses" finalizó`
            if word not in lex.PHRASES:
                return False
        if word in lex.PHRASES:  # `dejó claro`, `dio a conocer`, `habló de`, `llamó a estrechar lazos`
            if not any(tuple(lower[index + 1:index + 1 + len(frame)]) == frame for frame in lex.PHRASES[word]):
                return False
            return word not in lex.URGING or urges(lower, index + 2)
        if word in lex.GERUNDS:
            return before == ","  # `…, agregando que`
        if word in lex.REFLEXIVE and ("se" in lower[max(0, index - 3):index] or after[:1] == ["que"]):
            return True  # `se comprometió a`, `se pronunció sobre`, `refirió que`
        if word in lex.REFLEXIVE and word not in lex.FRAMED:
            return False
        if word in lex.NEEDS_QUE:  # `celebró que…`, `contó ayer que…`, or after a closing quote: `«…», celebró X`
            return after[:1] == ["que"] or after[1:2] == ["que"] and after[0] in lex.RIGHT_SKIP | ADVERBS \
                or (before == "," and index > 1 and lower[index - 2] in QUOTES)
        if word.startswith("consider") and after and INFINITIVE.match(after[0]):
            return False  # `consideraría hacerlo` weighs a plan
        if word in SHOWED:
            states = [state for state in after if state not in lex.INTENSIFIERS]
            return "se" in lower[max(0, index - 3):index] and bool(states) and states[0] in lex.SHOWED_STATES
        if word in lex.FRAMED:  # `hizo estas declaraciones`, `el anuncio lo ha realizado`
            return lex.framed_object_after(lower, index) \
                or not lex.FRAMED_OBJECTS.isdisjoint(lower[max(0, index - 4):index]) \
                or lex.framed_relative(lower, index)
        return True


def reported_speakers(paragraphs: list[str]) -> list[list[Person]]:
    """Return, for each paragraph of one document, the people it reports as speaking."""
    attributor = Attributor(paragraphs)
    quotes = QuoteTracker()
    inner_speakers = []
    for paragraph in paragraphs:
        salient = attributor.discourse.salient_now()  # whom unattributed quoted words are of, if any are
        found, inner = attributor.paragraph(paragraph, quotes.expected)
        back = bool(found) and ("all" if POINTS_BACK_ALL.match(paragraph) else POINTS_BACK.match(paragraph) is not None)
        filled = quotes.paragraph(paragraph, found, salient, back)
        if filled and not found:  # the quotation's speaker is the one a later `agregó` refers to
            attributor.discourse.spoke(filled)
        inner_speakers.append(inner)
    speakers = [[person for person in found if person is not NOBODY]
                + [person for person in inner if person not in found]
                for found, inner in zip(quotes.finish(), inner_speakers)]
    return interview_answers(paragraphs, speakers)
