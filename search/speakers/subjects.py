"""The subject of a reporting verb: before it, after it (`…», dijo X`), or unsaid.

>>> from search.speakers.mentions import Sentence, sentences
>>> from search.speakers.people import People
>>> s = Sentence(sentences("La jueza Ana Gil dijo que sí.")[0], People(), 1)
>>> [person.display for _, person in subject(s, 4, 3, False, [], lambda plural=False: [])]
['Ana Gil']
"""

from search.speakers import lexicon as lex
from search.speakers.appositions import after_connective, opening_apposed, quoted_alias
from search.speakers.authored import author_at
from search.speakers.clause_bounds import (
    RELATIVES,
    SUBORDINATORS,
    aside,
    asked_about,
    clause_start,
    compared_with,
    dash_aside,
    last_past,
    main_after_relative,
    other_verb,
    present_relative,
)
from search.speakers.coordination import (
    COORDINATORS,
    both,
    coordinated_subject,
    coordinator_before_adjunct,
    juxtaposed_subject,
    listed_before,
    outer_coordinated,
    own_noun_subject,
)
from search.speakers.descriptions import in_article
from search.speakers.epithet_subjects import described as described_person
from search.speakers.epithet_subjects import description_at
from search.speakers.governed import PRETERITE
from search.speakers.inverted import right_subject
from search.speakers.joint_subjects import comitative, coordinated_at, spoken_from
from search.speakers.mentions import QUOTES, VERBS, Sentence
from search.speakers.partitives import named_antecedent
from search.speakers.people import NOBODY, Person
from search.speakers.quote_marks import opening_mark, quoted_at
from search.speakers.runs import is_role
from search.speakers.subject_after import ARTICLES, INVERTING, after_verb, object_relative
from search.speakers.subject_slots import (
    cleft,
    fronted_object,
    may_speak,
    no_subject,
    other_description,
    pronoun_person,
    relation,
    verb_first,
)
from search.speakers.things import WRITINGS
from search.text.names import is_given_name

SHOWED = frozenset("mostró mostraron muestra muestran mostrado".split())
# Nouns of a tribute that a name follows (`en homenaje al escritor X`, `en honor a X`, `en memoria de X`).
TRIBUTES = frozenset("homenaje honor memoria tributo recuerdo".split())
PREPOSITIONAL_RELATIVES = frozenset({"que", "cual", "cuales"})
# Indefinite pronouns that stand as a subject on their own (`unos creen que X gana, otros sostienen que…`): someone
# the text does not name, never the name of the clause before (`ambos`, `todos` may gather named people: left out).
INDEFINITE_SUBJECTS = frozenset("otros otras unos unas algunos algunas muchos muchas varios varias pocos pocas "
                                "alguien nadie".split())
INDEFINITE_OPENERS = frozenset({",", "pero", "mientras", "aunque"})  # not `y`: `X y otros afirmaron` is X among them
BEFORE_VERB = lex.CLITICS | lex.NEGATIONS  # what stands between a subject and its verb (`otros no lo creen`)
FORMER = frozenset({"fue", "fuera", "era", "había", "ha"})  # `Quien fue…`, `Quien fuera…`, `Quien ha sido…`


def _listed(s: Sentence, head: int, mention) -> bool:
    """Tell whether a name ends a list after `y` whose first name a preposition of the role governs (`de Sao Paulo,
    Milan y Orlando City`), whatever it looks like."""
    lower, item = s.lower, mention.start
    while item > 1 and s.tokens[item - 1][:1].isupper() and not is_given_name(mention.tokens[0]):
        item -= 1  # `París Saint Germain`: the list's item, of which the name may be a part
    before, after = lower[item - 1], lower[mention.end:mention.end + 2]
    goes_on = after[:1] in (["y"], ["e"], [","]) and len(after) == 2 and s.tokens[mention.end + 1][:1].isupper()
    return (before in ("y", "e") or before == "," and goes_on) and any(
        other.governed and head < other.start < mention.start for other in s.mentions)


