"""Phrase queries: candidates from the postings of words and word pairs, checked against the text.

The index keeps no word positions (they would double its size). It keeps instead, for
each paragraph, its stop words and the pairs of adjacent words that hold one
(search/text/pairs.py). A phrase then requires its content words and the pairs the
index holds; when those say everything (a phrase of one or two words with a stop word:
"de la", "el presidente") no text is read. Otherwise the few paragraphs that hold them
all are checked against the stored text, word forms in order, stop words included
(`holding_phrase`), within the search's time budget (search/budget.py).

An index built before the pairs existed is still searched: its phrases are checked on
the candidates of their content words (every paragraph when they have none), within
the budget.
"""

from dataclasses import dataclass
from itertools import islice

from whoosh.matching import FilterMatcher, NullMatcher
from whoosh.query import And, Every, Term
from whoosh.query.wrappers import WrappingQuery

from search import budget as budgets
from search.query.compound_paths import joined_words
from search.query.phrase_scores import LonePhraseMatcher, lone_phrase_bound, lone_phrase_scorer
from search.text.pairs import (
    SIGNATURE_FIELD,
    SIGNATURE_SCHEME,
    is_bucket,
    is_stop,
    pair_bits,
    pair_index_term,
    single_term,
)
from search.text.phrase_match import PhraseMatcher, SloppyMatcher
from search.text.words import (
    TOKEN,
    accent_variants,
    index_form,
    phrase_form,
    phrase_forms,
    written_form,
    written_stems,
)
from search.whoosh_ext.columns import fixed_bytes_column, numeric_column

PAIR_FIELDS = {"text": "pairs"}  # titles are few (documents share them): checked as text
TITLE_FIELDS = ("title", "made_title")  # a document's title, as given or as made (storage/schema.py)
CHECK_BATCH = 64  # candidates checked between two looks at the clock
CHECKING = "la comprobación de las frases en el texto"  # what a search cut short here left unfinished
MAX_SPELLINGS = 16  # ways a phrase typed without accents is searched (2 words of 4 ways each)


@dataclass(frozen=True)
class PhrasePlan:
    """How a phrase is answered: the terms every match has, and whether they are enough.

    `required` holds (field, term) pairs: the phrase's content words in its own field,
    then its stop words and word pairs in the pairs field. `exact` is True when a record
    with all of them holds the phrase, so no text is read.
    """

    fieldname: str
    forms: tuple
    content: tuple
    required: tuple
    exact: bool
    bits: int = 0  # the bits of the field's pair signatures that a match has (pairs.pair_bits)
    slop: int = 0  # other words allowed between the phrase's words, in all (`"a b"~3`)
    # (field, term) pairs whose records are not checked (nor matched): another clause matches
    # them (`covid19`'s parts in a row are looked for where `covid19` is not: builder.word)
    skip: tuple = ()
    written: bool = False  # forms are words.written_forms: the words as typed, not their stems
    # For a phrase searched as written: the masks of its pairs' bits, one a way its words' stems
    # may be spelled (plan_written); a record that holds the phrase has every bit of one
    bit_choices: tuple = ()

    def matcher(self):
        """Return the callable that tells whether a text holds the phrase (phrase_match.py)."""
        form = written_form if self.written else phrase_form
        return SloppyMatcher(self.forms, self.slop, form) if self.slop else PhraseMatcher(self.forms, form)

    @property
    def scored_field(self):
        """Return the field whose postings of `content` score a match: the exact field's for
        a phrase of the text searched as written, else the phrase's own."""
        return "exact" if self.written and self.fieldname == "text" else self.fieldname

    @property
    def single_term(self):
        """Return the one term that is the whole phrase (a quoted content word), or None."""
        return self.content[0] if len(self.forms) == 1 and self.content and self.exact else None


