"""The subject written after a reporting verb: `…», dijo el canciller ruso`, `afirma presidente Gómez`.

A phrase may stand between the verb and its subject (`dijo al medio argentino Télam Fernando Goldbaum`), and a
name set off by a comma after `a` is the one addressed, not the subject (`respondió a su rival, X, que…`).

>>> from search.speakers.mentions import Sentence, sentences
>>> from search.speakers.people import People
>>> s = Sentence(sentences("«Sí», dijo ayer la jueza Ana Gil.")[0], People(), 1)
>>> right_subject(s, 5).display
'Ana Gil'
"""

from search.speakers import lexicon as lex
from search.speakers.mentions import VERBS, Sentence
from search.speakers.people import NOBODY, Person
from search.speakers.runs import is_role
from search.speakers.sentences import UNENDING
from search.speakers.things import person_ending
from search.text.names import is_given_name

PHRASE_STARTS = frozenset({"a", "al", "ante", "en", "desde", "durante", "tras", "por", "sobre"})
# Phrases of place or means between the verb and its subject: `dijo en un comunicado X`, `señaló en una entrevista X`.
MEANS_STARTS = frozenset({"en", "mediante", "durante"})
MEANS_DETERMINERS = frozenset({"el", "la", "los", "las", "un", "una", "su", "sus"})
# Words between a dialogue's verb and the name they precede: titles of courtesy, and a manner (an adverb in -mente,
# an adjective agreeing with the subject: `indignada`, `sorprendido`).
SPOKEN_HONORIFICS = frozenset({"don", "doña", "sor", "fray", "misia", "ño", "ña"})
MANNER_ENDINGS = ("mente", "ado", "ada", "ido", "ida")
# A manner told with a preposition and a bare noun: `dice con ironía la actriz`, `respondió entre risas el juez`,
# `afirmó sin rodeos Ana Gil`, `contestó con una sonrisa el alcalde`. The noun has no definite article: `comentó con
# el ministro` names the one spoken to.
MANNER_PREPOSITIONS = frozenset({"con", "sin", "entre"})
MANNER_LEADS = frozenset({"un", "una", "cierto", "cierta", "gran", "mucha", "mucho", "toda", "todo"})
MANNER_WORDS = 3


def is_adverb(s: Sentence, index: int) -> bool:
    """Tell whether the word at index is an adverb that may stand between a verb and its subject: of time (`ayer`,
    `entonces`) or one in -mente (`posteriormente`)."""
    word = s.lower[index]
    return word in lex.RIGHT_SKIP or word.endswith("mente") and len(word) > 6 and s.tokens[index].islower()


def past_adverbs(s: Sentence, index: int) -> int:
    """Return the index of the first word from index on that is no such adverb."""
    while index < len(s.lower) and is_adverb(s, index):
        index += 1
    return index


