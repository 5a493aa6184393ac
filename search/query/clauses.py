"""The clause tree of a query (what parser.py makes), and one typed word read into a clause.

A typed word may carry Lucene's and Elasticsearch's marks: a trailing `*` (a prefix), `*`
or `?` inside (a wildcard, as query_string reads `qu?ck` and `bro*n`), `~N` (typos) and
`^N` (a boost) after it. Marks with nothing to mark are said and dropped, and the word is
searched without them (Elasticsearch's simple_query_string, too, skips the parts of a
query it can't read rather than fail): `~salud` and `^salud` search `salud`.
"""

import re

from search.errors import shown
from search.query.modifiers import read as read_modifiers
from search.query.modifiers import split_tail
from search.query.nodes import Node
from search.text.patterns import LazyPattern

WILDCARDS = "*?"
# `*` anywhere but at the end, `?` before a letter or a `*` (maybe after other `?`): a
# wildcard. The `?` that end a word, one or a run (`¿cuántos casos hay???`), are a
# question's, not wildcards, whatever Lucene would make of them (`sal??` is its five-letter
# words); so is punctuation around a word (`¿¿sal?d??`, `«vacun*»,`): it is no letter of
# the pattern (bare).
STAR = LazyPattern(r"(?<!\\)\*")  # not escaped (`\*` is text)
ONE_LETTER = LazyPattern(r"(?<!\\)\?(?=\?*[\w*])")
MARKS_BEFORE = LazyPattern(r"^[^\w*?\\]+")  # `¿`, `¡`, `«`: never a leading wildcard's `?`
MARKS_AFTER = LazyPattern(r"(?<!\\)[^\w*\\]+$")  # `?`, `!`, `»`, `,`; a `*` ends a prefix
ESCAPED = LazyPattern(r"\\(.?)", re.S)  # Lucene's escape: `\*`, `\-`, `\(` are the characters
REGEX = LazyPattern(r"^/.+/$")  # query_string's `/joh?n(ath[oa]n)/`: its words are searched
MIN_LEADING_LETTERS = 3  # `*ción` reads the whole vocabulary: it must say enough to be worth it
MODIFIER_VALUE = LazyPattern(r"^[\d.,]*$")  # what may follow a `~` or `^`: `^2` alone is a boost
SHOWN_CHARS = 40  # a typed value quoted in a message, at most
AS_TYPED = "="  # before a word: that word as written, as in quotes (Sphinx's exact form modifier)


class Word(Node):
    """A word in a field or everywhere: maybe a prefix (polít*), a wildcard pattern
    (`sal?d`, `*ción`: `text` keeps its `*` and `?`), fuzzy (cooperasion~2), boosted."""

    def __init__(self, text: str, field: str | None = None, prefix: bool = False, fuzzy: int = 0,
                 boost: float = 1.0, wildcard: bool = False):
        self.text, self.field, self.prefix, self.fuzzy = text, field, prefix, fuzzy
        self.boost, self.wildcard = boost, wildcard


class Phrase(Node):
    """Words that must appear together and in order (with `slop` other words between them)."""

    def __init__(self, text: str, field: str | None = None, slop: int = 0, boost: float = 1.0):
        self.text, self.field, self.slop, self.boost = text, field, slop, boost


class Everything(Node):
    """Every paragraph: Lucene's and Elasticsearch's match-all `*:*` (`typed`, for messages)."""

    def __init__(self, typed: str = "*:*", boost: float = 1.0):
        self.typed, self.boost = typed, boost


class Not(Node):
    """A clause that must not match."""

    def __init__(self, clause: object):
        self.clause = clause


class Group(Node):
    """Clauses joined by `and`, `or`, or the default joiner (`None`)."""

    def __init__(self, joiner: str | None, clauses: list | None = None, boost: float = 1.0):
        self.joiner, self.clauses, self.boost = joiner, [] if clauses is None else clauses, boost


class ParsedQuery(Node):
    """The clause tree of a query, and what was ignored and why."""

    def __init__(self, root: Group, messages: list[str] | None = None, unknown_fields: list[str] | None = None):
        self.root = root
        self.messages = [] if messages is None else messages
        self.unknown_fields = [] if unknown_fields is None else unknown_fields  # `foo` of foo:bar, searched as text
        self.as_words = None  # the same text with its written dates as words (parser.parse), or None
        self.written_dates = []  # the dates written in words read as `fecha:`: [(as typed, its values)]
        self.year_of = None  # the year to show with a date typed without one, of its month (parser.parse)


def quoted(value):
    """Return a typed value as a message quotes it: escaped, and cut when long."""
    value = shown(value)
    return value if len(value) <= SHOWN_CHARS else value[:SHOWN_CHARS] + "…"


