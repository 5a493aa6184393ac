"""The people named in a sentence, with their roles and governing prepositions.

>>> sentence = Sentence(sentences("La fiscal Lucía Moreno habló con Pedro Ruiz.")[0], People(), 1)
>>> [(" ".join(m.tokens), m.governed) for m in sentence.mentions]
[('Lucía Moreno', False), ('Pedro Ruiz', True)]
"""


from search.speakers import lexicon as lex
from search.speakers.descriptions import describe, in_article, is_trade, specialist
from search.speakers.genders import introduced_gender, tokens_gender
from search.speakers.governed import governed_noun
from search.speakers.namewords import register_names
from search.speakers.noun_phrases import ADJECTIVES, GENDER, PERSON_NOUN, SINGULAR_ARTICLES, noun_phrase
from search.speakers.people import People, Person, Role, parse_role
from search.speakers.roles import ROLE_WORDS_REACH, role_span
from search.speakers.runs import VERB_WORDS, is_role, name_runs
from search.speakers.sentences import DASHES, QUOTES, TOKEN, sentence_spans, sentences
from search.text.names import is_given_name

__all__ = ["DASHES", "PERSON_NOUN", "QUOTES", "TOKEN", "Sentence", "VERBS", "register_names", "sentence_spans",
           "sentences"]

