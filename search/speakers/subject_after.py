"""The subject of a reporting verb written after it: a verb that closes a quotation or opens the sentence (`«…»,
dijo el ministro`, `…», llegó a afirmar el Ministerio`, `«…», afirmó.`); search.speakers.subjects asks here first.

>>> from search.speakers.mentions import Sentence, sentences
>>> from search.speakers.people import People
>>> s = Sentence(sentences('"Sí", dijo la jueza Ana Gil.')[0], People(), 1)
>>> [person.display for _, person in after_verb(s, 4, 3, ",", False, [], lambda plural=False: [])]
['Ana Gil']
"""

from search.speakers import lexicon as lex
from search.speakers.descriptions import is_trade, specialist
from search.speakers.epithet_subjects import described, description_at
from search.speakers.genders import ARTICLE_GENDERS, name_gender
from search.speakers.inverted import past_adverbs, right_subject
from search.speakers.joint_subjects import joined_after, plural_described, spoken_from_after
from search.speakers.mentions import DASHES, QUOTES, Sentence
from search.speakers.people import NOBODY
from search.speakers.periphrases import LEADS as PERIPHRASIS_LEADS
from search.speakers.periphrases import periphrasis_lead
from search.speakers.runs import is_role
from search.speakers.subject_slots import PUNCTUATION
from search.speakers.things import BODY_NOUNS, SPEAKING_BODIES, person_ending

# What stands before a verb whose subject is written after it: a comma, a quotation mark or a dash that closes
# the words said, `como` or `según` (`como dijo X`).
INVERTING = frozenset({",", "como", "según"}) | QUOTES | DASHES
# Verbs whose `se` is the speaker's own (`«¡Horror!», se dijo la muchacha`, `se preguntó el ministro`): words said to
# oneself, their subject after them; never a passive `se` (a novel's inner speech, and news's `se preguntó X`).
INNER_SPEECH = frozenset("dijo decía dice dijeron decían preguntó preguntaba pregunta preguntaron preguntaban "
                         "repitió repetía repite".split())
SILENCE = frozenset("rompió rompe rompía rompieron rompen".split())  # `rompió el silencio X`: a phrase of two words
ARTICLES = frozenset({"el", "la", "los", "las", "lo"})


def object_relative(lower: list[str], left: int, verb: int) -> bool:
    """Tell whether the framed verb at verb opens a relative clause on its object, a noun of statement (`las
    denuncias que hizo X`, `las críticas que lanzó X`): `que` is the object, so the subject is written after the
    verb, not before it."""
    return lower[verb] in lex.FRAMED and left >= 1 and lower[left] == "que" and lower[left - 1] in lex.FRAMED_OBJECTS


