"""Subjects shared among clauses: a verb joined by `y` to clauses before it (`X votó en contra y denunció…`),
`ambos` or `los dos` for the two people met last, and the items of a list before one plural verb.

>>> from search.speakers.mentions import VERBS, Sentence, sentences
>>> from search.speakers.people import People
>>> s = Sentence(sentences("Ana Gil votó en contra y denunció el plan.")[0], People(), 1)
>>> [person.display for _, person in coordinated_subject(s, -1, 5, None)]
['Ana Gil']
"""

from search.speakers import lexicon as lex
from search.speakers.clause_bounds import PRETERITE, clause_start
from search.speakers.governed import verb_at
from search.speakers.mentions import VERBS, Sentence
from search.speakers.people import Person
from search.speakers.runs import is_role
from search.text.names import is_given_name

COORDINATORS = frozenset({"y", "e", "pero", "sino", "mas"})
DATIVE_CLITICS = frozenset({"le", "les"})
DATIVE_REACH = 6  # words from a dative phrase's start to the clitic that takes it up (`al joven boxeador no le`)
OPENING_CONNECTIVES = frozenset({"pero", "y", "e", "aunque", "sin", "embargo", "además", "también", ","})


# Words that open a fronted adjunct between a coordinator and its verb (`pero en el debate pidió…`).
ADJUNCT_OPENERS = frozenset("en tras durante ante después luego antes desde con ayer hoy entonces finalmente "
                            "además también más al".split())
ADJUNCT_REACH = 7  # tokens from the coordinator to the verb


def coordinator_before_adjunct(s: Sentence, boundary: int, left: int) -> int | None:
    """Return where a coordinator stands before a fronted adjunct that ends at left, the word before a verb (`X no
    compareció, pero en el debate pidió…`, `y tras la reunión, aseguró…`): the verb is joined by it, as if right
    after it; else None. The adjunct holds words in lower case and commas only, no verb."""
    lower = s.lower
    for index in range(left, max(boundary, left - ADJUNCT_REACH), -1):
        word = lower[index]
        if word in COORDINATORS:
            opens = index + 1 + (lower[index + 1] == ",")  # `y, al final del acto, pidió…`
            return index if opens < left and lower[opens] in ADJUNCT_OPENERS else None
        if word != "," and not (s.tokens[index].isalpha() and s.tokens[index].islower()) or word in VERBS \
                or word in lex.AUXILIARIES or word.endswith(PRETERITE) and len(word) > 3:
            return None
    return None


def coordinated_subject(s: Sentence, boundary: int, left: int, skipped) -> list[tuple[int, Person]]:
    """Return the subject of a verb joined by `y` to clauses with no statement (`X votó en contra y denunció`): the
    subject of the nearest clause that has one (`Diego cumplió años y el presidente publicó una foto, y escribió`)."""
    lower = s.lower
    opens = {boundary + 1} | {i + 1 for i in range(boundary + 1, left) if lower[i] in COORDINATORS}
    found = []
    for m in s.mentions:
        if boundary < m.start and m.end <= left + 1 and not m.governed and m.role_start in opens \
                and not (skipped and skipped[0] <= m.start < skipped[1]):
            found.append((m.role_start, lambda m=m: s.mention_person(m)))
    named = {start for start, _ in found}
    last_named = max(named, default=-1)
    for start in sorted(opens - named, reverse=True):
        if last_named < start <= left and lower[start] in lex.DETERMINERS:
            found.append((start, lambda start=start: s.noun_phrase(start)))
    for start, person in sorted(found, reverse=True):
        person = person()
        if person is not None:
            return [(start, person)]
    opening = boundary + 1
    while opening < left and lower[opening] in OPENING_CONNECTIVES:
        opening += 1
    if lower[opening] in ("a", "al"):  # `Pero al irlandés no le basta con vaticinar… y deja claro que…`
        person = dative_phrase(s, opening + 1, bare=lower[opening] == "al")
        if person is not None:
            return [(opening + 1, person)]
    named = [m for m in s.mentions if boundary < m.start and m.end <= left + 1 and not m.governed
             and not (skipped and skipped[0] <= m.start < skipped[1])]
    # the subject of the clause joined to: a name right before its finite verb (`…, el presidente X salió en su
    # defensa y aseguró…`), else the first name (`(EFE).- X rindió… y la describió`), not a title quoted before it
    first = next((m for m in reversed(named) if verb_at(lower, m.end, clitics=True)), named[0] if named else None)
    return [(first.start, s.mention_person(first))] if first is not None else []


def dative_phrase(s: Sentence, start: int, bare: bool = False) -> Person | None:
    """Return the person a dative noun phrase at start names when a clitic takes it up (`a la ministra no le
    preocupa…`, `al irlandés no le basta…`: the one the clause is about); else None. bare: its article was `al`,
    glued to the preposition."""
    lower, mention = s.lower, s.starts.get(start)
    clitic = next((i for i in range(start + 1, min(len(lower), start + DATIVE_REACH)) if lower[i] in DATIVE_CLITICS),
                  None)
    if clitic is None or any(word in (",", ".", ";", ":") or word in VERBS for word in lower[start:clitic]) \
            or mention is None and not bare and lower[start] not in lex.DETERMINERS:
        return None
    return s.mention_person(mention) if mention is not None else s.noun_phrase(start, bare=bare)


