"""The role written right before a name: `El periodista de investigación griego Kostas Vaxevanis`, `la luchadora X`,
`el director técnico de los Tigres, X`; and whether a word is a role noun.

>>> role_before("El periodista de investigación griego ")[0].kind
'persona'
>>> role_before("El portavoz recordó que ")
[]
"""

import re

from search.speakers import lexicon as lex
from search.speakers.descriptions import describe, is_trade
from search.speakers.people import parse_role

# A verb or an auxiliary between a role and a name: a clause, not a role (`El portavoz recordó que Xi…`).
CLAUSE_WORDS = lex.SINGULAR | lex.PLURAL | lex.PARTICIPLES | lex.AUXILIARIES
JOINERS = frozenset({"de", "del", "la", "las", "los"})  # function words a role may hold (`ministro de la Presidencia`)
ROLE_REACH = 80  # characters before a name where its role may be written
ROLE_WORDS_REACH = 9  # words from the determiner of a role to the name
ROLE_WORD = re.compile(r"[^\W\d_]+|[^\w\s]")
ROLE_DETERMINERS = {"el": "m", "del": "m", "al": "m", "la": "f"}


def is_role(word: str) -> bool:
    """Tell whether a lower-case word is a role noun (`ministro`, `expresidenta`)."""
    return word in lex.ROLE_CLASSES or (word.startswith("ex") and word[2:] in lex.ROLE_CLASSES)


def role_before(text: str) -> list:
    """Return the role written right before a name, from its determiner (`El periodista de investigación griego `,
    `la luchadora `, `el director técnico de los Tigres, `), as a list of one role or none; text is what comes
    before the name."""
    found = role_span(ROLE_WORD.findall(text))
    return [found[1]] if found else []


def role_span(words: list[str], names_inside: bool = False):
    """Return (index of its determiner, role) for the role that ends words (the tokens before a name), or None.

    names_inside lets capitalised words stand inside the role, the body or place of the office (`el exgobernador de
    Nariño Jesús Rosero`, `la alcaldesa de Lima Ana Ruiz`): the caller knows the name after them opens with a given
    name, so they are no part of it."""
    end = len(words) - 1 if words[-1:] == [","] else len(words)
    for index in range(end - 1, max(-1, end - ROLE_WORDS_REACH), -1):
        word = words[index].lower()
        if word in ROLE_DETERMINERS and index + 1 < end and (is_role(words[index + 1].lower())
                                                              or is_trade(words[index + 1].lower())):
            lowered = [token.lower() for token in words[index + 1:end]]  # `el peleador mexicano`: a description
            role = parse_role(lowered, ROLE_DETERMINERS[word]) or describe(lowered, ROLE_DETERMINERS[word])
            return (index, role) if role else None
        if word in CLAUSE_WORDS or word.endswith(("ó", "aron", "ieron")) \
                or word in lex.FUNCTION_WORDS and word not in JOINERS:
            return None  # a clause, not a role: `El portavoz recordó que Xi…`
        # a name inside the role is a body's (`el entrenador del París Saint Germain Ronaldinho` names a club), but in
        # an apposition it names the office (`el ministro de Hacienda, Luis Gil`)
        if not words[index].isalpha() or not words[index].islower() and not is_role(word) and end == len(words) \
                and not names_inside:
            return None
    return None
