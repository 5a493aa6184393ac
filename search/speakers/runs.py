"""Runs of capitalised words in a sentence that may name people, one person each.

A run is cut where a person's name starts inside it (`Universidad de Salamanca Ricardo Rivero`,
`el ministro de Gobierno Eduardo del Castillo`, `al medio argentino Télam Fernando Goldbaum`), loses the
ordinary word that opens a sentence (`Recientemente Tomás Vidal`, `—Vamos —dijo`), and is dropped when it
names a place or a body, or when a lone capitalised word opens the sentence and the document never
writes it as a name elsewhere (`Múltiples factores…`, `Siempre…`). An acronym that spells the initials
of a name the document gives (`AMLO`) stands for that name.

>>> from search.speakers.people import People
>>> tokens = "dijo al medio argentino Télam Fernando Goldbaum".split()
>>> [tokens[start:end] for start, end, _ in name_runs(tokens, [t.lower() for t in tokens], People())]
[['Fernando', 'Goldbaum']]
"""

import re

from search.speakers import lexicon as lex
from search.speakers.acronyms import introduced
from search.speakers.capital_runs import ARTICLE_PARTICLES, CapitalRuns
from search.speakers.namewords import (
    ADDRESS,
    PARTICLES,
    POSSESSIVES,
    SAINTS,
    VERB_WORDS,
    before_given,
    glued_opener,
    headline_verb,
    invocation,
    known_tail,
    name_without_place,
    not_a_name,
    owned_title,
    possessed,
    surname_too,
    titled,
)
from search.speakers.people import People
from search.speakers.roles import is_role
from search.speakers.run_checks import RunChecks
from search.speakers.things import QUANTIFIERS
from search.text.folding import fold_name
from search.text.names import first_given_name, is_given_name
from search.text.vocabulary import is_word_name

# Words before a place (`en Valencia`, `de Lima`, `viajó a Valencia`): after one, a surname that is a town is the town.
PLACE_WORDS = frozenset("en de del desde hasta hacia a al por para entre sobre".split())
PLACE_BODIES = frozenset("universidad ayuntamiento gobierno junta comunidad generalitat xunta asamblea".split())
ACRONYM = re.compile(r"^(?![IVXLCDM]+$)[A-ZÁÉÍÓÚÑ]{3,6}$")  # not a roman numeral


