"""Attributions that open a clause: `según X`, `de acuerdo con la versión de X`, `para X`, `según han declarado
X y Y`; and the subject of a gerund (`…, agregando que`).

>>> from search.speakers.mentions import Sentence, sentences
>>> from search.speakers.people import People
>>> s = Sentence(sentences("Según han declarado el expresidente Carlos Mesa y Luis Camacho, hubo fraude.")[0],
...              People(), 1)
>>> [person.display for person in opener_people(s, 0)]
['Carlos Mesa', 'Luis Camacho']
"""

import re

from search.speakers import lexicon as lex
from search.speakers.authored import author_at
from search.speakers.mentions import QUOTES, VERBS, Sentence
from search.speakers.people import NOBODY, Person
from search.speakers.roles import is_role
from search.text.names import is_given_name

OPENERS: dict[str, list[tuple[str, ...]]] = {}
for _opener in lex.ATTRIBUTION_OPENERS:
    OPENERS.setdefault(_opener[0], []).append(_opener)
# What a source says through: `según los informes del consejero…`, `de acuerdo con la versión de Alejandra`.
SOURCE_NOUNS = frozenset(
    "versión versiones testimonio relato declaración declaraciones palabras informe informes explicación "
    "cálculos estimaciones datos cuenta fuentes respuesta respuestas comentarios afirmaciones "
    "cifras".split())
PRE_ADJECTIVES = frozenset("primeros primeras últimos últimas propias propios propia propio nuevas nuevos".split())
# Quantifiers that open a sentence about an unnamed group or someone unnamed (`Algunos críticos…`, `Otros…`).
DEFINITE = frozenset({"el", "la", "los", "las"})
UNNAMED_GROUPS = lex.INDEFINITE | frozenset("muchos muchas numerosos numerosas diversos diversas pocos pocas".split())
COORDINATED_END = frozenset(".;:") | {"que"}


def opener_people(s: Sentence, index: int) -> list[Person]:
    """Return the people an attribution opening at index names (`según X`), [] when none does."""
    lower = s.lower
    for opener in OPENERS.get(lower[index], ()):
        size = len(opener)
        if tuple(lower[index:index + size]) != opener:
            continue
        if opener == ("para",) and not opinion_para(lower, index, s.people.evidence.kind.news):
            continue
        if opener[1:2] == ("acuerdo",) and _after_copula(lower, index):
            return []  # `X está de acuerdo con Y`: X's stance (clauses.stance_locution), not Y's words
        at = index + size
        following = lower[at] if at < len(lower) else ""
        if following in lex.AUXILIARIES or following in VERBS:  # `según han declarado X y Y`
            while at < len(lower) and (lower[at] in lex.AUXILIARIES or lower[at] in lex.CLITICS):
                at += 1
            return coordinated_after(s, at + 1) if at < len(lower) and lower[at] in VERBS else []
        at = _through_source(lower, at)
        lone = s.starts.get(at)
        lone = lone is not None and len(lone.tokens) == 1 and lone.person is None \
            and not is_given_name(lone.tokens[0])  # a word the document never named, before noun_phrase adds it
        person = s.noun_phrase(at, bare=lower[at - 1] == "del" and at != index + size or opener[-1] in ("del", "al"))
        if person is None and lower[at - 1] == "de" and following in ("la", "el"):
            person = s.noun_phrase(at)
        if person is None and lower[at:at + 1] and lower[at] in lex.INDEFINITE and lower[at + 1:at + 2] \
                and lower[at + 1] in lex.ROLE_CLASSES:
            person = _named_later(s, at)  # `Según un experto consultado por EFE, el responsable de…, Deepak Daswani,`
        if person is not None and opener == ("para",):
            mention = s.starts.get(index + 1)
            if mention is not None and len(mention.tokens) == 1 and mention.person is None:
                return []
        elif lone and index and lower[index - 1] == ",":
            return []  # `…, de acuerdo con Reforma`, `…, según Reuters`: the medium that reports the statement
        return [person] if person is not None else []
    return []


