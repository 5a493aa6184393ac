"""A pronoun as the subject of a verb of saying, on a news line the rules left with no speaker: `Ella menciona que…`,
`…, contó este.`, `…, contaron ambos en una entrevista`.

A personal or demonstrative pronoun tells a gender (`él`, `este`, `aquel`: a man; `ella`, `esta`: a woman) and
stands for the person of that gender the text mentioned last, named or credited, even after a preposition (`el caso
de Cristina` then `Ella menciona que…`; `la muerte de la primera esposa de Ruiz…, contó este`): a demonstrative
points at the nearest, and a personal pronoun that opens a sentence at the one just written about. `ambos`, `ambas`,
`los dos`, `las dos` with a plural verb stand for the last two people mentioned. The pronoun must be the verb's
subject: opening the line before a finite singular verb of saying and `que` or `:`, or right after a verb of saying
that follows a comma or a closing quotation (`…", dijo ella.`). A pronoun after a preposition (`con él`, `de ella`)
or as an object is none.

>>> pronoun_subject("Ella menciona que, desde el principio, todos preguntan.")
('f', 1, False)
>>> pronoun_subject("Fue en mayo cuando se conocieron, contó este.")
('m', 1, True)
>>> pronoun_subject("De hecho, se conocieron en Puebla, contaron ambos en una entrevista.")
('', 2, True)
>>> pronoun_subject("Habló con ella sobre el acuerdo.") is None
True
"""

import re

from search.speakers.focus_lines import NOT_SINGULAR_FINITE, QUOTED, TOKEN_RE
from search.speakers.mentions import VERBS

GENDERED = {"él": "m", "este": "m", "éste": "m", "aquel": "m", "aquél": "m",
            "ella": "f", "esta": "f", "ésta": "f", "aquella": "f", "aquélla": "f"}
BOTH = frozenset({"ambos", "ambas"})
PAIRS = frozenset({("los", "dos"), ("las", "dos")})
OPENING_CONNECTIVES = frozenset({"y", "e", "además", "asimismo", "también", "luego", "después", "entonces"})
STATED = frozenset({"que", ":"})
AFTER_INVERTED = frozenset({".", ",", ";", "en", "durante", "ante", "a", "al", "con", "desde", "tras"})
MAY_HOLD = re.compile(r"\b(?:él|ella|[eé]st[ea]|aqu[eé]ll?a?|ambos|ambas|los dos|las dos)\b", re.IGNORECASE)


def pronoun_subject(text: str) -> tuple[str, int, bool] | None:
    """Return (gender, how many people, after the verb) of a pronoun that is the subject of a verb of saying on a
    line (see the module): gender "m" or "f" for one person, "" for `ambos` (two); after the verb: the pronoun
    comes after it at the end of the line, so the people the line names before it count; else None."""
    outside = QUOTED.sub(" ", text)
    if MAY_HOLD.search(outside) is None:  # a cheap first look: most lines hold no such pronoun
        return None
    lower = [token.lower() for token in TOKEN_RE.findall(outside)]
    start = 1 if lower[:1] and lower[0] in OPENING_CONNECTIVES else 0
    if start + 2 < len(lower) and lower[start] in GENDERED and _singular_saying(lower, start + 1) \
            and STATED.intersection(lower[start + 2:start + 4]):
        return GENDERED[lower[start]], 1, False  # `Ella menciona que…`, `Y él explicó:`
    for index in range(1, len(lower) - 1):
        word = lower[index]
        if word not in VERBS or lower[index - 1] != ",":
            continue
        after = lower[index + 1]
        follows = lower[index + 2] if index + 2 < len(lower) else "."
        if after in GENDERED and _singular_saying(lower, index) and follows in AFTER_INVERTED:
            return GENDERED[after], 1, True  # `…, contó este.`
        pair = (after, follows) in PAIRS
        beyond = lower[index + 3] if pair and index + 3 < len(lower) else "." if pair else follows
        if (after in BOTH or pair) and word.endswith("n") and beyond in AFTER_INVERTED:
            return "", 2, True  # `…, contaron ambos en una entrevista`
    return None


def _singular_saying(lower: list[str], index: int) -> bool:
    word = lower[index] if index < len(lower) else ""
    return word in VERBS and not word.endswith(NOT_SINGULAR_FINITE)


def pronoun_people(wanted: tuple[str, int, bool], mentioned: list, gender_of, speaks) -> list:
    """Return the people a pronoun stands for, or []: the last person mentioned of its gender, if they speak in the
    article (a pronoun for someone only talked about gives the line to no one), else the last speaker whose gender
    nothing tells; for `ambos` the last two speakers mentioned. wanted: what pronoun_subject returns; mentioned: the
    people mentioned before the pronoun, the most recent last; gender_of(person): "m", "f" or None; speaks(person):
    whether the article credits them."""
    gender, count, _ = wanted
    if count == 2:
        chosen = list(dict.fromkeys(person for person in reversed(mentioned) if speaks(person)))[:2]
        return chosen[::-1] if len(chosen) == 2 else []
    same = next((person for person in reversed(mentioned) if gender_of(person) == gender), None)
    if same is not None:
        return [same] if speaks(same) else []
    unknown = next((person for person in reversed(mentioned) if gender_of(person) is None and speaks(person)), None)
    return [unknown] if unknown is not None else []
