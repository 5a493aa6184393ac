"""Acronyms a document ties to a person: `AMLO` is Andrés Manuel López Obrador where the document writes his name,
and `la OMS` is no one's.

A person's acronym spells the initials of their name (`Andrés Manuel López Obrador (AMLO)`, `AMLO, como se
conoce a Andrés Manuel López Obrador`), or ends with the initials of the surnames the document gives them, the
given names left out (`El presidente López Obrador…`, then `dijo AMLO`: one or two letters before `LO`), when
the document met that person with a role (introduced). A body's
acronym is written after an article (`la OMS`, `según el INE`) or is one the lexicon knows (`OMS`, `FMI`), and
then it spells nobody's name, whatever letters it shares with a person's.

>>> acronyms = Acronyms(["El presidente López Obrador anunció un plan.", "Lo dijo AMLO.", "Según el INE, no."])
>>> acronyms.surnames("AMLO"), acronyms.surnames("INE")
(['López', 'Obrador'], None)
"""

import re

from search.speakers.lexicon import ORGANISATION_WORDS
from search.speakers.names import FULL_NAME
from search.text.folding import SPANISH_NAME_PARTICLES
from search.text.names import is_given_name

NAME = re.compile(r"\b" + FULL_NAME)
LEFT_OUT = (1, 2)  # letters before the surnames' initials: the given names the document doesn't write
ARTICLES = r"\b(?:[Ee]l|[Ll]a|[Ll]os|[Ll]as|del|al)\s+"


class Acronyms:
    """The acronyms of one document's paragraphs and the names they spell (see the module)."""

    def __init__(self, paragraphs: list[str]) -> None:
        self.paragraphs = paragraphs
        self._spelled: dict[str, list[list[str]]] | None = None
        self._bodies: dict[str, bool] = {}

    def _names(self) -> dict[str, list[list[str]]]:
        """Return {initials: [the distinct names of the document with these initials]} (three letters or more for
        a whole name, two for surnames)."""
        if self._spelled is None:
            spelled: dict[str, list[list[str]]] = {}
            for paragraph in self.paragraphs:
                for match in NAME.finditer(paragraph):
                    words = match.group().split()
                    initials = "".join(word[0] for word in words if word not in SPANISH_NAME_PARTICLES).upper()
                    if len(initials) >= 2 and words not in spelled.setdefault(initials, []):
                        spelled[initials].append(words)
            self._spelled = spelled
        return self._spelled

    def is_body(self, token: str) -> bool:
        """Tell whether token is a body's acronym: one the lexicon knows, or written after an article here."""
        if token not in self._bodies:
            self._bodies[token] = token.lower() in ORGANISATION_WORDS or any(
                re.search(ARTICLES + re.escape(token) + r"\b", paragraph) for paragraph in self.paragraphs)
        return self._bodies[token]

    def full(self, token: str) -> list[str] | None:
        """Return the words of the one name of the document whose initials spell token (`AMLO`), else None."""
        names = self._names().get(token, ()) if len(token) >= 3 else ()
        return list(names[0]) if len(names) == 1 and not self.is_body(token) else None

    def surnames(self, token: str) -> list[str] | None:
        """Return the words of the one name of the document, of surnames only (no given name in it), whose
        initials end token after LEFT_OUT letters (`López Obrador` for `AMLO`), else None."""
        if self.is_body(token):
            return None
        found = [words for left in LEFT_OUT for words in self._names().get(token[left:], ())
                 if len(words) >= 2 and not any(map(is_given_name, words))]
        return list(found[0]) if len(found) == 1 else None


def introduced(surnames: list[str] | None, find) -> bool:
    """Tell whether surnames (Acronyms.surnames) name a person the document met with a role (`el presidente López
    Obrador`): the tie that lets an acronym stand for them. find is People.find. A name with no role met as a
    speaker may be a body's words the document misread (`Quality Management` for `EFQM`)."""
    known = find(surnames) if surnames else None
    return known is not None and bool(known.roles)
