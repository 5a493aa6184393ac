"""Whom a sentence is about: the subject of its main clause, read past what opens it.

A quotation introduced by a colon is the words of the subject of the clause before the colon, whatever that
clause's verb (`Pero Ruiz no está de acuerdo: «…»`, `La cantante sabe el papel de la radio: «…»`), and a
sentence with no statement still tells whom the next subject-less verb refers to. The subject is found past
an opening connective (`Pero`, `No obstante,`), a phrase set off by a comma (`En su mensaje,`), a word in
capitals that is part of a stage name (`MS Nina`); a subject pronoun (`ella`) or a dative one (`A ella le
encanta X`) refers to whoever is salient, `A Ruiz le preocupa…` is about Ruiz, and `El viudo Mauro Sosa` about
Sosa, whatever the noun before his name.

>>> from search.speakers.mentions import Sentence, sentences
>>> from search.speakers.people import People
>>> s = Sentence(sentences('Pero Ana Ruiz no está de acuerdo: "No".')[0], People(), 1)
>>> clause_subject(s).display
'Ana Ruiz'
"""

import re

from search.speakers import lexicon as lex
from search.speakers.coordination import dative_phrase
from search.speakers.descriptions import epithet_at, opening_epithet
from search.speakers.mentions import Sentence
from search.speakers.namewords import not_a_name
from search.speakers.people import Person
from search.speakers.sentences import QUOTES
from search.speakers.subject_slots import PREPOSITIONS

# Words that open a sentence before its subject and are no part of it: coordinators and connectives.
# What a quotation after a colon that names a thing is followed by: a relative referring to it (`encontró en
# Facebook: "Marcha por Juan", al que dicen que irán…`), where words said end their sentence.
NAMED_RELATIVES = frozenset({"que", "cual", "cuales", "donde"})
NAMED_LEADS = frozenset({"el", "la", "los", "las", "al", "del", "a", "en", "con", "de", "por", "para"})
COLON_MARKS = {"«": "»", '"': '"', "“": "”"}
# Works that have a title: a short quotation right after one and its colon is the title, no one's words (`presentó
# su último libro: «Memorias»`, `su nueva película: "El viaje"`).
TITLED_WORKS = frozenset("libro libros novela novelas película películas disco discos álbum obra obras canción "
                         "canciones documental serie poemario ensayo exposición muestra cortometraje".split())
TITLE_WORDS = 5  # a quotation this long or shorter after a titled work's colon is its title
# Whom what follows is about: the name that opens a paragraph (`Rosa Díaz, de 82 años, vive sola`), past a role
# or a word in capitals before it (`El psicoterapeuta Yan Goland, de 60 años, es…`, `MS Nina tiene…`).
# A name right at the start is tried first (`MS Nina cuenta con temas como Reinas, Duele…`), then one after an
# opening phrase (`Durante el acto, Morant ha visitado…`) or a conjunction (`Pero Ruiz lo discute`).
OPENING_NAMES = [re.compile(r"^\s*(?:[^,.;:]{1,60},\s*)" + lazy + r"(?:(?:Pero|Mas|Y|E|Aunque|También|Ahora)\s+)?"
                            r"(?:(?:El|La|el|la)\s+(?:[a-záéíóúñ]+\s+){1,3}|"
                            r"([A-Z]{2,4})\s+)?([A-ZÁÉÍÓÚÑ][\w'’-]+(?:\s+[A-ZÁÉÍÓÚÑ][\w'’-]+)*)(?:\s+[a-záéíóúñ]|,)")
                 for lazy in ("??", "?")]
# A surname with an elided particle (`D'Andria`, `O'Brien`, `Dell'Olio`): a person even alone.
PREFIXED_SURNAME = re.compile(r"^(?:D|O|Dall|Dell|Degl)['’][A-ZÁÉÍÓÚ][a-záéíóúñ]+$")
CONNECTIVES = frozenset("pero y e mas aunque además asimismo entonces luego incluso también ahora pues así".split())
CONNECTIVE_PAIRS = frozenset({("sin", "embargo"), ("no", "obstante"), ("en", "cambio"), ("por", "eso"),
                              ("por", "ello"), ("por", "tanto"), ("aun", "así"), ("por", "su"), ("a", "su")})
SUBJECT_PRONOUNS = frozenset({"él", "ella"})
DATIVE_CLITICS = frozenset({"le", "les"})
DATIVE_BACK = 9  # words back from a verb of a view to the dative that holds it (`A la ministra de Sanidad no le`)
QUOTE_TOKENS = frozenset('«»"“”')
TIME_UNITS = frozenset("años año meses mes semanas semana días día décadas década siglos siglo horas tiempo".split())
NOUN_REACH = 4  # tokens from a determiner to the name after its noun
OPENING_REACH = 12  # tokens: an opening phrase longer than this before its comma is the clause itself