def _after_copula(lower: list[str], index: int) -> bool:
    """Tell whether a copula comes before index, maybe past degree words (`está muy de acuerdo con…`)."""
    at = index - 1
    while at > 0 and lower[at] in lex.STANCE_DEGREES:
        at -= 1
    return at >= 0 and lower[at] in lex.STANCE_COPULAS


def _named_later(s: Sentence, at: int) -> Person | None:
    """Return the person an indefinite source (`un experto consultado por EFE`) is named as further on, in
    apposition before any verb (`…, el responsable de la web, Deepak Daswani, es…`); else None."""
    for mention in s.mentions:
        if mention.start <= at or mention.governed:
            continue
        if s.lower[mention.role_start - 1] == "," and not any(word in VERBS for word in s.lower[at:mention.start]):
            return s.mention_person(mention)
    return None


PARTICIPLE_ENDINGS = ("ado", "ido", "to", "cho")  # `lo compartido`, `lo dicho`, `lo expuesto`, `lo escrito`


def _through_source(lower: list[str], at: int) -> int:
    """Skip `los primeros informes del` in `según los primeros informes del consejero…`, `lo compartido por` in `de
    acuerdo con lo compartido por el actor X`, `lo que dijo` in `según lo que dijo X`: return where the source is."""
    index = at
    if lower[index:index + 1] == ["lo"] and index + 3 < len(lower):
        if lower[index + 1].endswith(PARTICIPLE_ENDINGS) and lower[index + 2] == "por":
            return index + 3  # what someone said, done by them: `lo dicho por X`, `lo declarado por X`
        after = index + 2
        while after < len(lower) and lower[after] in lex.AUXILIARIES:
            after += 1
        if lower[index + 1] == "que" and after + 1 < len(lower) and lower[after] in VERBS:
            return after + 1  # `según lo que ha dicho X`: the subject after the verb
    if index < len(lower) and lower[index] in lex.DETERMINERS:
        index += 1
    while index < len(lower) and lower[index] in PRE_ADJECTIVES:
        index += 1
    if index + 1 < len(lower) and lower[index] in SOURCE_NOUNS and lower[index + 1] in ("de", "del"):
        return index + 2
    author = author_at(lower, at)  # `según la carta de la ministra`, `según un comunicado firmado por X`
    return author if author is not None else at


def coordinated_after(s: Sentence, start: int) -> list[Person]:
    """Return the people named right after a verb, joined by `y` or commas (`X y Y`); [] when the verb's subject
    comes later or is no person (`según apuntó Reuters…, Orcel estaría…`)."""
    lower, people, at = s.lower, [], start
    for mention in s.mentions:
        if mention.start < at or mention.governed:
            continue
        if lower[mention.start - 1] in lex.ORGANISATION_WORDS and s.tokens[mention.start - 1].islower():
            break  # `según comunicó al diario The Daily Beast`: a medium's name, not who spoke
        gap = range(at, mention.start)
        if any(lower[i] in COORDINATED_END or lower[i] in VERBS for i in gap) \
                or any(s.tokens[i][:1].isupper() and lower[i - 1] not in ("de", "del", "la")
                       and not s.tokens[i - 1][:1].isupper() for i in gap) \
                or not people and "," in lower[at:mention.start]:
            break
        people.append(s.mention_person(mention))
        at = mention.end
    return people


# Connectives that may open a sentence before an opinion's `para X` (`Sin embargo, para la doctora X, el remedio es…`):
# general Spanish ones that turn, add or contrast.
PARA_LEADS = frozenset(tuple(lead.split()) for lead in (
    "sin embargo", "no obstante", "pero", "y", "además", "por el contrario", "mientras que", "ahora bien",
    "por su parte", "por otro lado", "por otra parte", "en cambio", "asimismo", "en contraste"))


# The same in a paragraph's lower-case text, for the cheap first look (search.speakers.attributor).
PARA_LED = re.compile(r"(?:^|[.!?»”\"]\s+)(?:" + "|".join(sorted(" ".join(lead) for lead in PARA_LEADS))
                      + r")\s*,?\s+para\s")