def phrase_spellings(text, known, joins=True, evidence=None, form=phrase_form):
    """Return (the phrase forms of each way text may be written, whether some were left out).

    A word typed without accents is also the words it may be with one, as a word alone
    is (builder.accented_terms): `"secretaria de salud"` is also `secretaría de salud`,
    and `"como se"` also `cómo se`; ñ is a letter of its own and never added. With
    `joins`, words written apart or as a compound are also their joined word
    (joined_words): `"vacuna anti-COVID"` and `"vacuna anti COVID"` are also `vacuna
    anticovid`, as the paths of a token graph are each a phrase for Lucene's
    QueryBuilder (analyzeGraphPhrase). Only forms that `known(form)` (the index holds
    them) count, and at most MAX_SPELLINGS phrases, the typed forms first. With the index's
    `evidence` (compound_paths.Evidence), a solid word is also its parts, and words apart
    with a stop word their joined word, where the texts write that compound with a hyphen:
    `"email"` is also `e mail`, `"e mail"` also `email`. `form` makes the forms: phrase_form,
    or words.written_form for a phrase searched as written, whose forms fold accents
    already (no variants are added).
    """
    tokens = list(TOKEN.finditer(text))
    choices = []
    for match in tokens:
        options = [(form(match.group()),)]
        for variant in accent_variants(match.group().lower()) if form is phrase_form else ():
            stem = index_form(variant)
            if stem and (stem,) not in options and known(stem):
                options.append((stem,))
        parts = evidence.split(match.group()) if joins and evidence is not None else []
        if parts:
            options.append(tuple(map(form, parts)))
        choices.append(options)
    joined = joined_words(text, tokens, known, evidence, form) if joins else {}
    ways = [1] * (len(tokens) + 1)  # ways[n]: the phrases from word n on
    for at in range(len(tokens) - 1, -1, -1):
        ways[at] = len(choices[at]) * ways[at + 1] + sum(ways[last + 1] for _, last in joined.get(at, ()))

    def paths(at):
        if at == len(tokens):
            yield ()
            return
        for forms in choices[at]:
            yield from (forms + rest for rest in paths(at + 1))
        for form, last in joined.get(at, ()):
            yield from ((form,) + rest for rest in paths(last + 1))

    return list(islice(paths(0), MAX_SPELLINGS)), ways[0] > MAX_SPELLINGS


def plan_phrase(schema, fieldname, text, forms=None, slop=0):
    """Return the PhrasePlan of a phrase in a field, from the pairs the schema indexes.

    `forms`: the phrase's forms when they are not those of text (phrase_spellings).
    `slop`: other words allowed between its words; a sloppy phrase requires its content
    words (its pairs need not be in the text) and is checked against every candidate.
    """
    forms = tuple(phrase_forms(text) if forms is None else forms)
    content = tuple(dict.fromkeys(form for form in forms if not is_stop(form)))
    pairs_field = PAIR_FIELDS.get(fieldname)
    kind = getattr(schema[pairs_field].analyzer, "kind", "none") if pairs_field in schema else "none"
    if slop and len(forms) > 1:
        singles = [] if content else [single_term(kind, form) for form in dict.fromkeys(forms)]
        required = tuple((fieldname, term) for term in content) + tuple(
            (pairs_field, term) for term in singles if term is not None)
        return PhrasePlan(fieldname, forms, content, required, False, 0, slop)
    pairs = [pair_index_term(kind, a, b) for a, b in zip(forms, forms[1:])]
    pairs = [term for term in pairs if term is not None]
    # A stop word alone narrows little (most paragraphs have it) and intersecting its long
    # posting list costs: it is required only when it is the whole phrase.
    singles = [single_term(kind, forms[0])] if len(forms) == 1 and single_term(kind, forms[0]) else []
    required = tuple((fieldname, term) for term in content) + tuple(
        (pairs_field, term) for term in dict.fromkeys(singles + pairs))
    exact = (len(forms) == 1 and bool(content or singles)
             or len(forms) == 2 and len(pairs) == 1 and not is_bucket(pairs[0]))
    column = schema[SIGNATURE_FIELD].column_type if SIGNATURE_FIELD in schema else None
    signed = fieldname == "text" and getattr(column, "scheme", None) == SIGNATURE_SCHEME
    bits = pair_bits(forms, column.size) if signed and not exact else 0
    return PhrasePlan(fieldname, forms, content, required, exact, bits)


