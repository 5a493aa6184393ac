"""The person a noun phrase names: a name, a role with its name, or a role or a description that the document
resolves to someone met (`el canciller ruso`, `este experto`, `el tabasqueño`); and the words that come before a
role noun (articles and their gender, demonstratives, adjectives). search.speakers.mentions reads a sentence's
names; this module reads the noun phrase at a position of it.
"""

import re

from search.speakers import lexicon as lex
from search.speakers.connectives import turns_away
from search.speakers.descriptions import (
    PRAISE,
    describe,
    epithet_at,
    heading,
    in_article,
    is_trade,
    resolve,
    specialist,
)
from search.speakers.people import NEVER_SALIENT, UNSPECIFIC, Role, parse_role
from search.speakers.periphrases import leads_here
from search.speakers.runs import VERB_WORDS, is_role
from search.speakers.sentences import QUOTES

# Adjectives that may come before a role noun: `el propio presidente`, `el Sumo Pontífice`, `la también actriz`.
ADJECTIVES = frozenset(
    "nuevo nueva actual propio propia veterano veterana máximo máxima ex sumo futuro futura próximo próxima "
    "entonces ahora hoy también flamante recién mismo misma citado citada segundo segunda tercer tercera".split())
SINGULAR_ARTICLES = frozenset({"el", "la"})
DEMONSTRATIVES = frozenset({"este", "esta", "ese", "esa"})  # `este experto`: the person just followed
# Endings of nouns of origin, trade or allegiance (`tabasqueño`, `mexiquense`, `sindicalista`, `banquero`).
PERSON_NOUN = re.compile(r"^[a-záéíóúñ]{3,}(?:eño|eña|ense|ista|ero|era|ólogo|óloga)$")
AUTHORITY = Role("autoridad", None, frozenset(), None, "autoridad")
GENDER = {"el": "m", "los": "m", "un": "m", "este": "m", "ese": "m", "del": "m", "al": "m",
          "la": "f", "las": "f", "una": "f", "esta": "f", "esa": "f"}


