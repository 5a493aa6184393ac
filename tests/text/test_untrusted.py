"""Tests for search.text.untrusted: terminal controls removed, JSON lines decoded without a crash."""

import pytest

from search.text.untrusted import (
    Unusable,
    control_count,
    controls_as_spaces,
    decode_json_line,
    plain_text,
    without_controls,
)

CONTROLS = [
    ("Texto \x1b[2J\x1b[31mROJO\x1b[0m fin", "Texto ROJO fin"),  # CSI: clear, colours
    ("Titulo \x1b]0;HACKED\x07 limpio", "Titulo  limpio"),  # OSC ended by BEL: window title
    ("a \x1b]52;c;Y29weQ==\x1b\\ b", "a  b"),  # OSC 52 ended by ST: the clipboard
    ("y \x9b31m C1", "y  C1"),  # C1 CSI
    ("\x9d0;titulo\x9c resto", " resto"),  # C1 OSC and ST
    ("Ana \x1b[5mParpadeo\x1b[0m", "Ana Parpadeo"),
    ("sin fin \x1b]0;título que sigue", "sin fin 0;título que sigue"),  # unterminated: the text stays
    ("campana\x07 y nulo\x00 y DEL\x7f", "campana y nulo y DEL"),
    ("con\ttabulador\ny línea", "con\ttabulador\ny línea"),
    ("año cooperación «ñ» — €", "año cooperación «ñ» — €"),
]


@pytest.mark.parametrize("text, clean", CONTROLS)
def test_controls_and_escape_sequences_are_removed(text, clean):
    assert without_controls(text) == clean


@pytest.mark.parametrize("text, lines", [
    ("Texto de Word\vcon saltos\vmanuales", ["Texto de Word", "con saltos", "manuales"]),
    ("página uno\x0cpágina dos", ["página uno", "página dos"]),
    ("línea\u2028separada\x85así", ["línea", "separada", "así"]),
])
def test_breaks_in_a_plain_text_break_its_lines(text, lines):
    assert plain_text(text).split("\n") == lines


@pytest.mark.parametrize("text, count", [
    ("Lima.- Texto\vcon saltos\vmanuales sobre la quinua.", 0),
    ("Texto \x1b[31mROJO\x1b[0m sobre la quinua.", 0),
    ("línea\r\nde Windows", 0),
    ("\x01\x02\x03 datos binarios \x04", 4),
])
def test_only_what_binary_data_holds_counts_as_control(text, count):
    assert control_count(text) == count


@pytest.mark.parametrize("line, why", [
    ('{"a": ' + "[" * 5000 + "]" * 5000 + "}", "JSON demasiado anidado"),
    ("[" * 100000, "JSON demasiado anidado"),
    ('{"a": }', "no es JSON válido (columna 7)"),
    ('{"a": "\\x"}', "no es JSON válido (columna 8)"),
])
def test_a_line_that_is_no_json_says_why_and_never_raises(line, why):
    assert decode_json_line(line) == (None, why, [])


@pytest.mark.parametrize("written", ["NaN", "Infinity", "-Infinity", "1e999999", "-1E400", "9" * 5000])
def test_values_json_cannot_mean_are_unusable_and_listed(written):
    value, why, odd = decode_json_line(f'{{"x": {written}, "text": "bien"}}')
    assert why is None and value["text"] == "bien"
    assert isinstance(value["x"], Unusable) and value["x"] == written and odd == [written]


def test_usable_numbers_and_raw_tabs_decode_as_json_says():
    value, why, odd = decode_json_line('{"n": 12, "f": 1.5e3, "big": ' + "9" * 400 + ', "t": "a\tb"}')
    assert (value["n"], value["f"], value["t"], why, odd) == (12, 1500.0, "a\tb", None, [])
    assert value["big"] == int("9" * 400)


@pytest.mark.parametrize("typed, read", [
    ("china\x00rusia", "china rusia"),
    ("salud\x07\x7fpública", "salud  pública"),
    ("\x1b[31mvacuna\x1b[0m", " vacuna "),  # a sequence goes whole
    ("china\x1brusia", "china rusia"),  # a lone ESC before a letter is no sequence
    ("china\x9brusia", "china rusia"),
    ("\x9b31mLavrov", " Lavrov"),
    ("\x1b]0;título\x07China", " China"),
    ("pague \u202eorcim\u202c hoy", "pague orcim hoy"),  # bidi overrides: format, no boundary
    ("vacu\u00adna", "vacu\u00adna"),  # left for folding.readable, as documents
    ("año cooperación", "año cooperación"),
])
def test_typed_controls_separate_words(typed, read):
    assert controls_as_spaces(typed) == read
