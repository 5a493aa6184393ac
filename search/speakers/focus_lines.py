"""What a news line needs, to take the person in focus (search.speakers.focus): a voice with no one to speak it.

A quotation opening the line with no voice of its own after it, or a description of a person that speaks
(`…, resaltó el funcionario`), or a verb of saying with no subject (`Y remató con…`, `Y mirando a su pareja dijo:
"…`); and whether a quotation is left open at the end of a line, or closed in it.

>>> needs_speaker('"Es muy pronto para decirlo y lo sabemos todos.')
True
>>> needs_speaker('"Es muy pronto para decirlo y lo sabemos todos", dicen los vecinos.')
False
>>> described("No debe confundirse con otra cosa, resaltó la funcionaria en entrevista.")
'f'
"""

import re

from search.speakers import lexicon as lex
from search.speakers.connectives import turns_away
from search.speakers.descriptions import describe, is_trade, specialist
from search.speakers.mentions import VERBS
from search.speakers.role_parse import Role, parse_role
from search.speakers.things import person_ending
from search.speakers.voice_spans import OPENERS

QUOTED = re.compile(r'«[^»]*(?:»|$)|“[^”]*(?:”|$)|"[^"]*(?:"|$)')
WORD = re.compile(r"\w+")
QUOTE_OPENERS = tuple("«»“\"")
DASHES = tuple("–—―-")
LONGER_THAN_HEADING = 5  # words: a line opening with a quotation mark and fewer words is a heading or a title
# a gerund (with its clitics: `agachándose`) or an adverb after the verb: it has no subject there
UNSUBJECT_FORMS = re.compile(r"(?:[aá]ndo|i[eé]ndo)(?:se|me|te|nos|l[aeo]s?)*$|mente$")
UNSUBJECT_WORDS = frozenset({"que", "y", "e", "luego", "después", "también", "además", "entonces", "así"})
ARTICLES = {"el": "m", "la": "f"}
CONNECTIVES = frozenset({"y", "e", "además", "asimismo", "también", "luego", "finalmente", "después"})
NOT_SINGULAR_FINITE = ("n", "ado", "ido", "ando", "iendo")  # a plural, a participle or a gerund
SINGULAR_AUXILIARIES = frozenset({"ha", "había", "habría", "habrá"})  # `ha compartido`: a past, finite
STATED = frozenset({"que", ":"})  # what a description as subject says: `comentó que`, `explicó:`
TOKEN_RE = re.compile(r"\w+|[^\w\s]")


def needs_speaker(text: str, previous: str = "") -> bool:
    """Tell whether a line opens with a voice that no one speaks in it: a quotation mark or `»` opening the line, or
    a dash after a question (an interview's answer: in a story's dialogue, a dash line may be anyone's); not a
    question (`—¿Cuándo?`: the interviewer's), not a short quoted heading (`"Riesgos" de la operación`), and no verb
    of saying with a subject of its own after the quotation (`"…", dicen los investigadores`); previous: the line
    before."""
    stripped = text.lstrip()
    if stripped[:1] not in QUOTE_OPENERS and not (stripped[:1] in DASHES and previous.rstrip().endswith("?")):
        return False
    opened = stripped.lstrip("«»“\"–—―- ")
    # a question after a dash is the interviewer's; one inside quotation marks is the quoted person's own
    # (`"¿Qué no habré vivido?` from an actress credited on the line before)
    asked = opened[:1] == "¿" and (stripped[:1] in DASHES or not left_open(text))
    if asked or opened[:1] == "(" or len(WORD.findall(opened)) < LONGER_THAN_HEADING and not left_open(text):
        return False  # but a short quotation that runs on is words (`"Es alucinante.` then more)
    return not voiced_by_other(text)


