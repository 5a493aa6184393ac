"""Clause trees (search/query_parser.py) to Whoosh queries, through the schema's analyzers.

Every word goes through the analyzer of the field it searches. What can't be used (a
stop word alone, an impossible date) is dropped with a message, never an exception.
"""

from dataclasses import dataclass, field

from whoosh.query import And, Not, Or, Prefix, Term

from search.analysis import fold
from search.date_query import date_query
from search.dates import date_range
from search.phrases import PhraseQuery
from search.query_parser import DateClause, Group, Phrase, Word
from search.query_parser import Not as NotClause
from search.speaker_query import speaker_query
from search.suggest import allowed_typos

PREFIX_TERMS = 64  # a prefix expands to at most this many words, the most frequent,
PREFIX_POSTINGS = 20_000  # and to no more postings than this, to answer within a second
MAX_CLAUSES = 32  # words (or groups) a group keeps; more is a pasted text, not a query


@dataclass
class Built:
    """A Whoosh query, the text terms to highlight, and what the user should know."""

    query: object
    terms: set = field(default_factory=set)
    messages: list = field(default_factory=list)
    typed_words: list = field(default_factory=list)


class Builder:
    """Build a Whoosh query from a clause tree for one searcher."""

    def __init__(self, searcher, store, joiner="and", vocabulary=None, fuzzy_all=False, speaker_groups=None):
        """`vocabulary` and `speaker_groups` are functions returning the index's Vocabulary and the
        spellings of each person (store.speaker_groups), called when needed."""
        self.searcher = searcher
        self.schema = searcher.schema
        self.store = store
        self.joiner = joiner
        self.vocabulary = vocabulary
        self.fuzzy_all = fuzzy_all
        self.speaker_groups = speaker_groups
        self.built = Built(None)

    def _speaker_groups(self):
        """Return the spellings of each person, so `orador:` finds them all (as facets count them)."""
        return self.speaker_groups() if self.speaker_groups else None

    def build(self, root):
        """Return the Built query for a clause tree."""
        query = self.clause(root, negated=False)
        if query is not None and _only_negative(query):
            self.built.messages.append(
                "La búsqueda solo excluía palabras; añada alguna que buscar.")
            query = None
        self.built.query = query
        return self.built

    def clause(self, clause, negated):
        if isinstance(clause, Group):
            return self.group(clause, negated)
        if isinstance(clause, NotClause):
            inner = self.clause(clause.clause, not negated)
            return Not(inner) if inner is not None else None
        if isinstance(clause, DateClause):
            return self.dates(clause)
        if isinstance(clause, Phrase):
            return self.phrase(clause, negated)
        return self.word(clause, negated)

    def group(self, group, negated):
        built, seen = [], set()
        for clause in group.clauses:
            if len(seen) >= MAX_CLAUSES:
                self.built.messages.append(f"La búsqueda tenía demasiadas partes; se usaron "
                                           f"las {MAX_CLAUSES} primeras.")
                break
            part = self.clause(clause, negated)
            if part is not None and repr(part) not in seen:  # "x x x" is "x"
                seen.add(repr(part))
                built.append((clause, part))
        if not built:
            return None
        if len(built) == 1:
            return built[0][1]
        if group.joiner == "or":
            return Or([part for _, part in built if not isinstance(part, Not)]) or None
        if group.joiner == "and" or self.joiner == "and":
            return And([part for _, part in built])
        # Any word will do, but fields, dates and exclusions still hold.
        required = [part for clause, part in built if not _is_word(clause)]
        words = [part for clause, part in built if _is_word(clause)]
        if words:
            required.append(words[0] if len(words) == 1 else Or(words))
        return required[0] if len(required) == 1 else And(required)

    def analyze(self, fieldname, text):
        return [token.text for token in self.schema[fieldname].analyzer(text)]

    def word(self, word, negated):
        fieldname = {None: "text", "text": "text", "title": "title"}.get(word.field)
        if word.field == "speaker":
            return speaker_query(self.searcher, word.text, prefix=word.prefix, groups=self._speaker_groups())
        if word.field == "doc":
            return Prefix("doc", word.text) if word.prefix else Term("doc", word.text)
        if not negated and fieldname == "text":
            self.built.typed_words.append(word.text)
        if word.prefix:
            return self.prefix(fieldname, word.text, negated)
        typos = word.fuzzy or (allowed_typos(word.text) if self.fuzzy_all else 0)
        if typos and self.vocabulary is not None:
            return self.fuzzy(fieldname, word.text, typos, negated)
        tokens = self.analyze(fieldname, word.text)
        if len(tokens) > 1:  # chino-rusas, COVID-19: the parts, together and in order
            return self.phrase(Phrase(word.text, word.field), negated)
        if not tokens:
            return None
        self.remember(fieldname, tokens, negated)
        return Term(fieldname, tokens[0])

    def remember(self, fieldname, terms, negated):
        if fieldname == "text" and not negated:
            self.built.terms.update(terms)

    def prefix(self, fieldname, text, negated):
        """Expand a prefix to its most frequent words, within a budget of postings."""
        start = fold(text.lower())
        reader = self.searcher.reader()
        found = []
        for term in reader.expand_prefix(fieldname, start):
            found.append(term.decode("utf-8") if isinstance(term, bytes) else term)
            if len(found) > 50 * PREFIX_TERMS:
                break
        frequency = {term: reader.doc_frequency(fieldname, term) for term in found}
        kept, postings = [], 0
        for term in sorted(found, key=lambda t: (-frequency[t], t)):
            if len(kept) == PREFIX_TERMS or kept and postings + frequency[term] > PREFIX_POSTINGS:
                used = (f"se usaron las {len(kept)} más frecuentes" if len(kept) > 1
                        else "se usó la más frecuente")
                self.built.messages.append(f"«{text}*» abarca muchas palabras; {used}.")
                break
            kept.append(term)
            postings += frequency[term]
        self.remember(fieldname, kept, negated)
        return Or([Term(fieldname, term) for term in kept]) if kept else None

    def fuzzy(self, fieldname, text, typos, negated):
        forms = self.vocabulary().within(text, typos)[:20] or [fold(text.lower())]
        terms = sorted({token for form in forms for token in self.analyze(fieldname, form)})
        self.remember(fieldname, terms, negated)
        return Or([Term(fieldname, term) for term in terms]) if terms else None

    def phrase(self, phrase, negated):
        if phrase.field == "speaker":
            return speaker_query(self.searcher, phrase.text, exact=True, groups=self._speaker_groups())
        if phrase.field == "doc":
            return Term("doc", phrase.text)
        fieldname = "title" if phrase.field == "title" else "text"
        terms = self.analyze(fieldname, phrase.text)
        if not terms and not phrase.text.strip():
            return None
        self.remember(fieldname, terms, negated)
        if fieldname == "text" and not negated:
            self.built.typed_words.extend(phrase.text.split())
        return PhraseQuery(fieldname, phrase.text, terms, self.store)

    def dates(self, clause):
        low = date_range(clause.low) if clause.low else None
        high = date_range(clause.high) if clause.high else None
        bad = [value for value, found in ((clause.low, low), (clause.high, high))
               if value and found is None]
        if bad:
            self.built.messages.append(
                f"«{bad[0]}» no es una fecha válida (use 2020, 2020-12 o 2020-12-22);"
                f" se ignoró «fecha:{clause.typed}».")
            return None
        start = low[0] if low else None
        end = high[1] if high else None
        if start and end and start > end:
            self.built.messages.append(f"En «fecha:{clause.typed}» las fechas iban al revés;"
                                       " se tomaron en orden.")
            start, end = high[0], low[1]
        return date_query(start, end)


def _is_word(clause):
    """Return True for the clauses that any-word search may leave out."""
    return isinstance(clause, (Word, Phrase)) and clause.field in (None, "text")


def _only_negative(query):
    if isinstance(query, Not):
        return True
    if isinstance(query, And):
        return all(isinstance(part, Not) for part in query.subqueries)
    return False


def build_query(parsed, searcher, store, joiner="and", vocabulary=None, fuzzy_all=False, speaker_groups=None):
    """Return the Built Whoosh query for a parsed query."""
    builder = Builder(searcher, store, joiner, vocabulary, fuzzy_all, speaker_groups)
    built = builder.build(parsed.root)
    built.messages = parsed.messages + built.messages
    return built