def outer_coordinated(s: Sentence, boundary: int, verb: int) -> list[tuple[int, Person]]:
    """Return the subject of a verb joined by `y` to a clause that `que` opens and that names no subject of its own:
    the subject of the clause the `que` hangs from (`X dejó abierta la posibilidad para que el PRD decida, porque
    faltan días, y manifestó que…`: X). Only for a finite past (`manifestó`, `ha manifestado`): a subjunctive joins
    the `que` clause itself (`pidió al alcalde que revise el plan y anuncie…`). Else []."""
    lower = s.lower
    finite = lower[verb].endswith(PRETERITE) and len(lower[verb]) > 3 or lower[verb - 1] in lex.AUXILIARIES
    if boundary < 1 or lower[boundary] != "que" or not finite:
        return []
    outer, skipped = clause_start(lower, boundary - 1)
    return coordinated_subject(s, outer, boundary - 1, skipped)


def juxtaposed_subject(s: Sentence, boundary: int, left: int, verb: int) -> list[tuple[int, Person]]:
    """Return the subject of a reporting verb set after a comma with no subject of its own, its statement after it
    (`Esta mañana, Ana Gil participó en un foro, destacó que…`): the person who opens the clause before it, its verb a
    finite past (`participó`, `ha participado`), the same subject as a verb joined by `y`. Else []; not a credit
    after the words it reports (`…, informó el diario`), which has its subject after it."""
    lower = s.lower
    if lower[left] not in (",", ";") or lower[verb + 1:verb + 2] not in (["que"], [":"]):
        return []
    for m in reversed(s.mentions):
        if not boundary < m.start < left or m.governed or m.role_start != boundary + 1 \
                and lower[m.role_start - 1] != ",":
            continue
        after = m.end
        while after < left and lower[after] in lex.AUXILIARIES:
            after += 1
        finite = lower[after].endswith(PRETERITE) and len(lower[after]) > 3 \
            or after > m.end and lower[after].endswith(("ado", "ido"))
        return [(m.start, s.mention_person(m))] if finite and "," not in lower[m.end:after] else []
    return []


BOTH = (["ambos"], ["ambas"], ["los", "dos"], ["las", "dos"])


def both(s: Sentence, start: int, left: int) -> list[tuple[int, Person]]:
    """Return the two people met last when the subject is `ambos`, `las dos` or `ambos ministros` (a plural role
    noun); else []. `Ambos partidos` names no people."""
    words = [word for word in s.lower[start:left + 1] if word not in lex.EMPTY_SUBJECT or word in ("ambos", "ambas")]
    head = next((len(pair) for pair in BOTH if words[:len(pair)] == pair), 0)
    if not head or len(words) > head + 1 or len(words) == head + 1 and not is_role(_singular(words[head])):
        return []
    people = sorted((person for person in s.people.known if person.display and (  # people, not `Hot Doc`
        person.roles or person.statements or is_given_name(person.display.split()[0]))),
        key=lambda person: -person.seen)[:2]
    return [(start, person) for person in people] if len(people) == 2 else []


def _singular(word: str) -> str:
    """Return the singular of a plural noun (`ministros`, `dirigentes`, `alcaldes`)."""
    return word[:-2] if word.endswith("es") and word[:-2] + "e" not in lex.ROLE_CLASSES else word[:-1]


def listed_before(s: Sentence, boundary: int) -> list:
    """Return the mentions that open the items of a list set apart by semicolons before the clause at boundary, whose
    plural verb they share (`A, presidente de X; B, directora de Y; C y otros más felicitaron…`: the semicolons part
    items that hold commas themselves). An item with a verb, or not opened by a name, ends the list."""
    lower, found = s.lower, []
    while boundary > 0 and lower[boundary] == ";":
        start = next((i for i in range(boundary - 1, -1, -1) if lower[i] in ";:"), -1) + 1  # not `.`: `X. González`
        first = next((i for i in range(start, boundary) if i in s.starts), None)  # the item's own words only
        opening = s.starts[first] if first is not None else None
        if opening is None or start not in (opening.start, opening.role_start) or opening.governed \
                or any(word in VERBS for word in lower[start:boundary]):
            break
        found.insert(0, opening)
        boundary = start - 1
    return found


def own_noun_subject(s: Sentence, left: int) -> bool:
    """Tell whether the verb after left has a subject of its own just before it, after `y` or `e`: a determiner and a
    noun that names no person known (`X se va de vacaciones y la competencia responde`, `… y el público respondió`,
    `… y la ministra respondió`, no minister met). The clause after `y` then says nothing of the name before it; a
    role the document resolves is that person, read as before (`La jueza Ana Gil… y la jueza aseguró`). The caller
    asks for a singular verb only: a plural one after `X y los invitados` has them all as its subject."""
    lower = s.lower
    return left >= 2 and lower[left - 2] in ("y", "e") and lower[left - 1] in lex.DETERMINERS \
        and s.tokens[left].isalpha() and s.tokens[left].islower() and s.noun_phrase(left - 1) is None
