"""How a document writes a lone name, in its whole text: after an office only a body has (`la directora de
Oxfam`), after a given name (`Alfredo del Mazo`), after a lower-case article (`de la Profeco`). The kind of a voice
(search.speakers.voices) reads these answers; each is a scan of the text, which DocumentVoices asks once per word.

>>> text = "Habló la directora de Oxfam.\\nLo dijo Alfredo del Mazo.\\nSegún datos de la Profeco, sube."
>>> after_office(text, "Oxfam"), after_given_name(text, "Mazo"), after_article(text, "Profeco")
(True, True, True)
>>> after_article(text, "Mazo")
False
"""

import re

from search.text import folding
from search.text.names import is_given_name

ARTICLES = frozenset({"el", "la", "los", "las", "del", "al"})
# The particles a voice's name is read without (`De la Cruz`: Cruz; `Da Silva`: Silva): the one list, whole (it was
# `de del la y`; the whole list changes no line of any set nor of the 165k corpus, round 15b).
NAME_PARTICLES = folding.NAME_PARTICLES


def _same_paragraph(text: str, at: int, reach: int) -> str:
    """Return the text of at most reach characters before at, back to the start of its paragraph (a line break):
    what a name is written after is read in its own paragraph, never at the end of the one before."""
    start = max(0, at - reach)
    return text[max(start, text.rfind("\n", start, at) + 1):at]


def _particle(before: list[str]) -> bool:
    """Tell whether the words before a name end in a particle of a person's name (`Alfredo del`, `Óscar de la`)."""
    if before[-2:-1] == ["De"] or before[-1] == "Del":
        return True  # `De la Vega afirmó`: the name's own particle opens the sentence
    name = before[-2:-1] if before[-1] == "del" else before[-3:-2] if before[-2:-1] == ["de"] else []
    return bool(name) and name[0][:1].isupper()


# Offices that only a body has, before its name (`el director de Oxfam`, `la presidenta de Coparmex`); not a
# spokesperson, a lawyer or a manager, whom a person has too (`el portavoz de Daddy Yankee`).
OFFICES_OF = r"\b(?:[Pp]residenta?|[Dd]irector(?:a|es)?|[Ff]undador(?:a|es)?|[Gg]erente|[Ss]ecretari[oa] general|" \
    r"[Cc]onsejer[oa] delegad[oa]|[Dd]irectiv[oa]s?|[Aa]ccionistas)\s+(?:de|del)\s+(?:la\s+|el\s+)?"
OFFICE_BEFORE = re.compile(OFFICES_OF + r"\Z")  # ending where the name starts
OFFICE_CHARS = 60  # what OFFICES_OF can span, and more
NEXT_CAPITAL = re.compile(r"[ -]*[A-ZÁÉÍÓÚÑ]")  # the name goes on: `Grupo Salinas`
NICKNAMING = frozenset("como alias apodado apodada llamado llamada conocido conocida".split())


def after_office(text: str, word: str) -> bool:
    """Tell whether the document writes a lone name after an office only a body has (`la directora de Oxfam`),
    not as the start of a longer name (`el presidente de Grupo Salinas`)."""
    at = text.find(" " + word)
    while at >= 0:
        end = at + 1 + len(word)
        if not text[end:end + 1].isalnum() and not NEXT_CAPITAL.match(text, end) \
                and OFFICE_BEFORE.search(_same_paragraph(text, at + 1, OFFICE_CHARS)):
            return True
        at = text.find(" " + word, at + 1)
    return False


def after_given_name(text: str, word: str) -> bool:
    """Tell whether the document writes word after a given name, maybe with a particle or another name between
    (`Alfredo del Mazo`, `Ana Gil`, `José Luis Ábalos`)."""
    at = text.find(" " + word)
    while at >= 0:
        if not text[at + 1 + len(word):at + 2 + len(word)].isalnum():
            before = [token for token in _same_paragraph(text, at, 40).split()[-4:] if token not in NAME_PARTICLES]
            if any(is_given_name(token) for token in before[-2:]):
                return True
        at = text.find(" " + word, at + 1)
    return False


def after_article(text: str, word: str) -> bool:
    """Tell whether the document writes a lone name after a lower-case article inside a sentence (`de la
    Profeco`, `el Conacyt informó`), never as a nickname (`conocido como el Bronco`, `Saúl "el Canelo"`) nor as
    a name's particle (`Alfredo del Mazo`, `Guy de la Ferronière`)."""
    at = text.find(" " + word)
    while at >= 0:
        end = at + 1 + len(word)
        before = _same_paragraph(text, at, 30).split()
        if before and before[-1] in ARTICLES and not text[end:end + 1].isalnum() and not _particle(before) \
                and text[end:end + 1] not in "'’\"»”" and (len(before) < 2 or before[-2] not in NICKNAMING):
            return True
        at = text.find(" " + word, at + 1)
    return False


def joined_by_ampersand(text: str, word: str) -> bool:
    """Tell whether the document joins the name to another with `&` (`Johnson & Johnson`, `Procter & Gamble`,
    `Ruiz & Asociados`): a firm's, as no person's name is written so."""
    return re.search(rf"(?<![\w&]){re.escape(word)}\s*&\s*[A-ZÁÉÍÓÚÑ]|[\w.]\s*&\s*{re.escape(word)}(?!\w)",
                     text) is not None
