"""Clause trees (parser.py) to Whoosh queries, through the schema's analyzers.

Every word goes through the analyzer of the field it searches. A word with no field
searches the text and the title, the title weighted less (`title_boost`, the ranking's).
What can't be used (a stop word alone, an impossible date) is dropped with a message,
never an exception.
"""

import re
from dataclasses import dataclass, field

from whoosh.query import And, Every, Not, Or, Term

from search.errors import shown
from search.query.boosts import boosted
from search.query.clauses import Everything, Group, Phrase, quoted
from search.query.clauses import Not as NotClause
from search.query.compound_words import CompoundWords
from search.query.dates import DateClause
from search.query.expanding import MAX_CLAUSES, Expanding
from search.query.expansion import ExpansionBudget
from search.query.frame_clauses import FrameClauses
from search.query.other_clauses import OtherClauses
from search.query.phrases import TITLE_FIELDS
from search.query.question_frame import framing
from search.query.speakers import speaker_query
from search.query.synonym_clauses import Run, SynonymClauses
from search.text.analysis import terms_of

OLD_TITLES = ("Este índice se creó antes de que titulo: buscara también los títulos hechos para "
              "las transcripciones («Conferencia de prensa, 2020-06-15»): el próximo "
              "«hemeroteca update» lo rehará (o «hemeroteca index») y los encontrará.")

GLUED = re.compile(r"^([^\W\d_]+)(\d+)$|^(\d+)([^\W\d_]+)$")  # covid19, 5g, g20


@dataclass
class Built:
    """A Whoosh query, the text terms and phrases to highlight, and what the user should know.

    `terms` are the index terms of words, each highlighted wherever it occurs; `phrases`
    the phrase forms (words.phrase_forms) of phrases, highlighted as a whole where the
    phrase occurs; `stop_words` the words left out as stop words; `exact` the exact
    field's terms of the words typed for the text (not excluded, no prefix), whose
    paragraphs rank first (ranking.exactness), each with its weight: 1, or less for a
    typo-tolerant word's forms the further they are from it.
    """

    query: object
    terms: set = field(default_factory=set)
    title_terms: set = field(default_factory=set)  # the terms searched in titles alone (`titulo:`), to mark
    messages: list = field(default_factory=list)
    typed_words: list = field(default_factory=list)
    phrases: list = field(default_factory=list)
    stop_words: list = field(default_factory=list)
    exact: dict = field(default_factory=dict)  # {exact term: weight}
    excluding_only: bool = False  # the query only excludes: every other paragraph matches, unscored
    frame: list = field(default_factory=list)  # the words typed that frame a question (question_frame.py), scored only
    note: str | None = None  # what a fallback way says it searched, when MESSAGES[mode] can't name it
    text_only: object = None  # () -> this Built with its words in the text alone, not titles (fallbacks.attempts)


