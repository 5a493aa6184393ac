"""Lucene's and Elasticsearch's query_string modifiers: `word~N`, `word^N`, `"phrase"~N`.

    salud~  salud~1  salud~2     a fuzzy word (Damerau edits); ~0 is the word as typed
    salud~5                      at most 2 edits, as Lucene's FuzzyQuery: clamped, and said
    salud^2  "salud pública"^2   a boost: its matches score twice
    (salud vacuna)^2             a group's boost applies to each of its words
    "salud pública"~3            a sloppy phrase: its words in order, with up to 3 other
                                 words between them in all

A modifier that can't be read (`salud~x`, `salud^`, `(a b)~2`) is said and ignored, and
the word searched without it: never a word of its own, nor a fallback to typos.
"""

from search.query.nodes import Node
from search.settings import MAX_BOOST, MAX_FUZZY_EDITS, MAX_PHRASE_SLOP
from search.text.patterns import LazyPattern

# The modifiers glued at the end of a word, phrase or group: `~`, `~2`, `^2`, `^1.5`, in
# any order; what follows a `~` or `^` up to the next one is its value, maybe unreadable.
MODIFIER = r"[~^][^\s~^()\"“”«»„]*"  # one modifier: its sign, its value up to a space, quote or parenthesis
TAIL = LazyPattern(rf"(?:(?<!\\){MODIFIER})+$")  # `salud\~2` is text (lexer.py)
PART = LazyPattern(r"([~^])([^~^]*)")
NUMBER = LazyPattern(r"^\d+(?:[.,]\d+)?$")


class Modifiers(Node):
    """What the modifiers of one clause say: edits of a word or slop of a phrase, and boost."""

    def __init__(self, fuzzy: int = 0, boost: float = 1.0, messages: list | None = None):
        self.fuzzy = fuzzy  # a word's edits (0: as typed), or a phrase's slop
        self.boost, self.messages = boost, [] if messages is None else messages


def split_tail(value):
    """Return (value, its modifiers' text): `salud~2^3` is (`salud`, `~2^3`).

    A value made only of modifiers (`~`, `^2`) has no word to modify: it is returned whole,
    with no tail, and the analyzer finds nothing in it.
    """
    match = TAIL.search(value)
    if not match or match.start() == 0:
        return value, ""
    return value[:match.start()], match.group()


def read(typed, tail, kind):
    """Return the Modifiers of a clause typed as `typed` (for messages) with `tail`.

    `kind` is "word" (fuzzy and boost), "phrase" (slop, read into `fuzzy`, and boost) or
    "group" (boost only).
    """
    found = Modifiers()
    for sign, value in PART.findall(tail):
        if sign == "^":
            found.boost = _boost(typed, value, found.messages)
        elif kind == "group":
            found.messages.append(f"«~{value}» tras un paréntesis se ignoró: «~» va tras una "
                                  "palabra (salud~) o una frase (\"salud pública\"~3).")
        elif kind == "phrase":
            found.fuzzy = _count(typed, value, MAX_PHRASE_SLOP, found.messages, slop=True)
        else:  # `salud~` alone is one edit, as it always was here
            found.fuzzy = _count(typed, value, MAX_FUZZY_EDITS, found.messages, slop=False) \
                if value else 1
    return found


def _count(typed, value, most, messages, slop):
    """Return the number after a `~` (0 when there is none or it can't be read), at most `most`."""
    what = "palabras de separación" if slop else "errores de escritura"
    if not (value.isascii() and value.isdigit()):  # not `²`, `①`: int() refuses them
        if value:
            messages.append(f"«{typed}»: tras «~» va un número de {what} (0 a {most}); "
                            f"se ignoró «~{value}».")
        return 0
    number = int(value)
    if number > most:
        messages.append(f"«{typed}»: se admiten {most} {what} como máximo; se usaron {most}.")
        return most
    return number


def _boost(typed, value, messages):
    """Return the boost after a `^` (1.0 when it can't be used, said)."""
    number = float(value.replace(",", ".")) if NUMBER.match(value) else None
    if number is None and value:  # `1e308`, `inf`, `-3`: Lucene's boost is digits, maybe a decimal part
        messages.append(f"«{typed}»: tras «^» va un número escrito con cifras, mayor que 0 y "
                        f"hasta {MAX_BOOST:g} (salud^2, salud^1,5); «{value}» no lo es y se ignoró.")
        return 1.0
    if number is None or number <= 0:
        messages.append(f"«{typed}»: tras «^» va un número mayor que 0 (salud^2); se ignoró.")
        return 1.0
    if number > MAX_BOOST:
        messages.append(f"«{typed}»: el realce máximo es ^{MAX_BOOST:g}; se usó ese.")
        return float(MAX_BOOST)
    return number


def apply(clause, tail, kind, messages):
    """Return a phrase or group clause (parser.py) with the modifiers of `tail` applied.

    `kind` is "phrase" or "group"; what can't be used goes to `messages`.
    """
    if clause is None or not hasattr(clause, "boost"):  # a date, an empty phrase
        messages.append(f"«{tail}» se ignoró: solo modifica palabras, frases y grupos.")
        return clause
    typed = (f'"{clause.text}"' if kind == "phrase" else "(…)") + tail
    found = read(typed, tail, kind)
    messages.extend(found.messages)
    clause.boost = found.boost
    if kind == "phrase":
        clause.slop = found.fuzzy
    return clause