def noun_phrase(s, index: int, bare: bool = False):
    """Return the person named by the noun phrase at index of the sentence s (search.speakers.mentions.Sentence):
    a name (`Lavrov`), a role and its name (`el canciller ruso, Lavrov`), a role or a description that the document
    resolves (`el canciller ruso`, `el tabasqueño`), or None."""
    lower = s.lower
    if index in s.starts:
        return s.mention_person(s.starts[index])
    if index >= len(lower):
        return None
    nicknamed = None if bare else epithet_at(s.people, lower, index, s.clock)
    if nicknamed is not None:
        return nicknamed  # `El encantador de perros cuenta…`, after `conocido como «El encantador de perros»`
    head = index if bare else index + 1
    if not bare and (lower[index] not in lex.DETERMINERS or lower[index] in lex.INDEFINITE
                     and not (index == 0 and heading(s.people))):
        return None  # but a heading's `Un investigador plantea…` is the one its body names
    if not bare and head + 1 < len(lower) and lower[head] in QUOTES:
        head += 1  # `el 'número dos' de la entidad`: a role in quotation marks
    while head < len(lower) and head - index < 3 and (lower[head] in ADJECTIVES or lower[head] in PRAISE):
        head += 1
    if head < len(lower) and lower[head] == "autoridad" and lower[index] == "la" and not bare \
            and s.people.evidence is not None and s.people.evidence.kind.news:
        # `la autoridad regional señaló`: the office holder the news item follows, a man or a woman, whatever kind
        # of office its adjective gives (search.speakers.people.People._by_role); in news only
        return s.people.by_role(AUTHORITY, s.clock)
    ranked = head < len(lower) and lower[head] in lex.EXECUTIVES and lower[head - 1] in lex.EXECUTIVE_RANKS
    if head >= len(lower) or not (is_role(lower[head]) or PERSON_NOUN.match(lower[head]) or ranked
                                  or (is_trade(lower[head]) or specialist(lower[head])) and in_article(s.people)):
        return None
    stop = head + 1
    while stop < len(lower) and lower[stop] not in lex.NP_STOPS and lower[stop] not in (",", ".", ";", ":") \
            and not (stop in s.starts and not s.in_complement(head, stop)) and lower[stop] not in QUOTES \
            and lower[stop] not in VERB_WORDS and not leads_here(lower, stop) and stop - head < 9:
        stop += 1
    if stop in s.starts:
        return s.mention_person(s.starts[stop])
    field = stop + 1  # `el especialista en Nutrición X`: a field in capitals after `en`, then the name
    while stop < len(lower) and lower[stop] == "en" and field < min(len(lower), stop + 4) \
            and s.tokens[field][:1].isupper() and field not in s.starts:
        field += 1
    if field > stop + 1 and field in s.starts:
        return s.mention_person(s.starts[field])
    if stop + 1 < len(lower) and lower[stop] == "," and stop + 1 in s.starts and s.apposed(stop + 1):
        return s.mention_person(s.starts[stop + 1])
    words = ["directivo"] + lower[head + 1:stop] if ranked else lower[head:stop]
    # else a description, in an article: `el peleador irlandés`, `el irlandés` (search.speakers.descriptions)
    role = parse_role(words, None if bare else GENDER.get(lower[index])) \
        or in_article(s.people) and describe(words, None if bare else GENDER.get(lower[index])) or None
    if role is None and not bare and lower[index] in SINGULAR_ARTICLES and PERSON_NOUN.match(lower[head]) \
            and lower[head] not in lex.ORGANISATION_WORDS:
        # `el tabasqueño insistió`, `la sindicalista explicó`: a noun made to name a person, not in our lists
        role = Role("persona", None, frozenset(), GENDER.get(lower[index]))
    spoken_of = _spoken_of(s, index)
    if role is not None and role.kind == "persona":
        person = resolve(s.people, role, s.clock)
    else:
        person = s.people.by_role(role, s.clock, owned=lower[index] in ("su", "sus"),
                                     near=lower[index] in DEMONSTRATIVES or words == [lower[head]]
                                     and lower[head] in lex.GENERIC_EXPERTS,
                                     other=turns_away(lower), besides=spoken_of) if role else None
    if person is not None and id(person) in spoken_of:
        return None
    if person is not None and role is not None and role.kind not in UNSPECIFIC | NEVER_SALIENT | {"persona"} \
            and lower[index] not in ("su", "sus") and not any(held.kind == role.kind for held in person.roles):
        # `Mora hizo un anuncio. El presidente de Venezuela dijo…`: the office the text now gives the person it
        # followed is theirs, so that `el mandatario venezolano` finds them later, past others who spoke; its kind
        # and country only (`el máximo ejecutivo de la eléctrica` may name the body another way)
        person.roles.append(Role(role.kind, role.country, frozenset(), role.gender))
    if person is not None and any(m.person is person and m.start >= 2 and lower[m.start - 1] in ("a", "al")
                                  and lower[m.start - 2] in VERB_WORDS for m in s.mentions):
        return None  # `la periodista pregunta a Gates`: the role is not the person named as its object
    return person


def _spoken_of(s, index: int) -> frozenset:
    """Return the ids of the people the sentence names only across a verb of saying from the role at index: those
    the statement speaks of, whom a description that is its subject never names (`El experto ha señalado que el
    discurso de X…`, `«X estuvo bien», dijo el experto`: the expert is not X; a speaker is named in their own words
    as `él` or in the first person, never by name), even in the quotation the verb opens (`El edil ha indicado que
    «…el compromiso del alcalde, X…»`). Two cases are left out: a name before the verb out of quotation marks is
    the narrator's, who may name the speaker there (`X salió ilesa, según informó la artista`); and a role in a
    quotation with a name out of it belong to two statements (`«Como el presidente ha dicho, …», dijo X sobre el
    plan de Y`)."""
    lower = s.lower
    quoted = sum(word in QUOTES for word in lower[:index]) % 2 == 1  # the role stands in a quotation
    across, beside = set(), set()
    for mention in s.mentions:
        if mention.person is None:
            continue
        low, high = sorted((index, mention.start))
        between = lower[low + 1:high]
        if quoted and any(word in QUOTES for word in between):
            continue  # the role in a quotation, the name out of it: two voices, the rule does not reach across
        said = any(word in VERB_WORDS for word in between) and (
            mention.start > index or any(word in QUOTES for word in between))
        (across if said else beside).add(id(mention.person))
    return frozenset(across - beside)