class Builder(Expanding, OtherClauses, CompoundWords, SynonymClauses, FrameClauses):
    """Build a Whoosh query from a clause tree for one searcher."""

    def __init__(self, searcher, store, joiner="and", vocabulary=None, fuzzy_all=False,
                 title_boost=0.0, speaker_groups=None, columnar=None, analyses=None, synonyms=None,
                 excluded_title_boost=None):
        """`vocabulary` is a function returning the index's Vocabulary, called when needed;
        `fuzzy_all` reads words within their typos: every word (True), those of a set, or none;
        `title_boost` weighs a word's matches in titles (0: a word searches the text only);
        `speaker_groups` returns the spellings of each person (store.speaker_groups), when needed;
        `columnar` is the columnar posting cache that will score the query (its
        doc_frequency is faster, and its budget of expansions larger), or None;
        `analyses` ({(field, text): terms}) keeps what the analyzer made of each text, shared
        by the builds of one search (every word, then any word: each analyzed the same words
        and their accented forms again; shared, a keyword query ranks in 6% less CPU);
        `synonyms` (synonyms.Synonyms) the synonyms searched beside the words, or None;
        `excluded_title_boost` is title_boost for an excluded word (None: the same). A speaker's
        search (retrieval/fallbacks.speaker_bound) looks for its words in the text alone, but
        `-palabra` still leaves out a paragraph under a title that has it, as it does without the
        speaker: a filter only narrows."""
        self.columnar = columnar
        self.doc_frequency = searcher.doc_frequency if columnar is None else columnar.doc_frequency
        self.searched_title_boost = title_boost
        self.excluded_title_boost = title_boost if excluded_title_boost is None else excluded_title_boost
        self.negating = False  # building an excluded clause: title_boost is excluded_title_boost
        self.searcher = searcher
        self.schema = searcher.schema
        self.store = store
        self.joiner = joiner
        self.vocabulary = vocabulary
        self.fuzzy_all = fuzzy_all
        self.speaker_groups = speaker_groups
        self.synonyms = synonyms
        self.searched = []  # the synonyms searched, as written (synonym_clauses.py)
        self.excluded = []  # the synonyms of excluded words, as written
        self.analyses = {} if analyses is None else analyses
        self.built = Built(None)
        self.match_all = "*:*"  # how `*:*` was typed (`tit*:*`), for what is said of it
        self.expansions = ExpansionBudget.for_query(0)
        self._evidence = None
        self.framing = ()  # the root's clauses that frame a question (question_frame.py)

    def _speaker_groups(self):
        """Return the spellings of each person, so `orador:` finds them all (as facets count them)."""
        return self.speaker_groups() if self.speaker_groups else None

    def build(self, root):
        """Return the Built query for a clause tree."""
        self.expansions = ExpansionBudget.for_query(self.count_expansions(root),
                                                    columnar=self.columnar is not None)
        self.framing = framing(root)
        self.typed_root = root  # a synonym typed with the other sign is not added (synonym_clauses)
        query = self.clause(root, negated=False)
        self.built.messages.extend(self.expansions.messages())
        if query is not None:
            self.built.messages[:0] = self.synonyms_messages()
        if isinstance(query, Every):
            self.built.excluding_only = True  # every paragraph scores alike: newest first
            self.built.messages.append(f"«{quoted(self.match_all)}» busca todo: se muestran todos los "
                                       "párrafos, los más recientes primero.")
        elif query is not None and _only_negative(query):
            # Every paragraph but those, as Elasticsearch answers a query that only
            # excludes (it adds a match_all) and Meilisearch answers `-word`
            self.built.excluding_only = True
            self.built.messages.append(
                "La búsqueda solo excluía palabras: se muestran todos los párrafos sin ellas, "
                "los más recientes primero.")
        self.built.query = query
        return self.built

    @property
    def title_boost(self):
        """The weight of a word's matches in titles, 0 for none: the excluded words' while an
        exclusion is built (every expansion reads it: words, prefixes, typos, synonyms)."""
        return self.excluded_title_boost if self.negating else self.searched_title_boost

    def clause(self, clause, negated):
        outer, self.negating = self.negating, negated
        try:
            query = self.unboosted(clause, negated)
        finally:
            self.negating = outer
        boost = getattr(clause, "boost", 1.0)  # `salud^2`, `"a b"^2`, `(a b)^2`
        return boosted(query, boost) if query is not None and boost != 1.0 else query

    def unboosted(self, clause, negated):
        if isinstance(clause, Group):
            return self.group(clause, negated)
        if isinstance(clause, NotClause):
            inner = self.clause(clause.clause, not negated)
            if isinstance(inner, Every):  # `-*:*`: no paragraph left, which no one asks for
                self.built.messages.append(f"Excluir «{quoted(self.match_all)}» no deja ningún párrafo; "
                                           "se ignoró.")
                return None
            return Not(inner) if inner is not None else None
        if isinstance(clause, DateClause):
            return self.dates(clause)
        if isinstance(clause, Everything):
            return self.everything(clause)
        if isinstance(clause, Phrase):  # typed in quotes (or `=word`): its words as written
            return self.phrase(clause, negated, as_written=True)
        if isinstance(clause, Run):
            return self.run_query(clause, negated)
        return self.word(clause, negated)

    def group(self, group, negated):
        built, seen = [], set()
        # runs of words with synonyms as a whole (`teléfono móvil`), where every word is required
        every = group.joiner == "and" or (group.joiner is None and self.joiner == "and")
        for clause in self.runs(group.clauses) if every else group.clauses:
            if len(seen) >= MAX_CLAUSES:
                self.built.messages.append(f"La búsqueda tenía demasiadas partes; se usaron "
                                           f"las {MAX_CLAUSES} primeras.")
                break
            part = self.clause(clause, negated)
            if part is None:
                continue
            # "x x x" is "x" (a clause alone has no other to repeat: its repr is not needed)
            written = repr(part) if len(group.clauses) > 1 else None
            if written not in seen:
                seen.add(written)
                built.append((clause, part))
        if len(built) > 1 and any(isinstance(part, Every) for _, part in built):
            # `*:*` with other words adds nothing: it is what the words leave out that counts
            built = [(clause, part) for clause, part in built if not isinstance(part, Every)]
            if not all(isinstance(part, Not) for _, part in built):  # `*:* -x` is said as `-x`
                self.built.messages.append(f"«{quoted(self.match_all)}» junto a otras palabras no "
                                           "cambia nada; se ignoró.")
        if not built:
            return None
        if len(built) == 1:
            return built[0][1]
        if group.joiner == "or":
            return Or([part for _, part in built if not isinstance(part, Not)]) or None
        if group.joiner == "and" or self.joiner == "and":
            return self.every_part(built)
        return self.any_part(built)

    def analyze(self, fieldname, text):
        """Return the terms the field's analyzer makes of text (a new list each call)."""
        found = self.analyses.get((fieldname, text))
        if found is None:
            found = self.analyses[(fieldname, text)] = terms_of(self.schema[fieldname].analyzer, text)
        return list(found)

    def word(self, word, negated):
        fieldname = {None: "text", "text": "text", "title": "title"}.get(word.field)
        if word.wildcard and word.field == "doc":  # a name matched whole by its pattern
            return self.documents(word.text, pattern=True)
        if word.wildcard and word.field == "speaker":
            word = self.wildcard_as_prefix(word)
        if word.field == "speaker":
            return speaker_query(self.searcher, word.text, prefix=word.prefix, groups=self._speaker_groups(),
                                 notes=self.built.messages)
        if word.field == "doc":
            return self.documents(word.text, word.prefix)
        if word.wildcard:  # a pattern, not a word to respell or to read with typos
            return self.wildcard(fieldname, word.text, negated, word.field)
        if not negated and fieldname == "text":
            self.built.typed_words.append(word.text)
        if word.prefix:
            return self.prefix(fieldname, word.text, negated, word.field)
        if not negated and fieldname == "text":
            self.remember_exact(word.text)
        typos = word.fuzzy or self.fallback_typos(word.text)
        if typos and self.vocabulary is not None and self.expansions.may_look_up_typos(word.text):
            query = self.fuzzy(fieldname, word.text, typos, negated, word.field)
            if query is not None and negated:  # excluded with its synonyms in the typo fallback too
                query = self.word_synonyms(query, fieldname, word, self.analyze(fieldname, word.text), negated)
            if query is not None or word.fuzzy:
                return query
            # A typo stage cut short (time, budget) still needs the word: as typed. Dropped,
            # `dijo presidente cubrebocas` showed paragraphs without `cubrebocas` as holding all.
        tokens = self.analyze(fieldname, word.text)
        joined = self.joined_term(fieldname, word.text, tokens)
        if len(tokens) > 1:  # chino-rusas, COVID-19: the parts, together and in order
            phrase = self.phrase(Phrase(word.text, word.field), negated, joins=False)
            if phrase is None:
                return None
            if joined is not None:
                self.remember(fieldname, [joined], negated)  # or joined, as `anticovid` is written
                phrase = Or([phrase, self.either(fieldname, word.field, [joined])])
            return self.word_synonyms(phrase, fieldname, word, tokens, negated)  # SARS-CoV-2's too
        glued = GLUED.match(word.text)
        if glued and tokens and not self.searcher.doc_frequency(fieldname, tokens[0]):
            # `covid19` where the texts write `COVID-19` (two words to the analyzer, as to
            # Lucene's standard tokenizer): its letters and digits as a phrase
            return self.phrase(Phrase(" ".join(part for part in glued.groups() if part),
                                      word.field), negated)
        if not tokens and not any(letter.isalnum() for letter in word.text):  # `\\`, `#`
            self.built.messages.append(f"«{shown(word.text)}» no tiene letras ni cifras que "
                                       "buscar; se ignoró.")
            return None
        if not tokens:
            self.built.stop_words.append(word.text)
            return None
        tokens += self.accented_terms(fieldname, word.text, tokens[0]) + ([joined] if joined else [])
        tokens += self.title_terms(fieldname, word.text, tokens)  # `Dr. Alcocer` is `doctor Alcocer`
        self.remember(fieldname, tokens, negated)
        boosts = self.blended(fieldname, tokens) if len(tokens) > 1 else None  # a one-off `COVÍD`
        query = self.either(fieldname, word.field, tokens, boosts)
        query = self.or_parts(query, fieldname, word, tokens, negated)
        return self.word_synonyms(query, fieldname, word, tokens, negated)

    def either(self, fieldname, typed_field, terms, boosts=None):
        """Return the query for any of terms: in fieldname, and in titles when no field was typed.

        `boosts` ({term: factor}) weighs some terms more.
        """
        boosts = boosts or {}
        if typed_field is None and self.title_boost > 0:
            parts = [Or([Term("text", term, boost=boosts.get(term, 1.0)),
                         Term("title", term, boost=self.title_boost * boosts.get(term, 1.0))])
                     for term in terms]
        elif typed_field == "title" and len(self.title_fields()) > 1:
            parts = [Or([Term(name, term, boost=boosts.get(term, 1.0)) for name in self.title_fields()])
                     for term in terms]
        else:
            parts = [Term(fieldname, term, boost=boosts.get(term, 1.0)) for term in terms]
        return parts[0] if len(parts) == 1 else Or(parts)

    def title_fields(self):
        """Return the fields `titulo:` searches: the titles files give, and those made for
        transcripts (an index built before those were indexed has the first only: said once)."""
        if all(name in self.schema for name in TITLE_FIELDS):
            return TITLE_FIELDS
        if OLD_TITLES not in self.built.messages:
            self.built.messages.append(OLD_TITLES)
        return ("title",)

    def remember_exact(self, text, weight=1.0):
        """Note the exact field's terms of words typed for the text (ranking.exactness)."""
        if "exact" in self.schema:
            for term in self.analyze("exact", text):
                self.built.exact[term] = max(weight, self.built.exact.get(term, 0.0))

    def remember(self, fieldname, terms, negated):
        if fieldname == "text" and not negated:
            self.built.terms.update(terms)
        elif fieldname == "title" and not negated:
            self.built.title_terms.update(terms)


def _only_negative(query):
    return isinstance(query, Not) or isinstance(query, And) and all(isinstance(part, Not) for part in query.subqueries)


def build_query(parsed, searcher, store, joiner="and", vocabulary=None, fuzzy_all=False,
                title_boost=0.0, speaker_groups=None, columnar=None, analyses=None, synonyms=None,
                excluded_title_boost=None):
    """Return the Built Whoosh query for a parsed query (see Builder for the options)."""
    builder = Builder(searcher, store, joiner, vocabulary, fuzzy_all, title_boost, speaker_groups,
                      columnar, analyses, synonyms, excluded_title_boost)
    builder.year_of = parsed.year_of
    built = builder.build(parsed.root)
    built.messages = parsed.messages + built.messages
    return built