def right_subject(s: Sentence, index: int, inverted: bool = True) -> Person | None:
    """Return the subject written after an inverted verb (`…", dijo el canciller ruso`); inverted tells the verb
    follows a quotation or a comma, where a phrase may come between it and its subject."""
    lower, tokens, size = s.lower, s.tokens, len(s.lower)
    first = index
    while index < size:
        word = lower[index]
        nxt = lower[index + 1] if index + 1 < size else ""
        if is_adverb(s, index):
            index += 1  # `afirmó entonces la ministra…`, `dijo posteriormente el juez…`
        elif index + 1 < size and (tokens[index + 1][:1].isupper() or nxt in SPOKEN_HONORIFICS) and (
                word in SPOKEN_HONORIFICS or word.endswith(MANNER_ENDINGS) and len(word) > 6):
            index += 1  # `dijo gravemente don Fernando`, `exclamó indignada doña Brianda`: the name follows
        elif word in MANNER_PREPOSITIONS and (after := _manner_end(s, index + 1)) is not None:
            index = after  # `dice con ironía la actriz`: the manner, then the subject
        elif word == "," and index == first and inverted and index + 1 in s.starts and s.apposed(index + 1):
            index += 1  # `…", indicó, Álvaro Martín, comentarista`: a comma the source put after the verb
        elif word in MEANS_STARTS and nxt in MEANS_DETERMINERS and index + 3 < size and tokens[index + 2].islower() \
                and not is_role(lower[index + 2]) and (index + 3 in s.starts or lower[index + 3] in lex.DETERMINERS):
            index += 3  # `mencionó en un comunicado el vicepresidente…`, not `dice en un vídeo enviado a…`
        elif word in lex.DETERMINERS and nxt in UNENDING and lower[index + 2:index + 3] == ["."] \
                and index + 3 in s.starts:
            index += 3  # `dijo el Dr. David Nutt`: a title's abbreviation, then the name
        elif len(word) == 1 and tokens[index].isupper() and nxt == "." and index + 2 in s.starts:
            index += 2  # `expuso E. Stanley Kroenke`: an initial before the name
        elif word in ("a", "al", "ante") and index + 1 in s.starts \
                and (named := _medium_then_name(s, index + 1)) is not None:
            return named  # `dijo a Nature David Nutt`: the medium, then who spoke
        elif word in ("a", "ante") and index + 2 < size and tokens[index + 1][:1].isupper() \
                and lower[index + 2] in lex.DETERMINERS:
            index += 2  # `dijo a Nature el doctor…`: the medium, then the subject
        elif word in ("por", "a") and nxt == "su" and index + 2 < size and lower[index + 2] in ("parte", "vez"):
            index += 3  # `ha asegurado por su parte el abogado…`
        elif word == "," and nxt in ("por", "a") and lower[index + 2:index + 5] in (["su", "parte", ","],
                                                                                  ["su", "vez", ","]):
            index += 5  # `Así lo refrendó, por su parte, X`: the aside set off by commas, then the subject
        elif word in ("este", "esta", "el") and nxt in lex.MONTHS_DAYS \
                or word in ("este", "esta") and nxt in lex.DAY_PARTS:
            index += 2  # `dijo el lunes X`, `ha confirmado esta mañana la académica X`
        elif word in ("el", "este") and nxt in ("pasado", "próximo") and lower[index + 2:index + 3] \
                and lower[index + 2] in lex.MONTHS_DAYS:
            index += 3  # `dijo el pasado lunes X`
        elif word in ("a", "ante") and nxt in ("los", "las", "la", "el") and index + 2 < size \
                and tokens[index + 2].islower() and lower[index + 2] not in lex.ROLE_CLASSES:
            index += 3
        elif word in ("a", "ante") and index + 1 < size and (
                nxt in lex.ORGANISATION_WORDS or (tokens[index + 1].isupper() and len(nxt) > 1)):
            index += 2
            if index + 1 < size and index not in s.starts and tokens[index][:1].isupper() and index + 1 in s.starts:
                index += 1  # `le dijo a BBC Mundo David Gibson`: the rest of the medium's name
        elif word == "al" and nxt in lex.ORGANISATION_WORDS and index + 2 < size and tokens[index + 2][:1].isupper():
            index += 2  # `comunicó al diario The Daily Beast`, `dijo al diario El Universal el ministro…`: the medium
            while index < size and tokens[index][:1].isupper() and not (
                    is_given_name(tokens[index]) and index + 1 < size and tokens[index + 1][:1].isupper()):
                index += 1
        else:
            break
    person = s.noun_phrase(index)
    if person is None and inverted and index < size and is_role(lower[index]):
        person = s.noun_phrase(index, bare=True)  # a headline's credit drops the article: `…, asegura ministra`
    if person is None and inverted and index < size and (lower[index] in PHRASE_STARTS or index > first):
        # `dijo al medio argentino Télam Fernando Goldbaum, director…`: the subject after a phrase, or after the rest
        # of one skipped (`dijo a la agencia EFE el portavoz…`, `dijo a la prensa local X`). A verb's form after a
        # determiner is a noun (`en su cuenta`, `a través de un comunicado`).
        stop = next((i for i in range(index, min(size, index + 12)) if lower[i] in VERBS
                     and lower[i - 1] not in lex.DETERMINERS or lower[i] in ".;:" or lower[i] == "que"), size)
        # `respondió a su contrincante del PRI, José Antonio Meade, que…`: a name set off by a comma after `a`
        # stands beside the person addressed, the verb's object, not its subject
        addressed = lower[index] in ("a", "al")
        person = next((s.mention_person(m) for m in s.mentions if index < m.start < stop and not m.governed
                       and not (addressed and _after_comma(s.tokens, min(m.start, m.role_start)))), None)
    if person is None and index + 2 < size and lower[index] in lex.DETERMINERS and (
            tokens[index + 1].islower() or tokens[index + 1].isupper() and 1 < len(tokens[index + 1]) <= 4):
        # `celebró la sindicalista Ana Ruiz` or `celebró el anfitrión, el presidente Lula`: a noun we lack, or an
        # acronym (`mencionó el VP de Originales, Erik Barmack`)
        after = index + 3 if lower[index + 2] == "," else index + 2
        while after + 1 < size and lower[after] in ("y", "e") and is_person_noun(lower[after + 1]):
            after += 2  # `confirmó la académica y escritora X`: a second noun of the same person
        person = s.noun_phrase(after) if after < size else None
        if person is None:  # `señaló la hidróloga de la Universidad La Molina, Carmen Felipe`
            stop = next((i for i in range(index, min(size, index + 14))
                         if lower[i] in VERBS or lower[i] in ".;:"), size)
            person = next((s.mention_person(m) for m in s.mentions if index < m.start < stop
                           and lower[m.start - 1] == "," and not m.governed and s.apposed(m.start)), None)
        if person is None and inverted and lower[index] in ("su", "sus") and tokens[index + 1].isalpha():
            person = NOBODY  # `…», explicó su madre`: someone of the person met before, unnamed; not that person
    return person