def colon_quote(lower: list[str]) -> bool:
    """Tell whether a quotation of someone's words follows a colon (`La jueza fue tajante: «No hay caso»`), not the
    name of a thing that a relative after it refers to (`el evento que vio en Facebook: «Marcha por Ana», al que…`)
    nor a work's title (`su último libro: «Memorias»`); lower holds a sentence's lower-case tokens."""
    if ":" not in lower:
        return False
    colon = lower.index(":")
    mark = lower[colon + 1] if colon + 1 < len(lower) else ""
    if mark not in COLON_MARKS:
        return False
    close = next((i for i in range(colon + 2, len(lower)) if lower[i] == COLON_MARKS[mark]), None)
    if close is not None and close - colon - 2 <= TITLE_WORDS and lower[colon - 1] in TITLED_WORKS:
        return False  # `presentó su libro: «Memorias»`: a title
    if close is None or lower[close + 1:close + 2] != [","]:
        return True
    after = lower[close + 2:close + 5]
    while after and after[0] in NAMED_LEADS:
        after = after[1:]
    return not after or after[0] not in NAMED_RELATIVES


def opening_name(text: str, people) -> tuple[list[str], bool] | None:
    """Return the words of the name a paragraph opens with (see OPENING_NAMES), and whether a word in capitals
    stages it (`MS Nina`); None if it opens with none."""
    opening = OPENING_NAMES[0].match(text)
    if opening and not_a_name(opening.group(2).split()[0], people):
        opening = OPENING_NAMES[1].match(text)
    if opening is None:  # `"El Bronco", fue el último…`: a nickname the document gave a person
        nicknamed = opening_epithet(people, text) if people.epithets else None
        return (nicknamed, False) if nicknamed else None
    return opening.group(2).split(), bool(opening.group(1))


def opening_person(people, words: list[str], staged: bool, clock: int) -> Person | None:
    """Return the known person a paragraph opens with, or a stage name met first there (`MS Nina cuenta…`)."""
    person = people.find(words)
    surname = len(words) == 1 and PREFIXED_SURNAME.match(words[0]) is not None
    return people.person(words, clock) if person is None and (staged or surname) else person


def subject_start(s: Sentence) -> int:
    """Return where the main clause's subject may start: past connectives and an opening phrase set off by a
    comma (`Sin embargo, en su mensaje, la presidenta…`)."""
    lower, index = s.lower, 0
    while index < len(lower):
        if lower[index] in CONNECTIVES:
            index += 1
        elif tuple(lower[index:index + 2]) in CONNECTIVE_PAIRS:
            index += 2
            if lower[index - 2:index] in (["por", "su"], ["a", "su"]):
                index += 1  # `Por su parte`, `A su vez`
        elif lower[index] == ",":
            index += 1
        else:
            break
    if lower[index:index + 1] == ["hace"] and "que" in lower[index + 2:index + 5] \
            and not TIME_UNITS.isdisjoint(lower[index + 1:index + 4]):
        index = lower.index("que", index + 2) + 1  # `Hace 30 años que Ruiz se alejó…`: time, then the clause
    if index < len(lower) and lower[index] in PREPOSITIONS and lower[index] != "a" \
            and "," in lower[index:index + OPENING_REACH]:
        index = lower.index(",", index) + 1  # `En su mensaje, la presidenta…`
    return index


def clause_subject(s: Sentence, salient=None) -> Person | None:
    """Return the person a sentence is about: the subject of its main clause, else None.

    salient(): whom a pronoun refers to (`ella`, `A ella le encanta`); without it a pronoun gives None.
    """
    lower, tokens = s.lower, s.tokens
    index = subject_start(s)
    if index >= len(lower):
        return None
    if index + 1 < len(lower) and len(tokens[index]) > 1 and tokens[index].isupper() and index + 1 in s.starts:
        index += 1  # `MS Nina sabe…`: a word in capitals before the name
    if index in s.starts and not s.starts[index].governed:
        return s.mention_person(s.starts[index])
    if lower[index] in SUBJECT_PRONOUNS:
        return _salient(salient)
    if lower[index] in QUOTES and index + 1 < len(lower):  # `"El Bronco", fue el último…`: a nickname given before
        return epithet_at(s.people, lower, index + 1, s.clock)
    if lower[index] == "a" and index + 2 < len(lower):  # `A ella le encanta…`, `A Ruiz le preocupa…`
        after = index + 1
        if lower[after] in SUBJECT_PRONOUNS and lower[after + 1] in DATIVE_CLITICS:
            return _salient(salient)
        return dative_phrase(s, after)  # `A Ruiz (no) le preocupa…`, `A la ministra le preocupa…`
    if lower[index] == "al" and index + 2 < len(lower):  # `Pero al irlandés no le basta con…`
        return dative_phrase(s, index + 1, bare=True)
    if lower[index] in lex.DETERMINERS:
        return s.noun_phrase(index) or _named_after_noun(s, index)
    return None


