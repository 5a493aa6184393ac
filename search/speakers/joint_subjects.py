"""Statements by several people at once, and plural statements by a body that no person makes.

A verb of saying in the third person plural has as its subject all the people a coordination names, wherever the
coordination stands: before the verb and shared with a clause before it (`Los diputados Ana Gil y Luis Mora se
refirieron al caso y señalaron que…`), after a verb that closes a quotation (`«…», indicaron Ana Gil y Luis Mora,
economistas del instituto`), or with a comitative set off by commas (`Ana Gil, junto a Luis Mora, afirmaron…`: the
plural verb tells the two are its subject, RAE, Nueva gramática, 33.7; a singular verb leaves the one after `junto
a` out).

A plural verb with no subject written whose clause says where it is spoken from (`En el Banco Central indicaron
que…`, `«…», agregaron en la entidad`, `afirmaron desde el Palacio de Hacienda`, `Cerca del ministro acotaron…`) is
the impersonal plural of a body's unnamed people (RAE, Nueva gramática, 41.6: the `impersonal de tercera persona de
plural`): no one the reader could name, and never the people who spoke before.

>>> from search.speakers.mentions import Sentence, sentences
>>> from search.speakers.people import People
>>> s = Sentence(sentences("«Sí», indicaron Ana Gil y Luis Mora, economistas del instituto.")[0], People(), 1)
>>> [person.display for person in joined_after(s, s.mentions[0])]
['Ana Gil', 'Luis Mora']
>>> s = Sentence(sentences("En el Banco Central indicaron que sí.")[0], People(), 1)
>>> spoken_from(s.lower, s.tokens, 4, -1)
True
"""

from search.speakers import lexicon as lex
from search.speakers.mentions import Sentence
from search.speakers.people import Person
from search.speakers.runs import is_role
from search.speakers.things import BODY_NOUNS

JOINERS = frozenset({"y", "e"})
ROLE_REACH = 4  # lower-case words of a role before a name after `y` (`y el economista del instituto X`)
APPOSITION_REACH = 12  # tokens of an apposition set off by commas (`X, director de la consultora Y, y Z`)
COMITATIVES = (("junto", "a"), ("junto", "al"), ("junto", "con"), ("en", "compañía", "de"))
# Nouns of a body a plural verb is spoken from (`en la entidad`, `desde la cartera`): the lexicon's bodies and the
# nouns the press puts for one (an office, a firm's team, a minister's circle).
SOURCE_NOUNS = BODY_NOUNS | lex.ORGANISATION_WORDS | frozenset(
    "entidad entidades organismo organismos institución instituciones cartera ministerio consultora consultoras "
    "equipo entorno gabinete oficialismo gobierno municipio alcaldía intendencia gobernación bancada gremio "
    "gremios sindicato sindicatos compañía firma empresa club federación asociación fundación dirección oficina "
    "secretaría subsecretaría comando campaña palacio casa agencia institución servicio tribunal fiscalía "
    "defensoría superintendencia contraloría delegación seremi municipalidad concejo directorio".split())
ARTICLES = frozenset({"el", "la", "los", "las"})
# The plural forms of the pronominal verbs of saying (`se refirieron a`, `se comprometieron a`), which lex.PLURAL
# (the forms that report with no `se`) leaves out.
PLURAL_PRETERITE = ("aron", "ieron")  # a verb of saying in these endings is plural (`analizaron`, `concluyeron`)
PRONOMINAL_PLURAL = frozenset(word for word in lex.REFLEXIVE if word.endswith(("aron", "ieron", "an", "en", "ían")))
# Connectives that may open a clause before the body it is spoken from (`Por su parte, en la cartera…`).
OPENING_CONNECTIVES = frozenset("por su parte a vez , además y e sin embargo mientras tanto así también luego "
                                 "pero".split())
SOURCE_REACH = 3  # words between a plural verb and the `en` or `desde` after it (`dijeron luego en el equipo`)


def plural_verb(word: str) -> bool:
    """Tell whether a verb of saying (lower case) is in the third person plural: one the lexicon lists, or a plural
    preterite a verb is one of saying by its place (`«…», analizaron X y Y`: search.speakers.positional)."""
    return word in lex.PLURAL or word in PRONOMINAL_PLURAL or word.endswith(PLURAL_PRETERITE) and len(word) > 6


def joined_after(s: Sentence, first) -> list[Person]:
    """Return the people a coordination names from the mention first on (`Ana Gil y Luis Mora`, `Ana Gil, de la
    consultora X, y el economista Luis Mora`, `Ana Gil, Luis Mora y Eva Ruiz`), first's person alone when none is
    joined to it. Each part is a name not governed by a preposition, a role of a few lower-case words before it; an
    apposition set off by commas may follow a part. The words after the last part must not go on with a name of a
    list of things (`Ana Gil y Banco X`)."""
    found, mention = [first], first
    while True:
        after = _past_apposition(s, mention.end)
        if after >= len(s.lower):
            break
        if s.lower[after] in JOINERS:
            nxt = _mention_from(s, after + 1)
        elif s.lower[after] == "," and after == mention.end:
            nxt = _mention_from(s, after + 1, bare=True)  # `X, Y y Z`: a list; the last joined by `y`
            if nxt is not None and not _ends_in_joined(s, nxt):
                nxt = None
        else:
            nxt = None
        if nxt is None or nxt.governed or any(nxt is other for other in found):
            break
        found.append(nxt)
        mention = nxt
    people = [s.mention_person(m) for m in found]
    people = [person for person in people if person is not None]
    return list({id(person): person for person in people}.values())