class _Runs(RunChecks, CapitalRuns):
    """The name runs of one sentence's tokens that may name people."""

    def name_tail(self, start: int, end: int) -> int | None:
        """Return where a person's name starts inside a run that also names a place or body, or None."""
        lower, tokens = self.lower, self.tokens
        if self.known_by_surname(start, end):
            return start  # `el fiscal nacional, Ángel Valencia`, then `Valencia señaló`: his surname, not the city
        last = max((i for i in range(start, end) if (lower[i] in lex.ORGANISATION_WORDS or lower[i] in lex.PLACES
                                                     or i == start and lower[i] in lex.FIRMS)
                    and tokens[i] not in ARTICLE_PARTICLES and not surname_too(tokens, start, i, end)), default=None)
        if last is None:
            return start if " ".join(lower[start:end]) not in lex.PLACES else None
        if is_given_name(tokens[start]) and end - start >= 2 and "de" not in lower[start + 1:end] \
                and not any(word in lex.ORGANISATION_WORDS for word in lower[start:end]) \
                and " ".join(lower[start:end]) not in lex.PLACES:
            return start  # `Iván Lima`, `Jorge Valencia`: a surname that is also a place
        if self.after_role(start):
            # `el ministro de Gobierno Eduardo del Castillo`: the body belongs to the role, the name follows it
            given = first_given_name(tokens, last + 1, end - 1)
            if given is not None:
                return given
            if end - last >= 3 and lower[last + 1] not in PARTICLES and (lower[last] in lex.PLACES
                                                                         or lower[last] in lex.FIRMS):
                return last + 1  # `el vicepresidente de Venezuela Tareck El Aissami`, `el director de Google Sundar
                # Pichai`: a place or a firm ends the role
        # `Universidad de Sevilla Javier Pérez Royo`: a full name may follow a body named after a place
        tail = last + 1
        if lower[last] in PLACE_BODIES and tail < end and lower[tail] in ("de", "del") and end - tail >= 4:
            last = tail + 1  # `Universidad de Salamanca`: one word after `de` names the place
            tail = last + 1
        names = lower[tail:end]
        if len(names) >= 2 and is_given_name(tokens[tail]):
            return tail  # `al medio argentino Télam Fernando Goldbaum`: a full name after a body's name
        if any(is_role(word) for word in lower[max(0, start - 4):start]):
            # `el titular de la Secretaría de Relaciones Exteriores Luis Videgaray`: the body is the role's
            given = first_given_name(tokens, tail, end - 1)
            if given is not None:
                return given
        if (lower[last] not in lex.PLACES and lower[last - 2] not in PLACE_BODIES) or len(names) < 2 \
                or names[0] in PARTICLES or not PARTICLES.isdisjoint(names[:2]) or " ".join(names[:2]) in lex.PLACES:
            return None
        return tail

    def known_by_surname(self, start: int, end: int) -> bool:
        """Tell whether a run the lexicon reads as a place (`Valencia`, `Lima`) is the last words of a person the
        document has named in full already (`el fiscal nacional, Ángel Valencia`), and no preposition of place
        stands before it here (`viajó a Valencia`, `el alcalde de Valencia`): the document says who it is."""
        if " ".join(self.lower[start:end]) not in lex.PLACES or start and self.lower[start - 1] in PLACE_WORDS:
            return False
        person = self.people.find(self.tokens[start:end])
        return person is not None and len(person.tokens) > end - start \
            and person.tokens[-1] == fold_name(self.tokens[end - 1]).split("-")[-1]

    def name_head(self, start: int, end: int) -> int:
        """Return where a full name that opens a run ends when a body's name follows it after `de` (`Beatriz Lorente
        del Hospital Clínico`, `Luis Mora de la Universidad de Vigo`): the body is where the person works, no part of
        the name; else end."""
        lower, tokens = self.lower, self.tokens
        if not is_given_name(tokens[start]):
            return end
        for index in range(start + 2, end - 1):
            body = index + 2 if lower[index] == "de" and lower[index + 1] in ("la", "los", "las") else index + 1
            if lower[index] in ("de", "del") and body < end and lower[body] in lex.ORGANISATION_WORDS \
                    and tokens[body][:1].isupper() and all(token[:1].isupper() for token in tokens[start:index]):
                return index
        return end

    def after_role(self, start: int) -> bool:
        """Tell whether the run at start follows `de` after a role noun (`el ministro de…`, `gobernador del
        estado de…`): what comes first there names an office, a body or a place, never the person."""
        lower = self.lower
        return start >= 2 and lower[start - 1] in ("de", "del") and any(
            is_role(word) for word in lower[max(0, start - 5):start - 1])

    def given_inside(self, start: int, end: int) -> int:
        """Return where a full name starts after a word that names something else (`medio argentino Télam
        Fernando Goldbaum`), else start. Only after a common word: `la doctora Surit Berenice` keeps its run."""
        if start == 0 or end - start < 3 or is_given_name(self.tokens[start]):
            return start
        before = self.lower[start - 1]
        listed = before in ("y", "e") and start >= 2 and self.tokens[start - 2][:1].isupper()
        medium = len(before) > 1 and self.tokens[start - 1].isupper()  # `BBC Mundo David Gibson`: a medium, a name
        if not medium and not self.tokens[start - 1].islower() or is_role(before) or before in lex.DETERMINERS \
                or before in lex.GOVERNING or before in VERB_WORDS or before in lex.FUNCTION_WORDS and not listed:
            return start  # but `de Economía y Hacienda Rodrigo Rato`: a list of departments, then the name
        return first_given_name(self.tokens, start + 1, end - 1, start)

    def runs(self):
        """Yield (start, end, name words) for each run that may name a person."""
        for start, end in self.raw():
            end = self.name_head(start, end)
            start = self.name_tail(start, end)
            if start is None:
                continue
            if end - start >= 3 and self.after_role(start) and not any(
                    is_given_name(token) for token in self.tokens[start:end - 1]):
                start += 1  # `el ministro de Defensa Padrino López`: one word names the office
            first = self.tokens[start]
            if start and self.tokens[start - 1] == "¡" and invocation(self.tokens[start:end], self.people):
                continue  # `¡Válgame Dios!`, `¡Vivan los Reyes!`: a god, a saint, a crowd called on
            if self.opening(start) and not_a_name(first, self.people) and not self.given_al(start):
                start += 1  # `Recientemente Tomás Vidal`, `—Vamos —dijo`
                if start == end or self.lower[start] in PARTICLES:
                    continue
                first = self.tokens[start]
            elif self.opening(start) and before_given(self.tokens[start:end], self.people):
                start += 1  # `Entregado Andrés a sus pensamientos, murmuró…`: a participle before the given name
                first = self.tokens[start]
            elif self.opening(start) and headline_verb(self.tokens[start:end], self.people):
                start += 1  # `Registra Gil su candidatura`: a headline opens with its verb
                first = self.tokens[start]
            elif self.opening(start) and glued_opener(self.tokens[start:end], self.people):
                start += 1  # `Dormía Vieyra sobre el establo`, `Pasados los Carnavales`: a verb before its subject
                if self.lower[start] in PARTICLES:
                    continue
                first = self.tokens[start]
            if all(word.lower() in ADDRESS for word in self.tokens[start:end] if word != "."):
                continue  # `Sabe Vd`, `Quiere V.`: the pronoun of address, the subject of the verb cut before it
            if start and self.lower[start - 1] in QUANTIFIERS:
                continue  # `Varias Influencers`, `algunos Tuiteros`: a quantifier opens a group
            start = self.particle_before(self.owner(start, end), end)
            if self.in_firm_name(start, end) or self.quoted_title(start, end):
                continue  # `Johnson & Johnson`, `Procter & Gamble`: a firm's name, never a person's; `en «State of
                # the Union»`, `de “Don Tigre”`: a title or a character quoted after a preposition
            if start == end or self.tokens[start][:1].islower():
                continue  # `de Derecho del Interior` cut after a body's word: what is left, `del Interior`, is no name
            # (a given name that is a word too is a body's word there: `del Ministerio de Salud Ana Ruiz`; after `en`, a
            # field: `la experta en Nutrición Ana Ruiz`, `el experto en Derecho Iván Soler`)
            plain_given = is_given_name(first) and not is_word_name(first)
            if start and self.lower[start - 1] in ("de", "del", "en") and end - start >= 3 and not plain_given \
                    and self.lower[start] not in SAINTS:  # but `de San Miguel de Allende`: a saint's name, a town's
                # `el diputado de Sumar Alberto Ibáñez`, `del Centro Democrático María Cabal`: a body, then a person
                start = first_given_name(self.tokens, start + 1, end - 1, start)
            first, words = self.tokens[start], [word for word in self.tokens[start:end] if word != "."]
            if start and self.lower[start - 1] in POSSESSIVES and self.tokens[start - 1].istitle() \
                    and not self.opening(start - 1):
                continue  # `la autora de Tu Sicaria`: a possessive written capitalised inside a sentence opens a title
            if start and owned_title(self.tokens[start:end], self.lower[start - 1]):
                continue  # `en nuestra Historia de Rosas`: what one owns, a work's title, is no person
            if len(words) == 1 and (self.lower[start] in lex.MINISTRY_DOMAINS or self.lower[start] in lex.PARTIES
                                    or self.lower[start] in lex.LONE_BODIES or start and self.medium_before(start)):
                continue  # `Hacienda comunicó`, `Podemos lamentó`, `Carabineros informó`, `con BBC Mundo indica`: a
                # ministry, a party, a body, a medium
            if self.no_person(start, words) or self.abbreviation(start, end) \
                    or self.body_named(first, words):
                continue  # `Morena exige…`: a party, a firm, an agency the document names as one (`el dirigente de
                # Morena`, `la compañía Apple`, `la Comisión Nacional del Agua (Conagua)`, `una usuaria de Tinder`)
            if len(words) == 1 and self.opening(start) and self.unknown_word(first) and not self.before_verb(end):
                continue  # `Múltiples factores la explican`: a lone opening word the document never names
            start = self.given_inside(start, end)
            first_kept, last_kept = name_without_place(self.tokens[start:end], self.people)
            start, end = start + first_kept, start + last_kept
            half = (end - start) // 2
            if half and end - start == 2 * half and self.tokens[start:start + half] == self.tokens[start + half:end]:
                end = start + half  # `Carmen Salinas Carmen Salinas`: a name written twice (a byline, a lost mark)
            if titled(self.tokens[start:end], self.people):
                continue  # `la miniserie Big Little Lies`, `"Lady Bird" ganó`: the document writes it as a thing's name
            cut = next((cut for cut in range(start + 2, end) if known_tail(self.tokens, self.people, start, cut, end)),
                       None)
            if cut is None:
                yield start, end, self.words(start, end)
            else:  # `…del ministro de Ucrania, Igor Klimenko Grande-Marlaska ha destacado`: a full stop was lost
                yield start, cut, self.tokens[start:cut]
                yield cut, end, self.tokens[cut:end]

    def owner(self, start: int, end: int) -> int:
        """Return where the owner's name starts in a run that names a thing and its owner (`el Instagram de
        Maluma`), else start: after a determiner, a word that is no given name or title, then `de`."""
        return start + 2 if possessed(self.tokens[start:end], self.lower[start - 1] if start else "") else start

    def particle_before(self, start: int, end: int) -> int:
        """Return where a surname opened by a capitalised particle starts (`ha afirmado Del Valle`, `añadió De la
        Fuente`), else start. Inside a sentence the contraction is written `del`, so `Del` is the name's; at its
        opening only for a name the document knows or one before a reporting verb (not `Del Ministerio…`)."""
        tokens = self.tokens
        first = start - 1
        if first >= 1 and self.lower[first] in ("la", "der", "den", "los") and tokens[first - 1][:1].isupper() \
                and self.lower[first - 1] in PARTICLES:
            first -= 1  # `De la Fuente`, `Van der Berg`
        elif first < 0 or self.lower[first] in ("la", "las", "los") or self.lower[first] not in PARTICLES:
            return start
        if not tokens[first][:1].isupper():
            return start
        if self.opening(first) and self.people.find(tokens[start:end]) is None and not self.before_verb(end):
            return start
        return first

    def acronyms(self):
        """Yield (index, index + 1, name words) for acronyms that spell a name of the document (`AMLO`)."""
        for index in self.starts:
            token = self.tokens[index]
            if ACRONYM.match(token):
                words = self.people.evidence.acronym(token)
                if not (words and is_given_name(words[0])):  # `AMLO`, not `HRW` for `Human Rights Watch`
                    words = self.people.evidence.acronym_surnames(token)  # `dijo AMLO` after `López Obrador`
                    words = words if introduced(words, self.people.find) else None
                if words:
                    yield index, index + 1, words


def name_runs(tokens: list[str], lower: list[str], people: People):
    """Yield (start, end, name words) for the runs of a sentence's tokens that may name a person, in order."""
    runs = _Runs(tokens, lower, people)
    found = list(runs.runs())
    if any(len(tokens[i]) > 2 and tokens[i].isupper() for i in runs.starts):
        found = sorted(found + list(runs.acronyms()))
    return found
