"""Untrusted input made safe: terminal controls read as spaces or removed, and JSON lines
decoded without a crash.

Documents and wire feeds come from anywhere. Their text must never drive the terminal
that shows it (`ESC [2J` clears it, `ESC ] 0;… BEL` sets its title, OSC 52 writes the
clipboard) nor a spreadsheet, and one malformed JSON line must cost that line only. A
document's and a query's controls separate words, as a space does (controls_as_spaces);
what is printed from an index built before that loses them (without_controls).

>>> without_controls("Texto \\x1b[31mROJO\\x1b[0m y \\x9b31m C1\\x07 fin")
'Texto ROJO y  C1 fin'
>>> controls_as_spaces("palabra\\x00otra \\x1b[31mROJO\\x1b[0m vacu\\u202ena")
'palabra otra  ROJO  vacuna'
>>> without_controls("pague \\u202eorcim\\u202c hoy")
'pague orcim hoy'
>>> decode_json_line('{"a": ' + '[' * 5000 + ']' * 5000 + '}')
(None, 'JSON demasiado anidado', [])
"""

import json
import sys

from search.text.folding import readable
from search.text.patterns import LazyPattern

# ECMA-48 escape sequences, as terminals read them: a CSI (`ESC [` or C1 0x9B) with its
# parameters and final byte; an OSC, DCS, SOS, PM or APC string up to its BEL or ST
# terminator (bounded: an unterminated one loses its introducer only, not the text after
# it); any other escape with its intermediate and final bytes.
ESCAPE_SEQUENCE = LazyPattern(
    "(?:\x1b\\[|\x9b)[0-?]*[ -/]*[@-~]"
    "|(?:\x1b[\\]PX^_]|[\x90\x98\x9d\x9e\x9f])[^\x07\x1b\x9c\n]{0,4096}(?:\x07|\x1b\\\\|\x9c)"
    "|\x1b[ -/]*[0-~]")
# C0 but tab and newline, DEL, and C1.
CONTROL = LazyPattern("[\x00-\x08\x0b-\x1f\x7f-\x9f]")
# Bidirectional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069): invisible, they
# reorder what follows them on the page and on a terminal that does bidi, so a text can show words
# in another order than the one searched («Trojan Source», CVE-2021-42574). Arabic and Hebrew need
# none of them; the marks U+200E and U+200F are dropped as invisible (folding.INVISIBLE). Removed,
# not counted as binary (control_count): a text may carry many.
BIDI = "\u202a-\u202e\u2066-\u2069"
REMOVED = LazyPattern(f"[\x00-\x08\x0b-\x1f\x7f-\x9f{BIDI}]")
# Controls that break a line in a plain text (vertical tab is Word's manual line break;
# form feed a page; NEL, the separators of lines and paragraphs): str.splitlines breaks at them.
BREAKS = LazyPattern("[\x0b\x0c\x1c-\x1e\x85\u2028\u2029]")
SURROGATE = LazyPattern("[\ud800-\udfff]")
# The same, and carriage returns: a JSON string's `\r` or `\f` parts words as `\n` does (a
# file's are made newlines as it is decoded, ingest/encodings.py).
STRING_BREAKS = LazyPattern("\r\n?|[\x0b\x0c\x1c-\x1e\x85\u2028\u2029]")


def without_controls(text: str) -> str:
    """Return text without escape sequences, control characters but tab and newline, and
    bidirectional overrides (BIDI).

    Whatever is left of a sequence a terminal would not obey either is removed too.
    """
    if text.isprintable():  # the usual case, and cheap
        return text
    return REMOVED.sub("", ESCAPE_SEQUENCE.sub("", text))


ANY_CONTROL = LazyPattern(f"[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029{BIDI}]")


def plain_text(text: str) -> str:
    """Return a plain text's lines with line-breaking controls as newlines, the rest as
    spaces (controls_as_spaces)."""
    if not ANY_CONTROL.search(text):  # the usual file: one scan, a twelfth of the work
        return text
    return controls_as_spaces(BREAKS.sub("\n", text))


# Controls in a document, or typed or pasted into a query or a filter, separate its words, as a
# space does: nobody writes a NUL, a bell or a C1 control inside a word, and Unicode's word
# boundaries (UAX #29, which Lucene's StandardTokenizer and Elasticsearch follow) break at every
# control (category Cc). Documents and queries read them alike, so a word pasted from one finds
# the other. Format characters (Cf: soft hyphen, zero-width joiners, direction marks, bidi
# overrides) are no boundary there; they are removed from both (REMOVED here, folding.INVISIBLE).
TYPED_CONTROL = LazyPattern("[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029]")
# The escape sequences a terminal's output pastes whole: CSI after `ESC [`, or after C1 0x9B with
# at least one parameter (`\x9b31m`); OSC, DCS… strings to their terminator; `ESC ( B` and its
# kin. A lone ESC before a letter is a control, not a sequence: `china\x1brusia` keeps its `r`.
TYPED_ESCAPE = LazyPattern(
    "\x1b\\[[0-?]*[ -/]*[@-~]|\x9b[0-?]+[ -/]*[@-~]"
    "|(?:\x1b[\\]PX^_]|[\x90\x98\x9d\x9e\x9f])[^\x07\x1b\x9c\n]{0,4096}(?:\x07|\x1b\\\\|\x9c)"
    "|\x1b[ -/]+[0-~]")


