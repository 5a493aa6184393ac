"""The people named in a sentence, with their roles and governing prepositions.

>>> sentence = Sentence(sentences("La fiscal Lucía Moreno habló con Pedro Ruiz.")[0], People(), 1)
>>> [(" ".join(m.tokens), m.governed) for m in sentence.mentions]
[('Lucía Moreno', False), ('Pedro Ruiz', True)]
"""

import re

from search.speakers import lexicon as lex
from search.speakers.names import fold_name
from search.speakers.people import People, Person, Role, is_given_name, looks_like_person, parse_role
from search.speakers.sentences import DASHES, QUOTES, TOKEN, sentence_spans, sentences

__all__ = ["DASHES", "QUOTES", "TOKEN", "Sentence", "VERBS", "register_names", "sentence_spans", "sentences"]

VERBS = frozenset(lex.SINGULAR | lex.PLURAL | lex.PARTICIPLES | lex.FRAMED | lex.REFLEXIVE)
PARTICLES = frozenset("de del la las los van von der den bin al da dos di le".split())
NOT_NAME = lex.FUNCTION_WORDS | lex.MONTHS_DAYS | frozenset(lex.ROLE_CLASSES) | VERBS
NAME_SEQUENCE = re.compile(r"\b[A-ZÁÉÍÓÚÑ][a-záéíóúñü'’-]+(?:\s+(?:de\s+|del\s+|la\s+)?[A-ZÁÉÍÓÚÑ][a-záéíóúñü'’-]+)+")
NOT_NAME_SEQUENCE = lex.ORGANISATION_WORDS | lex.PLACES | lex.MONTHS_DAYS
PLACE_BODIES = frozenset("universidad ayuntamiento gobierno junta comunidad generalitat xunta asamblea".split())
ADJECTIVES = frozenset("nuevo nueva actual propio propia joven veterano veterana máximo máxima ex".split())
OPENING_MARKS = QUOTES | DASHES | {"¿", "¡", "(", ":"}
SENTENCE_OPENERS = frozenset(".!?…:;") | OPENING_MARKS
BOUNDARIES = frozenset({";", ":", "que", "quien", "quienes", "(", ")"}) | QUOTES
GENDER = {"el": "m", "los": "m", "un": "m", "este": "m", "ese": "m", "del": "m", "al": "m",
          "la": "f", "las": "f", "una": "f", "esta": "f", "esa": "f"}


def register_names(text: str, people: People, clock: int) -> None:
    """Note the full names of a paragraph that holds no statement, so that later surnames resolve."""
    for match in NAME_SEQUENCE.finditer(text):
        words = match.group().split()
        opening = match.start() == 0 or text[max(0, match.start() - 3):match.start()].rstrip()[-1:] in SENTENCE_OPENERS
        if opening and not_a_name(words[0], people):
            words = words[1:]  # `Porque Andrés`, `Tenía la Benina`
            while words and words[0] in PARTICLES:
                words = words[1:]
        lowered = {word.lower() for word in words}
        if len(words) < 2 or lowered & NOT_NAME_SEQUENCE or words[0].lower() in NOT_NAME:
            continue
        if looks_like_person(words):
            people.person(words, clock)


def not_a_name(word: str, people: People) -> bool:
    """Tell whether a capitalised word that opens a sentence is an ordinary word there (`Recientemente`, `Vamos`)."""
    lower = word.lower()
    ordinary = lower in lex.NOT_NAME_STARTS or lower in lex.FUNCTION_WORDS or lower.endswith(lex.NOT_NAME_ENDINGS) \
        or fold_name(word) in lex.LABEL_NOT_NAMES
    return not is_given_name(word) and (ordinary or people.is_common_word(word)) and people.find([word]) is None


def _is_name_word(token: str) -> bool:
    return token[:1].isupper() and token[:1].isalpha() and not (len(token) > 1 and token.isupper()) \
        and token.lower() not in NOT_NAME


