"""Whether a verb-like word reports speech where it stands, and statements that are no one's own.

Some verbs report only in a context (`celebró que`, `«…», continuó`, `hizo estas declaraciones`, `dejó claro`,
`llamó a estrechar lazos`), an infinitive reports through the verb that leads it (`ha querido recordar`,
`intervino para decir`), a statement told as the circumstance of another's (`explicó que X fue claro cuando
dijo…`) is the reporter's only, and a subject opened by `ni` reports nothing.

>>> urges("llamó a estrechar lazos".split(), 1), urges("llamó a su madre".split(), 1)
(True, False)
"""

import re

from search.speakers import lexicon as lex
from search.speakers.descriptions import in_article
from search.speakers.mentions import DASHES, QUOTES, VERBS, Sentence
from search.speakers.no_statement import counts_works, impersonal_report, refuses, tells_being
from search.speakers.openers import bare_gerund
from search.speakers.partitives import first_to
from search.speakers.people import NOBODY
from search.speakers.periphrases import gerund_lead, periphrasis_lead
from search.speakers.quote_marks import opening_mark
from search.speakers.stance_verbs import STANCE_VERBS, stance_frame
from search.speakers.subjects import SHOWED
from search.speakers.verbs import DISPUTED, TELLING, told

ADVERBS = frozenset("ahora hoy ayer también además entonces luego".split())
CLOSING_MARKS = frozenset('»”"')
COPULAS = frozenset("fue es era estuvo está sido mostró muestra mostraba".split())
# `quiere decir`: to mean (`Esto quiere decir que…`), not to say; `quiso decir`, `quería decir`, `ha querido decir`
# keep a speaker's intent
MEANS = frozenset({"quiere", "quieren"})
INFINITIVE = re.compile(r"^[a-záéíóúñ]{2,}(?:ar|er|ir)(?:se|lo|la|los|las|le|les)?$")
CLAUSE_ENDS = frozenset('.;:«»"“”()—')
FINITE_PAST = ("ó", "aron", "ieron", "aba", "aban")  # a verb in the past (`se desmarcó`, `sorprendió`)
TITLE_MARKS = {"»": "«", "”": "“"}  # the closing mark of a title in quotation marks, and its opening mark
TITLE_WORDS = 6
MEETING = ("reun", "reún", "encontr", "cit", "entrevist", "visit")  # verbs of meeting someone
NOUN_MARKERS = frozenset("un una unos unas el su sus este esta ese esa del al nueva nuevo primera".split())
NO_NOUN_ENDINGS = ("ía", "ían", "aba", "aban", "ó", "aron", "ieron")  # a past tense, never a noun (`creía`, `dijo`)
CLAUSE_OPENERS = frozenset(", ; : y e pero que".split())  # what may stand before a clause's subject
# Verbs of moving ahead that say something only before what they announce (`ha avanzado este martes … que`,
# `adelantó:`): `avanza el virus`, `adelantó su viaje` report nothing.
AHEAD = frozenset(form for form in VERBS if form.startswith(("avanz", "adelant")))
NAMED_WITHIN = 8  # tokens after a verb of naming within which the name it gives opens in quotation marks
NOUN_FOLLOWERS = lex.AUXILIARIES | frozenset("es son fue fueron era eran será serán está están estaba estaban".split())


def before_verb(lower: list[str], verb: int, clitics: bool = False) -> int:
    """Return the index of the word before a verb and its auxiliaries (`ha`, `había`), and its clitics too if
    clitics (`se lo ha dicho`); -1 if none is left."""
    left = verb - 1
    while left >= 0 and (lower[left] in lex.AUXILIARIES or clitics and lower[left] in lex.CLITICS):
        left -= 1
    return left


