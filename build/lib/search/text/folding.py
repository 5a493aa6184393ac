"""Folding: the two ways text is compared without its accents.

- `fold` is for search terms. It removes the accents Spanish writers often leave out
  (`política` and `politica` meet) and keeps `ñ`, which makes another word (`año` is
  not `ano`).
- `fold_name` and `speaker_key` are for people's names. They drop every mark, `ñ`
  included, and the case: a name is one person however a transcript wrote it
  (`ALOMIA`, `Alomía`), and a name with `ñ` typed without it is still that person.

>>> fold("Cooperación año")
'Cooperacion año'
>>> speaker_key("JOSÉ LUIS ALOMIA ZEGARRA") == speaker_key("José Luis Alomía Zegarra")
True
"""

import re
import unicodedata
from functools import lru_cache

ACCENT_FOLDING = str.maketrans("áéíóúüàèìòùâêîôûäëïö", "aeiouuaeiouaeiouaeio")
NAME_SEPARATORS = re.compile(r"[\s\-‐‑–]+")


def fold(text: str) -> str:
    """Return text without the accents Spanish writers leave out; ñ and case are kept."""
    return text.translate(ACCENT_FOLDING)


def fold_name(text: str) -> str:
    """Return text without any diacritic (ñ included) and in lower case."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


@lru_cache(maxsize=65536)
def speaker_key(name: str) -> str:
    """Return the key that merges spellings of one name: folded, one space between words.

    Hyphens count as spaces, so `López-Gatell` and `López Gatell` are one key.
    """
    return " ".join(NAME_SEPARATORS.split(fold_name(name).strip(" .,;:")))
