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


# Connectives that may open a sentence before its subject's name (`Por su parte X, especialista en…, expone que…`):
# the name still opens the clause whose verb it is the subject of.
OPENING_CONNECTIVES = frozenset(tuple(words.split()) for words in (
    "por su parte", "a su vez", "por otro lado", "por otra parte", "asimismo", "además", "en tanto",
    "mientras tanto", "en cambio", "de igual forma", "de igual manera", "en ese sentido", "al respecto", "también",
    "sin embargo", "no obstante", "finalmente", "por último"))
CONNECTIVE_WORDS = max(map(len, OPENING_CONNECTIVES))


def opening_apposed(s: Sentence, left: int):
    """Return the name that opens the sentence, or follows a connective that does (OPENING_CONNECTIVES), when an
    apposition set off by commas runs from it to the comma before the verb (`X, el principal experto en…,`; `X,
    director del Hospital Y Z,`: a role noun with no article, the name inside it a body's): no verb in between, and
    no other comma but one before a lone capitalised word that places what precedes it (`…en Silver Spring,
    Maryland,`) or one before the body an office belongs to (`…, docente de la Facultad de Medicina, de la
    Universidad La Salle,`); else None."""
    lower = s.lower
    first = next((m for m in s.mentions if m.start <= 1 and not m.governed or after_connective(lower, m.start)),
                 None)  # `Por su parte X`: `parte` is no preposition that governs X
    if first is None or first.end + 1 >= left or lower[first.end] != "," \
            or lower[first.end + 1] not in ARTICLES and not is_role(lower[first.end + 1]):
        return None
    between = lower[first.end + 1:left]
    commas = [first.end + 1 + i for i, word in enumerate(between) if word == ","]
    placed = all(at + 2 == left and s.tokens[at + 1][:1].isupper() or _body_after(s, at) for at in commas)
    return None if not placed or any(word in VERBS for word in between) else first


def after_connective(lower: list[str], start: int) -> bool:
    """Tell whether the words before start are a connective that opens the sentence, with or without its comma."""
    words = lower[:start - 1] if start and lower[start - 1] == "," else lower[:start]
    return 0 < len(words) <= CONNECTIVE_WORDS and tuple(words) in OPENING_CONNECTIVES


def _body_after(s: Sentence, comma: int) -> bool:
    """Tell whether a comma inside an apposition opens the body the office before it belongs to: `de` or `del`, an
    article, then a capitalised word (`, de la Universidad La Salle,`)."""
    lower = s.lower
    at = comma + 1
    if lower[at:at + 1] not in (["de"], ["del"]):
        return False
    at += 1 if lower[at] == "del" or lower[at + 1:at + 2] not in (["la"], ["el"], ["los"], ["las"]) else 2
    return at < len(lower) and s.tokens[at][:1].isupper()