def after_verb(s: Sentence, verb: int, left: int, previous: str, plural: bool, subjects: list,
               salient) -> list | None:
    """Return the people who are the subject of the reporting verb at verb, written after it, when the verb opens
    the sentence (left < 0) or follows what INVERTING holds (previous, the word at left): a name or a noun after it,
    no one (NOBODY) for a body or a role that fits no one known, the sentence's own speaker or the one followed for
    an unsaid subject. None when nothing here decides: the subject is then looked for before the verb. subjects and
    salient as in search.speakers.subjects.subject."""
    lower = s.lower
    if verb >= 1 and lower[verb - 1] == "se" and lower[verb] not in lex.REFLEXIVE and lower[verb] not in INNER_SPEECH \
            and lower[verb + 1:verb + 2] and (lower[verb + 1] in lex.DETERMINERS or lower[verb + 1] == "por") \
            and s.people.evidence.kind.news:
        # `«Se destaca el menor incremento…»`, `se solicitó el traslado`: a passive `se`, the noun after it what is
        # said, no speaker (not `X, además, se reconoció como…`: a reflexive, its subject before it; an impersonal
        # `se … que` is search.speakers.reporting's, which keeps `X, molesta, se decía que…` hers)
        return []
    last = verb  # `«…», llegó a afirmar el Ministerio`: the subject follows the infinitive the verb leads
    if lower[verb] in lex.INFINITIVE_LEADS:
        while last + 1 < len(lower) and (lower[last + 1] in lex.INFINITIVES or lower[last + 1] in ("a", "para")
                                         and lower[last + 2:last + 3] and lower[last + 2] in lex.INFINITIVES):
            last += 1
        if last + 1 < len(lower) and lower[last + 1] in lex.PHRASE_INFINITIVES:
            last += lex.phrase_infinitive(lower, last + 1)  # `…», quiso dejar claro la ministra`
    elif lower[verb] in PERIPHRASIS_LEADS:  # `«…», volvió a insistir el ministro`, `acabó por reconocer la jueza`
        for infinitive in (verb + 1, verb + 2):
            if infinitive < len(lower) and (lower[infinitive] in lex.INFINITIVES or lower[infinitive] in lex.ATTACHED
                                            or lower[infinitive] in lex.PHRASE_INFINITIVES) \
                    and periphrasis_lead(lower, infinitive) == verb:
                last = infinitive + (lex.phrase_infinitive(lower, infinitive) or 1) - 1
                break
    elif lower[verb] in SILENCE:
        last += 2  # `Rompió el silencio Bonis, diciendo…`: the subject after the phrase
    if plural and (left < 0 or previous in INVERTING) and spoken_from_after(lower, s.tokens, verb, last):
        return [(verb, NOBODY)]  # `«…», agregaron en la entidad`: a body's unnamed people (joint_subjects.py)
    person = right_subject(s, last + 1, inverted=previous in INVERTING)
    if person is None and plural:  # `«…», sumaron los economistas del instituto X y Y`
        described_people = plural_described(s, past_adverbs(s, last + 1))
        if described_people:
            return [(verb, other) for other in described_people]
    if person is not None and plural:  # `«…», indicaron X y Y, economistas de Z`: all the coordination names
        first = next((m for m in s.mentions if m.start > last and s.mention_person(m) is person), None)
        return [(verb, other) for other in (joined_after(s, first) if first is not None else [person])]
    if person is not None:
        return [(verb, person)]
    if previous == "," and all(word in PUNCTUATION or word in lex.RIGHT_SKIP for word in lower[last + 1:]):
        # `México está lleno de mujeres fuertes, dijo.`: the verb that ends the sentence reports all before it,
        # a statement in it too when no quotation marks set it apart (`Ruiz ha propuesto una pensión…, destacó.`
        # after the minister's words is the minister's)
        followed = [(verb, person) for person in salient(plural)]
        opening = _before_colon(s, left) if not (subjects and subjects[-1]) else None
        if opening is not None:  # `X se negó a que lo grabaran: «…», dijo.`: the sentence's subject
            return [(opening.start, s.mention_person(opening))]
        return (followed if QUOTES.isdisjoint(lower[:left]) else []) or (
            subjects[-1] if subjects and subjects[-1] else followed)
    last = past_adverbs(s, last + 1) - 1  # `…», informó posteriormente el ministerio`
    day = last + 3 if lower[last + 1:last + 2] in (["este"], ["esta"], ["el"]) \
        and lower[last + 2:last + 3] and lower[last + 2] in lex.MONTHS_DAYS else last + 1  # `este miércoles`
    after = lower[day] if day < len(lower) else ""
    if previous == "," and lower[last + 1:last + 2] == [","]:
        return [(verb, person) for person in salient(plural)]  # `El propósito, explicó, es…`
    named = last + 1 < len(lower) and s.tokens[last + 1][:1].isupper()
    body = lower[day + 1:day + 2]  # `…», precisó (este lunes) la agencia de la ONU`: a body after the verb speaks
    if after in ARTICLES and body and (body[0] in lex.ORGANISATION_WORDS or body[0] in SPEAKING_BODIES
                                       or body[0] in BODY_NOUNS):  # `…», publicó el portal Deadline`
        return [(verb, NOBODY)]
    closing = previous in DASHES or previous in QUOTES or previous == "," and left > 0 and lower[left - 1] in QUOTES
    bare = description_at(s.tokens, day, loose=closing) if after in ("el", "la") and not plural else None
    found = described(s.people, bare[0], salient, words=bare[2]) if bare is not None else None
    if found is not None:
        return [(verb, found)]  # `«…», expresó el orientador`: the person followed, else the article's main actor
    if previous != "," and after in lex.DETERMINERS or named:
        return [(verb, NOBODY)]  # `…", informó la cadena NHK`, `…», dijo Reuters`: a subject that is no person
    if after in ("el", "la") and day + 1 < len(lower) and person_ending(lower[day + 1]) and not plural \
            and s.people.evidence.kind.news:
        # `«…», señala la neumóloga` in news, a noun the role lexicon lacks: the person followed if of its gender, else
        # the last of its gender to speak, holding no role the lexicon knows (not a man followed); else someone unnamed.
        # Not someone the text gave another trade (`el ingeniero X` is no `sismólogo`): an office or a title (`el
        # doctor X, vicepresidente de…`) may go with any trade.
        gender, noun = ARTICLE_GENDERS[after], lower[day + 1]
        fits = [person for person in salient() if not any(_other_trade(role, noun) for role in person.roles)]
        spoke = sorted((person for person in s.people.known if person.statements and not person.roles),
                       key=lambda person: -person.seen)
        return next(([(verb, person)] for person in [*fits, *spoke] if name_gender(person) in (None, gender)),
                    [(verb, NOBODY)])
    if after in ARTICLES and day + 1 < len(lower) and (is_role(lower[day + 1]) or is_trade(lower[day + 1])
                                                            or specialist(lower[day + 1])):
        # `«…», afirmó el ministro de Economía`, `añadió el croata`, `asegura el sismólogo`: a subject written,
        # fitting no one known
        return [(verb, NOBODY)]
    if previous in DASHES or previous in QUOTES or (previous == "," and left > 0 and lower[left - 1] in QUOTES):
        if subjects and subjects[-1]:
            return subjects[-1]  # `X pidió perdón: "Lo siento", dijo.`: the sentence's own speaker
        # `«…», afirmó.`, `—… —admite.`; a plural (`«…», afirman fuentes del club`) is never one person
        return [(verb, person) for person in salient(plural)] or ([(verb, NOBODY)] if plural and left > 0 else [])
    return None


def _before_colon(s: Sentence, left: int):
    """Return the mention that opens the sentence as its subject, before a colon that opens the quotation closed at
    left (`X se negó a que lo grabaran: «No quiero cámaras», dijo.`), else None: whose words they are when no verb
    before the colon reports them."""
    lower = s.lower
    colon = max((i for i in range(left) if lower[i] == ":"), default=-1)
    opening = s.mentions[0] if s.mentions else None
    if colon < 1 or opening is None or opening.end > colon or opening.governed:
        return None
    described = lower[0] in ARTICLES and all(s.tokens[i].isalpha() and s.tokens[i].islower()
                                             for i in range(1, opening.start))  # `El conserje X`
    return opening if opening.role_start == 0 or described else None


def _other_trade(role, noun: str) -> bool:
    """Tell whether a person's role is a trade other than noun (`ingeniero` for `sismólogo`), not an office or title."""
    return bool(role.noun) and role.noun != noun and (
        role.kind == "experto" or is_trade(role.noun) or specialist(role.noun))
