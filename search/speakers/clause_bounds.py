"""Where a verb's clause starts: back from the verb to a boundary (`;`, `:`, `que`, a quotation mark), over a bracket
or a short quoted term inside a phrase (`El Ministerio de Salud (Minsa) informó`), and over a relative clause set off
by commas (`X, que convocó… tras el sismo que sacudió Noto, pidió…`).

>>> clause_start("el ministro , que llegó ayer , dijo".split(), 6)  # left: the word before the verb
(-1, (2, 7))
"""

import re

from search.speakers import lexicon as lex
from search.speakers.governed import PRETERITE
from search.speakers.mentions import BOUNDARIES, QUOTES
from search.speakers.sentences import DASHES

RELATIVES = frozenset({"que", "quien", "quienes"})
PARTICIPLES = ("ado", "ido", "to", "cho")  # `ha llegado`, `haya fallecido`, `había muerto`, `ha dicho`
APPOSITION = 10  # tokens from the comma that opens an apposition to the relative inside it
ASKED = re.compile(r"^(?:pregunt|consult|cuestion|interrog)ad[oa]s?$")  # `Preguntado por X, …`: see asked_about
# Words that open a fronted comparison with a person (`Al igual que X, …`, `Como X, …`): see compared_with.
COMPARISONS = (["al", "igual", "que"], ["igual", "que"], ["lo", "mismo", "que"], ["como"])
OPENING_MARKS = frozenset({",", ";", ":", "(", "«", "“", '"'})  # what a fronted comparison may follow


def other_verb(lower: list[str], start: int, end: int, skipped: tuple[int, int] | None) -> bool:
    """Tell whether a past-tense verb stands between a name and the reporting verb (`Abe murió…, informó`)."""
    return last_past(lower, start, end, skipped) >= start


def last_past(lower: list[str], start: int, end: int, skipped: tuple[int, int] | None) -> int:
    """Return the index of the last past-tense verb from start to end, outside skipped, else -1: found once for a
    verb, other_verb is `last_past >= start` for each name before it (asking each name again was cubic in a
    sentence's verbs)."""
    for index in range(end, start - 1, -1):
        word = lower[index]
        if (word.endswith(PRETERITE) and len(word) > 3 or compound_tense(lower, index, end)) \
                and not (skipped and skipped[0] <= index < skipped[1]):
            return index
    return -1


def compound_tense(lower: list[str], index: int, end: int) -> bool:
    """Tell whether an auxiliary and its participle stand at index, before end (`lamentó que el actor haya fallecido,
    pero señaló…`: the name is the subject of `haya fallecido`, not of the verb after it)."""
    return lower[index] in lex.AUXILIARIES and index < end and lower[index + 1].endswith(PARTICIPLES)


CLOSERS = {")": "(", '"': '"', "'": "'", "”": "“", "»": "«", "’": "‘"}


def aside(lower: list[str], close: int) -> int | None:
    """Return where a bracket or a short quoted term that closes at close opens, inside a phrase; else None."""
    opener = CLOSERS.get(lower[close])
    if opener is None:
        return None
    for index in range(close - 1, max(-1, close - 8), -1):
        word = lower[index]
        if word == opener:
            embedded = index > 0 and lower[index - 1] not in BOUNDARIES and lower[index - 1] not in ",.;:"
            return index if embedded or opener == "(" else None
        if word in ",.;:" or (word in QUOTES and opener != "("):
            return None
    return None


DASH_ASIDE = 20  # tokens inside an aside set off by dashes (`X, del partido Y -la segunda fuerza del país- denuncia`)
ASIDE_BREAKS = frozenset(".!?;:«»“”\"")


def dash_aside(tokens: list[str], close: int) -> int | None:
    """Return where an aside set off by dashes that closes at close (a dash right before a verb) opens, inside a
    sentence: the opening dash follows a word, and the aside opens in lower case with no sentence mark in it (`Gil,
    del partido Verde -la segunda fuerza del país- denuncia…`); else None. Not a novel's `—No —terminó la jueza`: its
    first dash opens the line. tokens: the sentence's tokens as written."""
    if tokens[close] not in DASHES:
        return None
    for index in range(close - 1, max(0, close - DASH_ASIDE), -1):
        token = tokens[index]
        if token in DASHES:
            inside = tokens[index + 1:close]
            return index if inside and inside[0][:1].islower() and tokens[index - 1][:1].isalnum() else None
        if token in ASIDE_BREAKS:
            return None
    return None


