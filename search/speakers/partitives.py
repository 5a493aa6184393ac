"""The one among those who said: a person a noun phrase is predicated of or set beside, whose relative clause or
infinitive says something (`Ana Gil es una de las expertas que han pedido…`, `Ana Gil fue la primera en denunciar…`,
`Ana Gil, la médica que advirtió…`).

Spanish makes a person one of a set with a partitive (`uno de los N`, RAE, Nueva gramática, 19.6) and the one who
did something first with `el primero en` and an infinitive (`fue la primera en denunciar`); the relative clause or the
infinitive then tells what the set, or that one, did, and the person is among them. A noun phrase set beside a name
(an apposition, `Ana Gil, la médica que advirtió…`) or predicated of it by a copula (`Ana Gil es una de las
expertas que…`) is that name's, so a verb of saying in its relative clause, with no subject of its own, is the
person's. A relative clause whose subject is written (`…las pacientes que los médicos atendieron`) is another's; a
noun phrase after a preposition (`con la médica que advirtió…`) or a verb other than a copula (`visitó a la médica
que…`) is no name's.

>>> from search.speakers.mentions import TOKEN, Sentence
>>> from search.speakers.people import People
>>> s = Sentence(TOKEN.findall("Ana Gil es una de las expertas que han pedido una vacuna."), People(), 1)
>>> named_antecedent(s, s.lower.index("que")).display
'Ana Gil'
"""

from search.speakers import lexicon as lex
from search.speakers.mentions import Sentence
from search.speakers.people import Person

FIRSTS = frozenset("primero primera primeros primeras único única únicos únicas".split())
PARTITIVE_HEADS = frozenset({"uno", "una"})
# A copula and its auxiliaries before the predicate (`es`, `fue`, `ha sido`, `había sido`), in the singular: the
# person is one of the set.
COPULA_WORDS = lex.SINGULAR_COPULAS | {"sido", "ha", "había", "habría"}
NOUN_REACH = 4  # lower-case words of the noun phrase between its determiner and `que` (`las muchas científicas`)
LEAD_REACH = 5  # words from a copula to `en` before the infinitive (`fue uno de los primeros en`)


def named_antecedent(s: Sentence, relative: int) -> Person | None:
    """Return the person whose noun phrase the relative `que` at index relative hangs from: the phrase (a
    determiner, a few lower-case words; `uno de` before it) set beside a name after a comma, or predicated of it by a
    copula (`Ana Gil es una de las expertas que…`, `Ana Gil, la médica que…`); else None."""
    lower, tokens = s.lower, s.tokens
    start = relative - 1
    while start > relative - 1 - NOUN_REACH and start >= 0 and tokens[start].islower() \
            and lower[start].isalpha() and lower[start] not in lex.DETERMINERS:
        start -= 1
    if start < 1 or start == relative - 1 or lower[start] not in lex.DETERMINERS:
        return None
    if start >= 3 and lower[start - 1] == "de" and lower[start - 2] in PARTITIVE_HEADS:
        start -= 2  # `una de las expertas`
    return _named_before(s, start)


def first_to(lower: list[str], index: int) -> int | None:
    """Return where the copula stands before `el primero en` and a reporting infinitive at index (`fue la primera en
    denunciar`, `fue uno de los primeros en advertir`, `es la única en reconocer`), else None."""
    if index < 3 or lower[index - 1] != "en" or lower[index - 2] not in FIRSTS:
        return None
    for at in range(index - 3, max(-1, index - 3 - LEAD_REACH), -1):
        if lower[at] in COPULA_WORDS:
            return at
        if not (lower[at] in lex.DETERMINERS or lower[at] in PARTITIVE_HEADS or lower[at] == "de"):
            return None
    return None


def partitive_statement(s: Sentence, key: int) -> bool:
    """Tell whether the statement whose verb is at key was credited as this module says (the trace's name for it,
    search.speakers.mechanisms): a copula before `el primero en`, or a verb in a relative clause hanging from a noun
    phrase of a name."""
    lower = s.lower
    if lower[key] in COPULA_WORDS and not FIRSTS.isdisjoint(lower[key + 1:key + LEAD_REACH + 1]):
        return True
    relative = next((at for at in range(key - 1, max(-1, key - LEAD_REACH), -1) if lower[at] == "que"), None)
    return relative is not None and named_antecedent(s, relative) is not None


def _named_before(s: Sentence, start: int) -> Person | None:
    """Return the person named right before the noun phrase at start: after a comma (an apposition), or before a
    copula; else None."""
    lower = s.lower
    at = start - 1
    if lower[at] == ",":
        end = at
    else:
        while at >= 0 and lower[at] in COPULA_WORDS:
            at -= 1
        if at == start - 1 or at < 0:
            return None
        end = at + 1
    mention = next((m for m in s.mentions if m.end == end and not m.governed), None)
    return s.mention_person(mention) if mention is not None else None