def urges(lower: list[str], index: int) -> bool:
    """Tell whether `llamó a`/`convocó a` at index urges something (`a estrechar lazos`, `a la población a
    votar`, `a que…`) rather than calls someone (`llamó a su madre`, `convocó a la prensa`)."""
    for position in range(index, min(len(lower), index + 8)):
        word = lower[position]
        if word in ".;:":
            return False
        if position == index and (INFINITIVE.match(word) or word == "que"):
            return True
        if word == "a" and position + 1 < len(lower) and (INFINITIVE.match(lower[position + 1])
                                                         or lower[position + 1] == "que"):
            return True
    return False


EMBEDDING_BREAKS = frozenset(";:«»\"“”()—") | frozenset({"y", "e", "pero", "mientras", "aunque", "sino"})


def embedded(lower: list[str], statement: tuple, found: list) -> bool:
    """Tell whether a statement is only a circumstance inside another person's reported speech (`explicó que Jesús
    fue claro cuando dijo…`): only the one who reports it speaks. What the outer speaker reports as said (`recordó
    que Xi declaró en 2021 que…`) is a statement of its own, as is one after a break (`;`, a quotation mark, `y`)."""
    position, person, verb = statement
    left = before_verb(lower, verb, clitics=True)
    if left < 0 or lower[left] != "cuando":
        return False
    start = min(position, verb)
    for outer_position, outer, outer_verb in found:
        if outer is NOBODY or outer is person or max(outer_position, outer_verb) >= start:
            continue
        that = next((i for i in range(outer_verb + 1, min(start, outer_verb + 4)) if lower[i] == "que"), None)
        if that is not None and all(word in lex.RIGHT_SKIP for word in lower[outer_verb + 1:that]) \
                and EMBEDDING_BREAKS.isdisjoint(lower[that + 1:start]):
            return True
    return False


def credited_at_end(lower: list[str], found: list[tuple]) -> list[tuple]:
    """Drop the statements that a credit after a comma reports, found being [(subject position, person, verb
    position)]: the words before the credit are what its speaker said, and whoever speaks in them is quoted, not a
    speaker. A credit is a verb after a comma with its subject, a person, after it (`Ambos declararon…, pero…,
    sostiene el periodista X`; not a phrase: `…, en opinión de X, "…"` credits what follows), or one that ends a
    sentence with no quotation marks before it (`López Obrador ha planteado una pensión…, destacó.`), whose
    speaker's own statements before it stay."""
    credit = next((statement for statement in found if _credits(lower, statement)), None)
    if credit is None:
        return found
    return [statement for statement in found if statement[2] >= credit[2] or statement[1] is credit[1]]


def _credits(lower: list[str], statement: tuple) -> bool:
    position, person, verb = statement
    if verb > 0 and lower[verb - 1] == "," and lower[verb] in VERBS and position >= verb and person is not NOBODY \
            and person.display:
        return True  # `…, sostiene el periodista X`
    left = before_verb(lower, verb)
    return left > 0 and lower[left] == "," and all(not word.isalnum() or word in lex.RIGHT_SKIP
                                                   for word in lower[verb + 1:]) \
        and CLOSING_MARKS.isdisjoint(lower[:left]) and "«" not in lower[:left] and "“" not in lower[:left]


SPEAKER_CLITICS = frozenset("me nos te os".split())  # the first or second person: the quoted speaker or listener
TOLD_REACH = 4  # words after a verb of telling before its `que` (`me aseguró el alcalde Gil que…`)


def told_within(lower: list[str], verb: int) -> bool:
    """Tell whether a statement inside someone's quotation is one that speaker recounts, not a voice of the line:
    what was said to the speaker or listener (a first or second person clitic before the verb or its auxiliaries:
    `Gil nos había dicho que…`, `me aseguró Gil que…`), or what someone had said, named as a thing (`lo que había
    declarado Gil`). The person is one the speaker mentions.

    >>> told_within("ruiz nos había prometido que".split(), 3), told_within("de lo que habían declarado".split(), 4)
    (True, True)
    >>> told_within("decía el presidente ruiz :".split(), 0), told_within("ruiz ha dicho que".split(), 2)
    (False, False)
    >>> told_within("— me dijo ruiz : « hoy".split(), 2)
    False
    """
    left = verb - 1
    while left >= 0 and lower[left] in lex.AUXILIARIES:
        left -= 1
    if left >= 1 and lower[left - 1:left + 1] == ["lo", "que"]:
        return True
    # told in indirect speech (`que…` after the verb or its subject), not words of their own quoted in the line
    # (`me dijo Gil: «…»`, `—«…» —me dijo.`)
    after = lower[verb + 1:verb + 1 + TOLD_REACH]
    return left >= 0 and lower[left] in SPEAKER_CLITICS and "que" in after \
        and CLAUSE_ENDS.isdisjoint(after[:after.index("que")])