def subject(s: Sentence, verb: int, left: int, plural: bool, subjects: list, salient) -> list[tuple[int, Person]]:
    """Return the people who are the subject of the reporting verb at verb; left is the word before it.

    subjects holds the subjects of the sentence's earlier statements; salient(plural) names whom a verb
    with no subject refers to (search.speakers.discourse).
    """
    lower = s.lower
    if left > 0 and lower[left] in QUOTES and aside(lower, left) is not None:
        left = aside(lower, left) - 1  # `El nombre de "GAVI" responde`: a quoted term inside the subject
    elif left > 0 and opening_mark(lower, left):
        left -= 1  # `asegura que la jueza "desestimó…"`: a quotation opens on the verb, its subject is before it
    if left > 0 and in_article(s.people) and (opened := dash_aside(s.tokens, left)) is not None:
        left = opened - 1  # `X, del partido Y -la segunda fuerza- denuncia`: the subject before it
    alias = quoted_alias(s, left)
    if alias is not None:
        left = alias  # `X, "El Tigre", aseguró…`: a nickname in quotation marks is an apposition, not a quotation
    previous = lower[left] if left >= 0 else ""
    if fronted_object(s, left, verb):  # `La noticia la dio a conocer…`: the object first, the subject unsaid
        return subjects[-1] if subjects and subjects[-1] else [(verb, person) for person in salient(plural)]
    if previous == "," and not plural:
        apposed = next((m for m in s.mentions if m.end == left and not m.governed
                        and (m.role_start < m.start or lower[m.start - 1] == ",")), None)
        if apposed is not None:  # `el vicepresidente del comité, John Coates, calificó…`: the apposition closes
            return [(apposed.start, s.mention_person(apposed))]
        opening = opening_apposed(s, left)
        if opening is not None:  # `Anthony Fauci, el principal experto en…, celebró`: the name that opens it
            return [(opening.start, s.mention_person(opening))]
    if left < 0 or previous in INVERTING or object_relative(lower, left, verb):
        after = after_verb(s, verb, left, previous, plural, subjects, salient)
        if after is not None:
            return after
    where = left - 2 if left >= 2 and lower[left - 1] == "en" else left - 1  # `…, donde anunció`, `…, en donde…`
    if left >= 2 and lower[left] == "donde" and lower[where] == ",":
        # `inauguró el foro, donde dio a conocer que…`, `…, donde se comprometió a…`: a place the main clause names,
        # whose subject, opening the sentence, speaks there (not `…, en donde se argumentó`, no one's: an impersonal
        # `se`; and never the place `donde` stands for)
        if "se" in lower[left:verb] and lower[verb] not in lex.REFLEXIVE:
            return []
        opening = s.mentions[0] if s.mentions else None  # mentions come in order: the first opens the sentence
        if opening is None or opening.role_start != 0 or opening.end > where or opening.governed:
            return []
        return [(opening.start, s.mention_person(opening))]
    boundary, skipped = clause_start(lower, left)
    if main_after_relative(lower, boundary, left) or present_relative(lower, boundary, left):
        outer = clause_start(lower, boundary - 1)[0]
        if _relative_on_subject(lower, outer, boundary, left):
            boundary, skipped = outer, (boundary, left + 1)  # `El joven que trabaja en la tienda comentó`: the main
            # clause's subject, before the relative clause
    if boundary == 0 and lower[0] == "quien" and lower[1:2] and lower[1] in FORMER and not subjects:
        # `Quien fue directora de Culturas Populares explicó…`: the person just introduced, by a past office
        return [(verb, person) for person in salient()]
    if plural and no_subject(lower, boundary + 1, left, skipped) and spoken_from(lower, s.tokens, verb, boundary):
        return [(verb, NOBODY)]  # `En el Banco Central indicaron…`: a body's unnamed people (joint_subjects.py)
    if indefinite_subject(lower, boundary, left):
        return []  # someone unnamed: no statement of anyone's (`«Pocos creen que…», admitió X` is still X's)
    mentions = [m for m in s.mentions if boundary < m.start and m.end <= left + 1 and not m.governed
                and not (skipped and skipped[0] <= m.start < skipped[1])]
    past = last_past(lower, boundary + 1, left, skipped)  # other_verb(lower, m.end, left, skipped): past >= m.end
    mentions = [m for m in mentions if past < m.end and not asked_about(lower, boundary + 1, m.start, left)
                and not compared_with(lower, m.role_start, m.end, left)]
    head = boundary + 2
    if mentions and head <= left and lower[boundary + 1] in ARTICLES and is_role(lower[head]):
        # `El exjugador de Sao Paulo, Milan y Orlando City consideró`: names inside the role's complement
        mentions = [m for m in mentions if not s.in_complement(head, m.start) and not _listed(s, head, m)]
    if mentions and not plural and own_noun_subject(s, left):
        return []  # `X se va de vacaciones y la competencia responde`: the noun is the subject (coordination.py)
    described = other_description(s, mentions[-1], left) if mentions and not plural else None
    if described is not None:  # `…a la diputada, Ana Gil como candidata, el exdirector de la CFE, aseguró`
        person = s.noun_phrase(described)
        return [(described, person if person is not None else NOBODY)]
    if mentions:
        chosen = listed_before(s, boundary) + mentions + comitative(s, mentions) if plural else mentions[-1:]
        return [(m.start, s.mention_person(m)) for m in chosen]
    found = []
    for index in range(boundary + 1, left + 1):
        if skipped and skipped[0] <= index < skipped[1]:
            continue  # `La Comisión, que preside la diputada X, elaboró…`: who presides is the relative's subject
        if lower[index] in lex.DETERMINERS and (index == boundary + 1 or lower[index - 1] not in lex.GOVERNING) \
                and past < index and (not found or lower[index - 1] in ("y", "e")):
            person = s.noun_phrase(index)
            author = author_at(lower, index) if person is None and index == boundary + 1 and in_article(s.people) \
                else None
            if author is not None:  # `El libro de X sostiene…`, `Un comunicado firmado por X asegura…`: its author,
                # when the work opens the clause (not `citó las declaraciones de X, quien…, y afirmó`)
                person = s.noun_phrase(author, bare=lower[author - 1] == "del")
            if person is None and not found and not plural and index > boundary + 1 and lower[index - 1] == "," \
                    and index + 1 <= left and is_role(lower[index + 1]) and not other_verb(lower, index, left, skipped):
                return [(verb, NOBODY)]  # `El pasado mayo, la ministra noruega advirtió…`, no such minister known: as
                # at the start of the sentence (below), someone the text does not name, not the person followed
            if person is None and not found and not plural and in_article(s.people) \
                    and (index == boundary + 1 and _main_clause(lower, boundary)
                         or boundary < 0 and after_connective(lower, index)):  # `Además, la exempleada…`
                bare = description_at(s.tokens, index)  # `El estratega, en declaraciones recientes, manifestó…`
                person = described_person(s.people, bare[0], salient, lower[:index], bare[2]) if bare is not None \
                    and _reaches_verb(lower, bare[1], left) and not any(bare[1] <= at <= left for at in s.starts) \
                    else None  # `La funcionaria, junto con X, confirmó`: someone else named on the way
            if person is not None and person not in [known for _, known in found]:
                found.append((index, person))
            if found and not plural:
                break  # `El ministro y el presidente de Ceuta han apostado…`: a plural takes them all
    if found:
        return found
    pronoun = pronoun_person(s, boundary + 1, left, salient) if not plural else None
    if pronoun is not None:
        return [(left, pronoun)]  # `Ella menciona que…` after a man spoke: the woman met last
    related = relation(s, boundary + 1, left, salient)
    if related is not None:
        return [(boundary + 1, related)]  # `La esposa del tabasqueño manifestó…`: the woman just followed
    if boundary + 2 <= left and lower[boundary + 1] in lex.DETERMINERS and is_role(lower[boundary + 2]) \
            and not other_verb(lower, boundary + 1, left, skipped):
        return [(verb, NOBODY)]  # `La ministra de Economía señala…`, no minister known: not the one followed
    coordinator = previous if previous != "," or left < 1 else lower[left - 1]
    joint = left if coordinator in COORDINATORS else coordinator_before_adjunct(s, boundary, left) \
        if in_article(s.people) else None  # news: `pero en el debate pidió`
    if joint is not None and joint > 0:  # `X votó en contra y denunció`, `…, pero, recalcó…`
        closed = lower[joint] in COORDINATORS and lower[joint - 1] == ","  # `X recordó a Y, quien pidió…, y aseguró…`:
        shared = _outside_relatives(s, subjects) if closed else subjects[-1:]  # the comma closes the relative: X's
        if shared:
            return shared[0]
        joined = coordinated_subject(s, boundary, joint, skipped) or ([] if plural else outer_coordinated(s, boundary,
                                                                                                          verb))
        if plural:  # `Los diputados X y Y se refirieron… y señalaron`: all the coordination names (joint_subjects.py)
            joined = coordinated_at(s, joined)
        if not joined and in_article(s.people) and verb_first(lower, boundary + 1, joint, skipped):  # `Revisaron los
            # datos y constataron que…`: clauses joined by `y` share their unwritten subject, whom the reader follows
            # (plural: plural_topic); in news (a novel's narrator tells what a character did and thought this way)
            return [(verb, person) for person in salient(plural)]
        return joined
    if previous == "," and lower[0] in SUBORDINATORS:
        return subjects[-1] if subjects else [(verb, person) for person in salient(plural)]  # `Ahora que…, considera`
    juxtaposed = juxtaposed_subject(s, boundary, left, verb) if previous == "," and not plural else []
    if not juxtaposed and boundary >= 1 and lower[boundary] == ";" and not plural \
            and no_subject(lower, boundary + 1, left, skipped):  # `Gil visitó la planta; destacó que…`
        juxtaposed = juxtaposed_subject(s, clause_start(lower, boundary - 1)[0], boundary, verb)
    if juxtaposed:
        return juxtaposed  # `Esta mañana, Gil participó en un foro, destacó que…`: the clause before's subject
    pair = both(s, boundary + 1, left)
    if pair:
        return pair  # `Ambos coincidieron`, `Los dos ministros defendieron`: the two people met last
    if main_after_relative(lower, boundary, left):
        outer = clause_start(lower, boundary - 1)[0]
        if no_subject(lower, outer + 1, boundary - 1, None):  # `En una entrevista que emitirá X ha contado…`: unsaid
            return subjects[-1] if subjects else [(verb, person) for person in salient(plural)]
    if not no_subject(lower, boundary + 1, left, skipped):
        # `El Ministerio de Salud informó`, `HRW criticó`: a subject that is no person but may speak, if it opens
        # the sentence (`Múltiples factores la explican` is no statement)
        opens = boundary < 0 or lower[boundary] in (";", ":")
        return [(verb, NOBODY)] if opens and may_speak(s, boundary + 1, left) else []
    impersonal = "se" in lower[left + 1:verb] and lower[verb] not in lex.REFLEXIVE and lower[verb] not in SHOWED
    prepositional = boundary >= 2 and lower[boundary] in PREPOSITIONAL_RELATIVES and lower[boundary - 1] in ARTICLES \
        and lower[boundary - 2] in lex.GOVERNING
    governed_who = boundary >= 2 and lower[boundary] in ("quien", "quienes") and lower[boundary - 1] in lex.GOVERNING \
        and lower[boundary - 2] in (",", "y")  # not a relative with no antecedent (`el gesto de quien recuerda`)
    after = right_subject(s, verb + 1, inverted=False) if governed_who and not plural else None
    if after is not None:
        return [(verb, after)]  # `a quien aseguró el periodista X que…`: the subject after the verb
    governed_who = governed_who and not plural  # `de quien decían sus vecinos…`: a plural subject after the verb
    if (prepositional or governed_who) and not impersonal:
        # `presentó el plan, con el cual anunció…`, `una charla en la que señalaba…`, `se reunió con X, con quien ha
        # compartido…`, `mandatarios, a quienes reconoció…`: the main clause's subject
        before = [m for m in s.mentions if m.end <= boundary - (2 if prepositional else 1) and not m.governed]
        main = [m for m in before if not quoted_at(lower, m.start)]
        if main:
            return [(main[0].start, s.mention_person(main[0]))]
        if before:  # `publicó un vídeo titulado "Ana Gil y sus pactos", en el que señala…`: a title, no subject
            return []
        return subjects[-1] if subjects else [(verb, person) for person in salient(plural)]
    if boundary >= 1 and lower[boundary] in RELATIVES and lower[boundary - 1] == ",":
        antecedent = [m for m in s.mentions if m.end == boundary - 1]
        owner = s.owner_noun(antecedent[0].start) if antecedent and lower[boundary] == "que" else None
        if owner in WRITINGS:  # `los estudios del propio Hawking, que decía…`: the noun's words, not the person's
            return [(verb, NOBODY)]
        if antecedent and not TRIBUTES.isdisjoint(lower[max(0, antecedent[0].role_start - 3):antecedent[0].role_start]):
            return []  # `bautizada así en homenaje al escritor X, que propuso…`: why a thing has its name, no statement
        if antecedent:
            return [(antecedent[0].start, s.mention_person(antecedent[0]))]
        return subjects[-1] if subjects else []
    focus = cleft(s, boundary) if boundary >= 1 and lower[boundary] in RELATIVES else None
    if focus is not None:
        return [(verb, focus)]  # `Fue la ministra X quien anunció…`: the person the copula focuses
    antecedent = named_antecedent(s, boundary) if boundary >= 1 and lower[boundary] == "que" else None
    if antecedent is not None:
        return [(verb, antecedent)]  # `Ana Gil es una de las expertas que han pedido…`, `Ana Gil, la médica que…`
    if boundary >= 0 and lower[boundary] in RELATIVES:
        return subjects[-1] if subjects else []
    main = next((people for people in subjects if people), None)
    if main:
        return main  # `X reconoció que…, pero defendió…`: the subject of the sentence's first statement
    if impersonal:
        return []  # `en la reunión se ha avanzado…`: impersonal
    person = right_subject(s, verb + 1, inverted=False)
    if person is not None:
        return [(verb, person)]  # `Así lo expresó el presidente electo…`: the subject after the verb
    return [(verb, person) for person in salient(plural)]


