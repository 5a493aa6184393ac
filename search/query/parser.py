"""The query language: what people type, as a tree of clauses.

    relaciones China Rusia              every word (or, after a fallback, any word)
    "Tratado de Buena Vecindad"         a phrase, stop words included, its words as typed
    "vacunó"   =vacunó                  a word as typed (not `vacunas`), as quotes make it
    paz Y seguridad, paz AND seguridad  both; O/OR either; NO/NOT or a leading - excludes
    salud -"de la" -(China O Rusia)      a leading - excludes a phrase or a group too
    (China O Rusia) -EE.UU.             parentheses group
    polít*   sal?d   *ción              prefixes and wildcards (clauses.py)
    cooperasion~   cooperasion~2        fuzzy words
    titulo:  texto:  orador:  fecha:  doc:   (and title: text: speaker: date:)
    fecha:2020-12   fecha:>2020-03-15   fecha:2020-01..2020-06
    fecha:[2020-01 TO 2020-06]   [ ] keep the ends, { } leave them out, * is open
    orador:(Alomía OR Cortés)           a field before a group applies to each part
    salud || vacuna   a && b   !salud   Lucene's and Elasticsearch's OR, AND and NOT
    salud | vacuna   +salud   --salud   simple_query_string's OR, "required", NOT twice
    salud^2   "salud pública"~3   salud~5   boosts, sloppy phrases, edits (modifiers.py)
    *:salud   tit*:salud   *:*      Lucene's any field (a word's fields) and match-all

Operators are upper case only: `y`, `o` and `no` are ordinary words. The parser never
fails: what it can't use it skips, and says so in `messages`, once each (Elasticsearch's
simple_query_string skips the parts it can't read, and says nothing):
an operator with nothing on one side (`salud AND`, `OR salud`, `salud +`), a repeated
one (`OR OR`), a dash between words (`Madrid - Lima`, a pasted title's), a modifier before
its word (`~salud` searches `salud`), empty quotes or parentheses, groups deeper than
MAX_DEPTH. Two negations in a row cancel, as SimpleQueryParser counts its `-`.
"""


import re

from search.query.clauses import Everything, Group, Not, ParsedQuery, Phrase, Word, quoted
from search.query.dates import DateClause
from search.query.fields import Fields
from search.query.lexer import MAX_DEPTH, normalized, tokens
from search.query.modifiers import apply as apply_modifiers
from search.query.written_dates import dates_as_filters

# The clauses are clauses.py's; callers import them, and the lexer's normalized and tokens, from here too.
__all__ = ["DateClause", "Everything", "Group", "Not", "ParsedQuery", "Phrase", "Word", "normalized", "parse", "tokens"]

# Lucene's symbols as Elasticsearch's query_string reads them, and simple_query_string's `|`;
# `&` alone is read as `&&` (glued, `AT&T`, it is part of a word).
OPERATORS = {"AND": "and", "Y": "and", "OR": "or", "O": "or", "NOT": "not", "NO": "not",
             "&&": "and", "&": "and", "||": "or", "|": "or", "!": "not"}
SIGNS = ("-", "+")  # glued before a word: exclude it, require it (as every word already is)


