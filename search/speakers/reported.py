"""Reported speech in news: the people each paragraph attributes a statement, opinion or announcement to.

>>> names = lambda found: [[person.display for person in paragraph] for paragraph in found]
>>> names(reported_speakers(["El canciller de Rusia, Sergey Lavrov, llegó.", '"Es clave", dijo el canciller ruso.']))
[[], ['Sergey Lavrov']]
"""

import re

from search.speakers import lexicon as lex
from search.speakers.mentions import (
    BOUNDARIES, DASHES, QUOTES, TOKEN, VERBS, Sentence, register_names, sentence_spans,
)
PLURAL_AUXILIARIES = frozenset("han habían habrían hayan hubieran".split())
ROLE_PARTICIPLES = frozenset({"abogado"})  # `ha abogado por`, not `el abogado`
POSSESSIVE_STARTS = frozenset(opener[0] for opener in lex.POSSESSIVE_OPENERS)
from search.speakers.discourse import Discourse
from search.speakers.names import fold_name
from search.speakers.people import Person, looks_like_person
from search.speakers.quotes import QuoteTracker

HINTS = VERBS | lex.INFINITIVE_LEADS | {"abogado", "según", "opinión", "juicio", "palabras", "acuerdo", "decir", "criterio"}
# Words that report only in a context (`—terminó X`, `quiso recordar`, `se comprometió`, `puso en valor`), and
# are common in novels without it: a regular expression looks for the context before any tokenizing.
WEAK_HINTS = (lex.AFTER_QUOTE | lex.INFINITIVE_LEADS | lex.REFLEXIVE | lex.FRAMED) - lex.SINGULAR - lex.PLURAL \
    - lex.PARTICIPLES | lex.AFTER_QUOTE
STRONG_HINTS = HINTS - WEAK_HINTS


def _alternatives(words) -> str:
    return "|".join(sorted(words, key=len, reverse=True))


WEAK_CONTEXT = re.compile(
    r"(?:[—–―-]|[»\"”]\s*,)\s*(?:ha\s+|han\s+)?(?:" + _alternatives(lex.AFTER_QUOTE) + r")\b"
    r"|\b(?:" + _alternatives(lex.INFINITIVE_LEADS) + r")\s+(?:para\s+)?(?:" + _alternatives(lex.INFINITIVES) + r")\b"
    r"|\bse\s+(?:\w+\s+)?(?:" + _alternatives(lex.REFLEXIVE | lex.FRAMED) + r")\b"
    r"|\b(?:" + _alternatives(lex.FRAMED) + r")(?:\s+\w+){0,2}\s+(?:" + _alternatives(lex.FRAMED_OBJECTS) + r")\b"
    r"|\b(?:" + _alternatives(lex.FRAMED_OBJECTS) + r")\s+lo\s+(?:ha\s+|han\s+)?(?:" + _alternatives(lex.FRAMED) + r")\b",
    re.IGNORECASE)


def _no_hint(words, text: str) -> bool:
    """Tell whether words (lower case) hold no reporting word, or only weak ones out of their context."""
    return STRONG_HINTS.isdisjoint(words) and (WEAK_HINTS.isdisjoint(words) or not WEAK_CONTEXT.search(text))
HEADLINE_LABEL = re.compile(r"^[\s\ufeff\u200b]*([A-ZÁÉÍÓÚÑ][\w'’-]+(?:\s+(?:de |del |la )?[A-ZÁÉÍÓÚÑ][\w'’-]+){0,3})\s*:\s*[«\"“]")
COLON_QUOTE = re.compile(r':\s*[«"“]')
OPENING_NAME = re.compile(r"^\s*(?:[^,.;:]{1,60},\s*)?([A-ZÁÉÍÓÚÑ][\w'’-]+(?:\s+[A-ZÁÉÍÓÚÑ][\w'’-]+)*)\s+[a-záéíóúñ]")
PREPOSITIONS = lex.GOVERNING | {"durante", "bajo", "hasta", "junto", "frente", "tras"}
ROLE_HINTS = frozenset(word for word, kind in lex.ROLE_CLASSES.items() if kind not in ("titulo", "general")) - {
    "alto", "alta", "primer", "primera"} | {"expresidente", "expresidenta", "exministro", "exministra", "excanciller"}
