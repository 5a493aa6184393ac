"""The Spanish analyzer: NFC, tokenizer, lowercase, stop words, Snowball stems, accent folding.

A Whoosh pipeline built with `|`, whose filters apply the word rules of words.py: stop
words found by their folded form, stems made from the accented word, foreign diacritics
folded before stemming and the Spanish accents after it.

Everything here is a module-level class or function, because Whoosh pickles the
schema (and so the analyzer) into the index, and a PyStemmer object can't be pickled.
An index built by another version of these rules is found (analyzer_marks.outdated_analysis).

>>> [t.text for t in spanish_analyzer()("¿Cooperación chino-rusa en EE.UU.?")]
['cooper', 'chin', 'rus', 'eeuu']
"""

import unicodedata
from functools import lru_cache
from itertools import islice
from re import Match

from whoosh.analysis import CharsetFilter, CompositeAnalyzer, Filter, LowercaseFilter, RegexTokenizer, StopFilter, Token

from search.text.folding import ACCENT_FOLDING
from search.text.words import (
    STOPWORDS,
    TOKEN,
    TOKEN_PATTERN,
    catenated,
    compounds,
    exact_form,
    folded_word,
    index_form,
    is_stop_word,
    may_hold_compound,
    plain_stem,
    plain_word,
    stem,
    stop_forms,
)

# Bumped whenever the analyzer indexes some word differently: an index built by another
# version must be rebuilt (search says so, update does it), or its terms would not meet
# the query's. 1: Snowball, plurals merged, á é í ó ú ü folded after stemming. 2: every
# Latin diacritic folded (foreign ones before stemming); stop words that are content words
# left out of the stop list. 3: stop words found by their folded form (cómo, cuándo, mas).
# 4: plurals of every kind written as their singular before stemming (stems.py), nouns in
# -d kept whole, a final z stemmed as c; acronyms with spaces, numbers in one spelling,
# elided particles (O'Donnell) dropped. 5: a spaced acronym's parts have one or two capitals
# (`la OMS. A. Pérez` was indexed as `omsa`). 6: compounds indexed joined too, beside
# their parts (`anti-COVID` as anti, covid and anticovid; `O'Donnell` as donnell and
# odonnell); plurals of agudas in a vowel (`mamás`) and of nouns in -i, -u (`taxis`).
ANALYZER_VERSION = 6


class NormalizingTokenizer(RegexTokenizer):
    """Split NFC-normalized text into word tokens; acronyms lose their dots.

    >>> [t.text for t in NormalizingTokenizer()("«EE.UU.» y la COVID-19: 1.500")]
    ['EEUU', 'y', 'la', 'COVID', '19', '1500']
    """

    def __init__(self, expression=TOKEN_PATTERN):
        super().__init__(expression)

    def __call__(self, value, **kwargs):
        value = unicodedata.normalize("NFC", value)
        if kwargs.get("mode") != "index" or not may_hold_compound(value):
            for token in super().__call__(value, **kwargs):
                token.text = self.plain(token.text)
                yield token
            return
        positions = {}  # start character: position, for the compounds' joined tokens
        for token in super().__call__(value, **dict(kwargs, chars=True)):
            positions[token.startchar] = getattr(token, "pos", None)
            token.text = self.plain(token.text)
            yield token
        # Indexing: each compound's joined word too, at its first part's position, as
        # word_delimiter_graph puts it (queries join the typed word: query/expanding.py)
        for start, end, joined in catenated(value):
            token.text, token.stopped, token.boost = self.plain(joined), False, 1.0
            token.startchar, token.endchar, token.pos = start, end, positions[start]
            yield token

    @staticmethod
    def plain(word):
        """Return a matched word as words.plain_word gives it: acronyms without dots,
        numbers in one spelling, apostrophes straight, elided particles dropped."""
        return plain_word(word)


class FoldedStopFilter(StopFilter):
    """Whoosh's StopFilter comparing each word's folded form with the folded stop list.

    It runs before stemming (the stemmer needs the accents), so it folds on its own.

    >>> [t.text for t in FoldedStopFilter(STOPWORDS)(NormalizingTokenizer()("cómo come él"))]
    ['come']
    """

    def __init__(self, stoplist):
        super().__init__(stoplist=stop_forms(stoplist), minsize=1, renumber=False)

    def __call__(self, tokens):
        stops = self.stops
        for token in tokens:
            token.stopped = is_stop_word(token.text, stops)
            if not token.stopped or not token.removestops:
                yield token