def _main_clause(lower: list[str], boundary: int) -> bool:
    """Tell whether the clause that starts after boundary is a main one: it opens the sentence or follows a comma, a
    semicolon, a colon or a coordinator, not a subordinator or a relative (`Después de que la candidata destacó…`)."""
    return boundary < 0 or lower[boundary] in (",", ";", ":") or lower[boundary] in COORDINATORS


def _reaches_verb(lower: list[str], end: int, left: int) -> bool:
    """Tell whether a subject that ends at end (exclusive) reaches the verb after left: right before it, across an
    aside between commas (`El carabinero, en declaraciones recientes, manifestó`), or across clitics, a negation or
    `también` (`la cantante también lo dijo`)."""
    between = lower[end:left + 1]
    return all(word in BEFORE_VERB or word in ("también", "ya") for word in between) \
        or len(between) > 1 and between[0] == "," and between[-1] == "," and "que" not in between


def indefinite_subject(lower: list[str], boundary: int, left: int) -> bool:
    """Tell whether an indefinite pronoun opening its clause is the verb's subject, left the word before the verb
    (`…, otros sostienen que`, `pero algunos lo niegan`; clitics and `no` between): then no name before it is."""
    at = left
    while at > boundary and lower[at] in BEFORE_VERB:
        at -= 1
    return at > boundary and lower[at] in INDEFINITE_SUBJECTS and (at == boundary + 1
                                                                  or lower[at - 1] in INDEFINITE_OPENERS)


