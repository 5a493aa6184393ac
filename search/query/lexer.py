"""The query language's lexer: query text normalized as documents are read, then tokens.

Tokens are (kind, value) pairs: words (field:value and operators among them), phrases
(quoted text, whatever its quotes), parentheses, a minus (or Lucene's `!`) before a phrase
or a group, and the modifiers glued after a phrase or a group (`"a b"~3`, `(a b)^2`).
The parser (parser.py) reads them into a tree of clauses.
"""

import re
from functools import lru_cache

from search.query.modifiers import MODIFIER
from search.text.folding import readable
from search.text.patterns import LazyPattern
from search.text.untrusted import controls_as_spaces
from search.text.words import joined_acronyms

# The marks a typed word may carry at its edges (`¿cuándo`, `cubrebocas?`, `«vacuna»`, `— Periodista` pasted):
# stripped where a typed word is compared with words of the texts or of speakers' names.
EDGE_MARKS = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~¡¿«»“”‘’…–—•·"
QUOTES = {'"': '"', "“": "”", "«": "»", "„": "“"}

TOKEN = LazyPattern(r"""
    (?P<space>\s+)
  | (?P<open>\()
  | (?P<close>\))
  | (?P<minus>[-!](?=["“«„(]))
  | (?P<quote>["“«„])
  | (?P<stray>[”»])
  | (?P<word>\|\||&&|\||(?:\\.?|(?!&&)[^\s()"“”«»„|\\])+)
""", re.X)  # `||`, `&&` and `|` are words of their own, glued or not (Lucene's OR and AND, and
# simple_query_string's OR); a single `&` glued stays in its word (`AT&T`). A `\` escapes
# the next character, as in Lucene: `\(`, `\-salud`, `C\+\+` are text (clauses.py reads them).
# Modifiers glued after a phrase or a group: `"salud pública"~3`, `(a b)^2` (modifiers.py).
GLUED_MODIFIERS = LazyPattern(rf"(?:{MODIFIER})+")
MAX_DEPTH = 16  # deeper parentheses are ignored (they are never meant)
# Runs that can't mean more than their first few: parentheses deeper than MAX_DEPTH, the same
# operator three times or more in a row, three `~`/`^` or more. Squeezed before a long query is cut,
# so that `((((…salud…))))` or `AND AND … salud` keep their word (parser.py says the rest).
OPERATOR = r"(?:AND|OR|NOT|Y|O|NO|&&|\|\||\||&|!|\+|-)"
OPERATOR_WORDS = frozenset(("AND", "OR", "NOT", "Y", "O", "NO", "&&", "||", "|", "&", "!", "+", "-"))
RUNS = (
    (re.compile(rf"\((?:\s*\(){{{MAX_DEPTH + 1},}}"), "(" * (MAX_DEPTH + 1)),
    (re.compile(rf"\)(?:\s*\)){{{MAX_DEPTH + 1},}}"), ")" * (MAX_DEPTH + 1)),
    (re.compile(rf"(?<!\S)({OPERATOR})(?:\s+\1){{2,}}(?!\S)"), r"\1 \1"),
    (re.compile(r"([~^])([~^])[~^]+"), r"\1\2"),
)


@lru_cache(maxsize=64)  # a search normalizes its text, then parses it, which does again
def normalized(text):
    """Return query text as documents are read: `ｖａｃｕｎａ` is `vacuna` (folding.plain_letters).

    Fullwidth letters and ligatures become plain ones, as NFKC (Elasticsearch's
    icu_normalizer) makes them, and invisible marks go: a zero-width space pasted inside
    a word would split it. An acronym written with spaces (`EE. UU.`) is one word, as the
    tokenizer reads it in documents. Control characters and terminal escapes separate words
    (untrusted.controls_as_spaces): `china\x00rusia` is `china rusia`, `\x1b[31mvacuna` is `vacuna`;
    bidirectional overrides go, as they go from documents. Runs of operators and parentheses
    are squeezed (squeezed).
    """
    text = text or ""
    text = controls_as_spaces(text)
    return squeezed(joined_acronyms(readable(text)))


def squeezed(text):
    """Return query text with the runs that can't mean more than their first few squeezed (RUNS).

    >>> squeezed("salud AND AND AND AND vacuna ~~~~salud")
    'salud AND AND vacuna ~~salud'
    """
    # Each run is looked for only where the text may hold it, which a count or a set tells
    # (the four patterns took 10 us of a query's 14 us of normalizing, for nothing mostly):
    # MAX_DEPTH + 2 parentheses, an operator typed as a word (\s is str.split's whitespace), `~`, `^`.
    opening, closing, operators, marks = RUNS
    if text.count("(") > MAX_DEPTH:
        text = opening[0].sub(opening[1], text)
    if text.count(")") > MAX_DEPTH:
        text = closing[0].sub(closing[1], text)
    if not OPERATOR_WORDS.isdisjoint(text.split()):
        text = operators[0].sub(operators[1], text)
    if "~" in text or "^" in text:
        text = marks[0].sub(marks[1], text)
    return text


def tokens(text):
    """Split query text into (kind, value) tokens; quoted text becomes one phrase token."""
    found, position, messages = [], 0, []
    while position < len(text):
        match = TOKEN.match(text, position)
        kind = match.lastgroup
        position = match.end()
        if kind in ("space", "stray"):
            continue
        if kind == "quote":
            closing = QUOTES[match.group()]
            end = text.find(closing, position)
            if end == -1:
                messages.append("Faltaban unas comillas de cierre; se cerraron al final.")
                end = len(text)
            found.append(("phrase", text[position:end]))
            position = end + 1
        else:
            found.append((kind, match.group()))
        glued = GLUED_MODIFIERS.match(text, position) if kind in ("quote", "close") else None
        if glued:
            found.append(("modifiers", glued.group()))
            position = glued.end()
    return found, messages
