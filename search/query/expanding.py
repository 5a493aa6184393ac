"""Words that stand for many index terms: prefixes, wildcards and typo-tolerant words.

`polít*` stands for the index's words that begin with it, `sal?d` and `*ción` for those
its pattern matches (Lucene's WildcardQuery, over the vocabulary's written words), and
`cooperasion~` for those within its typos; a word typed without accents stands for its
accented forms too (`comio`: `comió`), and a compound for its joined form (`anti-COVID`:
`anticovid`). Each expands to the most frequent of them,
within the query's one expansion budget (expansion.py). Mixed into builder.Builder.

Every term an expansion (or a word's accent variants) stands for is scored with the idf of
the most frequent of them, as Lucene's TopTermsBlendedFreqScoringRewrite (the default of
its FuzzyQuery) does: scored with its own idf, a one-off `COVÍD` or a `pfizermx` handle
outranked a paragraph saying COVID five times (trial 12). A typo-tolerant word's forms are
weighted further by their nearness (similarity.py, squared), and a wildcard searches the words it
matched as written (the `exact` field), not their stems: `sal?d` is `salud`, not `sal`.
"""

from whoosh.query import Or, Term

from search.query.clauses import Group, Not, Word, quoted
from search.query.honorifics import other_forms
from search.query.prefixes import prefix_terms
from search.query.similarity import similarity
from search.query.suggest import MAX_EXPANSIONS, allowed_typos
from search.text.folding import fold
from search.text.words import accent_variants, joined_form, may_hold_compound
from search.whoosh_ext.scoring import lucene_idf