class Parser(Fields):
    """A recursive-descent parser over tokens: or-groups of and-groups of unary clauses."""

    def __init__(self, items, messages):
        self.items = items
        self.position = 0
        self.messages = messages
        self.depth = 0
        self.field = None  # the field typed before the enclosing group: `orador:(a OR b)`
        self.unclosed = 0  # groups closed at the end, said once (closing_messages)
        self.surplus = 0  # `)` with no group to close
        self.too_deep = 0  # `(` ignored past MAX_DEPTH: their `)` are theirs, not surplus
        self.unknown_fields = []
        self.before_or = {}  # position of an O/OR said to have nothing before it -> its message's place

    def peek(self):
        return self.items[self.position] if self.position < len(self.items) else (None, None)

    def take(self):
        item = self.peek()
        self.position += 1
        return item

    def operator(self):
        kind, value = self.peek()
        return OPERATORS.get(value) if kind == "word" else None

    def parse_or(self):
        """or_group := and_group (OR and_group)*"""
        branches = [self.parse_and()]
        run = None  # the first O/OR of a repeated run (`OR OR`): the one whose sides are said
        while self.operator() == "or":
            position = self.position if run is None else run
            self.take()
            if self.operator() == "or":
                if position not in self.before_or and not self.nothing_after_run("or"):  # else its last says so
                    self.messages.append("Un O/OR repetido se ignoró.")
                run = position
                continue
            run = None
            branch = self.parse_and()
            if branch.clauses:
                branches.append(branch)
            elif position in self.before_or:  # one problem, one message (trial 33, defect 14)
                self.messages[self.before_or[position]] = "Un O/OR sin nada a los lados se ignoró."
            else:
                self.messages.append("Un O/OR sin nada detrás se ignoró.")
        branches = [branch for branch in branches if branch.clauses]
        if len(branches) == 1:
            return branches[0]
        return Group("or", branches)

    def parse_and(self):
        """and_group := unary ((AND)? unary)*"""
        group = Group(None)
        while True:
            kind, value = self.peek()
            if kind is None or kind == "close" or self.operator() == "or":
                if group.clauses == [] and self.operator() == "or":
                    self.before_or[self.position] = len(self.messages)
                    self.messages.append("Un O/OR sin nada delante se ignoró.")
                break
            if self.operator() == "and":
                self.take()
                if not group.clauses:
                    if self.operator() != "and":  # of `AND AND`, the last says what the run lacks
                        self.messages.append(f"Un Y/AND sin nada {'a los lados' if self.nothing_next() else 'delante'}"
                                             " se ignoró.")
                elif self.operator() == "and":
                    if not self.nothing_after_run("and"):  # else its last says what the run lacks
                        self.messages.append("Un Y/AND repetido se ignoró.")
                elif self.nothing_next():
                    self.messages.append("Un Y/AND sin nada detrás se ignoró.")
                else:
                    group.joiner = "and"
                continue
            clause = self.parse_unary()
            if clause is not None:
                group.clauses.append(clause)
        return group

    def nothing_next(self):
        """Tell whether what comes next ends an and-group: the end, a `)` or an O/OR."""
        return self.peek()[0] in (None, "close") or self.operator() == "or"

    def nothing_after_run(self, operator):
        """Tell whether a run of `operator` ("and", "or") from here is followed by nothing
        (nothing_next): then the run is said by what it lacks, not as repeated too, one problem
        one message (`salud OR OR` and `salud AND AND`: «sin nada detrás»)."""
        start = self.position
        while self.operator() == operator:
            self.position += 1
        nothing = self.nothing_next()
        self.position = start
        return nothing

    def parse_unary(self):
        """unary := (NOT | - | +) unary | atom"""
        kind, value = self.peek()
        if self.operator() == "not":
            self.take()
            if self.operator() in ("and", "or"):  # `NOT OR`: no word `OR` to exclude, as `NOT` alone
                self.messages.append("Un NO/NOT sin nada detrás se ignoró.")
                return None
            return self.negated(self.parse_unary(), "Un NO/NOT sin nada detrás se ignoró.")
        if kind == "minus":  # -"una frase", -(China O Rusia)
            self.take()
            return self.negated(self.parse_unary())
        if kind == "word" and value in SIGNS:  # `vacuna - salud`: a dash between words
            self.take()
            if self.peek()[0] in (None, "close") or self.operator():
                self.messages.append(f"«{value}» sin nada detrás se ignoró.")
            elif value == "-":
                self.messages.append("«-» suelto se ignoró: para excluir una palabra, péguelo "
                                     "a ella (-salud).")
            return None
        if kind == "word" and value.startswith(("-", "!", "+")):
            self.items[self.position] = ("word", value[1:])
            inner = self.parse_unary()
            if value[0] == "+" and inner is not None:
                # required in the any-word fallback too, as Lucene's `+` (MUST) beside words that SHOULD match
                inner.required = True
            return inner if value[0] == "+" else self.negated(inner)
        return self.parse_atom()

    def negated(self, inner, nothing=None):
        """Return the clause that excludes inner; two exclusions cancel, as in simple_query_string."""
        if inner is None:
            if nothing:
                self.messages.append(nothing)
            return None
        if isinstance(inner, Not):
            self.messages.append("Dos negaciones seguidas se anulan; se buscó lo negado.")
            return inner.clause
        return Not(inner)

    def parse_atom(self):
        """atom := ( or_group ) | phrase | field:value | word"""
        kind, value = self.take()
        if kind is None:
            return None
        if kind == "open" and self.depth >= MAX_DEPTH:
            if not self.too_deep:
                self.messages.append("Había paréntesis demasiado anidados; se ignoraron.")
            self.too_deep += 1
            return None
        if kind == "open":
            if self.peek()[0] == "close":
                self.messages.append("Unos paréntesis sin nada dentro se ignoraron.")
            self.depth += 1
            inner = self.parse_or()
            self.depth -= 1
            if self.peek()[0] == "close":
                self.take()
            else:
                self.unclosed += 1
            return self.modified(inner, "group") if inner.clauses else None
        if kind == "close":
            self.stray_close()
            return None
        if kind == "phrase":
            return self.modified(self.phrase_value(self.field, value), "phrase")
        if kind == "modifiers":
            self.messages.append(f"«{quoted(value)}» no sigue a ninguna palabra ni frase; se ignoró.")
            return None
        return self.field_clause(value)

    def modified(self, clause, kind):
        """Apply to a phrase or group the modifiers glued after it (`"a b"~3`, `(a b)^2`)."""
        if self.peek()[0] != "modifiers":
            return clause
        return apply_modifiers(clause, self.take()[1], kind, self.messages)

    def stray_close(self):
        """Count a `)` that closes no group (but those of groups too deep to read)."""
        if self.too_deep:
            self.too_deep -= 1
        else:
            self.surplus += 1

    def closing_messages(self):
        """Return what was said about parentheses, once whatever their number."""
        found = []
        if self.unclosed:
            found.append("Faltaba un paréntesis de cierre; se cerró al final." if self.unclosed == 1
                         else f"Faltaban {self.unclosed} paréntesis de cierre; se cerraron al final.")
        if self.surplus:
            found.append("Sobraba un paréntesis de cierre; se ignoró." if self.surplus == 1
                         else f"Sobraban {self.surplus} paréntesis de cierre; se ignoraron.")
        return found


