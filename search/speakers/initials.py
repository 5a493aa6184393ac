"""Initials written glued, as one token (`K.P. Maurya`, `S.P. Chaudhary`, `J.R.R. Tolkien`): the given names of a
person that many Indian, English and American names are written with, in the wires that Spanish papers translate.

Tokenised, `K.P.` is one word `K.P` and a full stop; a splitter that saw a full stop after a word of more than one
letter cut the sentence there (`…, K.P.` | `Maurya, dijo…`), and a name's run, which takes an initial only as a lone
capital letter (`David A. Semonian`), began at the surname or missed the name. Here such a token counts as an
initial: before a name word, it ends no sentence and opens or goes on with the name's run, and the name is written
with it (`K.P. Maurya`). The abbreviations of countries and companies written so (`U.S.`, `S.A.`, `D.C.`) are none.

>>> glued_initials("K.P"), glued_initials("J.R.R"), glued_initials("EE.UU"), glued_initials("S.A")
(True, True, False, False)
"""

import re

# Two or three capital letters joined by full stops (`J.R.R.`), the last one's stop a token of its own; four or more
# are an acronym's (`E.A.A.O.`, `R.N.V.N.`).
GLUED_INITIALS = re.compile(r"[A-Z](?:\.[A-Z]){1,2}")
# Abbreviations of the same shape that name a country, a city, a company's legal form, a club, a school or an era,
# not a person: a name word after them (`U.S. Immigration`, `U.D. Almería`, `I.E. Alfonso López`, the Colombian
# `Institución Educativa`) is no surname.
NOT_INITIALS = frozenset("U.S U.S.A U.K E.U D.C D.F N.Y L.A S.A S.L S.C A.C S.A.S C.A S.R.L P.D R.D A.D J.C D.C.V "
                         "I.P.S E.S.E U.D C.D S.D C.F A.D I.E E.P.S I.P.S C.P S.E".split())


def glued_initials(token: str) -> bool:
    """Tell whether a token is a name's initials written glued (`K.P`, the full stop after it a token of its own),
    not an abbreviation of the same shape (NOT_INITIALS)."""
    return len(token) >= 3 and GLUED_INITIALS.fullmatch(token) is not None and token not in NOT_INITIALS


def initials_before_name(tokens: list[str], index: int, is_name_word) -> bool:
    """Tell whether tokens[index] is glued initials with their full stop after them and a name word (is_name_word
    tells) after that: `K.P` `.` `Maurya`."""
    return glued_initials(tokens[index]) and tokens[index + 1:index + 2] == ["."] \
        and index + 2 < len(tokens) and is_name_word(tokens[index + 2])
