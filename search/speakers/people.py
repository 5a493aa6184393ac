"""People met in a document: their names, roles and countries, to resolve `Lavrov` or `el canciller ruso`.

>>> people = People()
>>> lavrov = people.person(["Sergey", "Lavrov"], 0, [Role("canciller", "rusia", frozenset())])
>>> people.by_role(Role("canciller", "rusia", frozenset()), 3).display
'Sergey Lavrov'
>>> people.person(["Lavrov"], 4).display
'Sergey Lavrov'
"""

from dataclasses import dataclass, field

from search.speakers.evidence import Evidence
from search.speakers.genders import name_gender
from search.speakers.name_forms import first_surname, other_form
from search.speakers.names import fold_name, ordered_in, other_generation
from search.speakers.personhood import Personhood
from search.speakers.personhood import looks_like_person as looks_like_person  # re-exported: the lexicon's word
from search.speakers.qualified import qualified_one
from search.speakers.role_parse import Role, compatible, same_field
from search.speakers.role_parse import parse_role as parse_role  # re-exported: the role of a mention


@dataclass(eq=False)
class Person:
    tokens: list[str]
    display: str
    roles: list[Role] = field(default_factory=list)
    seen: int = 0
    statements: int = 0
    gender: str | None = None  # as the document tells it: the article before the name (`la perredista X`)


# The subject of a statement that is no person (`El Ministerio de Salud informó`, `HRW criticó`): it speaks,
# so a later `agregó` refers to it and to nobody else, but it is never shown.
NOBODY = Person([], "")
# Nouns that describe whoever is being followed rather than an office held (`el experto`, `la entrevistada`,
# `el funcionario`), and former offices (`la exministra`).
UNSPECIFIC = frozenset({"experto", "persona", "ex"})
SECOND_SURNAME_REACH = 30  # sentences: `Arias Molina` extends the `Alejandra Arias` met this recently
DROPPED = frozenset({"de", "del", "la"})  # a key drops them (`De la Cruz`), and splits at hyphens (`López-Gatell`)
NEVER_SALIENT = frozenset({"titulo", "homologo", "rival"})  # `su homólogo` is someone else
NEAR_REACH = 3  # sentences back that a demonstrative role (`este profesor`) points to the person named last
PORTFOLIOS = frozenset({"ministro", "secretario", "consejero", "titular"})  # offices named by their field


def _agrees(asked: Role, person: Person) -> bool:
    """Tell whether a person may be the one a role noun names: a real person of no other gender."""
    genders = {role.gender for role in person.roles if role.gender} or {name_gender(person)} - {None}
    return person is not NOBODY and (asked.gender is None or not genders or asked.gender in genders)


