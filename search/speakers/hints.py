"""A cheap first look: could this text report speech? Most paragraphs of a novel answer no here.

>>> no_hint(["llovía", "en", "madrid"], "Llovía en Madrid.")
True
>>> no_hint(["no", "terminó", "la", "jueza"], "—No —terminó la jueza.")
False
"""

import re

from search.speakers import lexicon as lex
from search.speakers.mentions import VERBS

HINTS = VERBS | lex.INFINITIVE_LEADS | lex.ROLE_PARTICIPLES | {
    "según", "opinión", "juicio", "palabras", "acuerdo", "decir", "criterio"}
# Words that report only in a context (`—terminó X`, `quiso recordar`, `se comprometió`, `puso en valor`), and
# are common in novels without it: a regular expression looks for the context before any tokenizing.
WEAK_HINTS = (lex.AFTER_QUOTE | lex.INFINITIVE_LEADS | lex.REFLEXIVE | lex.FRAMED) - lex.SINGULAR - lex.PLURAL \
    - lex.PARTICIPLES | lex.AFTER_QUOTE
STRONG_HINTS = HINTS - WEAK_HINTS


def _alternatives(words) -> str:
    return "|".join(sorted(words, key=len, reverse=True))


WEAK_CONTEXT = re.compile(
    r"(?:[—–―-]|[»\"”]\s*,)\s*(?:ha\s+|han\s+)?(?:" + _alternatives(lex.AFTER_QUOTE) + r")\b"
    r"|\b(?:" + _alternatives(lex.INFINITIVE_LEADS) + r")\s+(?:para\s+)?(?:" + _alternatives(lex.INFINITIVES) + r")\b"
    r"|\bse\s+(?:\w+\s+)?(?:" + _alternatives(lex.REFLEXIVE | lex.FRAMED) + r")\b"
    r"|\b(?:" + _alternatives(lex.FRAMED) + r")(?:\s+\w+){0,2}\s+(?:" + _alternatives(lex.FRAMED_OBJECTS) + r")\b"
    r"|\b(?:" + _alternatives(lex.FRAMED_OBJECTS) + r")\s+lo\s+(?:ha\s+|han\s+)?"
    r"(?:" + _alternatives(lex.FRAMED) + r")\b",
    re.IGNORECASE)


def no_hint(words, text: str) -> bool:
    """Tell whether words (lower case) hold no reporting word, or only weak ones out of their context."""
    return STRONG_HINTS.isdisjoint(words) and (WEAK_HINTS.isdisjoint(words) or not WEAK_CONTEXT.search(text))


ROLE_HINTS = frozenset(word for word, kind in lex.ROLE_CLASSES.items() if kind not in ("titulo", "general")) - {
    "alto", "alta", "primer", "primera"} | {"expresidente", "expresidenta", "exministro", "exministra", "excanciller"}
COLON_QUOTE = re.compile(r':\s*[«"“]')
MARKS = re.compile(r"[^\w\s]+")