VERBS = VERB_WORDS
HEADED_BODIES = frozenset({"gobierno", "administración", "régimen", "gabinete"})
# A circumstance after an apposed name whose closing comma the source lost (`dijo el alcalde, X durante el acto`)
CIRCUMSTANCES = frozenset({"durante", "en", "al", "tras", "ante", "desde", "sobre", "mediante"})
ARTICLED = lex.DETERMINERS | {"al", "del"}
RELATIVE_STOPS = frozenset({"que", "quien", "quienes", "cuyo", "cuya", "donde", "cuando", "mientras"})
NAME_JOINERS = frozenset({"de", "del", "la", "el", "las", "los"})  # before the name of a body a role names
PRONOUNS = frozenset({"se", "le", "les", "me", "nos"})  # a verb is near: no role reaches over it
BOUNDARIES = frozenset({";", ":", "que", "quien", "quienes", "cual", "cuales", "(", ")"}) | QUOTES


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

    def _is_head(self, index: int) -> bool:
        return is_role(self.lower[index])

    def _role_before(self, start: int, end: int):
        """Return (role start index, roles) for a role noun phrase just before the name from start to end."""
        lower = self.lower
        if start >= 2 and lower[start - 1] == ",":
            if end < len(lower) and lower[end][:1].isalnum() and (lower[end] not in CIRCUMSTANCES
                                                                 or lower[end + 1:end + 2] == ["cambio"]) \
                    and not self._opening_role(start - 1):
                return start, []  # `aseguró la entrevistada, Luis Gómez ya emitía…`: no apposition
            index, heads = start - 2, []
            while index > max(-1, start - 16) and lower[index] not in BOUNDARIES \
                    and (lower[index] != "," or self._enumeration(index, start - 1)) \
                    and lower[index] not in VERBS and lower[index] not in PRONOUNS \
                    and not (lower[index].endswith(("ó", "aron", "ieron")) and len(lower[index]) > 3) and not (
                    lower[index] in ("y", "e") and not self._is_head(index + 1)
                    and not self.tokens[index + 1][:1].isupper()):  # `vicepresidenta y ministra`
                if self._is_head(index):
                    heads.append(index)
                index -= 1
            end = start - 1
        else:
            heads, index = [], start - 1
            while index >= max(0, start - 4) and (self.tokens[index].islower() or self._is_head(index)) \
                    and lower[index] not in lex.GOVERNING and lower[index] not in lex.DETERMINERS \
                    and lower[index] not in VERBS:
                if self._is_head(index):
                    heads.append(index)
                index -= 1
            end = start
            if not heads and start and lower[start - 1] not in lex.GOVERNING | lex.DETERMINERS | {"los", "las"} \
                    and not self._named_thing(start, end):
                # `El periodista de investigación griego Kostas Vaxevanis`: a role that reaches over `de`, but
                # `el entrenador de los Pumas` names a body
                before = max(0, start - ROLE_WORDS_REACH)
                found = role_span(self.tokens[before:start], names_inside=is_given_name(self.tokens[start]))
                return (before + found[0], [found[1]]) if found else (start, [])
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

    def _opening_role(self, comma: int) -> bool:
        """Tell whether a role opens the clause before the comma at comma, as the apposition of the name after it whose
        closing comma the source lost (`Tras la final, el técnico de los Tigres, Ricardo Ferretti fue claro`); not a
        role after a verb (`aseguró la entrevistada, Luis Gómez ya emitía…`)."""
        lower = self.lower
        for index in range(comma - 1, max(-1, comma - 10), -1):
            if lower[index] in (",", ".", ";", ":") or index == 0:
                first = index + 1 if lower[index] in (",", ".", ";", ":") else index
                return first < comma - 1 and lower[first] in SINGULAR_ARTICLES and self._is_head(first + 1)
            if lower[index] in VERBS:
                return False
        return False

    def _enumeration(self, comma: int, end: int) -> bool:
        """Tell whether a comma only separates departments (`de Inclusión, Seguridad Social y Migraciones`)."""
        words = self.tokens[comma + 1:end]
        return comma > 0 and self.tokens[comma - 1][:1].isupper() and bool(words) and "y" in words and all(
            word[:1].isupper() or word in ("y", "e", "de", "del", "la", "las", "los") for word in words)

    def _role_after(self, end: int):
        lower = self.lower
        if end + 1 < len(lower) and lower[end] == ",":
            head = end + 2 if lower[end + 1] in lex.DETERMINERS else end + 1
            while head < len(lower) and head - end < 4 and lower[head] in ADJECTIVES:
                head += 1  # `Eduardo Balarezo, el nuevo abogado de…`
            trade = head < len(lower) and (is_trade(lower[head]) or specialist(lower[head]))
            if head < len(lower) and (lower[head] in lex.ROLE_CLASSES or trade and in_article(self.people)
                                      or self._former_office(head)):  # `X, exalcalde de Tumbes, …`
                stop = head
                while stop < len(lower) and lower[stop][:1].isalnum() and stop - head < 10 \
                        and lower[stop] not in RELATIVE_STOPS and not self._verb_near(stop):
                    stop += 1
                while stop < len(lower) and stop - head < 16 and self.tokens[stop].istitle() \
                        and self.tokens[stop].isalpha() \
                        and (self.tokens[stop - 1].istitle() or lower[stop - 1] in NAME_JOINERS):
                    stop += 1  # a body's name the reach cut (`…en el Hospital Universitario La Paz`, `…de la Clínica`)
                if stop < len(lower) and self._verb_near(stop):
                    return []  # `Preguntado por X, el ministro dijo…`: the role is the verb's subject, no apposition
                if lower[stop:stop + 1] == [","] and stop + 1 in self._run_starts:
                    return []  # `tras la Final, el técnico de los Tigres, Ricardo Ferretti`: the next name's
                words = lower[head:stop]
                if lower[stop:stop + 1] == ["("] and lower[stop + 2:stop + 3] == [")"] \
                        and self.tokens[stop + 1].isupper():
                    words = words + [lower[stop + 1]]  # `vicepresidente de la Sociedad… (SEPAR)`: its acronym too
                role = parse_role(words) or describe(words, None)  # `X, neumóloga de…`
                return [role] if role else []
        return []

    def _voice_of(self, start: int) -> bool:
        """Tell whether a person's phrase at start follows `a través de` (`La oposición, a través de la senadora X,
        calificó…`): the voice a collective speaks through, the subject of the verb after it, not a complement."""
        return start >= 3 and self.lower[start - 3:start] == ["a", "través", "de"]

    def _former_office(self, head: int) -> bool:
        """Tell whether the word at head is a former office (`exalcalde`, `exministra`): `ex` glued to a role noun."""
        word = self.lower[head]
        return word.startswith("ex") and word[2:] in lex.ROLE_CLASSES

    def _governed_role(self, comma: int) -> bool:
        """Tell whether the comma at comma closes a role governed by a preposition, of which the name after the comma
        is the apposition, governed as well (`tras tomarle protesta a la candidata, Ana Ruiz, …`)."""
        lower = self.lower
        if comma < 3 or lower[comma] != ",":
            return False
        for index in range(comma - 1, max(0, comma - 6), -1):
            if not self.tokens[index].islower() or lower[index] in VERBS:
                return False
            if self._is_head(index) and lower[index - 1] in lex.DETERMINERS:
                return index >= 2 and lower[index - 2] in lex.GOVERNING
        return False

    @staticmethod
    def _agreeing(before: list, tokens: list[str], after: list) -> list:
        """Return the roles apposed after a name that agree with it in gender: the gender its own role or its given
        name tells (`a la candidata Ana Ruiz, el exgobernador de Colima, aseguró…`: the masculine role is not hers but
        the subject of the verb). A role or a name of no known gender agrees with any."""
        genders = {role.gender for role in before if role and role.gender} or {tokens_gender(tokens)} - {None}
        return [role for role in after if not (role.gender and genders and role.gender not in genders)]

    def _verb_near(self, index: int) -> bool:
        word = self.lower[index]
        return word in VERBS or word in PRONOUNS or word in lex.AUXILIARIES

    def _named_thing(self, start: int, end: int) -> bool:
        """Tell whether a name follows a common noun that is no role (`la empresa estatal Sedapal`)."""
        index = start - 1
        while index >= max(0, start - 4) and self.tokens[index].islower() and self.lower[index] not in ARTICLED:
            if self._is_head(index) or self.lower[index] in VERBS or self.lower[index] in lex.GOVERNING:
                return False
            index -= 1
        if index == start - 1 or index < 0 or self.lower[index] not in ARTICLED:  # `al diario The Daily Beast`
            return False
        nouns = self.lower[index + 1:start]
        if end - start >= 2 and is_given_name(self.tokens[start]) and index >= 2 and self.lower[index - 1] == "de" \
                and any(is_role(word) for word in self.lower[max(0, index - 4):index - 1]):
            return False  # `el jefe creativo de la empresa Terry Drummond`: the role's firm, then its holder
        if all(word in lex.MONTHS_DAYS or word in ("pasado", "próximo") or word in ADJECTIVES for word in nouns):
            return False  # `como subrayó el jueves Trudeau`: a day, then the subject; `el propio Vaxevanis`
        # `la aerolínea Vueling` is a thing; `la liberal Marie-Agnes Strack-Zimmermann` a person
        return any(word in lex.ORGANISATION_WORDS for word in nouns) \
            or (end - start == 1 and not is_given_name(self.tokens[start]))

    def _mentions(self):
        mentions, last_role = [], None
        runs = list(name_runs(self.tokens, self.lower, self.people))
        self._run_starts = {start for start, _, _ in runs}
        for start, end, words in runs:
            previous = self.lower[start - 1] if start else ""
            mention = Mention(start, end, words)
            role_start, roles = self._role_before(start, end)
            if not roles and (previous in lex.DETERMINERS | {"del", "al"} or self._named_thing(start, end)):
                continue  # `la empresa estatal Sedapal`, `el diario El País`
            roles += self._agreeing(roles, mention.tokens, self._role_after(end))
            if not roles and start >= 2 and previous == "de" and self.lower[start - 2] in HEADED_BODIES:
                roles = [parse_role(["presidente"])]  # `el gobierno de Nicolás Maduro`: who heads it
            if roles and last_role is not None:
                # `su homólogo iraní, X` holds the role of the person named before, in another country
                roles = [Role(last_role.kind, role.country, frozenset(), role.gender) if role.kind == "homologo"
                         else role for role in roles]
            last_role = next((role for role in roles if role.kind != "homologo"), last_role)
            mention.role_start = role_start
            head_before = self.lower[role_start - 1] if role_start else ""
            mention.governed = head_before in lex.GOVERNING and not self._voice_of(role_start) \
                or self.lower[role_start] in ("del", "al") \
                and role_start < start or role_start == start \
                and governed_noun(self.tokens, self.lower, start, end) \
                or role_start == start and self._governed_role(start - 1)  # `del ministro X`, `a la jueza, X`
            if len(mention.tokens) > 1 or roles:
                mention.person = self.people.person(mention.tokens, self.clock, roles)
                mention.person.gender = mention.person.gender or introduced_gender(self.lower[max(0, start - 2):start])
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

    def in_complement(self, head: int, stop: int) -> bool:
        """Tell whether the mention at stop names a body inside the role (`director de la consultora Ecolatina`)."""
        mention = self.starts[stop]
        if len(mention.tokens) > 1 and is_given_name(mention.tokens[0]):
            return False  # `el titular del organismo Alfredo Castillo`: a full name is the person, not a body
        if mention.governed:  # a preposition governs the name inside the phrase, unless it governs the whole
            # phrase (`según la doctora Gil`: the role is the name's own); in news (a novel's `para el señor X` is
            # what X thinks, told by the narrator)
            return mention.role_start > head or not in_article(self.people)
        before = self.lower[stop - 1]
        return self.tokens[stop - 1].islower() and before not in lex.ROLE_CLASSES and before not in lex.COUNTRIES \
            and before not in ADJECTIVES and ("de" in self.lower[head:stop] or "del" in self.lower[head:stop])

    def owner_noun(self, start: int) -> str | None:
        """Return the common noun, no role, whose complement the name at start is (`los estudios del propio Hawking`:
        `estudios`; `la campaña de Trump`: `campaña`), else None: a relative clause after the name is about it."""
        index = start - 1
        while index > 0 and self.lower[index] in ADJECTIVES:
            index -= 1
        if index < 1 or self.lower[index] not in ("de", "del"):
            return None
        noun = self.lower[index - 1]
        return noun if self.tokens[index - 1].isalpha() and self.tokens[index - 1].islower() \
            and not self._is_head(index - 1) and noun not in lex.FUNCTION_WORDS else None

    def apposed(self, start: int) -> bool:
        """Tell whether the name at start stands in apposition, closed by a mark (`la directora, Ana Gil,`), not as
        the subject of what follows (`aseguró la entrevistada, Luis Gómez ya emitía…`)."""
        end = self.starts[start].end
        return end >= len(self.lower) or not self.lower[end][:1].isalnum()

    def noun_phrase(self, index: int, bare: bool = False):
        """Return the person named by the noun phrase at index (`Lavrov`, `el canciller ruso, Lavrov`), or None
        (search.speakers.noun_phrases)."""
        return noun_phrase(self, index, bare)
