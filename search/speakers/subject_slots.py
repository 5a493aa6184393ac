"""What stands in the place of a verb's subject: nothing (adverbs, phrases, a day, connectives), a body that may
speak, an object put first, the focus of a cleft sentence, a family tie for the person followed.

>>> no_subject("no obstante , el martes".split(), 0, 4, None)
True
"""

from search.speakers import lexicon as lex
from search.speakers.genders import name_gender
from search.speakers.governed import verb_at
from search.speakers.mentions import DASHES, QUOTES, Sentence
from search.speakers.people import Person
from search.speakers.runs import is_role
from search.speakers.things import SPEAKING_BODIES

PUNCTUATION = frozenset(",.;:¡!¿?…()") | QUOTES | DASHES
PREPOSITIONS = lex.GOVERNING | {"durante", "bajo", "hasta", "junto", "frente", "tras"}
DAY_LEADS = frozenset({"el", "este", "esta", "pasado", "próximo"})
ACCUSATIVES = frozenset({"lo", "la", "los", "las"})
CLEFT_COPULAS = lex.SINGULAR_COPULAS | {"ha", "sido"}
COORDINATORS = frozenset({"y", "e", "o", "u", "ni"})


def cleft(s: Sentence, relative: int):
    """Return the person a cleft sentence focuses (`fue el propio X quien confirmó`, `Es Ana Gil la que dijo`): a
    name right after a copula and right before `quien` or `el que`/`la que`, else None."""
    lower = s.lower
    end = relative - 1 if lower[relative] != "que" else relative - 2
    if end < 1 or lower[relative] == "que" and lower[relative - 1] not in ("el", "la", "los", "las"):
        return None
    mention = next((m for m in s.mentions if m.end == end + 1 and not m.governed), None)
    if mention is None or min(mention.start, mention.role_start) < 1:
        return None
    before = min(mention.start, mention.role_start) - 1
    while before > 0 and lower[before] in ("el", "la", "propio", "propia", "mismo", "misma"):
        before -= 1
    return s.mention_person(mention) if lower[before] in CLEFT_COPULAS else None


def fronted_object(s: Sentence, left: int, verb: int) -> bool:
    """Tell whether the clause before the verb is its object, taken up by a clitic (`La noticia la dio a conocer`,
    `Esa idea la repitió`): a determiner and a common noun that names no person, then `lo`, `la`, `los` or `las`."""
    lower = s.lower
    return 1 <= left < verb - 1 and lower[left + 1] in ACCUSATIVES and s.tokens[left].isalpha() \
        and s.tokens[left].islower() and not is_role(lower[left]) and lower[left - 1] in lex.DETERMINERS \
        and (left == 1 or lower[left - 2] in PUNCTUATION) and lower[left] not in lex.ORGANISATION_WORDS \
        and lower[left] not in SPEAKING_BODIES


def may_speak(s: Sentence, start: int, left: int) -> bool:
    """Tell whether the subject between start and left may speak though it is no person: a body (`el Ministerio`,
    `HRW`, `la organización`) or a group of people (`las autoridades`); not `Múltiples factores`, nor words
    governed by a preposition, up to a comma, those joined to them too (`Para alcanzar este trabajo…`, `En palabras
    dirigidas a los vecinos y los medios, dijo…`)."""
    governed = False
    for index in range(start, left + 1):
        word, token = s.lower[index], s.tokens[index]
        if word in PUNCTUATION:
            governed = governed and word != ","
        elif word in PREPOSITIONS:
            governed = True
        elif governed and not (word in lex.DETERMINERS and s.lower[index - 1] not in PREPOSITIONS
                               and s.lower[index - 1] not in COORDINATORS):
            continue  # `a las autoridades y los medios`: a determiner after `y` goes on with the complement
        elif word in lex.DETERMINERS or word in lex.EMPTY_SUBJECT:
            governed = False
        else:
            if word in lex.ORGANISATION_WORDS or word in SPEAKING_BODIES \
                    or (word in lex.MINISTRY_DOMAINS or word in lex.PARTIES or word in lex.LONE_BODIES) \
                    and token[:1].isupper():
                return True
            opening = index == 0 or s.lower[index - 1] in PUNCTUATION
            return token[:1].isupper() and not (opening and (
                word in lex.NOT_NAME_STARTS or s.people.is_common_word(token) or not s.people.evidence.is_proper(token)
                and not token.isupper()))
    return False