def voiced_by_other(text: str) -> bool:
    """Tell whether a verb of saying after a line's last closing mark names a voice of its own (`…», dijo uno de sus
    defensores`, `…" explicó su madre`, `…", afirman fuentes de la universidad`) or is plural: the words are not
    the person's in focus. A verb with no subject goes on with a preposition, a gerund, an adverb or nothing (`…",
    añadió.`, `…", declaró agachándose`, `…", dijo en entrevista`)."""
    closing = max(text.rfind(mark) for mark in "»”\"")
    words = WORD.findall(text[closing + 1:].lower()) if closing >= 0 else []
    for index, word in enumerate(words[:4]):
        if word in VERBS or word in lex.INFINITIVES:  # `…", llegó a afirmar el ministerio`
            following = words[index + 1] if index + 1 < len(words) else ""
            return word.endswith("n") or bool(following) and following not in lex.GOVERNING \
                and not UNSUBJECT_FORMS.search(following) and following not in UNSUBJECT_WORDS
    return False


def described(text: str) -> str | None:
    """Return the gender of a description of a person that speaks on the line, as description() tells."""
    found = description(text)
    return None if found is None else found[0]


def description(text: str) -> tuple[str, Role | None] | None:
    """Return (gender, role) of a description of a person that speaks on a line with no name (`…, resaltó el
    funcionario`, `La integrante de la fundación comentó que…`, `según el titular del instituto`): the gender "m",
    "f", or "" when the noun does not tell, and the role the lexicon reads in it (None for a noun it does not know);
    ("", None) for a verb of saying with no subject opening the line (`Y remató con…`); else None. Not after a
    connective that turns to someone else (`En cambio, la diputada anunció…`: search.speakers.connectives), and a
    description as subject must state something (`comentó que`, `explicó:`), not just act (`habló en el Senado`).

    A person noun is one the role lexicon knows (search.speakers.role_parse) or one with a person's ending
    (search.speakers.lexicon.PERSON_ENDINGS) that names no body; its gender is the article's, else the noun's."""
    if text.rstrip().endswith("?") or text.lstrip()[:1] in "¿–—―-":
        return None  # a question, an interviewer's
    tokens = TOKEN_RE.findall(QUOTED.sub(" ", text))
    lower = [token.lower() for token in tokens]
    if turns_away(lower):
        return None
    comma = lower.index(",") if "," in lower else -1  # an adjunct fronted before the subject holds no comma
    fronted = comma > 3 and _fronted_adjunct(lower[:comma])  # read once: a line of many commas stays linear
    for index, word in enumerate(lower):
        if word not in ARTICLES or index + 1 >= len(lower) or not tokens[index + 1].islower():
            continue
        noun = lower[index + 1]
        span = _role_words(lower[index + 1:index + 6])
        role = _epithets_dropped(parse_role(span), span) if span else None
        if role is None and span and (is_trade(noun) or specialist(noun)):
            role = describe(span, ARTICLES[word])  # `el sismólogo`: a trade the person followed may not hold
        if role is None and not person_ending(noun):
            continue  # `la consultora`, `la cartera`: a body's noun with a person's ending
        before = lower[max(0, index - 3):index]
        after = lower[index + 2:index + 14]
        inverted = bool(before) and before[-1] in VERBS and not before[-1].endswith(NOT_SINGULAR_FINITE)
        opener = any(tuple(before[-len(words):]) == words for words in OPENERS)  # `según`, `a juicio de`
        starts = index == 0 or index == 1 and lower[0] in CONNECTIVES \
            or before[-1:] == [","] and (index <= 3 or fronted and index == comma + 1)
        finite = [at for at, word in enumerate(after) if word in VERBS and (
            not word.endswith(NOT_SINGULAR_FINITE) or at and after[at - 1] in SINGULAR_AUXILIARIES)]
        subject = starts and bool(finite) and "que" not in after[:finite[0]] \
            and not _named_before_verb(tokens, index + 2 + finite[0]) \
            and bool(STATED.intersection(lower[index + 3 + finite[0]:index + 5 + finite[0]]))
        if inverted or opener or subject:
            return (ARTICLES[word] if role is None or role.gender is None else role.gender), role
    words = [word for word in lower if word.isalnum()]
    if len(words) > 2 and words[0] in CONNECTIVES and words[1] in VERBS \
            and not words[1].endswith(NOT_SINGULAR_FINITE) and words[2] in ("que", "con", "a"):
        return "", None  # `Y remató con elogios…`, `Además señaló que…`: the thread goes on
    raw = TOKEN_RE.findall(text)
    if _unsaid_before_colon(raw, [token.lower() for token in raw]):
        return "", None  # `Y mirando a su pareja dijo: "Y a ti.`
    return None