# Words of letters between single spaces: most queries typed, whose tree is known without
# the lexer and the parser (each word a Word of no field), unless a word is an operator.
PLAIN_WORDS = re.compile(r"[^\W\d_]+(?: [^\W\d_]+)*")


def parse(text, read_dates=True, year_of=None):
    """Parse a user's query text (normalized first) into a clause tree; never raises.

    With `read_dates`, a date written after `en`/`durante`/`el` is read as `fecha:`
    (written_dates.py); the tree then keeps, as `as_words`, the parse with those dates as
    words, which the search runs when the dates find nothing (an archive with no dates, or
    none then), and as `written_dates` what was read. A date without its year, in words or
    in `fecha:`, is said with the year `year_of(month)` gives to write (kept as `year_of`;
    None: dates.newest_years of the index).
    """
    text = normalized(text)
    if read_dates:
        read = []
        dated, said = dates_as_filters(text, year_of, read)
        if said:
            parsed = _parse(dated, said)
            if dated != text:  # else only dates left as words were said (written_dates.unread_date)
                parsed.as_words = parse(text, read_dates=False, year_of=year_of)
                parsed.written_dates = read
            parsed.year_of = year_of
            return parsed
    parsed = _parse(text, [])
    parsed.year_of = year_of
    return parsed


def _parse(text, said):
    """Parse normalized text into a ParsedQuery; `said` (what dates_as_filters says of the
    dates it read, in Spanish) comes first in its messages."""
    if PLAIN_WORDS.fullmatch(text):
        words = text.split(" ")
        if not any(word in OPERATORS for word in words):
            # what was said of its dates stays said (`vacunas en mayo`, trial19b)
            return ParsedQuery(Group(None, [Word(word) for word in words]), list(said))
    items, messages = tokens(text)
    messages[:0] = said
    parser = Parser(items, messages)
    root = Group(None)
    while parser.position < len(parser.items):
        part = parser.parse_or()
        if part.clauses:
            root.clauses.append(part if part.joiner or len(part.clauses) > 1 else part.clauses[0])
        if parser.peek()[0] == "close":
            parser.take()
            parser.stray_close()
    messages.extend(parser.closing_messages())
    messages[:] = dict.fromkeys(messages)  # 500 `AND`s are said once
    if len(root.clauses) == 1 and isinstance(root.clauses[0], Group):
        root = root.clauses[0]
    return ParsedQuery(root, messages, parser.unknown_fields)