def inciso(tokens: list[str], verb: int) -> bool:
    """Tell whether the verb at verb opens an aside set off by a dash (`-afirmó Gil-`, `—dijo la ministra—`)."""
    before = before_verb([token.lower() for token in tokens[:verb]], verb)
    return before >= 0 and tokens[before] in DASHES


def neither_subject(lower: list[str], left: int) -> bool:
    """Tell whether the clause before a verb opens with `ni` (`Ni X ni Y quisieron comentar`), or joins its
    subjects with it (`hasta ahora X ni la empresa se han pronunciado`, the first `ni` left out): a negated
    subject; `ni` after `sin` is no negation of the verb (`sin dinero ni apoyo`)."""
    start = 0
    for index in range(left, max(-1, left - 14), -1):
        if lower[index] in CLAUSE_ENDS or lower[index] == ",":
            start = index + 1
            break
    else:
        if left >= 14:
            return False
    clause = lower[start:left + 1]
    return "ni" in clause and "sin" not in clause[:clause.index("ni")]


def led_infinitive(lower: list[str], index: int, periphrases: bool = True) -> int | None:
    """Return where the verb before a reporting infinitive is (`ha querido recordar`, `intervino para decir`,
    `fue enfático en afirmar`, `se mostró tajante al señalar`); periphrases: read the leads of
    search.speakers.periphrases too (`volvió a insistir`), which news does (a novel's narrator writes `empezó a
    calcular que`, `acabó por desear` of what a character thinks)."""
    if index == 0:
        return None
    if index >= 3 and lower[index - 1] in ("en", "al") and lower[index - 2] in lex.EMPHATIC \
            and lower[index - 3] in COPULAS:
        return index - 3
    first = first_to(lower, index)
    if first is not None:
        return first  # `fue la primera en denunciar`, `fue uno de los primeros en advertir` (partitives.py)
    led = lower[index - 1] == "para" or lower[index - 1] == "a" and index >= 2 and lower[index - 2] in lex.A_LEADS
    lead = index - 2 if led else index - 1
    if lead >= 0 and lower[lead] in lex.INFINITIVE_LEADS:
        if not led and lower[index] == "decir" and lower[lead] in MEANS:
            return None  # `Esto quiere decir que…`: it means, no one says
        return lead  # `ha querido recordar`, `intervino para decir`, `se limitó a señalar`
    lead = periphrasis_lead(lower, index) if periphrases else None
    if lead is not None:
        return lead  # `volvió a insistir en`, `acabó por reconocer`, `coincidieron en señalar`
    phrase = lower[index] in lex.PHRASE_INFINITIVES  # `para hablar sobre…` reports with no `que`
    medium = lex.medium_put_to_saying(lower, index)
    if lex.clause_led(lower, index) and ("que" in lower[index + 1:index + 7] or phrase or medium):
        # `usó sus redes sociales para narrar el momento`: a medium put to saying reports with no `que` either
        # `se desmarcó del presidente al recalcar que…`, `acudió a la radio para aclarar que…`: the clause's
        # verb leads
        lead, stop = index - 1, max(-1, index - 12)
        while lead - 1 > stop:
            lead -= 1
            word = lower[lead]
            opening = TITLE_MARKS.get(word)
            if opening is not None and opening in lower[max(0, lead - TITLE_WORDS - 1):lead]:
                # `se ha sentado en el programa «Red Table Talk» para hablar…`: a title in quotation marks
                lead = max(i for i in range(max(0, lead - TITLE_WORDS - 1), lead) if lower[i] == opening)
                stop = max(-1, stop - (index - 2 - lead))
                continue
            if word in CLAUSE_ENDS:
                return None
            if phrase and word.startswith(MEETING):
                return None  # `se reunió con X para hablar sobre…`: a meeting, no one's statement
            if word.endswith(FINITE_PAST) and len(word) > 4 and lower[lead - 1] not in lex.DETERMINERS \
                    or word in lex.SINGULAR or word in lex.PLURAL or word in lex.MEDIUM_LEADS \
                    or word in lex.INFINITIVE_LEADS or word.endswith(("ado", "ido")) and lead \
                    and lower[lead - 1] in lex.AUXILIARIES:  # `aprovecha la ocasión para recordar que…`, `se ha
                return lead  # sentado en el plató para hablar sobre…` (`el plató`: a noun after its article)
    return None