class SpanishStemFilter(Filter):
    """Replace each token's text with its cached Spanish stem (plain Snowball if asked).

    >>> [t.text for t in SpanishStemFilter()(NormalizingTokenizer()("gobiernos relaciones"))]
    ['gobiern', 'relacion']
    """

    def __init__(self, merge_plurals=True):
        self.merge_plurals = merge_plurals
        self.version = ANALYZER_VERSION  # pickled with the schema: the index's mark

    def __eq__(self, other):
        return (other is not None and self.__class__ is other.__class__
                and self.merge_plurals == other.merge_plurals)

    def __call__(self, tokens):
        stemmer = stem if self.merge_plurals else plain_stem
        for token in tokens:
            if not token.stopped:
                token.text = stemmer(token.text)
            yield token


class ExactForms(Filter):
    """Fold each word's accents, unstemmed: the exact field's terms (`comida`, `cómo` apart).

    Carries the analyzer's version, as SpanishStemFilter does for the stemmed fields.
    """

    def __init__(self):
        self.version = ANALYZER_VERSION

    def __eq__(self, other):
        return other is not None and self.__class__ is other.__class__

    def __call__(self, tokens):
        for token in tokens:
            if not token.stopped:
                token.text = folded_word(token.text)
            yield token


INDEXING = {"mode": "index", "boosts": True}  # how Whoosh's formats call an analyzer to index
MEMO_WORDS = 1 << 17  # words whose terms an analyzer keeps while indexing (up to ~20 MB)
_UNSEEN = object()


@lru_cache(maxsize=4)
def matched_words(expression, value):
    """Return (the words expression matches in NFC value, the compounds' joined words).

    Cached for the last few values: the text, exact and pairs fields of a record index one
    text, so it is normalized and matched once.
    """
    value = unicodedata.normalize("NFC", value)
    if expression.groups:
        words = tuple(map(Match.group, expression.finditer(value)))
    else:  # findall gives the matches as strings: no match objects
        words = tuple(expression.findall(value))
    joined = tuple(joined for _, _, joined in compounds(value)) if may_hold_compound(value) else ()
    return words, joined


class SpanishAnalyzer(CompositeAnalyzer):
    """Whoosh's composite analyzer that, while indexing, makes each word's term once.

    Every filter of the Spanish analyzers turns one token into one term, or drops it, by
    its text alone. So when Whoosh indexes a field (mode "index", no positions or
    offsets), each word the tokenizer matches goes through the filters the first time it
    is seen, on its own, and its term (None if dropped) is remembered; the five
    generators a token passes through were a fifth of a build's CPU. Every other call
    (queries, offsets for snippets) runs the filters, as Whoosh's CompositeAnalyzer does.

    After indexing a value, `overlaps` says how many of its terms were a compound's joined
    word, at the place of its parts: not counted in the field's length for BM25, as
    Lucene's FieldInvertState.numOverlap is not with BM25Similarity's discountOverlaps
    (whoosh_ext/writing.LengthCachingWriter).
    """

    def __init__(self, tokenizer, *filters):
        super().__init__(tokenizer, *filters)
        unlike = [item for item in self.items[1:] if not isinstance(item, PER_WORD)]
        if not isinstance(tokenizer, NormalizingTokenizer) or unlike:
            raise TypeError(f"SpanishAnalyzer needs filters of one word at a time, not {unlike or tokenizer!r}")

    def __call__(self, value, no_morph=False, **kwargs):
        if no_morph or kwargs != INDEXING:
            return super().__call__(value, no_morph=no_morph, **kwargs)
        return self._indexed(value)

    def __getstate__(self):  # pickled with the schema: without the remembered terms
        return {key: value for key, value in self.__dict__.items() if key not in ("terms", "overlaps")}

    def _indexed(self, value):
        token = Token(**INDEXING)
        for term in self.indexed_terms(value):
            token.text, token.boost, token.stopped = term, 1.0, False
            yield token

    def indexed_terms(self, value):
        """Return the terms Whoosh indexes of value (the texts of the tokens of a call in
        mode "index"), in order, as a list of str, each of boost 1.0; set `overlaps`.

        What whoosh_ext/indexing.py counts in one pass, without a token or a generator a term.

        >>> spanish_analyzer().indexed_terms("la vacuna anti-COVID")
        ['vacun', 'anti', 'covid', 'anticovid']
        """
        terms = self.__dict__.setdefault("terms", {})
        if len(terms) >= MEMO_WORDS:
            terms.clear()
        found = []
        words, joined = matched_words(self.items[0].expression, value)
        plain = 0
        for place, run in enumerate((words, joined)):  # the words, then the compounds joined
            for word in run:
                term = terms.get(word, _UNSEEN)
                if term is _UNSEEN:
                    term = terms[word] = self._term(word)
                if term is not None:
                    found.append(term)
            if place == 0:  # (two empty runs are one object: told apart by place, not identity)
                plain = len(found)
        self.overlaps = len(found) - plain
        return found

    def _term(self, word):
        """Return the term the filters make of one matched word, or None if they drop it."""
        token = Token(**INDEXING)
        token.text = NormalizingTokenizer.plain(word)
        stream = iter([token])
        for item in self.items[1:]:
            stream = item(stream)
        for token in stream:
            return None if token.stopped else token.text
        return None