class People:
    """Keep the people of one document, indexed by the words of their names, and what its text says of words.

    Its evidence, from the document's paragraphs, answers whether a capitalised word is written in lower
    case nearby (a common word, `Vamos`) or after `en` (a place, `Canarias`).
    """

    def __init__(self, paragraphs: list[str] = (), evidence: "Evidence | None" = None) -> None:
        self.known: list[Person] = []
        self.by_token: dict[str, list[Person]] = {}
        self.evidence = evidence or Evidence(list(paragraphs))
        self.personhood = Personhood(self.evidence, self.find)  # whether a name is a person's, once per document
        self.lookahead = None  # a callable(role) -> Person | None for people introduced later in the document
        self.salient = None  # a callable() -> [Person]: whom an unspecific noun (`el experto`) may stand for
        self.main = None  # a callable() -> Person | None: the article's main actor (search.speakers.descriptions)
        self.epithets: dict = {}  # nicknames the document gives people (search.speakers.descriptions.epithets)

    def is_common_word(self, word: str) -> bool:
        """Tell whether the document writes this word in lower case nearby (`vamos`, `ahora`)."""
        return self.evidence.is_common_word(word)

    def is_place(self, word: str) -> bool:
        """Tell whether the document writes this word after `en` and the like nearby (`en Canarias`)."""
        return self.evidence.is_place(word)

    @staticmethod
    def _key(tokens: list[str]) -> list[str]:
        return [part for token in tokens if token.lower() not in DROPPED for part in fold_name(token).split("-")]

    def _find_key(self, key: list[str]) -> Person | None:
        if not key:
            return None
        candidates = self.by_token.get(key[0], ())
        best = None
        for person in candidates:
            if (best is None or person.seen > best.seen) and ordered_in(person.tokens, key) \
                    and not other_generation(person.tokens, key):
                best = person
        return best

    def find(self, tokens: list[str]) -> Person | None:
        """Return the person whose name contains these tokens, the most recent first."""
        return self._find_key(self._key(tokens))

    def _index(self, person: Person) -> None:
        for token in dict.fromkeys(person.tokens):
            bucket = self.by_token.setdefault(token, [])
            if person not in bucket:
                bucket.append(person)

    def person(self, tokens: list[str], seen: int, roles: list[Role] | None = None) -> Person:
        """Return the person named by tokens, adding or completing them, and note their roles."""
        key = self._key(tokens)
        found = self._find_key(key)
        if found is None:
            # The most recent first, as in _find_key (and never in a set's order, which
            # follows memory addresses and made builds differ from run to run).
            shorter = dict.fromkeys(person for token in key for person in self.by_token.get(token, ()))
            for person in sorted(shorter, key=lambda person: -person.seen):
                if ordered_in(key, person.tokens) and not other_generation(key, person.tokens):
                    found = person
                    found.tokens, found.display = key, " ".join(tokens)
                    self._index(found)
                    break
        if found is None:  # `Malú Micher` after `Martha Lucía Micher`, `Semper` after `Ernesto Samper`
            found = other_form(self, key, tokens)
        if found is None and len(key) == 2:
            # `Alejandra Arias`, then `Arias Molina`: the second surname of a person named by the first
            found = next((person for person in reversed(self.known) if len(person.tokens) >= 2
                          and person.tokens[-1] == key[0] and key[1] not in person.tokens
                          and seen - person.seen <= SECOND_SURNAME_REACH), None)
            if found is not None:
                found.tokens = found.tokens + key[1:]
                found.display = f"{found.display} {tokens[-1]}"
                self._index(found)
            else:  # `María Cristina Cepeda`, then `García Cepeda`
                found = first_surname(self, key, tokens, seen, SECOND_SURNAME_REACH)
        if found is None:
            found = Person(key, " ".join(tokens))
            self.known.append(found)
            self._index(found)
        found.seen = seen
        for role in roles or ():
            if role not in found.roles:
                found.roles.append(role)
        return found

    def rename(self, person: Person, tokens: list[str]) -> Person:
        """Return person, now named by tokens (a fuller or a truer form of their name), indexed by its words."""
        for token in person.tokens:
            self.by_token[token] = [other for other in self.by_token.get(token, ()) if other is not person]
        person.tokens, person.display = self._key(tokens), " ".join(tokens)
        self._index(person)
        return person

    def _salient_for(self, asked: Role, near: bool = False) -> Person | None:
        """Return the person being followed whom a role noun may describe (`agregó el experto`, `la banquera
        destacó`, `el candidato manifestó`), unless they hold another office of that kind; else None. near: a
        demonstrative points at them (`este experto`), which fits them unless all their roles are of other kinds."""
        if self.salient is None or asked.kind in NEVER_SALIENT:
            return None
        salient, self.salient = self.salient, None  # finding whom the topic is may ask for a role again
        try:
            if near:
                return next((person for person in salient() if _agrees(asked, person) and (
                    asked.kind in UNSPECIFIC or not person.roles
                    or any(compatible(asked, role) for role in person.roles))), None)
            return next((person for person in salient() if _agrees(asked, person) and (
                asked.kind in UNSPECIFIC or all(role.kind != asked.kind for role in person.roles))), None)
        finally:
            self.salient = salient

    def _nearest(self, asked: Role, seen: int, besides: frozenset = frozenset()) -> Person | None:
        """Return the person named last, within NEAR_REACH sentences, if a demonstrative role may point at them
        (`No lo cree así X, un concejal… «…», sostiene este profesor`: X, though someone else spoke before); besides,
        the ids of people the role cannot name (search.speakers.noun_phrases: those its verb speaks of)."""
        last = max((person for person in self.known if person.display and id(person) not in besides),
                   key=lambda person: person.seen, default=None)
        if last is None or seen - last.seen > NEAR_REACH or not _agrees(asked, last):
            return None
        return last if not last.roles or any(compatible(asked, role) for role in last.roles) else None

    def _followed(self, asked: Role) -> Person | None:
        """Return the person followed first (search.speakers.discourse), if of no other gender than the role asked."""
        if self.salient is None:
            return None
        salient, self.salient = self.salient, None  # finding whom the topic is may ask for a role again
        try:
            first = next(iter(salient()), None)
        finally:
            self.salient = salient
        return first if first is not None and _agrees(asked, first) else None

    def _other_than_followed(self, asked: Role, seen: int) -> Person | None:
        """Return the person met last, not the one followed, whom a role no one holds may name (`Vargas Llosa dijo que
        no votaría por Ruiz. En respuesta, el candidato soltó…`: Ruiz): of no other gender, holding no role."""
        followed = self.salient()[:1] if self.salient is not None else []
        best = next((person for person in sorted(self.known, key=lambda person: -person.seen)
                     if person.display and person not in followed and not person.roles and _agrees(asked, person)
                     and (person.statements or " " in person.display)),  # a person, not a lone surname met in passing
                    None)
        if best is not None:
            best.seen = seen
        return best

    def _introduced_as(self, asked: Role) -> Person | None:
        """Return whom the text introduced with the very noun of a bare unspecific role (`el experto X`, then `dice el
        experto`), the latest of them, in news; else None: the noun itself names them before the person followed."""
        if asked.kind not in UNSPECIFIC or asked.noun is None or asked.qualifiers or self.evidence is None \
                or not self.evidence.kind.news:
            return None
        return self._latest_holding(asked, lambda role: role.noun == asked.noun)

    def _bare(self, asked: Role) -> Person | None:
        """Return whom a bare title names, with no complement (`afirma el doctor`): the one the text last gave it (`el
        doctor X`), though others spoke since; else None. In news only: a novel's `la señora` is a character of its
        own."""
        if asked.kind == "titulo" and self.evidence is not None and self.evidence.kind.news:
            return self._latest_holding(asked, lambda role: role.kind == "titulo")
        return None

    def _latest_holding(self, asked: Role, holds) -> Person | None:
        """Return the person met last who may be the one asked and holds a role that holds(role) accepts, or None."""
        return next((person for person in sorted(self.known, key=lambda person: -person.seen)
                     if _agrees(asked, person) and any(holds(role) for role in person.roles)), None)

    def by_role(self, asked: Role, seen: int, owned: bool = False, near: bool = False,
                other: bool = False, besides: frozenset = frozenset()) -> Person | None:
        """Return whom a role names (_by_role); in news a former office (`como dijo el exgobernador`) names only whom
        the text introduced with it, or a person who holds no office now (`Ronaldinho…`, then `el exjugador`), never
        someone the text gave a present office (the doctor who spoke last); nor anyone whose id is in besides."""
        found = self._by_role(asked, seen, owned, near, other, besides)
        if found is not None and id(found) in besides:
            return None
        if found is not None and asked.kind == "ex" and not owned and self.evidence is not None \
                and self.evidence.kind.news and not any(role.noun == asked.noun for role in found.roles) \
                and any(role.kind != "ex" for role in found.roles):
            return None
        return found

    def _by_role(self, asked: Role, seen: int, owned: bool = False, near: bool = False,
                 other: bool = False, besides: frozenset = frozenset()) -> Person | None:
        """Return the most recent person whose role fits the asked one (`el mandatario estadounidense`); owned tells
        a possessive comes before the role (`su abogado`): someone else than the person followed, who owns it; near
        tells a demonstrative does (`este experto`, `esa jueza`): the person just followed, if the role fits; other
        tells the sentence turns to another speaker (`En respuesta, el candidato soltó…`): not the person followed."""
        if asked.kind == "autoridad":  # `la autoridad regional señaló`: the person followed, if an office holder (or
            # of no known role), never someone met before them: a news item calls its current official so
            followed = self._followed(asked) if not owned and not other else None
            if followed is None or followed.roles and not any(compatible(asked, role) for role in followed.roles):
                return None
            followed.seen = seen
            return followed
        followed = self._introduced_as(asked) if not owned and not other else None
        if followed is None and not owned and not other and self.evidence is not None and self.evidence.kind.news:
            followed = qualified_one(asked, self.known, _agrees)  # `el médico de La Paz`: the one introduced so
        if followed is None and near:
            followed = self._nearest(asked, seen, besides) or self._salient_for(asked, near=True)
        if followed is None and not owned and not asked.qualifiers and not asked.country:
            followed = self._bare(asked)
        if followed is None and asked.kind in UNSPECIFIC and not owned and not other and not asked.qualifiers \
                and self.evidence.kind.news and asked.noun is not None \
                and not any(role.noun == asked.noun for person in self.known for role in person.roles):
            # `«…», dice el experto` right after X spoke, in news: X, before someone met earlier with another noun of
            # its kind (`el profesor Y`); but `el catedrático` is the one introduced as such
            followed = self._followed(asked)
        if followed is not None:
            followed.seen = seen
            return followed
        best, best_rank = None, (0, False, -1)
        news = self.evidence is not None and self.evidence.kind.news
        for person in self.known:
            if not person.roles or news and id(person) in besides:
                continue  # `El presidente dijo que «el régimen de Maduro…»`: not the one the statement speaks of
                # (news: a novel's `el comisario…, anunciando la llegada de X` keeps finding no one)
            score = max(compatible(asked, role) for role in person.roles)
            # A person who has spoken is more salient than one only listed among those present.
            rank = (score, person.statements > 0, person.seen)
            if score and rank > best_rank:
                best, best_rank = person, rank
        if best is not None and best_rank[0] == 1 and asked.qualifiers and asked.kind not in UNSPECIFIC:
            # `Kast celebró… «…», escribió el líder republicano`: a description the one with a role does not share
            # fits the person followed, who has none (or only a former one, `el expresidente X`: no office held now),
            # better than a merely compatible office
            followed = self._salient_for(asked)
            best = followed if followed is not None and all(role.kind == "ex" for role in followed.roles) else best
        if owned and best is None:  # `su abogado`: someone the text names with the role, here or further on
            later = self.lookahead(asked) if self.lookahead is not None else None
            return self.person(later.display.split(), seen, later.roles) if later is not None else None
        if owned:
            best.seen = seen
            return best
        if best is None and other:
            return self._other_than_followed(asked, seen)
        if best is None and asked.kind in UNSPECIFIC:
            best = self._salient_for(asked)  # `el experto precisó`: the person followed, before anyone named later
        if best is None and not asked.country and not asked.qualifiers:
            # `Petro habló en Bogotá. El mandatario dijo…`: a bare office stands for the person followed if they hold
            # no known role, before anyone the text names later with it
            followed = self._salient_for(asked)
            best = followed if followed is not None and not followed.roles else None
        if best is None and self.lookahead is not None:
            later = self.lookahead(asked)
            if later is not None:
                best = self.person(later.display.split(), seen, later.roles)
        if best is None and asked.gender and not asked.country and asked.kind not in UNSPECIFIC:
            # `La alcaldesa prefiere no responderle`, after her rival spoke: the last to speak of that gender, if they
            # hold no known role
            best = next((person for person in sorted(self.known, key=lambda person: -person.seen)
                         if person.statements and not person.roles and name_gender(person) == asked.gender), None)
        if best is None and asked.kind not in UNSPECIFIC:
            best = self._salient_for(asked)  # but `el ministro de Economía` is not the spokesperson followed:
            if best is not None and asked.kind in PORTFOLIOS and asked.qualifiers and best.roles \
                    and not any(same_field(asked.qualifiers, role.qualifiers) for role in best.roles):
                best = None
        if best is not None:
            best.seen = seen
        return best
