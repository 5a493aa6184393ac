"""Documents and queries drop the same invisible marks, so a word pasted from a document finds it;
a zero-width space between words parts them in both (fix19: `vacuna\u200bllegó` was one word)."""

import pytest

from search.ingest.formats import read_path
from search.query.lexer import normalized


@pytest.mark.parametrize("mark", ["\u00ad", "\u200c", "\u200d", "\u200e", "\u200f", "\u2060", "\u2061", "\ufeff"])
def test_a_document_and_a_query_drop_the_same_invisible_marks(tmp_path, mark):
    (tmp_path / "nota.txt").write_text(f"La vacu{mark}na llegó a Lima.\n", encoding="utf-8")
    (document,) = read_path(tmp_path / "nota.txt", tmp_path)
    assert document.paragraphs == ["La vacuna llegó a Lima."]
    assert normalized(f"vacu{mark}na") == "vacuna"


# The zero-width space parts words, as Unicode means it to (folding.ZERO_WIDTH_SPACE); the
# marks that join or forbid a break (soft hyphen, joiners, word joiner, U+FEFF) keep one word.
# (the text in a document, how it is stored and read as a query)
ZERO_WIDTH = [
    ("La vacuna\u200bllegó a Lima.", "La vacuna llegó a Lima."),  # between words, as a web page writes it
    ("La vacu\u200bna llegó.", "La vacu na llegó."),  # a reader sees two words there too
    ("China\u200b\u200bRusia", "China Rusia"),  # a run is one space
    ("La vacuna\u200b llegó.", "La vacuna llegó."),  # beside a space: no second space
    ("\u200bLa vacuna llegó.", "La vacuna llegó."),  # at an edge
    ("La vacuna\u2060llegó.", "La vacunallegó."),  # a word joiner joins: no break, by its name
    ("La vacu\u00adna llegó.", "La vacuna llegó."),  # a soft hyphen inside a word
    ("La vacuna\u00ad llegó.", "La vacuna llegó."),
]


@pytest.mark.parametrize("text, read", ZERO_WIDTH)
def test_a_zero_width_space_parts_words_and_a_joiner_does_not(tmp_path, text, read):
    (tmp_path / "nota.txt").write_text(text + "\n", encoding="utf-8")
    (document,) = read_path(tmp_path / "nota.txt", tmp_path)
    assert document.paragraphs == [read]
    assert normalized(text) == read
