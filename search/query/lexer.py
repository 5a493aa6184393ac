"""The query language's lexer: query text normalized as documents are read, then tokens.

Tokens are (kind, value) pairs: words (field:value and operators among them), phrases
(quoted text, whatever its quotes), parentheses, a minus (or Lucene's `!`) before a phrase
or a group, and the modifiers glued after a phrase or a group (`"a b"~3`, `(a b)^2`).
The parser (parser.py) reads them into a tree of clauses.
"""

import re

from search.text.folding import readable

QUOTES = {'"': '"', "“": "”", "«": "»", "„": "“"}

TOKEN = re.compile(r"""
    (?P<space>\s+)
  | (?P<open>\()
  | (?P<close>\))
  | (?P<minus>[-!](?=["“«„(]))
  | (?P<quote>["“«„])
  | (?P<stray>[”»])
  | (?P<word>\|\||&&|(?:(?!\|\||&&)[^\s()"“”«»„])+)
""", re.X)  # `||` and `&&` are words of their own, glued or not (Lucene's OR and AND)
# Modifiers glued after a phrase or a group: `"salud pública"~3`, `(a b)^2` (modifiers.py).
GLUED_MODIFIERS = re.compile(r"(?:[~^][^\s~^()\"“”«»„]*)+")


def normalized(text):
    """Return query text as documents are read: `ｖａｃｕｎａ` is `vacuna` (folding.plain_letters).

    Fullwidth letters and ligatures become plain ones, as NFKC (Elasticsearch's
    icu_normalizer) makes them, and invisible marks go: a zero-width space pasted inside
    a word would split it.
    """
    return readable(text or "")


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