def no_subject(lower: list[str], start: int, left: int, skipped) -> bool:
    """Tell whether the words before a verb hold no subject: adverbs, prepositional phrases, and connectives set
    off by a comma (`No obstante, insistió…`)."""
    governed = pending = False
    for index in range(start, left + 1):
        word = lower[index]
        if skipped and skipped[0] <= index < skipped[1] or in_date(lower, index):
            continue  # `…, que el martes pidió perdón`: a day is no subject
        if word in PUNCTUATION:
            governed = governed and word != ","
            pending = pending and word != ","
        elif word in PREPOSITIONS:
            governed = True
        elif governed:
            # `Durante su intervención` is a phrase; `En Madrid el Gobierno` holds a subject after it
            if word in lex.DETERMINERS and lower[index - 1] not in PREPOSITIONS:
                return False
        elif word in lex.DETERMINERS:
            return False
        elif word not in lex.EMPTY_SUBJECT and not word.endswith("mente"):
            pending = True  # a subject, unless a comma shows it was a connective
    return not pending


def in_date(lower: list[str], index: int) -> bool:
    """Tell whether the word at index belongs to a day named as a time (`el martes`, `este lunes`, `el pasado
    viernes`, `el próximo domingo`)."""
    word = lower[index]
    if word in lex.MONTHS_DAYS:
        return index > 0 and lower[index - 1] in DAY_LEADS
    following = lower[index + 1:index + 3]
    return word in ("el", "este", "esta") and (following[:1] and following[0] in lex.MONTHS_DAYS or
                                               following[:1] in (["pasado"], ["próximo"]) and following[1:]
                                               and following[1] in lex.MONTHS_DAYS) \
        or word in ("pasado", "próximo") and index > 0 and lower[index - 1] == "el" and following[:1] \
        and following[0] in lex.MONTHS_DAYS


# Nouns of a family tie, with the gender they give: `la esposa del candidato`, `el hermano de la cantante`.
RELATIONS = {**dict.fromkeys("esposa viuda madre hija hermana novia nieta abuela tía prima".split(), "f"),
             **dict.fromkeys("esposo viudo padre hijo hermano novio nieto abuelo tío primo".split(), "m")}


def relation(s: Sentence, start: int, left: int, salient) -> Person | None:
    """Return whom a family tie as the subject names (`La esposa del tabasqueño manifestó…`): in news, the person
    followed, if the tie's gender is theirs by their given name and they are not the one it ties them to; else
    None (a novel's `la madre de Juan` is a character of its own)."""
    lower = s.lower
    if not s.people.evidence.kind.news or start + 3 > left or lower[start] not in ("el", "la") \
            or lower[start + 1] not in RELATIONS or lower[start + 2] not in ("de", "del"):
        return None
    owner = set(s.tokens[start + 3:left + 1])
    gender = RELATIONS[lower[start + 1]]
    return next((person for person in [*salient(), *salient(True)] if person.display  # the last statement's speakers
                 and name_gender(person) == gender and owner.isdisjoint(person.display.split())), None)


PRONOUN_GENDERS = {"ella": "f", "él": "m"}


def genders(person: Person) -> set[str]:
    """Return the genders a person's roles or given name tell (`la ministra`, `Ana`), empty if none does."""
    return {role.gender for role in person.roles if role.gender} or {name_gender(person)} - {None}


