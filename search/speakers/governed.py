"""Whether a name is the complement of a preposition through a noun we lack (`con su colega estadounidense X`),
as `del ministro X` is, or the subject of the verb right after it.

A name after a preposition, a determiner and lower-case words is that phrase's complement: `trabajó con su colega
estadounidense James Hartle en 2019`, `Con su colega James Hartle, el físico…`. A fronted circumstance whose comma
the source left out is followed by its clause's verb instead: `En la conferencia matutina X dijo…`, `Tras la
reunión Y afirmó…`; there the name is the subject, unless a verb before the preposition takes the phrase as its
own (`La carta que firmó con su colega X reveló…`, `El libro escrito con su colega X afirma…`).

>>> tokens = "Con su colega estadounidense James Hartle , el físico dijo".split()
>>> governed_noun(tokens, [token.lower() for token in tokens], 4, 6)
True
>>> tokens = "En la conferencia matutina Ana Gil dijo que".split()
>>> governed_noun(tokens, [token.lower() for token in tokens], 4, 6)
False
"""

from search.speakers import lexicon as lex
from search.speakers.runs import VERB_WORDS
from search.speakers.voice_spans import ADJECTIVES_BEFORE

NOUN_WORDS = 3  # lower-case words between a determiner and the name after them (`su colega estadounidense X`)
# `dijo a la prensa local X`: a medium, then the subject
MEDIUM_PREPOSITIONS = frozenset({"a", "al", "ante", "según"})
PRETERITE = ("ó", "aron", "ieron")  # the endings of a finite past (`murió`, `votaron`, `dijeron`)
CLAUSE_MARKS = frozenset({"que", ",", ".", ";", ":", "«", "»", "“", "”", '"', "(", ")"})
# `El libro escrito con su colega X afirma…`: a participle takes the phrase as its own too
PARTICIPLE = ("ado", "ada", "ados", "adas", "ido", "ida", "idos", "idas")
IRREGULAR = frozenset({"escrito", "escrita", "hecho", "hecha"})
BEFORE_VERB = lex.NEGATIONS | (lex.CLITICS - {"la", "lo", "los"})  # `X no dijo`, `X se refirió`, `X le dijo`


def governed_noun(tokens: list[str], lower: list[str], start: int, end: int) -> bool:
    """Tell whether the name from start to end (token indexes, end exclusive) follows a noun we lack under a
    preposition and is that preposition's complement; tokens: the sentence's tokens as written, lower: lower-cased."""
    if start >= 2 and lower[start - 2] == "del" and lower[start - 1] in ADJECTIVES_BEFORE:
        # `del propio Meade`, `del nuevo Catilina`: `de` and `el` in one word, and an adjective a name takes before
        # it (not `del hombro Juan Alfonso`: a noun there may end a complement that an inverted subject follows)
        return True
    index = start - 1
    while index >= 0 and start - index <= NOUN_WORDS and tokens[index].isalpha() \
            and tokens[index].islower() and lower[index] not in lex.DETERMINERS \
            and lower[index] not in lex.NP_STOPS and lower[index] not in lex.GOVERNING \
            and lower[index] not in VERB_WORDS:
        index -= 1
    if not (1 <= index < start - 1 and lower[index] in lex.DETERMINERS and lower[index - 1] in lex.GOVERNING
            and lower[index - 1] not in MEDIUM_PREPOSITIONS):
        return False
    return not (verb_at(lower, end) and not _taken_before(lower, index - 1))


def verb_at(lower: list[str], index: int, clitics: bool = True) -> bool:
    """Tell whether a finite verb stands at index: a verb of saying, an auxiliary, a finite past; with clitics,
    after a negation or a pronoun too (`no dijo`, `se refirió`)."""
    while clitics and index + 1 < len(lower) and lower[index] in BEFORE_VERB:
        index += 1
    if index >= len(lower):
        return False
    word = lower[index]
    return word in VERB_WORDS or word in lex.AUXILIARIES \
        or word.isalpha() and len(word) > 3 and word.endswith(PRETERITE)


def _taken_before(lower: list[str], preposition: int) -> bool:
    """Tell whether a finite verb or a participle between the start of the clause (the sentence, a mark, a comma or
    `que`) and the preposition takes the phrase as its own (`La carta que firmó con…`, `El libro escrito con…`)."""
    start = preposition
    while start > 0 and lower[start - 1] not in CLAUSE_MARKS:
        start -= 1
    return any(verb_at(lower, at, clitics=False) or lower[at].endswith(PARTICIPLE) or lower[at] in IRREGULAR
               for at in range(start, preposition))