# The clitics of a direct object (`los denominó como…`); `se define como…` describes oneself, left out.
OBJECT_CLITICS = frozenset("lo la los las".split())


def reports(s: Sentence, index: int) -> bool:
    """Tell whether the verb-like word at index reports speech here."""
    word, lower = s.lower[index], s.lower
    before = lower[index - 1] if index else ""
    after = lower[index + 1:index + 4]
    if before in NOUN_MARKERS or s.tokens[index][:1].isupper() and index and s.tokens[index - 1][:1].islower():
        return False  # `hice Vuelven los García y Dicen que soy mujeriego`: capitalised after a word in lower case, a
        # verb opens a title (`Meade Asegura que…`, a headline in title case, still reports)
    if before in ("la", "las", "los") and after[:1] and not word.endswith(NO_NOUN_ENDINGS) and (
            after[0] in NOUN_FOLLOWERS
            or after[0] in ("de", "del") and (index < 2 or lower[index - 2] in CLAUSE_OPENERS)):
        return False  # `La cifra ha repuntado`, `…, la cifra de contagios ha…`: an article before, a finite verb or a
        # complement after, make a present that is a noun too a noun (`Gil la cifra en cien`, `La creía de Dios`
        # report)
    if before in ("la", "las", "los") and index >= 2 and (lower[index - 2] in lex.GOVERNING
                                                          or lower[index - 2] in lex.INFINITIVES):
        return False  # `para declarar la alerta sanitaria`, `de la cuenta`: a preposition or an infinitive takes a
        # noun after the article, never a verb with a clitic (`Gil la alerta` is one)
    if word.startswith("escrib") and counts_works(after) or before == "se" and impersonal_report(lower, index):
        return False  # `escribió 45 adaptaciones`: an author's works; `En ella se alega que…`: an impersonal report
    if refuses(before, word, after):
        return False  # `se negó a declarar`, `rechaza firmar`: a refusal to act, no statement (no_statement.py)
    if tells_being(before, word, after):
        return False  # `busca confirmarse como figura`, `promete ser el nombre…`: what one is, not says (no_statement)
    if before == "se" and index >= 3 and lower[index - 2] == "que" and lower[index - 3] in ("lo", "los", "cuanto") \
            and word.startswith("refier"):
        return False  # `en lo que se refiere a las grandes compañías`: as regards, no one's statement
    if word in lex.PARTICIPLES and word not in lex.SINGULAR and before not in lex.AUXILIARIES:
        return False
    if word in STANCE_VERBS:  # `teme que…`, `respalda la medida`, `invita a votar`: in news only (stance_verbs.py)
        return in_article(s.people) and stance_frame(lower, index)
    if word in lex.AFTER_QUOTE:  # `«…», continuó`, `—terminó la ministra—`
        left = max(0, before_verb(lower, index))
        if lower[left] in DASHES or lower[left] in CLOSING_MARKS \
                or (lower[left] == "," and left > 0 and lower[left - 1] in QUOTES):
            return True  # `«…», continuó`, `…tres meses" finalizó`
        if word not in lex.PHRASES:
            return False
    if word in lex.NAMING:  # `definió el plan como «un desastre»`, `lo que X denomina «…»`: the name given, quoted
        if before in OBJECT_CLITICS and after[:1] == ["como"]:
            return True  # `los denominó como enemigos`: a judgement of whom the clitic names, quoted or not
        return any(opening_mark(lower, at) for at in range(index + 1, min(len(lower), index + NAMED_WITHIN)))
    if word in lex.PHRASES:  # `dejó claro`, `dio a conocer`, `habló de`, `llamó a estrechar lazos`
        if word == "roto" and before not in lex.AUXILIARIES:
            return False  # `Y roto el silencio, …` tells no one's statement; `ha roto su silencio` does
        if not any(tuple(lower[index + 1:index + 1 + len(frame)]) == frame for frame in lex.PHRASES[word]):
            return False
        return word not in lex.URGING or urges(lower, index + 2)
    if word in lex.GERUNDS:  # `…, agregando que`; `compartió la foto en Twitter diciendo: «…»`, `… diciendo que…`:
        # before what it reports, a gerund of saying needs no comma (`salió diciendo adiós` reports nothing), in news
        lead = gerund_lead(lower, index)  # `comenzó diciendo que…`, `«…», cerró señalando X` (periphrases.py)
        return before == "," or in_article(s.people) and (
            bare_gerund(lower, index) or lead is not None and lead >= 2 and lower[lead - 1] == ","
            and lower[lead - 2] in QUOTES)  # in news only: a novel's `disculpaba a D. Paco recordando que…` is
        # what a character thinks
    if word in lex.REFLEXIVE and ("se" in lower[max(0, index - 3):index] or word not in lex.REFLEXIVE_HOMOGRAPHS and (
            after[:1] == ["que"] or before == "," and index > 1 and lower[index - 2] in QUOTES)):
        return True  # `se comprometió a`, `se pronunció sobre`, `refirió que`, `«…», refirió X`
    if word in lex.REFLEXIVE and word not in lex.FRAMED:
        return False
    if word in AHEAD:  # `ha avanzado este martes en la rueda de prensa que…`; not `avanza el Covid-19`
        return "que" in after or "que" in lower[index + 4:] or ":" in lower[index + 1:] \
            or before == "," and index > 1 and lower[index - 2] in QUOTES
    if word in lex.NEEDS_QUE:  # `celebró que…`, `contó ayer que…`, or after a closing quote: `«…», celebró X`
        return after[:1] == ["que"] or after[1:2] == ["que"] and after[0] in lex.RIGHT_SKIP | ADVERBS \
            or (before == "," and index > 1 and lower[index - 2] in QUOTES) \
            or after[:1] == [":"] and after[1:2] and after[1] in QUOTES \
            or word.startswith("celebr") and lex.reports_event_verb(lower, index) \
            or word in TELLING and told(lower, index + 1) \
            or word in DISPUTED and before == "lo" \
            or after[:2] in (["lo", "anterior"], ["lo", "siguiente"])  # `manifestó lo anterior`: what it quoted
        # (`ha contado los secretos de su boda`, `Ruiz lo discute`)
    if word.startswith("consider") and after and INFINITIVE.match(after[0]):
        return False  # `consideraría hacerlo` weighs a plan
    if word in SHOWED:
        states = [state for state in after if state not in lex.INTENSIFIERS]
        return "se" in lower[max(0, index - 3):index] and bool(states) and states[0] in lex.SHOWED_STATES
    if word in lex.FRAMED:  # `hizo estas declaraciones`, `el anuncio lo ha realizado`, `«…», publicó el diario`
        return lex.framed_object_after(lower, index) \
            or word in lex.PUBLISHED and before == "," and index > 1 and lower[index - 2] in QUOTES \
            or not lex.FRAMED_OBJECTS.isdisjoint(lower[max(0, index - 4):index]) \
            or lex.framed_relative(lower, index)
    return True