def opinion_para(lower: list[str], index: int, news: bool = True) -> bool:
    """Tell whether `para` at index may open an opinion (`Para X, …`): it opens the sentence, a quotation, or, in
    news, follows a connective that opens the sentence (PARA_LEADS), with or without its comma (a novel's `Pero para
    Saldaña no había dificultades` tells how things stood for him)."""
    if index == 0 or opening_quote(lower, index - 1):
        return True
    before = lower[:index - 1] if lower[index - 1] == "," else lower[:index]
    return news and tuple(before) in PARA_LEADS


PARA_PRONOUNS = {"él": "m", "ella": "f"}  # `Para él, …`: whose view, by the pronoun's gender


def para_pronoun(lower: list[str], index: int, news: bool) -> str | None:
    """Return the gender ("m", "f") of the pronoun an opinion's `para` opens at index with (`Para ella, el plazo ya
    venció`), in news only (a novel's `Para él, el día fue largo` tells how things were for him); else None."""
    if not news or lower[index] != "para" or lower[index + 2:index + 3] != [","]:
        return None
    gender = PARA_PRONOUNS.get(lower[index + 1]) if index + 1 < len(lower) else None
    return gender if gender is not None and opinion_para(lower, index, news) else None


def para_opening(lower: list[str], news: bool) -> bool:
    """Tell whether a sentence (its lower-case tokens) opens with an opinion's `para` (opinion_para)."""
    head = lower[:5]
    return "para" in head and any(word == "para" and opinion_para(lower, at, news) for at, word in enumerate(head))


def opening_quote(lower: list[str], index: int) -> bool:
    """Tell whether the token at index opens a quotation (`«`, `“`, or an odd-numbered `"`)."""
    word = lower[index]
    if word in ("«", "“", "„", "‘"):
        return True
    return word in ('"', "'") and lower[:index + 1].count(word) % 2 == 1


# A gerund of saying right before what it reports, as a paragraph's lower-case text writes it (the cheap first look).
GERUND_LEADS = tuple(gerund + end for gerund in sorted(lex.GERUNDS) for end in (" que", ":"))


def bare_gerund(words: list[str], index: int) -> bool:
    """Tell whether the gerund of saying at index comes right before what it reports, `que` or a colon and a quotation
    mark (`compartió la foto diciendo: «…»`, `… aclarando que…`); words: lower-case tokens."""
    after = words[index + 1:index + 3]
    return after[:1] == ["que"] or after[:1] == [":"] and (len(after) == 1 or after[1] in QUOTES)


def any_bare_gerund(words: list[str]) -> bool:
    """Tell whether a sentence's lower-case tokens hold a gerund of saying right before what it reports."""
    return any(word in lex.GERUNDS and bare_gerund(words, index) for index, word in enumerate(words))


def gerund_subject(s: Sentence, verb: int, subjects: list, salient) -> list[tuple[int, Person]]:
    """Return the subject of a gerund after a comma (`X explicó el plan, agregando que…`) or before what it reports
    (`X compartió la foto diciendo: «…»`): the sentence's speaker, else the person it opens with, else whoever is
    salient (after a comma only: else no one)."""
    if subjects and subjects[-1]:
        return subjects[-1]
    opening = next((m for m in s.mentions if m.start < verb and not m.governed), None)
    if opening is not None:
        return [(opening.start, s.mention_person(opening))]
    if s.lower[:1] and s.lower[0] in UNNAMED_GROUPS:
        return [(0, NOBODY)]  # `Algunos críticos se han burlado…, alegando que…`: an unnamed group, no one named
    if len(s.lower) > 1 and s.lower[0] in DEFINITE and not is_role(s.lower[1]) \
            and (s.tokens[1][:1].isupper() or s.lower[1] in lex.ORGANISATION_WORDS):
        return [(0, NOBODY)]  # `La Organización X fue cauta…, señalando que…`: a body opens the sentence, no person
        # (`La Señora…, diciendo` and `El Papa…` are a role's: their person is found as for any role)
    if verb and s.lower[verb - 1] != ",":
        return [(verb, NOBODY)]  # `La fundación emitió un comunicado aclarando que…`: with no comma the gerund is the
        # clause's own, whose subject is written (here a body), not the person followed
    return [(verb, person) for person in salient()]