INVERTING = frozenset({",", "como", "según"}) | QUOTES | DASHES
RELATIVES = frozenset({"que", "quien", "quienes"})
NOUN_MARKERS = frozenset("un una unos unas el su sus este esta ese esa del al nueva nuevo primera".split())
SHOWED = frozenset("mostró mostraron muestra muestran mostrado".split())
OPENERS = {}
for _opener in lex.ATTRIBUTION_OPENERS:
    OPENERS.setdefault(_opener[0], []).append(_opener)
PUNCTUATION = frozenset(",.;:¡!¿?…()") | QUOTES | DASHES
MARKS = re.compile(r"[^\w\s]+")


class Attributor:
    """Read a document's paragraphs in order and name who speaks in each."""

    def __init__(self, paragraphs: list[str] = ()) -> None:
        self.discourse = Discourse(paragraphs)
        self.people = self.discourse.people

    def paragraph(self, text: str) -> list[Person]:
        """Return the speakers of one paragraph in order of appearance."""
        discourse = self.discourse
        discourse.next_paragraph()
        found: list[tuple[int, int, Person]] = []
        label = HEADLINE_LABEL.match(text) if ":" in text else None
        if label and self._label_person(label.group(1)):
            found.append((discourse.clock + 1, -1, self._label_person(label.group(1))))
        words = MARKS.sub(" ", text.lower()).split()  # a cheap first look; most paragraphs stop here
        if _no_hint(words, text) and ROLE_HINTS.isdisjoint(words) and "Para " not in text and not found \
                and not COLON_QUOTE.search(text):
            discourse.clock += 1 + text.count(". ")
            register_names(text, self.people, discourse.clock)  # cheap: no statement and no role here
            opening = OPENING_NAME.match(text)
            if opening:  # `Durante el acto, Morant ha visitado…`: what the next `ha insistido` refers to
                discourse.about(self.people.find(opening.group(1).split()))
            return []
        tokens = TOKEN.findall(text)
        lowered = [token.lower() for token in tokens]
        for start, end in sentence_spans(tokens):
            discourse.clock += 1
            lower = lowered[start:end]
            no_hint = _no_hint(lower, " ".join(tokens[start:end]))
            if no_hint and ROLE_HINTS.isdisjoint(lower) and lower[0] != "para" \
                    and not self._colon_quote(lower):
                register_names(" ".join(tokens[start:end]), self.people, discourse.clock)
                continue
            sentence = Sentence(tokens[start:end], self.people, discourse.clock, lower)
            attributed = [] if no_hint and lower[0] != "para" else self._sentence(sentence)
            if not attributed and self._colon_quote(lower):
                topic = self._topic(sentence)  # `La alcaldesa prefiere no responder: «Los vecinos juzgarán».`
                attributed = [(lower.index(":"), topic)] if topic is not None else []
            found += [(discourse.clock, position, person) for position, person in attributed]
            if attributed:
                discourse.spoke([person for _, person in attributed])
            else:
                discourse.about(self._topic(sentence))
        result: list[Person] = []
        for _, _, person in sorted(found, key=lambda item: item[:2]):
            if person not in result:
                result.append(person)
        if found and found[0][1] == -1:
            discourse.spoke(result[:1])
        return result

    @staticmethod
    def _colon_quote(lower: list[str]) -> bool:
        """Tell whether a quotation follows a colon (`La jueza fue tajante: «No hay caso»`)."""
        return ":" in lower and lower[lower.index(":") + 1:lower.index(":") + 2] in (["«"], ['"'], ["“"])

    def _label_person(self, label: str) -> Person | None:
        """Return the person of a headline label (`Gil: «No habrá recortes»`), None for `Nota:` and the like."""
        words = label.split()
        if words[0].lower() in lex.NOT_NAME_STARTS or words[0].lower() in lex.ROLE_CLASSES \
                or fold_name(words[0]) in lex.LABEL_NOT_NAMES \
                or not looks_like_person(words) or (len(words) == 1 and self.people.is_common_word(words[0])):
            return None
        return self.people.person(words, self.discourse.clock + 1)

    def _topic(self, s: Sentence) -> Person | None:
        """Return the person a sentence is about: its subject, after any opening prepositional phrase."""
        index, lower = 0, s.lower
        if lower and lower[0] in PREPOSITIONS:
            index = lower.index(",") + 1 if "," in lower[:12] else 0
        if index in s.starts and not s.starts[index].governed:
            return s.mention_person(s.starts[index])
        return s.noun_phrase(index) if index < len(lower) and lower[index] in lex.DETERMINERS else None

    def _sentence(self, s: Sentence) -> list[tuple[int, Person]]:
        found, subjects = [], []
        for index, word in enumerate(s.lower):
            if word in OPENERS:
                person = self._opener(s, index)
                if person:
                    found.append((index, person))
            if word in POSSESSIVE_STARTS and tuple(s.lower[index:index + 3]) in lex.POSSESSIVE_OPENERS:
                found += [(index, person) for person in self.discourse.salient()]  # `en sus palabras`
            if word in VERBS and self._reports(s, index) or word in ROLE_PARTICIPLES and s.lower[index - 1] in lex.AUXILIARIES:
                verb = index
            else:
                verb = self._led_infinitive(s.lower, index)
            if verb is None:
                continue
            left = verb - 1
            while left >= 0 and (s.lower[left] in lex.AUXILIARIES or s.lower[left] in lex.CLITICS):
                left -= 1
            framed = [i for i in range(left, max(-1, left - 3), -1) if s.lower[i] in lex.FRAMED_OBJECTS]
            if s.lower[verb] in lex.FRAMED and framed and s.lower[framed[0] + 1:verb].count("lo"):
                left = framed[0] - 2  # `El anuncio lo ha realizado…`: the object comes first, the subject is unsaid
            if left >= 0 and s.lower[left] in lex.NEGATIONS:
                continue
            plural = s.lower[verb] in lex.PLURAL or not PLURAL_AUXILIARIES.isdisjoint(s.lower[left + 1:verb])
            people = self._subject(s, verb, left, plural, subjects)
            subjects.append(people)
            found += people
        return found

    @staticmethod
    def _led_infinitive(lower: list[str], index: int) -> int | None:
        """Return where the verb before a reporting infinitive is (`ha querido recordar`, `intervino para agradecer`)."""
        if lower[index] not in lex.INFINITIVES or index == 0:
            return None
        lead = index - 2 if lower[index - 1] == "para" else index - 1
        return lead if lead >= 0 and lower[lead] in lex.INFINITIVE_LEADS else None

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
            return lower[left] in DASHES or (lower[left] == "," and left > 0 and lower[left - 1] in QUOTES)
        if word in lex.REFLEXIVE and "se" in lower[max(0, index - 3):index]:
            return True  # `se comprometió a`, `se pronunció sobre`
        if word in lex.REFLEXIVE and word not in lex.FRAMED:
            return False
        if word in lex.NEEDS_QUE:  # `celebró que…`, or after a closing quote: `«…», celebró X`
            return after[:1] == ["que"] or (before == "," and index > 1 and lower[index - 2] in QUOTES)
        if word in SHOWED:
            states = [state for state in after if state not in lex.INTENSIFIERS]
            return "se" in lower[max(0, index - 3):index] and bool(states) and states[0] in lex.SHOWED_STATES
        if word in lex.FRAMED:  # `hizo estas declaraciones`, `el anuncio lo ha realizado`
            return not lex.FRAMED_OBJECTS.isdisjoint(after) or not lex.FRAMED_OBJECTS.isdisjoint(lower[max(0, index - 4):index])
        return True

    def _opener(self, s: Sentence, index: int) -> Person | None:
        lower = s.lower
        for opener in OPENERS[lower[index]]:
            size = len(opener)
            if tuple(lower[index:index + size]) != opener:
                continue
            if opener == ("para",) and index and not self._opening_quote(lower, index - 1):
                continue
            following = lower[index + size] if index + size < len(lower) else ""
            if following in VERBS:
                return None
            person = s.noun_phrase(index + size, bare=opener[-1] == "del")
            if person is None and opener[-1] == "de" and following in ("la", "el"):
                person = s.noun_phrase(index + size)
            if person is not None and opener == ("para",):
                mention = s.starts.get(index + 1)
                if mention is not None and len(mention.tokens) == 1 and mention.person is None:
                    return None
            return person
        return None

    @staticmethod
    def _opening_quote(lower: list[str], index: int) -> bool:
        """Tell whether the token at index opens a quotation (`«`, `“`, or an odd-numbered `"`)."""
        word = lower[index]
        if word in ("«", "“", "„", "‘"):
            return True
        return word in ('"', "'") and lower[:index + 1].count(word) % 2 == 1

    def _right(self, s: Sentence, index: int) -> Person | None:
        """Return the subject written after an inverted verb (`…", dijo el canciller ruso`)."""
        lower, tokens, size = s.lower, s.tokens, len(s.lower)
        while index < size:
            word = lower[index]
            nxt = lower[index + 1] if index + 1 < size else ""
            if word in lex.RIGHT_SKIP:
                index += 1
            elif word in ("este", "esta", "el") and nxt in lex.MONTHS_DAYS:
                index += 2
            elif word in ("a", "ante") and nxt in ("los", "las", "la", "el") and index + 2 < size \
                    and tokens[index + 2].islower() and lower[index + 2] not in lex.ROLE_CLASSES:
                index += 3
            elif word in ("a", "ante") and index + 1 < size and (
                    nxt in lex.ORGANISATION_WORDS or (tokens[index + 1].isupper() and len(nxt) > 1)):
                index += 2
            else:
                break
        person = s.noun_phrase(index)
        if person is None and index + 2 < size and lower[index] in lex.DETERMINERS and tokens[index + 1].islower():
            # `celebró la sindicalista Ana Ruiz` or `celebró el anfitrión, el presidente Lula`: a noun we lack
            after = index + 3 if lower[index + 2] == "," else index + 2
            person = s.noun_phrase(after) if after < size else None
            if person is None:  # `señaló la hidróloga de la Universidad La Molina, Carmen Felipe`
                stop = next((i for i in range(index, min(size, index + 14)) if lower[i] in VERBS or lower[i] in ".;:"), size)
                person = next((s.mention_person(m) for m in s.mentions
                               if index < m.start < stop and lower[m.start - 1] == "," and not m.governed), None)
        return person

    @staticmethod
    def _other_verb(lower: list[str], start: int, end: int, skipped: tuple[int, int] | None) -> bool:
        """Tell whether a past-tense verb stands between a name and the reporting verb (`Abe murió…, informó`)."""
        for index in range(start, end + 1):
            word = lower[index]
            if (word.endswith(("ó", "aron", "ieron")) and len(word) > 3) and not (skipped and skipped[0] <= index < skipped[1]):
                return True
        return False

    @staticmethod
    def _boundary(lower: list[str], left: int) -> tuple[int, tuple[int, int] | None]:
        """Return where the verb's clause starts, and the closed relative clause skipped over."""
        boundary = left
        while boundary >= 0 and lower[boundary] not in BOUNDARIES:
            boundary -= 1
            # `Putin "siempre ha dicho`: a quote opened just before the verb does not end its clause
            if boundary > 0 and lower[boundary] in QUOTES and all(
                    word in lex.EMPTY_SUBJECT for word in lower[boundary + 1:left + 1]):
                boundary -= 1
        closed = "," in lower[boundary + 1:left + 1]
        if boundary >= 1 and lower[boundary] in RELATIVES and lower[boundary - 1] == "," and closed \
                and lower[boundary + 1] == ",":
            # `X, quien, según un comunicado, elogió…`: the relative itself is the subject
            close = max(i for i in range(boundary + 1, left + 1) if lower[i] == ",")
            return boundary, (boundary + 1, close + 1)
        if boundary >= 1 and lower[boundary] in RELATIVES and lower[boundary - 1] != "," and closed:
            # `X, que convocó… tras el sismo que sacudió Noto, pidió…`: skip to the outer relative clause
            outer = boundary - 1
            while outer >= 1 and not (lower[outer] in RELATIVES and lower[outer - 1] == ",") \
                    and lower[outer] not in (";", ":", "(", ")") and lower[outer] not in QUOTES:
                outer -= 1
            if outer >= 1 and lower[outer] in RELATIVES and lower[outer - 1] == ",":
                boundary = outer
        if boundary >= 1 and lower[boundary] in RELATIVES and lower[boundary - 1] == "," \
                and closed:
            close = max(i for i in range(boundary + 1, left + 1) if lower[i] == ",")
            outer = boundary - 2
            while outer >= 0 and lower[outer] not in BOUNDARIES:
                outer -= 1
            return outer, (boundary - 1, close + 1)
        return boundary, None

    def _subject(self, s: Sentence, verb: int, left: int, plural: bool, subjects: list) -> list[tuple[int, Person]]:
        lower = s.lower
        previous = lower[left] if left >= 0 else ""
        if left < 0 or previous in INVERTING:
            person = self._right(s, verb + 1)
            if person is not None:
                return [(verb, person)]
            after = lower[verb + 1] if verb + 1 < len(lower) else ""
            if previous != "," and after in lex.DETERMINERS:
                return []  # `…", informó la cadena NHK`: the subject follows and names no person
            if previous in DASHES or previous in QUOTES or (previous == "," and left > 0 and lower[left - 1] in QUOTES):
                return [(verb, person) for person in self.discourse.salient()]  # `«…», afirmó.`, `—… —admite.`
        boundary, skipped = self._boundary(lower, left)
        mentions = [m for m in s.mentions if boundary < m.start and m.end <= left + 1 and not m.governed
                    and not (skipped and skipped[0] <= m.start < skipped[1])]
        mentions = [m for m in mentions if not self._other_verb(lower, m.end, left, skipped)]
        if mentions:
            chosen = mentions if plural else mentions[-1:]
            return [(m.start, s.mention_person(m)) for m in chosen]
        found = []
        for index in range(boundary + 1, left + 1):
            if lower[index] in lex.DETERMINERS and (index == boundary + 1 or lower[index - 1] not in lex.GOVERNING) \
                    and not self._other_verb(lower, index, left, skipped) and (not found or lower[index - 1] in ("y", "e")):
                person = s.noun_phrase(index)
                if person is not None and person not in [known for _, known in found]:
                    found.append((index, person))
                if found and not plural:
                    break  # `El ministro y el presidente de Ceuta han apostado…`: a plural takes them all
        if found:
            return found
        if previous in ("y", "e"):
            return subjects[-1] if subjects else self._coordinated(s, boundary, left, skipped)
        if not self._no_subject(lower, boundary + 1, left, skipped):
            return []
        if boundary >= 1 and lower[boundary] in RELATIVES and lower[boundary - 1] == ",":
            antecedent = [m for m in s.mentions if m.end == boundary - 1]
            if antecedent:
                return [(antecedent[0].start, s.mention_person(antecedent[0]))]
            return subjects[-1] if subjects else []
        if boundary >= 0 and lower[boundary] in RELATIVES:
            return subjects[-1] if subjects else []
        main = next((people for people in subjects if people), None)
        if main:
            return main  # `X reconoció que…, pero defendió…`: the subject of the sentence's first statement
        if "se" in lower[left + 1:verb] and lower[verb] not in lex.REFLEXIVE and lower[verb] not in SHOWED:
            return []  # `en la reunión se ha avanzado…`: impersonal
        return [(verb, person) for person in self.discourse.salient(plural)]


    @staticmethod
    def _no_subject(lower: list[str], start: int, left: int, skipped) -> bool:
        """Tell whether the words before a verb hold no subject: adverbs and prepositional phrases only."""
        governed = False
        for index in range(start, left + 1):
            word = lower[index]
            if skipped and skipped[0] <= index < skipped[1]:
                continue
            if word in PUNCTUATION:
                governed = governed and word != ","
            elif word in PREPOSITIONS:
                governed = True
            elif governed:
                # `Durante su intervención` is a phrase; `En Madrid el Gobierno` holds a subject after it
                if word in lex.DETERMINERS and lower[index - 1] not in PREPOSITIONS:
                    return False
            elif word not in lex.EMPTY_SUBJECT:
                return False
        return True

    def _coordinated(self, s: Sentence, boundary: int, left: int, skipped) -> list[tuple[int, Person]]:
        """Return the subject of a verb joined by `y` to a clause with no statement (`X votó en contra y denunció`)."""
        mentions = [m for m in s.mentions if boundary < m.start and m.end <= left + 1 and not m.governed
                    and not (skipped and skipped[0] <= m.start < skipped[1])]
        if mentions:
            return [(mentions[0].start, s.mention_person(mentions[0]))]
        start = boundary + 1
        if start <= left and s.lower[start] in lex.DETERMINERS:
            person = s.noun_phrase(start)
            if person is not None:
                return [(start, person)]
        return []


def reported_speakers(paragraphs: list[str]) -> list[list[Person]]:
    """Return, for each paragraph of one document, the people it reports as speaking."""
    attributor = Attributor(paragraphs)
    quotes = QuoteTracker()
    for paragraph in paragraphs:
        found = attributor.paragraph(paragraph)
        filled = quotes.paragraph(paragraph, found)
        if filled and not found:  # the quotation's speaker is the one a later `agregó` refers to
            attributor.discourse.spoke(filled)
    return quotes.finish()
