"""A book's first line that names its author and title (`Emilia Pardo Bazán: Cuentos de amor`): no one's words.

Moved out of labels.py, whose turn labels it resembles in shape only.

>>> author_line(["Emilia Pardo Bazán: Cuentos de amor", "Érase una vez…", "Fin."])
True
"""

import re

from search.speakers.genre import is_short
from search.text.folding import NAME_PARTICLES

# A book's first line that names its author and title (`Emilia Pardo Bazán: Cuentos de amor`, `Alas, Leopoldo:
# Pipá`), as the digital libraries that publish them write it: a name, a colon, a few words with no full stop and
# no quotation marks. In news the same shape is a headline's statement (`Gil: No habrá recortes`), and its body
# names the speaker again; a book is long, or never names its author again.
AUTHOR_LINE = re.compile(r"^\s*[^\W\d_][^:.!?«»“”\"]{1,60}:\s+[^«»“”\"]{1,120}[^\s.!?…:;,]\s*$")
TITLE_WORDS = 16


def author_line(paragraphs: list[str]) -> bool:
    """Tell whether a book opens with its author and title (see AUTHOR_LINE): no one's words."""
    if len(paragraphs) < 2 or not paragraphs[0] or AUTHOR_LINE.match(paragraphs[0]) is None:
        return False
    name, title = paragraphs[0].split(":", 1)
    words = name.replace(",", " ").split()
    if len(title.split()) > TITLE_WORDS or len(words) > 6 \
            or not all(word[:1].isupper() or word in NAME_PARTICLES for word in words):
        return False  # `Habrá elecciones en mayo: el presidente…` names no author
    if not is_short(paragraphs):
        return True  # a book
    surname = re.compile(r"\b" + re.escape(name.split(",")[0].split()[-1]) + r"\b")
    return not any(surname.search(paragraph) for paragraph in paragraphs[1:])