def plan_written(schema, fieldname, forms, slop=0, known=None):
    """Return the PhrasePlan of a phrase searched as written (in quotes), in the text.

    As Elasticsearch's recipe for mixing exact search with stemming (simple_query_string's
    `quote_field_suffix` on an unstemmed `exact` subfield): the phrase of `forms`
    (words.written_forms, or a way of them that phrase_spellings gives) requires its words'
    exact-field terms (folded, unstemmed: `"vacuno"` is «vacunó», not «vacunas»), and its
    pairs of stop words, which are written one way; a phrase of one word or two stop words
    is then answered, any other is checked against the stored text with written forms.
    The pairs of a content word are left out: they hold its stem, which its written form
    may not give (`comio` is also «comió», stemmed `com`, not `comi`). The signature's bits
    narrow all the same, as `bit_choices`: those of each way the words' stems may be spelled
    (stems_spellings, with `known(stem)` telling the stems the text field holds).
    """
    forms = tuple(forms)
    content = tuple(dict.fromkeys(form for form in forms if not is_stop(form)))
    kind = getattr(schema["pairs"].analyzer, "kind", "none") if "pairs" in schema else "none"
    stops = [] if slop and len(forms) > 1 else [
        pair_index_term(kind, a, b) for a, b in zip(forms, forms[1:]) if is_stop(a) and is_stop(b)]
    stops += [single_term(kind, form) for form in (dict.fromkeys(forms) if not content else ())
              if len(forms) == 1 or slop]
    stops = [term for term in dict.fromkeys(stops) if term is not None]
    required = tuple(("exact", term) for term in content) + tuple(("pairs", term) for term in stops)
    exact = (len(forms) == 1 and bool(required)
             or len(forms) == 2 and not content and len(stops) == 1 and not is_bucket(stops[0]) and not slop)
    column = schema[SIGNATURE_FIELD].column_type if SIGNATURE_FIELD in schema else None
    signed = fieldname == "text" and getattr(column, "scheme", None) == SIGNATURE_SCHEME
    choices = ()
    if signed and not exact and not slop and known is not None:
        spellings = stems_spellings(forms, known)
        choices = tuple(dict.fromkeys(pair_bits(stems, column.size) for stems in spellings or ()))
    return PhrasePlan(fieldname, forms, content, required, exact, 0, slop if len(forms) > 1 else 0, written=True,
                      bit_choices=() if 0 in choices else choices)


def stems_spellings(forms, known):
    """Return the phrase forms (stems) that the words of written `forms` may have in a text,
    one tuple a way, or None when they are more than MAX_SPELLINGS.

    A word's written form folds its accents; a text's word of that form is the form with
    at most one acute accent, which words.accent_variants gives, and whose stem Snowball may
    read otherwise (`comio` is `comi`, «comió» `com`). Only the stems `known(stem)` counts
    are kept: a word the texts never write can't be in a match.
    """
    choices = [[form] if is_stop(form) else sorted(stem for stem in written_stems(form) if known(stem))
               for form in forms]  # a stop word is written one way
    total = 1
    for options in choices:
        total *= len(options)
    if total > MAX_SPELLINGS:
        return None
    ways = [()]
    for options in choices:
        ways = [way + (form,) for way in ways for form in options]
    return ways


def signed(reader, docnums, plan):
    """Return the docnums whose pair signature has every bit of the phrase's pairs.

    A record that lacks a bit lacks a pair, so it can't hold the phrase; one that has
    them all may still not (two pairs can set the same bits), and is checked.
    """
    masks = plan.bit_choices or ((plan.bits,) if plan.bits else ())
    column = fixed_bytes_column(reader, SIGNATURE_FIELD) if masks else None
    if column is None:
        return docnums
    (data, width), end = column, len(column[0])
    return [n for n in docnums if n * width < end
            and any(int.from_bytes(data[n * width:(n + 1) * width], "little") & bits == bits for bits in masks)]