def _relative_on_subject(lower: list[str], outer: int, relative: int, left: int) -> bool:
    """Tell whether a restrictive relative clause hangs from the subject that opens the clause (`El joven de 20
    años que trabaja en la tienda comentó…`): a determiner and a noun for a person open it (not `La entrevista que
    emitió…`), no verb and no comma stand before `que`, and
    no `y` joins another clause inside the relative (`…que recibieron una copia y el propio X reivindicó`)."""
    head = lower[outer + 1:relative]
    return len(head) > 1 and head[0] in lex.DETERMINERS and is_role(head[1]) and "," not in head \
        and VERBS.isdisjoint(head) and not any(word.endswith(PRETERITE) and len(word) > 3 for word in head) \
        and COORDINATORS.isdisjoint(lower[relative + 1:left + 1])


def _outside_relatives(s: Sentence, subjects: list) -> list:
    """Return, as a list of one, the subjects of the last statement before a comma and a coordinator that is not
    told in a relative clause set off by a comma (`X recordó las palabras de Y, quien pidió…, y aseguró…`: the comma
    closes the relative, and `aseguró` shares the main clause's subject X); none if every one is (`X citó las
    palabras de Y, quien pidió…, y aseguró…`: X's verb states nothing, and the clause's own subject is looked for)."""
    for found in reversed(subjects):
        starts = [s.starts.get(position) for position, _ in found]
        if not found or not all(m is not None and s.lower[m.end:m.end + 1] == [","]
                                and s.lower[m.end + 1:m.end + 2] in (["quien"], ["que"]) for m in starts):
            return [found]
    return []

