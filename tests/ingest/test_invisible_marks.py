"""Documents and queries drop the same invisible marks, so a word pasted from a document finds it."""

import pytest

from search.ingest.formats import read_path
from search.query.lexer import normalized


@pytest.mark.parametrize("mark", ["\u00ad", "\u200b", "\u200c", "\u200d", "\u200e", "\u200f", "\u2060", "\u2061",
                                  "\ufeff"])
def test_a_document_and_a_query_drop_the_same_invisible_marks(tmp_path, mark):
    (tmp_path / "nota.txt").write_text(f"La vacu{mark}na llegó a Lima.\n", encoding="utf-8")
    (document,) = read_path(tmp_path / "nota.txt", tmp_path)
    assert document.paragraphs == ["La vacuna llegó a Lima."]
    assert normalized(f"vacu{mark}na") == "vacuna"