def holding_phrase(reader, store, docnums, plan, budget=None):
    """Return, in order, the document numbers of a segment whose stored text holds the phrase.

    `docnums` are candidates in one segment `reader` (they hold the plan's required
    terms); each is looked up in the record `store` and checked word by word. When the
    search's budget is spent the check stops: the numbers found so far are returned and
    the budget is marked cut short.
    """
    budget = budget or budgets.current()
    if plan.skip:
        held = _holders(reader, plan.skip)
        docnums = [docnum for docnum in docnums if docnum not in held]
    matches = plan.matcher()
    docnos = numeric_column(reader, "docno") or reader.column_reader("docno")
    paragraphs = numeric_column(reader, "paragraph") or reader.column_reader("paragraph")
    found = []
    field = "title" if plan.fieldname in TITLE_FIELDS else plan.fieldname  # the store's name
    if field == "title":
        found, docnums = _holding_in_titles(docnums, docnos, store, matches, budget)
    else:
        docnums = list(docnums)
    for start in range(0, len(docnums), CHECK_BATCH):
        if budget.spent():
            budget.stop(CHECKING)
            break
        batch = docnums[start:start + CHECK_BATCH]
        texts = store.texts([(docnos[n], paragraphs[n]) for n in batch], field)
        found += [n for n, text in zip(batch, texts) if text is not None and matches(text)]
    return sorted(found)


def _holders(reader, terms):
    """Return the set of a segment's document numbers that hold any of (field, term) terms."""
    found = set()
    for field, term in terms:
        if (field, term) in reader:
            found.update(reader.postings(field, term).all_ids())
    return found


def _holding_in_titles(docnums, docnos, store, matches, budget):
    """Check titles once per document; return (docnums found, docnums with titles of their own)."""
    found, own, verdicts = [], [], {}
    for count, docnum in enumerate(docnums):
        if count % CHECK_BATCH == 0 and budget.spent():
            budget.stop(CHECKING)
            break
        docno = docnos[docnum]
        if store.has_own_titles(docno):
            own.append(docnum)
            continue
        verdict = verdicts.get(docno)
        if verdict is None:
            title = store.document_title(docno)
            verdict = verdicts[docno] = title is not None and matches(title)
        if verdict:
            found.append(docnum)
    return found, own


class PhraseQuery(WrappingQuery):
    """Records whose field holds the phrase: its required terms, then the text if need be.

    Matches score as their content words do, as a Term query for them would: the pairs
    only narrow. A phrase of stop words alone scores as one word found once (phrase_scores.py).
    """

    def __init__(self, plan, text, store):
        required = [Term(field, term) for field, term in plan.required]
        super().__init__(And(required) if required else Every())
        self.plan = plan
        self.fieldname = plan.fieldname
        self.text = text
        self.store = store
        self.boost = 1.0  # `"a b"^2` (builder.boosted)

    def _rewrap(self, child):
        return self

    def __repr__(self):
        slop = f", slop={self.plan.slop}" if self.plan.slop else ""
        boost = f", boost={self.boost}" if self.boost != 1.0 else ""
        return f"PhraseQuery({self.fieldname!r}, {' '.join(self.plan.forms)!r}{slop}{boost})"

    def __eq__(self, other):
        return (isinstance(other, PhraseQuery) and other.fieldname == self.fieldname
                and other.plan.forms == self.plan.forms and other.plan.slop == self.plan.slop
                and other.boost == self.boost)

    def __hash__(self):
        return hash((self.fieldname, self.plan.forms, self.plan.slop, self.boost))

    def boosted(self, factor):
        """Return a copy whose scores are multiplied by factor (`"a b"^2`)."""
        found = PhraseQuery(self.plan, self.text, self.store)
        found.boost = self.boost * factor
        return found

    def matcher(self, searcher, context=None):
        """Match the records of this segment that hold the phrase."""
        budget = budgets.current()
        if budget.spent():
            budget.stop(CHECKING)
            return NullMatcher()
        candidates = self.child.matcher(searcher, context)
        if not candidates.is_active():
            return NullMatcher()
        docnums = list(candidates.all_ids())
        if not self.plan.exact:
            reader = searcher.reader()
            docnums = holding_phrase(reader, self.store, signed(reader, docnums, self.plan),
                                     self.plan, budget)
        if not docnums:
            return NullMatcher()
        if not self.plan.content:  # stop words alone: BM25 of the phrase as one word
            scorer = lone_phrase_scorer(searcher, self.plan, self.boost)
            return LonePhraseMatcher(docnums, scorer, lone_phrase_bound(searcher, self.plan, self.boost))
        words = And([Term(self.plan.scored_field, term) for term in self.plan.content], boost=self.boost)
        return FilterMatcher(words.matcher(searcher, context), frozenset(docnums))