def _ends_in_joined(s: Sentence, mention) -> bool:
    """Tell whether the list that goes on at mention ends with a part joined by `y` (`X, Y y Z`), all names."""
    while True:
        after = mention.end
        if after >= len(s.lower):
            return False
        if s.lower[after] in JOINERS:
            return _mention_from(s, after + 1) is not None
        if s.lower[after] != ",":
            return False
        mention = _mention_from(s, after + 1, bare=True)
        if mention is None:
            return False


def _mention_from(s: Sentence, index: int, bare: bool = False):
    """Return the mention that starts at index, or after a role of a few lower-case words there (`el economista
    X`); bare: no role may stand before it. Else None."""
    reach = 1 if bare else ROLE_REACH + 1
    for at in range(index, min(len(s.lower), index + reach)):
        if at in s.starts:
            mention = s.starts[at]
            return mention if at == index or is_role(s.lower[at - 1]) or _role_words(s, index, at) else None
        if not s.tokens[at].isalpha() or not s.tokens[at].islower():
            return None
    return None


def _role_words(s: Sentence, start: int, end: int) -> bool:
    """Tell whether the lower-case words from start to end are a role (`el economista jefe de`)."""
    return any(is_role(word) for word in s.lower[start:end])


def _past_apposition(s: Sentence, end: int) -> int:
    """Return the index after an apposition set off by commas after a name (`, director de la consultora Y,`),
    else end. One that runs into a verb or another name's list is not skipped."""
    lower = s.lower
    if end >= len(lower) or lower[end] != ",":
        return end
    if end + 1 < len(lower) and end + 1 in s.starts:
        return end  # `X, Y y Z`: a list, not an apposition
    for index in range(end + 1, min(len(lower), end + APPOSITION_REACH)):
        if lower[index] == ",":
            return index + 1 if index + 1 < len(lower) and lower[index + 1] in JOINERS else end
        if lower[index] in JOINERS or lower[index] in (".", ";", ":", "que") or lower[index] in lex.PLURAL:
            return end
    return end


def coordinated_at(s: Sentence, people: list[tuple[int, Person]]) -> list[tuple[int, Person]]:
    """Return people, the subject found for a plural verb, with the others a coordination joins to its one name
    (`Los diputados X y Y se refirieron… y señalaron…`: the nearest name was found); people unchanged when it holds
    more than one or names no mention."""
    if len(people) != 1:
        return people
    start, person = people[0]
    first = s.starts.get(start)
    if first is None:
        return people
    # the coordination's first part: the name may close it (`X y Y`, Y found) or open it; or a comitative follows it
    # (`X, junto a Y, entregaron un balance y dijeron…`)
    opening = _coordination_start(s, first)
    joined = joined_after(s, opening)
    if len(joined) < 2:
        joined += [s.mention_person(m) for m in comitative(s, [first])]
    if len(joined) < 2 or not any(other is person for other in joined):
        return people
    return [(start, other) for other in joined]


def _coordination_start(s: Sentence, mention):
    """Return the mention that opens the coordination mention closes (`Ana Gil y Luis Mora`: Ana Gil's for Luis
    Mora's), else mention."""
    for other in reversed(s.mentions):
        if other.end <= mention.start and not other.governed and mention in _parts(s, other):
            return other
    return mention


def _parts(s: Sentence, first) -> list:
    """Return the mentions of the coordination that opens at first (as joined_after, mentions not people)."""
    found, mention = [first], first
    while len(found) < 6:
        after = _past_apposition(s, mention.end)
        if after >= len(s.lower) or s.lower[after] not in JOINERS and not (s.lower[after] == "," and after ==
                                                                              mention.end):
            break
        nxt = _mention_from(s, after + 1, bare=s.lower[after] == ",")
        if nxt is None or nxt.governed:
            break
        found.append(nxt)
        mention = nxt
    return found


def comitative(s: Sentence, mentions: list) -> list:
    """Return the mentions a plural verb's subject joins with `junto a` set off by commas after it (`Ana Gil, junto
    a Luis Mora, afirmaron…`), governed by the preposition though they are part of the subject; [] else."""
    found = []
    for m in mentions:
        at = m.end
        if at >= len(s.lower) or s.lower[at] != ",":
            continue
        for words in COMITATIVES:
            if tuple(s.lower[at + 1:at + 1 + len(words)]) == words:
                other = _mention_from(s, at + 1 + len(words))
                if other is not None and s.lower[other.end:other.end + 1] == [","]:
                    found.append(other)
                break
    return found


