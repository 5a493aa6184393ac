"""Words that stand for many index terms: prefixes, wildcards and typo-tolerant words.

`polít*` stands for the index's words that begin with it, `sal?d` and `*ción` for those
its pattern matches (Lucene's WildcardQuery, over the vocabulary's written words), and
`cooperasion~` for those within its typos. Each expands to the most frequent of them,
within the query's one expansion budget (expansion.py). Mixed into builder.Builder.
"""

from search.query.clauses import Group, Not, Word, quoted
from search.query.prefixes import prefix_terms
from search.query.similarity import similarity
from search.query.suggest import MAX_EXPANSIONS, allowed_typos
from search.text.folding import fold

ENYE_BOOST = 4.0  # how much more a typo-tolerant word's form with ñ for n weighs (`pinata`: piñata)
MAX_CLAUSES = 32  # words (or groups) a group keeps; more is a pasted text, not a query


class Expanding:
    """The expansions of a Builder: it gives searcher, vocabulary, expansions, title_boost,
    fuzzy_all, built, analyze, doc_frequency, remember, remember_exact, either and title_fields."""

    def prefix(self, fieldname, text, negated, typed_field=None):
        """Expand a prefix to its most frequent words, within the query's expansion budget."""
        start = fold(text.lower())
        reader = self.searcher.reader()

        def candidates(limit):
            found = self.prefix_candidates(reader, fieldname, start, limit)
            if typed_field is None and self.title_boost > 0:  # words found in titles only
                found |= prefix_terms(reader, "title", start, limit=limit)
            if typed_field == "title":  # and in the titles made for transcripts
                for name in self.title_fields()[1:]:
                    found |= prefix_terms(reader, name, start, limit=limit)
            return sorted(found)

        terms = self.expansions.expand(f"{text}*", candidates,
                                       lambda term: self.doc_frequency(fieldname, term))
        self.remember(fieldname, terms, negated)
        return self.either(fieldname, typed_field, terms) if terms else None

    def prefix_candidates(self, reader, fieldname, start, limit):
        """Return the index terms of the words that begin with start (prefixes.py)."""
        vocabulary = self.vocabulary() if self.vocabulary is not None else None
        return prefix_terms(reader, fieldname, start, vocabulary,
                            lambda form: self.analyze(fieldname, form), limit)

    def fuzzy(self, fieldname, text, typos, negated, typed_field=None):
        """Expand a word to the index's words within its typos, within the expansion budget."""
        forms = []

        def candidates(limit):  # the vocabulary is searched only if the budget leaves room
            forms.extend(self.vocabulary().within(text, typos)[:MAX_EXPANSIONS] or [fold(text.lower())])
            return sorted({token for form in forms for token in self.analyze(fieldname, form)})

        terms = self.expansions.expand(f"{text}~", candidates,
                                       lambda term: self.doc_frequency(fieldname, term))
        self.remember(fieldname, terms, negated)
        if not terms:
            return None
        if not negated and fieldname == "text":
            # The nearest words first: a stem's other words (`cooperativas` for
            # `cooperasion~`) get no exactness bonus, the words within the typos get one
            # weighted as Lucene's FuzzyQuery weighs them (similarity.py)
            for form in forms:
                self.remember_exact(form, similarity(fold(text.lower()), form))
        # A missing ñ is the first guess (`pinata`: piñata before piratas), as in suggestions
        enye = self.vocabulary().with_enye(text) if "n" in text.lower() else None
        first = set(self.analyze(fieldname, enye)) if enye else set()
        return self.either(fieldname, typed_field, terms, {term: ENYE_BOOST for term in first})

    def wildcard(self, fieldname, pattern, negated, typed_field=None):
        """Expand a wildcard pattern to the index terms of the most frequent words it matches.

        Words are matched as written (the vocabulary's), then searched by their stems,
        as prefixes are (prefixes.py): `vacun?` also finds the other words of `vacuna`'s stem.
        """
        def candidates(limit):
            if self.vocabulary is None:
                return []
            forms = self.vocabulary().matching(pattern, limit)
            return sorted({term for form in forms for term in self.analyze(fieldname, form)})

        terms = self.expansions.expand(pattern, candidates,
                                       lambda term: self.doc_frequency(fieldname, term))
        if not terms and pattern not in self.expansions.ignored:
            self.built.messages.append(f"Ninguna palabra del índice responde a «{quoted(pattern)}».")
        self.remember(fieldname, terms, negated)
        return self.either(fieldname, typed_field, terms) if terms else None

    def wildcard_as_prefix(self, word):
        """Return a speaker's wildcard Word as what can be searched there: its
        letters up to the next wildcard (past a leading one), as a prefix if one follows."""
        start, wildcard, _ = word.text.replace("?", "*").lstrip("*").partition("*")
        shown = start + wildcard
        self.built.messages.append(f"«{quoted(word.text)}»: en orador: un comodín solo va al "
                                   f"final; se buscó «{quoted(shown)}».")
        return Word(start, word.field, prefix=bool(wildcard))

    def count_expansions(self, clause):
        """Return how many prefixes and typo-tolerant words of the text or title a tree holds."""
        if isinstance(clause, Group):
            return sum(self.count_expansions(part) for part in clause.clauses[:MAX_CLAUSES])
        if isinstance(clause, Not):
            return self.count_expansions(clause.clause)
        if not isinstance(clause, Word) or clause.field not in (None, "text", "title"):
            return 0
        typos = clause.fuzzy or (allowed_typos(clause.text) if self.fuzzy_all else 0)
        return int(clause.prefix or clause.wildcard or bool(typos and self.vocabulary is not None))