def clause_start(lower: list[str], left: int) -> tuple[int, tuple[int, int] | None]:
    """Return where the verb's clause starts, and the closed relative clause skipped over."""
    boundary = left
    while boundary >= 0:
        inside = aside(lower, boundary)
        if inside is not None:  # `El Ministerio de Salud (Minsa) informó`, `El nombre de "GAVI" responde`
            boundary = inside - 1
            continue
        if lower[boundary] in BOUNDARIES:
            break
        boundary -= 1
        # `Putin "siempre ha dicho`: a quote opened just before the verb does not end its clause
        if boundary > 0 and lower[boundary] in QUOTES and all(
                word in lex.EMPTY_SUBJECT for word in lower[boundary + 1:left + 1]):
            boundary -= 1
    closed = "," in lower[boundary + 1:left + 1]
    if boundary >= 1 and lower[boundary] in RELATIVES and lower[boundary - 1] == "," and closed \
            and lower[boundary + 1] == ",":
        # `X, quien, según un comunicado, elogió…`: the relative itself is the subject
        close = max(i for i in range(boundary + 1, left + 1) if lower[i] == ",")
        return boundary, (boundary + 1, close + 1)
    if boundary >= 1 and lower[boundary] in RELATIVES and lower[boundary - 1] != "," and closed:
        # `X, que convocó… tras el sismo que sacudió Noto, pidió…`: skip to the outer relative clause
        outer = boundary - 1
        while outer >= 1 and not (lower[outer] in RELATIVES and lower[outer - 1] == ",") \
                and lower[outer] not in (";", ":", "(", ")") and lower[outer] not in QUOTES:
            outer -= 1
        if outer >= 1 and lower[outer] in RELATIVES and lower[outer - 1] == ",":
            boundary = outer
        else:  # `X, la activista que sobrevivió a un atentado, ha anunciado…`: an apposition holds the relative
            comma = next((i for i in range(boundary - 2, max(0, boundary - APPOSITION), -1) if lower[i] == ","), None)
            if comma is not None and lower[comma + 1] in lex.DETERMINERS \
                    and BOUNDARIES.isdisjoint(lower[comma + 1:boundary]):
                close = max(i for i in range(boundary + 1, left + 1) if lower[i] == ",")
                outer = comma - 1
                while outer >= 0 and lower[outer] not in BOUNDARIES:
                    outer -= 1
                return outer, (comma, close + 1)
    if boundary >= 1 and lower[boundary] in RELATIVES and lower[boundary - 1] == "," \
            and closed:
        close = max(i for i in range(boundary + 1, left + 1) if lower[i] == ",")
        outer = boundary - 2
        while outer >= 0 and lower[outer] not in BOUNDARIES:
            outer -= 1
        return outer, (boundary - 1, close + 1)
    return boundary, None


# A sentence that opens with a clause of time, condition or concession: its verb's subject comes after the comma.
SUBORDINATORS = frozenset("cuando aunque si mientras porque pese ya ahora después antes tras luego desde como al "
                          "una apenas".split())
FINITE_ENDINGS = ("ó", "aron", "ieron", "rá", "rán", "ía", "ían", "aba", "aban")  # past, future, imperfect


def main_after_relative(lower: list[str], boundary: int, left: int) -> bool:
    """Tell whether a verb after a restrictive relative clause that has its own verb belongs to the main clause
    (`En una entrevista que emitirá la cadena X el domingo ha contado…`: `emitirá` is the relative's, `ha contado`
    the main clause's), the relative opening at boundary and the verb's words ending at left."""
    if boundary < 1 or lower[boundary] != "que" or lower[boundary - 1] in (",", ":", ";") or left <= boundary + 1:
        return False
    return any(word.endswith(FINITE_ENDINGS) and len(word) > 3 and word.isalpha() for word in lower[boundary + 1:left])


CLITICS = frozenset("no se lo la le los las les ya".split())
PRESENT_ENDINGS = ("a", "e", "an", "en")  # `que trabaja`, `que vive`, `que dirigen`: the relative's present


def present_relative(lower: list[str], boundary: int, left: int) -> bool:
    """Tell whether a restrictive relative opens on a verb in the present (`El joven que trabaja en la tienda
    comentó…`): the first word after `que` (at boundary) and its clitics, with the reporting verb's words (ending at
    left) still after it. Only as evidence that the verb after it is the main clause's when the relative hangs from
    the subject (search.speakers.subjects): `la gente que vive aquí` alone may be a verb's own subject."""
    if boundary < 1 or lower[boundary] != "que" or lower[boundary - 1] in (",", ":", ";") or left <= boundary + 1:
        return False
    start = boundary + 1
    while start < left and lower[start] in CLITICS:
        start += 1
    word = lower[start]
    return start < left and word.isalpha() and len(word) > 3 and word.endswith(PRESENT_ENDINGS) \
        and word not in lex.DETERMINERS and word not in lex.EMPTY_SUBJECT


def asked_about(lower: list[str], start: int, at: int, left: int) -> bool:
    """Tell whether the name at at is what an opening participle asks about (`Preguntado por Bankia, el ministro
    dijo…`, `Consultada sobre X, …`): the participle's complement up to its comma, never the subject."""
    if start + 1 >= at or not ASKED.match(lower[start]) or lower[start + 1] not in ("por", "sobre", "acerca"):
        return False
    return "," in lower[at:left + 1]


def compared_with(lower: list[str], at: int, end: int, left: int) -> bool:
    """Tell whether the name from at to end is what a comparison opening the sentence or a clause sets the subject
    beside (`Al igual que Laura, la comerciante aseguró…`, `Pero, igual que X, ella dijo…`, `Como su hermano, ella
    dijo…`): the comparison's complement up to its comma, never the subject (not `como dijo X`: a verb stands
    between; not `Otros, como X, dijeron`); left: the word before the verb."""
    if lower[end:end + 1] != [","] or end >= left:
        return False
    for words in COMPARISONS:  # read from the name back: `que` may be taken for the start of a clause
        opens = at - len(words)
        if opens >= 0 and lower[opens:at] == words and (
                opens == 0 or lower[opens - 1] in OPENING_MARKS and (words != ["como"] or lower[opens - 1] != ",")):
            return True  # but `Otros, como X y Z, evocaron…`: examples of a plural before them, who speak
    return False
