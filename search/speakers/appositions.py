"""A name's apposition between it and its verb, set off by commas: a nickname in quotation marks
(`Jaime Ruiz, "El Tigre", aseguró…`) or a description (`X, el principal experto en…, advirtió`). The
subject of the verb is then the name before the apposition (subjects.subject).
"""

from search.speakers import lexicon as lex
from search.speakers.mentions import QUOTES, VERBS, Sentence
from search.speakers.runs import is_role
from search.speakers.subject_after import ARTICLES
from search.text.folding import NAME_PARTICLES

ALIAS_WORDS = 5  # words of a nickname in quotation marks (`"El Bronco"`, `«La Dama de Hierro»`)
# The lower-case words a nickname may hold besides its determiners (`«La Dama de Hierro»`, `"El Chico de la
# Tuba"`): the one list of name particles, whole (it was `de del y`; no line of any set nor of the corpus changes).
ALIAS_PARTICLES = NAME_PARTICLES
ALIAS_NAME_WORDS = 8  # words of the name before the nickname (`José Antonio Meade Kuribreña`)


def quoted_alias(s: Sentence, left: int) -> int | None:
    """Return the comma before a nickname in quotation marks set off by commas between a name and the verb (`Jaime
    Ruiz, "El Tigre", aseguró…`): the name's apposition, whose subject is the name before it. Else None: a
    quotation closing before the verb (`"Ganaremos", aseguró`), or words after a comma that names no one."""
    lower, tokens = s.lower, s.tokens
    if left < 3 or lower[left] != "," or lower[left - 1] not in QUOTES:
        return None
    opening = next((i for i in range(left - 2, max(0, left - ALIAS_WORDS - 2), -1) if lower[i] in QUOTES), None)
    if opening is None or opening < 2 or lower[opening - 1] != "," or not tokens[opening + 1][:1].isupper() \
            or any(not token[:1].isupper() and lower[i] not in lex.DETERMINERS and lower[i] not in ALIAS_PARTICLES
                   for i, token in enumerate(tokens[opening + 1:left - 1], opening + 1)):
        return None
    starts = (s.starts.get(start) for start in range(max(0, opening - 1 - ALIAS_NAME_WORDS), opening - 1))
    named = any(m is not None and m.end == opening - 1 and not m.governed for m in starts)
    return opening - 1 if named else None


def opening_apposed(s: Sentence, left: int):
    """Return the name that opens the sentence when an apposition set off by commas runs from it to the comma
    before the verb (`X, el principal experto en…,`; `X, director del Hospital Y Z,`: a role noun with no article,
    the name inside it a body's): no verb in between, and no other comma but one before a lone capitalised word
    that places what precedes it (`…en Silver Spring, Maryland,`); else None."""
    lower = s.lower
    first = next((m for m in s.mentions if m.start <= 1 and not m.governed), None)
    if first is None or first.end + 1 >= left or lower[first.end] != "," \
            or lower[first.end + 1] not in ARTICLES and not is_role(lower[first.end + 1]):
        return None
    between = lower[first.end + 1:left]
    commas = [first.end + 1 + i for i, word in enumerate(between) if word == ","]
    placed = all(at + 2 == left and s.tokens[at + 1][:1].isupper() for at in commas)
    return None if not placed or any(word in VERBS for word in between) else first
