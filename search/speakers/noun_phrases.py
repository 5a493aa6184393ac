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
from search.speakers.people import Role, parse_role
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
    if role is not None and role.kind == "persona":
        person = resolve(s.people, role, s.clock)
    else:
        person = s.people.by_role(role, s.clock, owned=lower[index] in ("su", "sus"),
                                     near=lower[index] in DEMONSTRATIVES or words == [lower[head]]
                                     and lower[head] in lex.GENERIC_EXPERTS,
                                     other=turns_away(lower)) if role else None
    if person is not None and any(m.person is person and m.start >= 2 and lower[m.start - 1] in ("a", "al")
                                  and lower[m.start - 2] in VERB_WORDS for m in s.mentions):
        return None  # `la periodista pregunta a Gates`: the role is not the person named as its object
    if person is not None and named_later(s, person, stop):
        return None  # `El edil ha indicado que «…del alcalde, Mario Soto, …»`: someone else (see named_later)
    return person


def named_later(s, person, stop: int) -> bool:
    """Tell whether the sentence s writes the person's name only inside the complement of the verb after the noun
    phrase that ends at stop (a verb or `que` between them, and at most the quotation mark that opens the
    complement), and not before it. A description points back to someone met, never ahead to a name in its own
    clause's complement (`El concejal aseguró que el plan del alcalde, Ramón Gil, …`: the councillor is not Gil;
    with Gil met before, Spanish writes `su plan`): the person named there is someone else. A name that closes the
    phrase itself is its apposition (`el experto del Instituto de Física Ana Gil`, `el diputado, Luis Mora, quien…`),
    and one past the mark that closes the quotation the phrase stands in is outside that clause (`«Como el
    presidente ha dicho, …», dijo, sobre el Gobierno de Ruiz`)."""
    lower = s.lower
    later = before = False
    for mention in s.mentions:
        if mention.person is person:
            before = before or mention.start < stop
            between = lower[stop:mention.start]
            marks = [at for at, word in enumerate(between) if word in QUOTES]
            opens = not marks or len(marks) == 1 and marks[0] > 0 and between[marks[0] - 1] in ("que", ":")
            later = later or mention.start >= stop and opens and any(
                word == "que" or word in VERB_WORDS or word in lex.SINGULAR or word in lex.PLURAL for word in between)
    return later and not before
