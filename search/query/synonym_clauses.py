"""A word's synonyms (synonyms.py) beside it in the query, scored below the word as typed.

`tapabocas` is searched as `tapabocas OR cubrebocas OR mascarilla…`, and `teléfono móvil`
(two words typed in a row) as `(teléfono AND móvil) OR celular`. A one-word synonym is
searched in the exact field, as written with its plurals (`mascarilla`, `mascarillas`):
its stem could be another word's (`ordenador`, `orden`); a synonym of several words is
searched as a quoted phrase is (Elasticsearch's `auto_generate_synonyms_phrase_query`).
A quoted word (`"cubrebocas"`), a prefix, a pattern, a typo-tolerant word and `titulo:`
keep no synonyms, as Typesense leaves phrase search alone. An excluded word excludes its
synonyms too (`-mascarilla` is `NOT (mascarilla OR cubrebocas…)`), as a `must_not` clause
analyzed with Elasticsearch's synonym_graph does; that is said in its own line,
`También se excluyó: …`, and they are not marked (no hit holds them).

Each synonym weighs SYNONYM_WEIGHT of what the typed word would, with the typed word's
idf (as Lucene's SynonymQuery scores synonyms with one idf), and gets no exactness bonus
(ranking.exactness): a paragraph with the word typed ranks before one with its synonym,
as Elasticsearch users get with a boost below 1 on a synonyms clause. What was searched is
said in one line, `También se buscó: …`, and marked in the snippets.

A word with no field typed searches titles too (ranking.title_boost), and so do its one-word
synonyms, by the same rule: SYNONYM_WEIGHT of what the typed word would score in the title,
with the typed word's idf there (title_synonym_term). Titles have no exact field, so a
synonym is searched there by its stem, and only when the texts show that stem is its own:
`ordenador`'s stem `orden` is `orden`'s too, and a title about an order is no computer's.
"""

from whoosh.query import And, Or, Term

from search.query.boosts import boosted
from search.query.clauses import Not, Phrase, Word
from search.query.synonyms import typed_word, word_key, written_forms
from search.text.analysis import terms_of
from search.text.words import TOKEN, exact_form
from search.whoosh_ext.scoring import lucene_idf

AS_WRITTEN = "="  # phrase_spans.AS_WRITTEN: a form marked whole, as written
# On the covid19mx + fiction_es index, `tapabocas` (14 paragraphs) with synonyms at 0.5 put
# two long paragraphs with the word at places 23 and 86, below short ones with `cubrebocas`
# and `mascarilla`; at 0.3 the last was 17th, at 0.2 all 14 come first.
SYNONYM_WEIGHT = 0.2
SHOWN = 8  # synonyms the line names before "y N más"


class Run:
    """Words typed in a row that have synonyms as a whole (`teléfono móvil`), and those."""

    def __init__(self, words, synonyms):
        self.words, self.synonyms = words, synonyms


