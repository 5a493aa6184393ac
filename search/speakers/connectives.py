"""Connectives that open a sentence by turning to another speaker than the person followed.

>>> turns_away("en cambio , el candidato soltó que no".split()), turns_away("por otro lado , el candidato".split())
(True, False)
"""

# A sentence that opens with these turns to someone else than the person followed (`En respuesta, el candidato…`,
# `En cambio, la diputada…`, `Mientras tanto, el ministro…`); not those that add to what the same speaker says
# (`Por otro lado`, `Por otra parte`, `Además`, `Asimismo`). `A su vez` is `por su parte` (DLE, s.v. vez). Set off
# by commas after the subject, they turn too (`El alcalde, en cambio, respondió…`).
TURNS = frozenset(tuple(turn.split()) for turn in (
    "en respuesta", "como respuesta", "por su parte", "de su lado", "a su vez", "a su turno", "en cambio",
    "por el contrario", "en contraste", "en contraposición", "mientras tanto", "en tanto", "entretanto"))
TURN_REACH = 12  # tokens: `El secretario de Hacienda, en cambio, …`
NEEDS_COMMA = frozenset({("en", "tanto")})
COMPLEMENTS = frozenset({"de", "del", "que"})  # but `En respuesta a la carta de X, el ministro…` still turns


def turns_away(lower: list[str]) -> bool:
    """Tell whether a sentence (its lower-case tokens) turns to another speaker than the person followed: it opens
    with a turn (TURNS), or sets one off by commas among its first TURN_REACH tokens."""
    starts = [0] + [at + 1 for at, word in enumerate(lower[:TURN_REACH]) if word == ","]
    return any(tuple(lower[at:at + n]) in TURNS and _closed(tuple(lower[at:at + n]), lower[at + n:at + n + 1])
               for at in starts for n in (1, 2, 3))


def _closed(turn: tuple[str, ...], after: list[str]) -> bool:
    """Tell whether the words after a turn leave it a connective: a comma, or a subject (`En cambio el candidato…`),
    not a noun's complement (`en cambio de planes`); `en tanto` only before a comma (`en tanto dure`: as long
    as)."""
    return after == [","] or turn not in NEEDS_COMMA and bool(after) and after[0] not in COMPLEMENTS