# The filters that turn one token into one term, or drop it, by its text alone.
PER_WORD = (LowercaseFilter, FoldedStopFilter, SpanishStemFilter, ExactForms, CharsetFilter)


def exact_analyzer():
    """Return the analyzer of the exact field: words as written, folded, stop words out.

    Elasticsearch's `exact` subfield and Meilisearch's exactness rule: a paragraph with the
    very words typed outranks one that shares only their stems (`año nuevo`, not `nueve
    años`; `comida`, not `cómo` or `comando`).

    >>> [t.text for t in exact_analyzer()("Año Nuevo y nueve años: ¿Comió?")]
    ['año', 'nuevo', 'nueve', 'años', 'comio']
    """
    return SpanishAnalyzer(NormalizingTokenizer(), LowercaseFilter(), FoldedStopFilter(STOPWORDS), ExactForms())


def spanish_analyzer(merge_plurals=True, stopwords=None):
    """Return the analyzer used for both indexing and queries (`stopwords`: STOPWORDS).

    >>> [t.text for t in spanish_analyzer()("Los años de cooperación")]
    ['año', 'cooper']
    """
    return SpanishAnalyzer(
        NormalizingTokenizer(),
        LowercaseFilter(),
        FoldedStopFilter(STOPWORDS if stopwords is None else stopwords),
        SpanishStemFilter(merge_plurals),
        CharsetFilter(ACCENT_FOLDING),
    )


# The analyzers whose terms words.py's cached forms give: {id(analyzer): (analyzer, form)}.
# An analyzer unpickled with an index is compared with ours once, then known by its id
# (kept alive here, so that its id is never another's); at most KNOWN_ANALYZERS are kept.
_known = {}
KNOWN_ANALYZERS = 64


def terms_of(analyzer, text):
    """Return the terms an analyzer makes of text, as a tuple, in order, stop words left out.

    When the analyzer is spanish_analyzer() or exact_analyzer() (a field's, unpickled with
    its index), each word's form comes from words.py's cached functions (index_form,
    exact_form), which agree with the analyzer (tests/text/test_analysis.py): a query
    word costs a microsecond, not Whoosh's five of token objects and generators. Any other
    analyzer runs as usual.
    """
    known = _known.get(id(analyzer))
    if known is None or known[0] is not analyzer:
        known = (analyzer, _form_function(analyzer))
        if len(_known) >= KNOWN_ANALYZERS:
            for key in list(islice(_known, len(_known) // 2)):
                _known.pop(key, None)
        _known[id(analyzer)] = known
    form = known[1]
    if form is None:
        return tuple(token.text for token in analyzer(text))
    if text.isalpha() and (text.isascii() or unicodedata.is_normalized("NFC", text)):
        # One word of letters is one token, itself (TOKEN's \w+): most query words, and
        # every accent variant of one, skip the regular expression.
        term = form(text)
        return () if term is None else (term,)
    # findall gives the tokens as strings (TOKEN has no capturing group): no match objects,
    # and one comprehension rather than two generators (a question's 15 words, twice).
    return tuple([term for term in map(form, TOKEN.findall(unicodedata.normalize("NFC", text)))
                  if term is not None])


def _form_function(analyzer):
    """Return the words.py function giving an analyzer's term of one token, or None."""
    if analyzer == spanish_analyzer():
        return index_form
    if analyzer == exact_analyzer():
        return exact_form
    return None