def is_person_noun(word: str) -> bool:
    """Tell whether a lower-case word is a noun for a person: a role (`ministra`) or a noun of a person's ending
    (`escritora`, `periodista`, `abogado` by its role)."""
    return is_role(word) or person_ending(word)


def _manner_end(s: Sentence, start: int) -> int | None:
    """Return where the subject starts after a manner's bare noun at start (`ironía`, `una sonrisa`, `voz firme`):
    one to three lower-case words, no article, role or verb among them, then an article, a title or a name; else
    None."""
    lower, tokens, size = s.lower, s.tokens, len(s.lower)
    index = start + (start < size and lower[start] in MANNER_LEADS)
    end = index
    while end < size and end - index < MANNER_WORDS and tokens[end].isalpha() and tokens[end].islower() \
            and lower[end] not in lex.DETERMINERS and lower[end] not in VERBS and not is_role(lower[end]) \
            and lower[end] not in lex.GOVERNING and lower[end] not in ("que", "y", "á"):  # `con imperio á Batiste`
        end += 1
    if end == index or end >= size:
        return None
    subject = lower[end] in ("el", "la") or lower[end] in SPOKEN_HONORIFICS or tokens[end][:1].isupper()
    return end if subject else None


def _medium_then_name(s: Sentence, start: int) -> Person | None:
    """Return the person whose name ends the run of capitalised words at start after `a` when a medium's name comes
    first (`dijo a Nature David Nutt`, `declaró a Radio Mitre Ana Gil`): from a given name on, two words or more."""
    mention = s.starts[start]
    words = mention.tokens
    cut = next((k for k in range(1, len(words) - 1) if is_given_name(words[k])), None)
    if cut is None:
        return None
    return s.people.rename(s.mention_person(mention), words[cut:])


def _after_comma(tokens: list[str], start: int) -> bool:
    """Tell whether a comma comes just before the name at start, or before a few lower-case words of its role
    (`, el concejal X`)."""
    for index in range(start - 1, max(-1, start - 5), -1):
        token = tokens[index]
        if token == ",":
            return True
        if not token.isalpha() or not token.islower() or token in ("a", "al"):
            return False
    return False