def pronoun_person(s: Sentence, start: int, left: int, salient) -> Person | None:
    """Return whom a subject pronoun right before the verb stands for, in news (`Ella menciona que…`, `Él también
    aseguró…`): the person followed unless their gender is the other one, else the person of that gender met last
    (`«…», dijo Luis Gil. …Ana Ruiz… Ella aseguró…`); None when the pronoun is not there or no one fits."""
    lower = s.lower
    at = left - 1 if left > start and lower[left] in PRONOUN_ADVERBS else left
    if at < start or lower[at] not in PRONOUN_GENDERS or not s.people.evidence.kind.news \
            or start > 0 and lower[start - 1] not in (";", ":") or not set(lower[start:at]) <= OPENING_WORDS:
        return None  # only a main clause's subject: not `Lo que él decía…`
    gender = PRONOUN_GENDERS[lower[at]]
    followed = [person for person in salient() if person.display]
    if followed and gender in (genders(followed[-1]) or {gender}):
        return followed[-1]
    return next((person for person in sorted(s.people.known, key=lambda person: -person.seen)
                 if person.display and genders(person) == {gender}), None)


PRONOUN_ADVERBS = frozenset({"también", "no", "ya", "incluso", "luego", "después", "entonces"})
OPENING_WORDS = frozenset({"y", "pero", "además", "mientras", "tanto", "en", "cambio", "por", "su", "parte", ","})


ARTICLE_GENDERS = {"el": "m", "la": "f"}
DESCRIPTION_MODIFIERS = frozenset({"ex", "nuevo", "nueva", "actual", "propio", "propia"})  # `el ex director`


def other_description(s: Sentence, mention, left: int) -> int | None:
    """Return where a description that is the verb's subject starts, when it stands between a name and the verb and
    its gender is not the name's (`Tras tomarle protesta a la diputada, Ana Gil como candidata, el exdirector de la
    CFE, aseguró…`: the name belongs to the opening clause, the man described is who speaks); else None. The
    description is the last stretch between commas before the verb (the comma at left), opened by `el` or `la` and a
    noun for a person; the name's gender is what its roles, its given name or the description set before it tell,
    and one is needed."""
    lower = s.lower
    if left < 1 or lower[left] != ",":
        return None
    comma = next((index for index in range(left - 1, mention.end - 1, -1) if lower[index] == ","), None)
    if comma is None or lower[comma + 1:comma + 2] not in (["el"], ["la"]):
        return None
    head = comma + 2
    while head < left and lower[head] in DESCRIPTION_MODIFIERS:
        head += 1
    if head >= left or not is_role(lower[head]):
        return None
    told = genders(mention.person) if mention.person is not None else set()
    told = told or _introduced_gender(lower, mention.start)
    return comma + 1 if len(told) == 1 and ARTICLE_GENDERS[lower[comma + 1]] not in told else None


def _introduced_gender(lower: list[str], start: int) -> set[str]:
    """Return the gender of a description set right before a name by a comma (`a la diputada federal, Ana Gil`: a
    name the lexicon does not know takes the gender the text gives it), else an empty set."""
    if start < 3 or lower[start - 1] != ",":
        return set()
    for index in range(start - 2, max(-1, start - 6), -1):
        if lower[index] in ARTICLE_GENDERS and is_role(lower[index + 1]):
            return {ARTICLE_GENDERS[lower[index]]}
        if lower[index] in (",", ".", ";", ":"):
            break
    return set()


def verb_first(lower: list[str], start: int, stop: int, skipped) -> bool:
    """Tell whether the clause from start to stop opens with its finite verb, no subject before it (`Revisó los datos
    y…`, `Ayer visitó la planta y…`), so the subject is unwritten (search.speakers.governed.verb_at)."""
    first = next((index for index in range(start, stop) if verb_at(lower, index, clitics=False)), None)
    if first is None or first > start and lower[first - 1] == "se":
        return False  # `Se publicó el informe y confirmó…`: the subject follows the verb
    return first == start or no_subject(lower, start, first - 1, skipped)
