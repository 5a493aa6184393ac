"""Quotation marks within one paragraph."""

import pytest

from search.speakers.quote_marks import quoted, scan, stray_closer


@pytest.mark.parametrize("text, expected, awaited", [
    ("Dijo: «No vendré.", None, "»"),
    ("»Y además, nadie vino.»", "»", None),  # a continuation mark opens the paragraph and closes nothing
    ("Lo dijo así: “Basta”.", None, None),
    ("Sin comillas aquí.", None, None),
    ('"Empezó con comillas rectas y cerró con curvas”, dijo.', None, None),
])
def test_scan_awaited_mark(text, expected, awaited):
    assert scan(text, expected)[0] == awaited


@pytest.mark.parametrize("text, closer", [('¡Sí!", exclamó.', '"'), ("Nada más”, agregó.", "”"),
                                          ("Dijo «sí».", None), ("Sin marcas.", None)])
def test_stray_closer(text, closer):
    assert stray_closer(text) == closer


def test_quoted_tokens():
    tokens = ["Dijo", ":", "«", "No", "vendré", "»", "."]
    assert quoted(tokens, None) == [False, False, False, True, True, False, False]
    assert quoted(["»", "Además", "no", "»"], "»") == [True, True, True, False]