def left_open(text: str) -> bool:
    """Tell whether a line leaves a quotation open at its end: more `«` than `»` or `“` than `”`, or a last straight
    mark that opens (before a word, or an opening `¿` or `¡`: `dijo: "Y a ti.`, `"¿Qué no habré visto?`), not one
    that closes (`…hijitos", declaró`)."""
    if text.count("«") > text.count("»") or text.count("“") > text.count("”"):
        return True
    last = text.rfind('"')
    return text.count('"') % 2 == 1 and text[last + 1:last + 3].lstrip("¿¡")[:1].isalnum()  # `"¿Qué…`


def closes(text: str) -> bool:
    """Tell whether a line closes a quotation: a closing mark, or an odd number of straight ones."""
    return "»" in text or "”" in text or text.count('"') % 2 == 1 and not left_open(text)


def _unsaid_before_colon(tokens: list[str], lower: list[str]) -> bool:
    """Tell whether a line opens, after a connective or a gerund, with a verb of saying that has no subject before a
    colon and a quotation (`Y mirando a su pareja dijo: «…`, `Luego, sonriendo, añadió: «…`): every noun phrase before
    the verb follows a preposition (an object: `a su pareja`), and no name comes before it."""
    if ":" not in lower or not lower or not (lower[0] in CONNECTIVES or UNSUBJECT_FORMS.search(lower[0])):
        return False
    colon = lower.index(":")
    verb = colon - 1
    if verb < 1 or lower[verb] not in VERBS or lower[verb].endswith(NOT_SINGULAR_FINITE) \
            or not any(mark in "".join(tokens[colon + 1:colon + 3]) for mark in "«“\""):
        return False
    for index in range(1, verb):
        if tokens[index][:1].isupper() or lower[index] in lex.DETERMINERS and lower[index - 1] not in lex.GOVERNING:
            return False
    return True


COMPLEMENTS = frozenset({"de", "del", "a", "al", "en", "para", "por"})  # `ministro de Agricultura`, `candidato a…`


def _epithets_dropped(role: Role | None, span: list[str]) -> Role | None:
    """Return a role whose words after the noun are only adjectives (`el técnico emplumado`, `la actriz veterana`)
    as a bare office: an epithet describes the person, not which office, as a complement does (`el ministro de
    Agricultura`); a nationality stays (`el jugador portugués`)."""
    if role is None or not role.qualifiers or not COMPLEMENTS.isdisjoint(span):
        return role
    return Role(role.kind, role.country, frozenset(), role.gender)


ADJUNCT_OPENERS = lex.GOVERNING | lex.RIGHT_SKIP | {"al", "hasta", "antes", "durante"}


def _fronted_adjunct(words: list[str]) -> bool:
    """Tell whether the words before a comma are an adjunct fronted before the subject, of any length (`A través de
    las redes y ante las preguntas de sus seguidores,`, `Después de presentar los requisitos,`): opened by a
    preposition, a time adverb, a gerund or an adverb in -mente, with no verb of saying, no `que`, no quotation and
    no comma of their own (a clause of its own, or a list)."""
    if not words or not (words[0] in ADJUNCT_OPENERS or UNSUBJECT_FORMS.search(words[0])):
        return False
    return not any(word in VERBS or word in ("que", ",", ";", ":") or not word.isalnum() for word in words)


def _role_words(words: list[str]) -> list[str]:
    """Return the words of a role, up to a mark or a verb (`ministro de Agricultura` of `ministro de agricultura ,
    afirmó`)."""
    span = []
    for word in words:
        if not word.isalpha() or word in VERBS or word == "que":
            break
        span.append(word)
    return span


def _named_before_verb(tokens: list[str], verb: int) -> bool:
    """Tell whether a name ends right before the verb at verb (or its auxiliary): the description is its apposition
    (`La política del Frente Nacional Emmanuelle Menard ha comparado…`), not a description standing alone."""
    before = verb - 1
    if before >= 0 and tokens[before].lower() in SINGULAR_AUXILIARIES:
        before -= 1
    return before >= 0 and tokens[before][:1].isupper()
