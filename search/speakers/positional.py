"""Verbs of saying told by their place, whatever the verb: the lexicon of search.speakers.verbs cannot list every
verb a reporter uses once (`«…», rectificó X`, `Así lo refrendó X`), but two places make any verb one of saying.

- Right after a quotation closes and a comma (the reporter's aside: `«…», rectificó Ochoa`, `"…", zanjó la jueza`).
- After `Así lo` opening the sentence, which takes up the statement just quoted (`Así lo refrendó, por su parte,
  X`).

Only a finite preterite in the third person (`-ó`, `-ió`; the plural `-aron`, `-ieron`, which no noun shares: `«…»,
analizaron X y Y`) is taken: the present (`suelta`, `continúa`) is as often a noun or an adjective, and a book's
dialogue is not read this way (news only, decided by the caller).

>>> positional_verb(['"', 'sí', '"', ',', 'rectificó', 'ana', 'gil', '.'], 4)
True
>>> positional_verb(['así', 'lo', 'refrendó', 'ana', 'gil', '.'], 2)
True
>>> positional_verb(['ana', 'gil', 'rectificó', 'el', 'dato', '.'], 2)
False
"""

import re

from search.speakers import lexicon as lex
from search.speakers.joint_subjects import plural_role
from search.speakers.runs import is_role
from search.speakers.sentences import QUOTES

TAKING_UP = frozenset({"lo", "la", "los", "las"})  # `Así lo explicó`, `Así la describió`
MIN_LETTERS = 4  # `rectificó`, not `yo`: a verb's stem and its ending
MANNER_ENDINGS = ("mente", "ado", "ada", "ido", "ida")  # `tajantemente`, `emocionada`
MANNER_LETTERS = 5
# A cheap look at a paragraph's lower-case text before reading it word by word.
MAY_BE_PLACED = re.compile(r"[»\"”]\s*,\s*\w{3,}(?:ó|aron|ieron)\b"
                           r"|(?:^|[.!?]\s+)así\s+l[oa]s?\s+\w{3,}(?:ó|aron|ieron)\b")
PLURAL_PRETERITE = ("aron", "ieron")
PLURAL_LETTERS = 7  # `analizaron`, not `paron`


def _preterite(word: str) -> bool:
    return word.isalpha() and (word.endswith("ó") and len(word) >= MIN_LETTERS
                               or word.endswith(PLURAL_PRETERITE) and len(word) >= PLURAL_LETTERS)


def positional_verb(lower: list[str], index: int, tokens: list[str] | None = None) -> bool:
    """Tell whether the word at index of a sentence's lower-case tokens is a verb of saying by its place: a third
    person preterite after a closing quotation mark and a comma, or after `Así lo` opening the sentence. With the
    sentence's tokens, what follows the verb must be what follows a verb of saying: the end of the clause, a name,
    a manner or a time, or a person told by a role (`zanjó la jueza`), not an object (`marcó la reapertura`)."""
    if not _preterite(lower[index]):
        return False
    placed = index >= 2 and lower[index - 1] == "," and lower[index - 2] in QUOTES \
        or index == 2 and lower[0] == "así" and lower[1] in TAKING_UP
    return placed and (tokens is None or _says_after(lower, tokens, index + 1))


def _says_after(lower: list[str], tokens: list[str], index: int) -> bool:
    if index >= len(lower) or not lower[index][:1].isalnum() or tokens[index][:1].isupper():
        return True  # `…», zanjó.`, `…», zanjó, y…`, `…», zanjó Ana Gil`
    word = lower[index]
    if word in lex.RIGHT_SKIP or word.endswith(MANNER_ENDINGS) and len(word) > MANNER_LETTERS:
        return True  # `…», zanjó ayer…`, `…», zanjó tajante…`, `…», celebró emocionada…`
    # `zanjó la jueza`; a plural noun for people after a plural verb (`sumaron los economistas X y Y`)
    return word in lex.DETERMINERS and index + 1 < len(lower) and (is_role(lower[index + 1]) or word in ("los", "las")
                                                                  and plural_role(lower[index + 1]))


def any_positional(lower: list[str]) -> bool:
    """Tell whether a sentence's lower-case tokens hold a verb of saying by its place."""
    return any(positional_verb(lower, index) for index in range(2, len(lower)))


def may_be_placed(lower_text: str) -> bool:
    """Tell whether a paragraph's lower-case text may hold a verb of saying by its place (a cheap first look)."""
    return MAY_BE_PLACED.search(lower_text) is not None