def dative_holder(s: Sentence, index: int) -> Person | None:
    """Return who holds the view a verb at index tells with a dative clitic before it and `que` after it (`A la
    ministra le parece que…`, `Al juez no le consta que…`, `A ella le preocupa que…`): the dative phrase that opens
    its clause, a pronoun being the person followed; else None (`le parece que` alone may be anyone's)."""
    lower = s.lower
    if not index or lower[index - 1] not in DATIVE_CLITICS or lower[index + 1:index + 2] != ["que"]:
        return None
    for start in range(index - 2, max(-1, index - DATIVE_BACK), -1):
        if lower[start] in (",", ".", ";", ":") or lower[start] in QUOTE_TOKENS:
            return None
        if lower[start] in ("a", "al") and (start == 0 or not lower[start - 1].isalpha() or lower[start - 1] in
                                            ("pero", "y", "e", "que", "aunque", "también")):
            if lower[start + 1] in SUBJECT_PRONOUNS:
                return None
            return dative_phrase(s, start + 1, bare=lower[start] == "al")
    return None


def _named_after_noun(s: Sentence, index: int) -> Person | None:
    """Return the person named after a determiner and a noun we lack (`El viudo Mauro Sosa, de 40 años, …`)."""
    for start in range(index + 2, min(len(s.lower), index + NOUN_REACH)):
        if start in s.starts:
            return None if s.starts[start].governed else s.mention_person(s.starts[start])
        if not s.tokens[start].islower() or s.lower[start] in lex.GOVERNING:
            return None
    return None


def _salient(salient) -> Person | None:
    people = [person for person in salient() if person.display] if salient is not None else []
    return people[-1] if people else None


def opinion(lower: list[str], index: int) -> bool:
    """Tell whether a possessive opinion noun before a copula starts at index (`su convicción es que…`)."""
    return tuple(lower[index:index + 3]) in lex.OPINION_OPENERS


def stance(lower: list[str], index: int, news: bool = False, marks: bool = True) -> int | None:
    """Return where the copula is when a stance adjective at index states an opinion (`Ruiz es escéptico con
    respecto a…`, `está convencida de que…`), else None.

    In news also: a degree word before the adjective (`es más optimista`, `es muy crítica con`), a stance that ends
    its clause with no complement (`X, catedrático de…, es más optimista.`; lex.STANCES_ALONE), and the adjectives
    read in news only (`no está satisfecho`). `crítico` needs `con`. marks tells lower holds a sentence's marks; a
    paragraph's bare words do not, so any word may follow a stance there (a cheap first look, read again later).
    """
    word = lower[index]
    if not news and word not in lex.STANCES_ANYWHERE:
        return None
    copula = index - 1
    while news and copula > 0 and lower[copula] in lex.STANCE_DEGREES:
        copula -= 1
    if copula < 0 or lower[copula] not in lex.STANCE_COPULAS:
        return None
    after = lower[index + 1] if index + 1 < len(lower) else ""
    if word in lex.CRITICAL:
        return copula if after == "con" else None
    if after in lex.STANCE_COMPLEMENTS:
        return copula
    compared = after == "que" and lower[index - 1] in ("más", "menos")  # `es menos pesimista que sus colegas`
    if news and word in lex.STANCES_ALONE and (not after or after in lex.STANCE_ENDS or compared or not marks):
        return copula
    return None


def stance_locution(lower: list[str], index: int, marks: bool = True) -> int | None:
    """Return where the copula is when a stance locution has its middle word at index (`está en contra de…`,
    `no está de acuerdo con…`, `están muy a favor de…`: lex.STANCE_LOCUTIONS), or ends its clause (`se mostró de
    acuerdo.`, `está en contra;`), else None. For news only. marks: as stance()'s."""
    before, after = lex.STANCE_LOCUTIONS.get(lower[index], ("", ()))
    following = lower[index + 1] if index + 1 < len(lower) else ""
    if not index or lower[index - 1] != before or following and following not in after \
            and following not in lex.STANCE_ENDS and marks:
        return None
    copula = index - 2
    while copula > 0 and lower[copula] in lex.STANCE_DEGREES:
        copula -= 1
    return copula if copula >= 0 and _stance_copula(lower, copula) else None


def _stance_copula(lower: list[str], at: int) -> bool:
    """Tell whether the word at at is a copula a stance locution follows: `es`, `está`, `sigue` (lex.STANCE_COPULAS),
    or a verb of showing after `se` (`se mostró de acuerdo`, `se muestra en contra`: lex.SHOWING; an adjective after it,
    `se mostró escéptico`, is search.speakers.reporting's, with search.speakers.framed.SHOWED_STATES)."""
    return lower[at] in lex.STANCE_COPULAS or lower[at] in lex.SHOWING and at > 0 and lower[at - 1] == "se"
