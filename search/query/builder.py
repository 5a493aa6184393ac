"""Clause trees (parser.py) to Whoosh queries, through the schema's analyzers.

Every word goes through the analyzer of the field it searches. What can't be used (a
stop word alone, an impossible date) is dropped with a message, never an exception.
"""

from dataclasses import dataclass, field

from whoosh.query import And, Not, Or, Prefix, Term

from search.query.dates import date_query, date_span
from search.query.expansion import ExpansionBudget
from search.query.parser import DateClause, Group, Phrase, Word
from search.query.parser import Not as NotClause
from search.query.phrases import PhraseQuery, plan_phrase
from search.query.speakers import speaker_query
from search.query.suggest import MAX_EXPANSIONS, allowed_typos
from search.text.folding import fold

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

    def __init__(self, searcher, store, joiner="and", vocabulary=None, fuzzy_all=False):
        """`vocabulary` is a function returning the index's Vocabulary, called when needed."""
        self.searcher = searcher
        self.schema = searcher.schema
        self.store = store
        self.joiner = joiner
        self.vocabulary = vocabulary
        self.fuzzy_all = fuzzy_all
        self.built = Built(None)
        self.expansions = ExpansionBudget.for_query(0)

    def build(self, root):
        """Return the Built query for a clause tree."""
        self.expansions = ExpansionBudget.for_query(self.count_expansions(root))
        query = self.clause(root, negated=False)
        self.built.messages.extend(self.expansions.messages())
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
            return speaker_query(self.searcher, word.text, prefix=word.prefix)
        if word.field == "doc":
            return Prefix("doc", word.text) if word.prefix else Term("doc", word.text)
        if not negated and fieldname == "text":
            self.built.typed_words.append(word.text)
        if word.prefix:
            return self.prefix(fieldname, word.text, negated)
        typos = word.fuzzy or (allowed_typos(word.text) if self.fuzzy_all else 0)
        if typos and self.vocabulary is not None and self.expansions.may_look_up_typos(word.text):
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
        """Expand a prefix to its most frequent words, within the query's expansion budget."""
        reader = self.searcher.reader()
        terms = self.expansions.expand(f"{text}*", prefix_terms(reader, fieldname, text),
                                       lambda term: reader.doc_frequency(fieldname, term))
        self.remember(fieldname, terms, negated)
        return Or([Term(fieldname, term) for term in terms]) if terms else None

    def fuzzy(self, fieldname, text, typos, negated):
        """Expand a word to the index's words within its typos, within the expansion budget."""
        reader = self.searcher.reader()

        def candidates():  # the vocabulary is searched only if the budget leaves room
            forms = self.vocabulary().within(text, typos)[:MAX_EXPANSIONS] or [fold(text.lower())]
            yield from sorted({token for form in forms for token in self.analyze(fieldname, form)})

        terms = self.expansions.expand(f"{text}~", candidates(),
                                       lambda term: reader.doc_frequency(fieldname, term))
        self.remember(fieldname, terms, negated)
        return Or([Term(fieldname, term) for term in terms]) if terms else None

    def count_expansions(self, clause):
        """Return how many prefixes and typo-tolerant words of the text or title a tree holds."""
        if isinstance(clause, Group):
            return sum(self.count_expansions(part) for part in clause.clauses[:MAX_CLAUSES])
        if isinstance(clause, NotClause):
            return self.count_expansions(clause.clause)
        if not isinstance(clause, Word) or clause.field not in (None, "text", "title"):
            return 0
        typos = clause.fuzzy or (allowed_typos(clause.text) if self.fuzzy_all else 0)
        return int(clause.prefix or bool(typos and self.vocabulary is not None))

    def phrase(self, phrase, negated):
        if phrase.field == "speaker":
            return speaker_query(self.searcher, phrase.text, exact=True)
        if phrase.field == "doc":
            return Term("doc", phrase.text)
        fieldname = "title" if phrase.field == "title" else "text"
        plan = plan_phrase(self.schema, fieldname, phrase.text)
        if not plan.forms:
            return None
        self.remember(fieldname, self.analyze(fieldname, phrase.text), negated)
        if fieldname == "text" and not negated:
            self.built.typed_words.extend(phrase.text.split())
        if plan.single_term:  # "salud" is salud, at the same cost
            return Term(fieldname, plan.single_term)
        return PhraseQuery(plan, phrase.text, self.store)

    def dates(self, clause):
        span = date_span(clause.low, clause.high)
        if span.bad:
            self.built.messages.append(
                f"«{span.bad}» no es una fecha válida (use 2020, 2020-12 o 2020-12-22);"
                f" se ignoró «fecha:{clause.typed}».")
            return None
        self.built.messages.extend(span.messages)
        return date_query(span.start, span.end)


def prefix_terms(reader, fieldname, text):
    """Yield the index terms of a field that a typed prefix stands for, in the index's order."""
    for term in reader.expand_prefix(fieldname, fold(text.lower())):
        yield term.decode("utf-8") if isinstance(term, bytes) else term


def _is_word(clause):
    """Return True for the clauses that any-word search may leave out."""
    return isinstance(clause, (Word, Phrase)) and clause.field in (None, "text")


def _only_negative(query):
    if isinstance(query, Not):
        return True
    if isinstance(query, And):
        return all(isinstance(part, Not) for part in query.subqueries)
    return False


def build_query(parsed, searcher, store, joiner="and", vocabulary=None, fuzzy_all=False):
    """Return the Built Whoosh query for a parsed query."""
    builder = Builder(searcher, store, joiner, vocabulary, fuzzy_all)
    built = builder.build(parsed.root)
    built.messages = parsed.messages + built.messages
    return built