def word_clause(value, target, messages=None):
    """Return the Word of typed text in field `target`, or None when it holds nothing to search.

    Reads a trailing `*` (prefix), `*`/`?` elsewhere (wildcard), `~N` (fuzzy) and `^N`
    (boost); what can't be used goes to `messages` (modifiers.py), and the word is
    searched without it. A leading `=` (Sphinx's and Manticore's exact form modifier,
    `=vacunó`) makes it the word as written, as quotes do: a Phrase of it.
    """
    messages = [] if messages is None else messages
    if value.startswith(AS_TYPED) and value.strip(AS_TYPED) and target in (None, "text", "title"):
        return _as_typed(value.lstrip(AS_TYPED), target, messages)
    if REGEX.match(value):
        messages.append(f"«{quoted(value)}»: las expresiones regulares no se admiten; se buscaron "
                        "sus palabras.")
    value = _without_leading_marks(value, messages)
    if value is None:
        return None
    word, tail = split_tail(value)
    found = read_modifiers(value, tail, "word")
    messages.extend(found.messages)
    stripped = bare(word)
    if STAR.search(stripped) or ONE_LETTER.search(stripped):  # a wildcard or prefix: its letters alone
        word = stripped
    if word and not word.strip(WILDCARDS):  # `*`, `?`: no word to complete
        messages.append(f"«{quoted(word)}» se ignoró: un comodín va dentro o al final de una "
                        "palabra (vacun*, sal?d).")
        return None
    stars = len(word) - len(word.rstrip("*"))
    if STAR.search(word[:len(word) - stars]) or ONE_LETTER.search(word):
        return _wildcard(_unescaped(word, messages), target, found, messages)
    if stars and not word[:len(word) - stars].endswith("\\"):
        return Word(_unescaped(word[:len(word) - stars], messages), target, prefix=True, boost=found.boost)
    text = _unescaped(word, messages)
    return Word(text, target, fuzzy=found.fuzzy, boost=found.boost) if text else None


def _as_typed(value, target, messages):
    """Return the clause of `=word`: the Phrase of the word as written, its boost kept; with
    a prefix, a wildcard or typos, which ask for other forms than the one typed, the `=` is
    said and dropped (word_clause)."""
    found = word_clause(value, target, messages)
    if isinstance(found, Word) and (found.prefix or found.wildcard or found.fuzzy):
        messages.append(f"«{AS_TYPED}» busca la palabra tal cual y no se combina con «*», «?» ni «~»; "
                        f"se ignoró en «{quoted(AS_TYPED + value)}».")
        return found
    return Phrase(found.text, target, boost=found.boost) if isinstance(found, Word) else found


def bare(word):
    """Return a word without the punctuation around it, the `?` that end it among it: what
    a wildcard pattern or a prefix is read from (a plain word's analyzer drops it anyway).

    >>> [bare(typed) for typed in ("¿¿sal?d??", "hay???", "«vacun*»,", "?alud", "¿?")]
    ['sal?d', 'hay', 'vacun*', '?alud', '']
    """
    return MARKS_AFTER.sub("", MARKS_BEFORE.sub("", word))


def _unescaped(word, messages):
    """Return a word with Lucene's escapes read (`\\-` is `-`); a `\\` at the end is said and dropped."""
    if word.endswith("\\") and not word.endswith("\\\\"):
        messages.append("Una «\\» al final no escapa nada; se ignoró.")
    return ESCAPED.sub(r"\1", word)


def _without_leading_marks(value, messages):
    """Return value without the `~`, `^` typed before it (None: it was only marks).

    Lucene's syntax puts them after a word (`salud~`, `salud^2`); before one they mark
    nothing, and the word is what was meant.
    """
    rest = value.lstrip("~^")
    if rest == value:
        return value
    marks = value[:len(value) - len(rest)]
    if MODIFIER_VALUE.match(rest):  # `~`, `^2`: a modifier with no word before it
        messages.append(f"«{quoted(value)}» no sigue a ninguna palabra ni frase; se ignoró.")
        return None
    word = quoted(split_tail(rest)[0])
    messages.append(f"«{quoted(marks)}» delante de una palabra no modifica nada (va detrás: "
                    f"{word}~, {word}^2); se buscó «{quoted(rest)}».")
    return rest


def _wildcard(word, target, found, messages):
    """Return the Word of a wildcard pattern, or None when it says too little to search."""
    letters = sum(1 for letter in word if letter.isalnum())
    if word[0] in WILDCARDS and letters < MIN_LEADING_LETTERS:
        messages.append(f"«{quoted(word)}» se ignoró: un comodín al principio necesita al menos "
                        f"{MIN_LEADING_LETTERS} letras más (*ción, sal?d, vacun*).")
        return None
    if found.fuzzy:
        messages.append(f"«{quoted(word)}»: una palabra con comodines no admite «~»; se ignoró.")
    return Word(word, target, boost=found.boost, wildcard=True)