def controls_as_spaces(text: str) -> str:
    """Return a document's, a query's or a filter's text with escape sequences and control
    characters but tab and newline as spaces, bidirectional overrides (BIDI) removed.

    >>> controls_as_spaces("china\\x00rusia \\x1b[31mvacuna\\x1b[0m \\u202eOMS\\u202c")
    'china rusia  vacuna  OMS'
    """
    if text.isprintable():  # the usual query or line, and cheap
        return text
    return REMOVED.sub("", TYPED_CONTROL.sub(" ", TYPED_ESCAPE.sub(" ", text)))


def typed_words(text: str) -> str:
    """Return a filter's or a page parameter's text as a query's words are read (controls_as_spaces,
    then folding.readable: invisible marks dropped, fullwidth letters plain), its words between
    single spaces (the search's filters and the page's echo of them agree). A direction mark
    pasted with a date (`\\u200f2020-04`, from a right-to-left page) or a soft hyphen inside a
    name is no part of it, as it is none of a document's word.

    >>> typed_words("  Sergey\\x00Lavrov\\t "), typed_words("\\u200f2020-04"), typed_words("La\\u00advrov")
    ('Sergey Lavrov', '2020-04', 'Lavrov')
    """
    return " ".join(readable(controls_as_spaces(text)).split())


def control_count(text: str) -> int:
    """Return how many control characters text holds that no text carries on purpose.

    Line ends (CR too) and page breaks and whole escape sequences (colours pasted from a terminal) are
    not counted: what is left is what binary data is made of.
    """
    return len(CONTROL.findall(ESCAPE_SEQUENCE.sub("", BREAKS.sub("", text.replace("\r", "")))))


def json_string(value: str) -> str:
    """Return a decoded JSON string safe to store: lone surrogates as U+FFFD, line breaks as
    newlines, other controls as spaces (controls_as_spaces).

    JSON may escape half of a UTF-16 pair (`"\\ud800"`), as text cut by a program that
    counts UTF-16 units leaves it; no UTF-8 file or terminal can hold one.

    >>> json_string("Madrid\\rBarcelona\\fSevilla\\x85Bilbao\\x07Cádiz")
    'Madrid\\nBarcelona\\nSevilla\\nBilbao Cádiz'
    """
    return controls_as_spaces(string_lines(SURROGATE.sub("\ufffd", value)))


def string_lines(value: str) -> str:
    """Return a string with each of its line breaks (CR LF, CR, form feed, NEL…) as a newline."""
    return value if value.isprintable() else STRING_BREAKS.sub("\n", value)


class Unusable(str):
    """A JSON number or constant that decodes to no usable value: NaN, ±Infinity, 1e999999,
    an integer of more digits than Python converts. Kept as the text it was written as."""


def _decoder(found):
    """Return a JSON decoder that turns unusable numbers into Unusable, noting them in found."""

    def unusable(written):
        found.append(Unusable(written))
        return found[-1]

    def integer(written):
        return unusable(written) if len(written.lstrip("-")) > MAX_DIGITS else int(written)

    def real(written):
        value = float(written)
        return unusable(written) if value in (float("inf"), float("-inf")) else value

    return json.JSONDecoder(strict=False,  # a raw tab inside a string: real exports have them
                            parse_constant=unusable, parse_float=real, parse_int=integer)


MAX_DIGITS = getattr(sys, "get_int_max_str_digits", lambda: 0)() or 10**9


def decode_json_line(line: str):
    """Return (value, why, unusable) for a line of JSON; never raises.

    `why` is None, or in Spanish why the line is no JSON (a nesting deeper than Python's
    recursion allows included); `unusable` lists the values JSON can't mean that the line
    held (`NaN`, `Infinity`, `1e999999`, an integer of thousands of digits), each decoded
    as an Unusable string.
    """
    found = []
    try:
        return _decoder(found).decode(line), None, found
    except json.JSONDecodeError as error:  # json's own words are English: say where, in Spanish
        return None, f"no es JSON válido (columna {error.colno})", []
    except RecursionError:
        return None, "JSON demasiado anidado", []
    except ValueError:
        return None, "no es JSON válido", []