class SynonymClauses:
    """Synonyms in the query Builder (which gives schema, built, synonyms, doc_frequency,
    analyze, clause, phrase, remember and searcher)."""

    searched = ()  # the synonyms found in the index, as written, in order (set per build)
    excluded = ()  # those of excluded words (set per build)
    typed_root = None  # the clause tree being built (set per build)
    in_run = False

    def word_synonyms(self, query, fieldname, word, tokens, negated):
        """Return query, or it or the word's synonyms (a plain word of the text only); for
        an excluded word (`negated`), the synonyms are excluded with it."""
        if (not self.synonyms or self.in_run or fieldname != "text" or word.fuzzy
                or "exact" not in self.schema):
            return query
        found = self.synonyms.of_words([word.text])
        if not found:
            return query
        titled = self._title_frequency([word], tokens)
        parts = self.synonym_parts(found, self.doc_frequency("text", tokens[0]) if tokens else 0, negated, titled)
        return Or([query, *parts]) if parts else query

    def runs(self, clauses):
        """Return clauses with each run of plain words that has synonyms as one Run."""
        if not self.synonyms or not self.synonyms.starts or "exact" not in self.schema:
            return clauses
        found, at = [], 0
        while at < len(clauses):
            run = self._run_at(clauses, at)
            if run is None:
                found.append(clauses[at])
                at += 1
            else:
                found.append(run)
                at += len(run.words)
        return found

    def _run_at(self, clauses, at):
        """Return the longest Run that starts at clauses[at], or None."""
        first = clauses[at]
        if (not _plain(first) or exact_form(typed_word(first.text)) not in self.synonyms.start_forms
                or word_key(first.text) not in self.synonyms.starts):
            return None
        words = []
        for clause in clauses[at:at + 3 * self.synonyms.longest]:  # stop words may stand between
            if not _plain(clause):
                break
            words.append(clause)
        for end in range(len(words), 1, -1):
            found = self.synonyms.of_words([word.text for word in words[:end]])
            if found:
                return Run(words[:end], found)
        return None

    def run_query(self, run, negated):
        """Return the query of a Run: its words, all of them, or any of their synonyms."""
        self.in_run = True
        try:
            parts = [part for part in (self.clause(word, negated) for word in run.words) if part is not None]
        finally:
            self.in_run = False
        if not parts:
            return None
        words = parts[0] if len(parts) == 1 else And(parts)
        terms = [term for word in run.words for term in self.analyze("text", word.text)]
        common = max((self.doc_frequency("text", term) for term in terms), default=0)
        synonyms = self.synonym_parts(run.synonyms, common, negated, self._title_frequency(run.words, terms))
        return Or([words, *synonyms]) if synonyms else words

    def _title_frequency(self, words, terms):
        """Return the typed words' document frequency in titles (the commonest term's), or
        None when their synonyms search no titles (a field typed, or titles unweighted)."""
        if self.title_boost <= 0 or any(word.field is not None for word in words) or "title" not in self.schema:
            return None
        return max((self.doc_frequency("title", term) for term in terms), default=0)

    def synonym_parts(self, synonyms, typed_frequency, negated=False, title_frequency=None):
        """Return the queries of the synonyms the index holds, weighted, and note them
        (as searched, or as excluded when `negated`). `title_frequency` is the typed words'
        in titles, when their one-word synonyms are searched there too (None: not)."""
        total = self.searcher.doc_count_all()
        parts, noted = [], self.excluded if negated else self.searched
        # A synonym typed with the other sign tells the words apart (`cubrebocas -mascarilla`,
        # `tapabocas -cubrebocas`): each is taken as typed, with no synonym (trial33: both were
        # said, `También se buscó: mascarilla` and `También se excluyó: cubrebocas`, and
        # nothing could match)
        other_sign = typed_keys(self.typed_root, not negated)
        if any(word_key(synonym.shown) in other_sign for synonym in synonyms):
            return parts
        for synonym in synonyms:
            if len(synonym.words) == 1:
                part = self._written(synonym.words[0], typed_frequency, total, negated)
                if title_frequency is not None:
                    part = self._in_titles(part, synonym.words[0], title_frequency, total, negated)
            else:
                part = self._phrase(synonym.shown, negated)
            if part is not None:
                parts.append(part)
                if synonym.shown not in noted:
                    noted.append(synonym.shown)
        return parts

    def _written(self, form, typed_frequency, total, negated=False):
        """Return the query of a one-word synonym's written forms the index holds, or None."""
        frequencies = {found: self.doc_frequency("exact", found) for found in written_forms(form)}
        held = [found for found, frequency in frequencies.items() if frequency]
        if not held:
            return None
        if not negated:  # marked in snippets; an excluded one is in no hit
            self.built.phrases.extend((AS_WRITTEN + found,) for found in held)
        typed = typed_frequency or max(frequencies.values())
        parts = [synonym_term(found, typed, frequencies[found], total) for found in held]
        return parts[0] if len(parts) == 1 else Or(parts)

    def _in_titles(self, query, form, title_frequency, total, negated):
        """Return query (or None), or it or the synonym's stem in titles, when they hold it."""
        term = title_synonym_term(self.schema, form, title_frequency, self.doc_frequency, total, self.title_boost)
        if term is None:
            return query
        if not negated:
            self.built.title_terms.add(term.text)  # marked in titles, as a typed word is
        return term if query is None else Or([query, term])

    def _phrase(self, text, negated=False):
        """Return the query of a synonym of several words, as a phrase, or None if the
        index lacks one of them. Its words are no words typed: no exactness bonus for them."""
        if not all(self.doc_frequency("text", term) for term in self.analyze("text", text)):
            return None
        exact, typed = dict(self.built.exact), list(self.built.typed_words)
        query = self.phrase(Phrase(text), negated=negated)
        self.built.exact, self.built.typed_words = exact, typed
        return boosted(query, SYNONYM_WEIGHT) if query is not None else None

    def synonyms_messages(self):
        """Return the lines that say which synonyms were searched and which excluded: [] to 2."""
        return [f"{opening} {', '.join(said[:SHOWN])}" + (f" y {len(said) - SHOWN} más." if len(said) > SHOWN else ".")
                for opening, said in (("También se buscó:", self.searched), ("También se excluyó:", self.excluded))
                if said]