def spoken_from(lower: list[str], tokens: list[str], verb: int, boundary: int) -> bool:
    """Tell whether the plural verb of saying at verb, its subject not written, is spoken from a body its clause
    names (the clause starts after boundary): `En el Banco Central indicaron`, `Desde la cartera afirmaron`, `Cerca
    del ministro acotaron`, or after the verb, `agregaron en la entidad`, `afirmaron desde el Palacio de Hacienda`."""
    if not plural_verb(lower[verb]):
        return False
    return _source_before(lower, tokens, boundary + 1, verb) or _source_after(lower, tokens, verb + 1)


def spoken_from_after(lower: list[str], tokens: list[str], verb: int, last: int) -> bool:
    """Tell whether the plural verb of saying at verb (last: the last word of its verb phrase) names after it the
    body it is spoken from (`«…», agregaron en la entidad`, `afirmaron desde el Palacio de Hacienda`)."""
    return plural_verb(lower[verb]) and _source_after(lower, tokens, last + 1)


def _source_before(lower: list[str], tokens: list[str], start: int, verb: int) -> bool:
    """Tell whether the words from start to verb are a source adjunct (`En el Banco Central`, `Cerca de X`), a
    connective before it (`Por su parte, en la cartera…`) and clitics or adverbs after it."""
    end = verb
    while end > start and (lower[end - 1] in lex.CLITICS or lower[end - 1] in lex.NEGATIONS
                           or lower[end - 1] in ("ya", "también", "además", ",")):
        end -= 1
    while start < end and lower[start] not in ("en", "desde", "cerca"):
        if lower[start] not in OPENING_CONNECTIVES:
            return False
        start += 1
    if lower[start:start + 2] == ["en", "tanto"]:  # `En tanto, en el Banco Central…`
        return _source_before(lower, tokens, start + 2, verb)
    return start < end and _source_phrase(lower, tokens, start, end)


def _source_after(lower: list[str], tokens: list[str], start: int) -> bool:
    """Tell whether a source adjunct follows the verb, a few adverbs between (`agregaron luego en la entidad`)."""
    for at in range(start, min(len(lower), start + SOURCE_REACH + 1)):
        if lower[at] in ("en", "desde", "cerca"):
            stop = next((i for i in range(at + 1, min(len(lower), at + 10)) if lower[i] in (",", ".", ";", ":", "que",
                                                                                        "sobre", "a", "al")), None)
            return _source_phrase(lower, tokens, at, stop if stop is not None else min(len(lower), at + 10))
        if not (tokens[at].isalpha() and tokens[at].islower()) or lower[at] in lex.DETERMINERS:
            return False
    return False


def _source_phrase(lower: list[str], tokens: list[str], start: int, end: int) -> bool:
    """Tell whether the words from start to end are a phrase of where a body speaks from: `en` or `desde` and a body
    (a noun of one, `en la entidad`; a capitalised name after an article, `en el Banco Central`; after `desde`, any
    name, `desde Cepa`), or `cerca de` someone (`cerca del ministro`, `cerca de Guzmán`: their circle)."""
    words = lower[start:end]
    if len(words) < 2:
        return False
    if words[0] == "cerca" and words[1] in ("de", "del"):
        return True
    if words[0] not in ("en", "desde"):
        return False
    at = 1
    if words[at] in ARTICLES or words[at] in ("del", "al"):
        at += 1
    if at >= len(words):
        return False
    head = words[at]
    if head in SOURCE_NOUNS:
        return True
    capital = tokens[start + at][:1].isupper()
    if words[0] == "desde":
        return capital  # `desde Cepa advirtieron`: a person is never spoken from
    return capital and at == 2  # `en el Banco Central`, not `en Madrid` (a place: the people there may be named)


def headline_group(lower: list[str], main: Person, body: list[list[Person]]) -> list[Person]:
    """Return whom a headline opened by a plural verb of saying with no subject (`Critican la ausencia del…`, lower:
    its words) reports: the people of the first body line that credits the body's main speaker main with others
    (`Los diputados X y Y calificaron…`), else main alone."""
    if not lower or not plural_verb(lower[0]):
        return [main]
    return next((list(found) for found in body if len(found) > 1 and main in found), [main])


def plural_described(s: Sentence, index: int) -> list[Person]:
    """Return the people named after a plural noun for people that stands after a plural verb of saying (index: its
    determiner; `«…», sumaron los economistas del instituto X y Y`), all the coordination names; else []."""
    lower = s.lower
    if index + 1 >= len(lower) or lower[index] not in ("los", "las") or not plural_role(lower[index + 1]):
        return []
    for at in range(index + 2, min(len(lower), index + 2 + ROLE_REACH + 2)):
        if at in s.starts and not s.starts[at].governed:
            return joined_after(s, s.starts[at])
        if lower[at] in (",", ".", ";", ":", "que", "y", "e") or lower[at] in lex.PLURAL:
            return []
    return []


def plural_role(word: str) -> bool:
    """Tell whether a plural noun names people by a role (`economistas`, `diputados`, `dirigentes`)."""
    return word.endswith("s") and (is_role(word[:-1]) or word.endswith("es") and is_role(word[:-2]))