class Mention:
    __slots__ = ("start", "end", "tokens", "person", "governed", "role_start")

    def __init__(self, start, end, tokens):
        self.start, self.end, self.tokens = start, end, tokens
        self.person, self.governed, self.role_start = None, False, start


class Sentence:
    """One sentence with its name mentions, read against the people of the document."""

    def __init__(self, tokens: list[str], people: People, clock: int, lower: list[str] | None = None):
        self.tokens, self.lower = tokens, lower or [token.lower() for token in tokens]
        self.people, self.clock = people, clock
        self.mentions = self._mentions()
        self.starts = {mention.start: mention for mention in self.mentions}

    def _runs(self):
        tokens = self.tokens
        starts = [i for i, token in enumerate(tokens) if token[:1].isupper()]
        index = 0
        for index_start in starts:
            if index_start < index or not _is_name_word(tokens[index_start]):
                continue
            index = index_start
            end = index + 1
            while end < len(tokens):
                if _is_name_word(tokens[end]) or (len(tokens[end]) == 1 and tokens[end].isupper()):
                    end += 1
                elif tokens[end] == "." and end > index and len(tokens[end - 1]) == 1 and end + 1 < len(tokens) \
                        and _is_name_word(tokens[end + 1]):
                    end += 1
                elif tokens[end].lower() in PARTICLES:
                    after = end + 1
                    while after < len(tokens) and after - end < 3 and tokens[after].lower() in PARTICLES:
                        after += 1
                    if after < len(tokens) and _is_name_word(tokens[after]):
                        end = after + 1
                    else:
                        break
                else:
                    break
            yield index, end
            index = end

    def _is_head(self, index: int) -> bool:
        word = self.lower[index]
        return word in lex.ROLE_CLASSES or (word.startswith("ex") and word[2:] in lex.ROLE_CLASSES)

    def _role_before(self, start: int):
        """Return (role start index, roles) for a role noun phrase just before a name."""
        lower = self.lower
        if start >= 2 and lower[start - 1] == ",":
            index, heads = start - 2, []
            while index > max(-1, start - 16) and lower[index] not in BOUNDARIES \
                    and (lower[index] != "," or self._enumeration(index, start - 1)) \
                    and lower[index] not in VERBS and not (
                    lower[index] in ("y", "e") and not self._is_head(index + 1)
                    and not self.tokens[index + 1][:1].isupper()):  # `vicepresidenta y ministra`
                if self._is_head(index):
                    heads.append(index)
                index -= 1
            end = start - 1
        else:
            heads, index = [], start - 1
            while index >= max(0, start - 4) and self.tokens[index].islower() and lower[index] not in lex.GOVERNING \
                    and lower[index] not in lex.DETERMINERS and lower[index] not in VERBS:
                if self._is_head(index):
                    heads.append(index)
                index -= 1
            end = start
        if not heads:
            return start, []
        first = heads[-1]
        if first > 0 and lower[first - 1] in ("primer", "primera", "alto", "alta"):
            first -= 1
        if first > 0 and lower[first - 1] in lex.DETERMINERS | {"del", "al"}:
            first -= 1
        gender = GENDER.get(lower[first])
        roles = [parse_role(lower[head:end], gender) for head in heads]
        return first, [role for role in roles if role]

    def _enumeration(self, comma: int, end: int) -> bool:
        """Tell whether a comma only separates departments (`de Inclusión, Seguridad Social y Migraciones`)."""
        words = self.tokens[comma + 1:end]
        return comma > 0 and self.tokens[comma - 1][:1].isupper() and bool(words) and "y" in words and all(
            word[:1].isupper() or word in ("y", "e", "de", "del", "la", "las", "los") for word in words)

    def _role_after(self, end: int):
        lower = self.lower
        if end + 1 < len(lower) and lower[end] == ",":
            head = end + 2 if lower[end + 1] in lex.DETERMINERS else end + 1
            if head < len(lower) and lower[head] in lex.ROLE_CLASSES:
                stop = head
                while stop < len(lower) and lower[stop] not in (",", ".", ";", ":") and stop - head < 10:
                    stop += 1
                role = parse_role(lower[head:stop])
                return [role] if role else []
        return []

    def _name_tail(self, start: int, end: int) -> int | None:
        """Return where a person's name starts inside a run that also names a place or body, or None."""
        lower = self.lower
        last = max((i for i in range(start, end) if lower[i] in lex.ORGANISATION_WORDS or lower[i] in lex.PLACES),
                   default=None)
        if last is None:
            return start if " ".join(lower[start:end]) not in lex.PLACES else None
        # `Universidad de Sevilla Javier Pérez Royo`: a full name may follow a body named after a place
        tail = last + 1
        if lower[last] in PLACE_BODIES and tail < end and lower[tail] in ("de", "del") and end - tail >= 4:
            last = tail + 1  # `Universidad de Salamanca`: one word after `de` names the place
            tail = last + 1
        names = lower[tail:end]
        if (lower[last] not in lex.PLACES and lower[last - 2] not in PLACE_BODIES) or len(names) < 2 \
                or names[0] in PARTICLES or not PARTICLES.isdisjoint(names[:2]) or " ".join(names[:2]) in lex.PLACES:
            return None
        return tail

    def _opening(self, start: int) -> bool:
        """Tell whether the token at start opens the sentence or a line of dialogue or quotation."""
        return start == 0 or self.tokens[start - 1] in OPENING_MARKS and all(
            token in OPENING_MARKS for token in self.tokens[:start - 1]) or self.tokens[start - 1] in DASHES

    def _name_runs(self):
        """Yield the runs of capitalised words that may name people: no opening adverb, no place, one person each."""
        for start, end in self._runs():
            start = self._name_tail(start, end)
            if start is None:
                continue
            first = self.tokens[start]
            if self._opening(start) and not_a_name(first, self.people):
                start += 1  # `Recientemente Tomás Vidal`, `—Vamos —dijo`
                if start == end or self.lower[start] in PARTICLES:
                    continue
            words = [word for word in self.tokens[start:end] if word != "."]
            if self._no_person(start, words):
                continue
            if start and self.lower[start - 1] in ("de", "del") and end - start >= 3 \
                    and not is_given_name(first):  # `el diputado de Sumar Alberto Ibáñez`
                given = next((i for i in range(start + 1, end - 1)
                              if is_given_name(self.tokens[i])), None)
                if given is not None:
                    start = given
            cut = next((cut for cut in range(start + 2, end) if self._known_tail(start, cut, end)), None)
            if cut is None:
                yield start, end
            else:  # `…del ministro de Ucrania, Igor Klimenko Grande-Marlaska ha destacado`: a full stop was lost
                yield start, cut
                yield cut, end

    def _no_person(self, start: int, words: list[str]) -> bool:
        """Tell whether a run names no person: `Seguridad Social`; `en Canarias`; `Ordenada y Regular`."""
        if looks_like_person(words) and (len(words) > 1 or is_given_name(words[0]) or not (
                self._listed(start) or self.people.is_place(words[0]) or self.people.is_common_word(words[0]))):
            return False
        return self.people.find(words) is None  # unless the document knows them

    def _named_thing(self, start: int, end: int) -> bool:
        """Tell whether a name follows a common noun that is no role (`la empresa estatal Sedapal`)."""
        index = start - 1
        while index >= max(0, start - 4) and self.tokens[index].islower() and self.lower[index] not in lex.DETERMINERS:
            if self._is_head(index) or self.lower[index] in VERBS or self.lower[index] in lex.GOVERNING:
                return False
            index -= 1
        if index == start - 1 or index < 0 or self.lower[index] not in lex.DETERMINERS:
            return False
        nouns = self.lower[index + 1:start]
        # `la aerolínea Vueling` is a thing; `la liberal Marie-Agnes Strack-Zimmermann` a person
        return any(word in lex.ORGANISATION_WORDS for word in nouns) \
            or (end - start == 1 and not is_given_name(self.tokens[start]))

    def _listed(self, start: int) -> bool:
        """Tell whether a lone word follows capitalised words in a list (`Migración Segura, Ordenada y Regular`)."""
        return start >= 2 and self.lower[start - 1] in (",", "y", "e") and self.tokens[start - 2][:1].isupper() \
            and self.lower[start - 2] not in lex.ROLE_CLASSES

    def _known_tail(self, start: int, cut: int, end: int) -> bool:
        """Tell whether the words from cut name a known person whom the words before cut are no part of."""
        if self.lower[cut] in PARTICLES:
            return False
        person = self.people.find(self.tokens[cut:end])
        return person is not None and not any(fold_name(word) in person.tokens for word in self.tokens[start:cut])

    def _mentions(self):
        mentions, last_role = [], None
        for start, end in self._name_runs():
            words = self.tokens[start:end]
            previous = self.lower[start - 1] if start else ""
            mention = Mention(start, end, [word for word in words if word != "."])
            role_start, roles = self._role_before(start)
            if not roles and (previous in lex.DETERMINERS | {"del", "al"} or self._named_thing(start, end)):
                continue  # `la empresa estatal Sedapal`, `el diario El País`
            roles += self._role_after(end)
            if roles and last_role is not None:
                # `su homólogo iraní, X` holds the role of the person named before, in another country
                roles = [Role(last_role.kind, role.country, frozenset(), role.gender) if role.kind == "homologo"
                         else role for role in roles]
            last_role = next((role for role in roles if role.kind != "homologo"), last_role)
            mention.role_start = role_start
            head_before = self.lower[role_start - 1] if role_start else ""
            mention.governed = head_before in lex.GOVERNING or self.lower[role_start] in ("del", "al")
            if len(mention.tokens) > 1 or roles:
                mention.person = self.people.person(mention.tokens, self.clock, roles)
            else:
                mention.person = self.people.find(mention.tokens)
            mentions.append(mention)
        return mentions

    def mention_person(self, mention: Mention) -> Person:
        """Return the person of a mention, adding a lone surname seen for the first time."""
        if mention.person is None:
            mention.person = self.people.person(mention.tokens, self.clock)
        mention.person.seen = self.clock
        return mention.person

    def _in_complement(self, head: int, stop: int) -> bool:
        """Tell whether the mention at stop names a body inside the role (`director de la consultora Ecolatina`)."""
        if self.starts[stop].governed:
            return True
        before = self.lower[stop - 1]
        return self.tokens[stop - 1].islower() and before not in lex.ROLE_CLASSES and before not in lex.COUNTRIES \
            and before not in ADJECTIVES and ("de" in self.lower[head:stop] or "del" in self.lower[head:stop])

    def noun_phrase(self, index: int, bare: bool = False):
        """Return the person named by the noun phrase at index (`Lavrov`, `el canciller ruso, Lavrov`), or None."""
        lower = self.lower
        if index in self.starts:
            return self.mention_person(self.starts[index])
        if index >= len(lower):
            return None
        head = index if bare else index + 1
        if not bare and (lower[index] not in lex.DETERMINERS or lower[index] in lex.INDEFINITE):
            return None
        if head < len(lower) and lower[head] in ADJECTIVES:
            head += 1
        if head >= len(lower) or not self._is_head(head):
            return None
        stop = head + 1
        while stop < len(lower) and lower[stop] not in lex.NP_STOPS and lower[stop] not in (",", ".", ";", ":") \
                and not (stop in self.starts and not self._in_complement(head, stop)) and lower[stop] not in QUOTES \
                and lower[stop] not in VERBS and stop - head < 9:
            stop += 1
        if stop in self.starts:
            return self.mention_person(self.starts[stop])
        if stop + 1 < len(lower) and lower[stop] == "," and stop + 1 in self.starts:
            return self.mention_person(self.starts[stop + 1])
        role = parse_role(lower[head:stop], None if bare else GENDER.get(lower[index]))
        return self.people.by_role(role, self.clock) if role else None