def question_synonyms(synonyms, text, schema, frequency, total, title_boost=0.0):
    """Return the bonus query of a question's synonyms (`Term`s of the exact field), or None.

    A question (retrieval.searching.rank_ids) matches any of its words; its words' one-word
    synonyms that the index holds add to a paragraph's score, weighted as in a search
    (SYNONYM_WEIGHT, the typed word's idf), but find no paragraph the words don't.
    `frequency(field, term)` gives document frequencies; `total` is the index's paragraphs;
    `title_boost` weighs their stems in titles (ranking.title_boost; 0: not searched there).
    """
    if not synonyms or "exact" not in schema:
        return None
    parts, analyzer = {}, schema["text"].analyzer
    for word in TOKEN.findall(text):
        for synonym in synonyms.of_words([word]):
            if len(synonym.words) != 1:
                continue
            stems = terms_of(analyzer, word)
            typed = max((frequency("text", term) for term in stems), default=0)
            for form in written_forms(synonym.words[0]):
                held = frequency("exact", form)
                if held and form not in parts:
                    parts[form] = synonym_term(form, typed or held, held, total)
            if title_boost > 0 and "title" in schema:  # titles count, as the words' own do (ranking.question_query)
                titled = max((frequency("title", term) for term in stems), default=0)
                term = title_synonym_term(schema, synonym.words[0], titled, frequency, total, title_boost)
                if term is not None and ("title", term.text) not in parts:
                    parts[("title", term.text)] = term
    if not parts:
        return None
    return next(iter(parts.values())) if len(parts) == 1 else Or(list(parts.values()))


def synonym_term(form, typed_frequency, frequency, total):
    """Return the exact field's Term of a synonym's written form, boosted so that it scores
    SYNONYM_WEIGHT of what the typed word would: BM25 weighs a term by its own idf, so the
    boost trades the form's idf for the typed word's (Lucene's SynonymQuery: one idf for
    all). Frequencies are document frequencies; `total` the index's paragraphs."""
    boost = SYNONYM_WEIGHT * lucene_idf(typed_frequency, total) / lucene_idf(frequency, total)
    return Term("exact", form, boost=boost)


def title_synonym_term(schema, form, typed_frequency, frequency, total, title_boost):
    """Return the title field's Term of a one-word synonym, boosted so that it scores
    SYNONYM_WEIGHT of what the typed word would there (its title weight, `title_boost`, and
    its idf in titles: `typed_frequency`, 0 when no title holds it), or None.

    None when no title holds the synonym's stem, when the synonym makes no single stem, or
    when that stem is not its own: the texts hold the stem more often than the synonym's
    written forms (the exact field), so another word shares it (`ordenador` and `orden`,
    `celular` and `célula`), and a title with that word would be taken for the synonym.
    `frequency(field, term)` gives document frequencies; `total` is the index's paragraphs.
    """
    stems = terms_of(schema["title"].analyzer, form)
    if len(stems) != 1:
        return None
    stem = stems[0]
    in_titles = frequency("title", stem)
    if not in_titles or frequency("text", stem) > sum(frequency("exact", found) for found in written_forms(form)):
        return None
    typed = typed_frequency or in_titles
    boost = title_boost * SYNONYM_WEIGHT * lucene_idf(typed, total) / lucene_idf(in_titles, total)
    return Term("title", stem, boost=boost)


def typed_keys(root, negated):
    """Return the word_key of every word and phrase of a clause tree typed excluded (`negated`)
    or not: `cubrebocas -mascarilla` gives {cubrebocas} and {mascarilla}."""
    found, stack = set(), [(root, False)]
    while stack:
        clause, inside_not = stack.pop()
        if isinstance(clause, Not):
            stack.append((clause.clause, not inside_not))
        elif hasattr(clause, "clauses"):
            stack.extend((inner, inside_not) for inner in clause.clauses)
        elif isinstance(clause, (Word, Phrase)) and clause.field in (None, "text") and inside_not == negated:
            found.add(word_key(clause.text))
    return found


def _plain(clause):
    """Tell whether a clause is a plain word of the text: no field, mark, pattern or boost."""
    return (isinstance(clause, Word) and clause.field in (None, "text") and not clause.prefix
            and not clause.fuzzy and not clause.wildcard and clause.boost == 1.0)