AS_WRITTEN = "="  # phrase_spans.AS_WRITTEN: the query stage can't import the retrieval one
# A typo-tolerant form weighs its nearness (Lucene's FuzzyQuery similarity) squared: the
# plain weight, 0.89 for one typo in `Sheimbaum` against 0.78 for two, let a short paragraph
# with the one-off `Shainbaum` outrank the `Sheinbaum` ones; Meilisearch ranks fewer typos first.
NEARNESS_POWER = 2
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
        return self.either(fieldname, typed_field, terms, self.blended(fieldname, terms)) if terms else None

    def prefix_candidates(self, reader, fieldname, start, limit):
        """Return the index terms of the words that begin with start (prefixes.py)."""
        vocabulary = self.vocabulary() if self.vocabulary is not None else None
        return prefix_terms(reader, fieldname, start, vocabulary,
                            lambda form: self.analyze(fieldname, form), limit)

    def fuzzy(self, fieldname, text, typos, negated, typed_field=None):
        """Expand a word to the index's words within its typos, within the expansion budget."""
        forms = []

        def candidates(limit):  # the vocabulary is searched only if the budget leaves room
            vocabulary = self.vocabulary()
            # Each key's written forms, not the folded key: the stemmer reads accents
            # (`Peñalolén` is indexed `peñalolen`, its folded key stems to `peñalol`: trial33)
            forms.extend([form for key in vocabulary.within(text, typos)[:MAX_EXPANSIONS]
                          for form in vocabulary.forms_of(key)] or [fold(text.lower())])
            return sorted({token for form in forms for token in self.analyze(fieldname, form)})

        terms = self.expansions.expand(f"{text}~", candidates,
                                       lambda term: self.doc_frequency(fieldname, term))
        self.remember(fieldname, terms, negated)
        if not terms:
            return None
        if not negated and fieldname == "text":
            # The nearest words first: a stem's other words (`cooperativas` for
            # `cooperasion~`) get no exactness bonus, the words within the typos get one
            # weighted as Lucene's FuzzyQuery weighs them (similarity.py), with the idf of
            # the most frequent (a one-off `Shainbaum` is no better match for `Sheimbaum`)
            written = {form: self.analyze("exact", form) if "exact" in self.schema else [] for form in forms}
            blend = self.blended("exact", {term for found in written.values() for term in found})
            for form, found in written.items():
                self.remember_exact(form, similarity(fold(text.lower()), fold(form.lower()))
                                    * min((blend[term] for term in found), default=1.0))
        # A missing ñ is the first guess (`pinata`: piñata before piratas), as in suggestions
        enye = self.vocabulary().with_enye(text) if "n" in text.lower() else None
        first = set(self.analyze(fieldname, enye)) if enye else set()
        typed, near = fold(text.lower()), {}
        for form in forms:  # a term weighs as its nearest form (Lucene's FuzzyQuery)
            for term in self.analyze(fieldname, form):
                near[term] = max(near.get(term, 0.0), similarity(typed, fold(form.lower())) ** NEARNESS_POWER)
        weights = {term: (ENYE_BOOST if term in first else 1.0) * near.get(term, 1.0) for term in terms}
        return self.either(fieldname, typed_field, terms, self.blended(fieldname, terms, weights))

    def wildcard(self, fieldname, pattern, negated, typed_field=None):
        """Expand a wildcard pattern to the most frequent words it matches, as written.

        Words are matched as written (the vocabulary's) and searched so in the text (the
        `exact` field: `sal?d` finds `salud`, not the `sal` and `sales` of `salid`'s stem)
        and marked whole; in titles, and in an index without that field, by their stems.
        """
        exact = fieldname == "text" and "exact" in self.schema
        forms = []

        def candidates(limit):
            if self.vocabulary is None:
                return []
            forms.extend(self.vocabulary().matching(pattern, limit))
            return sorted({term for form in forms
                           for term in self.analyze("exact" if exact else fieldname, form)})

        terms = self.expansions.expand(pattern, candidates,
                                       lambda term: self.doc_frequency("exact" if exact else fieldname, term))
        if not terms and pattern not in self.expansions.ignored:
            self.built.messages.append(f"Ninguna palabra del índice responde a «{quoted(pattern)}».")
        if not terms:
            return None
        if not exact:
            self.remember(fieldname, terms, negated)
            return self.either(fieldname, typed_field, terms, self.blended(fieldname, terms))
        if not negated:  # each matched word marked as written (spans.AS_WRITTEN)
            kept = set(terms)
            self.built.phrases.extend({(AS_WRITTEN + term,) for form in forms
                                       for term in self.analyze("exact", form) if term in kept})
        boosts = self.blended("exact", terms)
        parts = [Term("exact", term, boost=boosts[term]) for term in terms]
        return parts[0] if len(parts) == 1 else Or(parts)

    def accented_terms(self, fieldname, text, term):
        """Return the other index terms of a word typed without accents (`comio`: `com`).

        Only terms the index holds: each is one more posting list to read.
        """
        found = []
        for variant in accent_variants(text.lower()):
            terms = self.analyze(fieldname, variant)
            if (len(terms) == 1 and terms[0] != term and terms[0] not in found
                    and self.doc_frequency(fieldname, terms[0])):
                found.append(terms[0])
        return found

    def title_terms(self, fieldname, text, tokens):
        """Return the index terms of a title's other form (`Dr`: `doctor`, `doctor`: `dr`;
        honorifics.py) that the index holds and tokens lack."""
        found = []
        for form in other_forms(text):
            for term in self.analyze(fieldname, form):
                if term not in tokens and term not in found and self.doc_frequency(fieldname, term):
                    found.append(term)
        return found

    def joined_term(self, fieldname, text, tokens):
        """Return the joined index term of a typed compound (`anti-COVID`: `anticovid`,
        `O'Donnell`: `odonnell`; words.catenated) when the index holds it, else None.

        Texts index a compound's joined word beside its parts, so the joined term finds
        both spellings: `anti-COVID` finds `anticovid`, and `odonnell` finds `O'Donnell`.
        """
        if fieldname not in ("text", "title") or not may_hold_compound(text):
            return None
        joined = joined_form(text)
        if joined is None or joined in tokens or not self.doc_frequency(fieldname, joined):
            return None
        return joined

    def blended(self, fieldname, terms, weights=None):
        """Return {term: boost} that scores each term with the idf of the most frequent one.

        Lucene's blended rewrite: boost = idf(highest document frequency) / idf(the
        term's), times the term's weight (1 when not given).
        """
        weights = weights or {}
        frequencies = {term: self.doc_frequency(fieldname, term) for term in terms}
        total = self.searcher.doc_count_all()
        common = lucene_idf(max(frequencies.values(), default=0), total)
        return {term: weights.get(term, 1.0) * common / lucene_idf(found, total)
                for term, found in frequencies.items()}

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
        typos = clause.fuzzy or self.fallback_typos(clause.text)
        return int(clause.prefix or clause.wildcard or bool(typos and self.vocabulary is not None))

    def fallback_typos(self, text):
        """Return the typos the typo fallback allows a word typed without `~`: its length's
        (suggest.allowed_typos) when fuzzy_all is True or holds the word, else 0."""
        if self.fuzzy_all is True or (self.fuzzy_all and text in self.fuzzy_all):
            return allowed_typos(text)
        return 0
