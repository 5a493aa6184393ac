"""The Spanish analyzer: NFC, tokenizer, lowercase, stop words, Snowball stems, accent folding.

A Whoosh pipeline built with `|`, whose filters apply the word rules of words.py: stop
words found by their folded form, stems made from the accented word, foreign diacritics
folded before stemming and the Spanish accents after it.

Everything here is a module-level class or function, because Whoosh pickles the
schema (and so the analyzer) into the index, and a PyStemmer object can't be pickled.
An index built by another version of these rules is found (outdated_analysis).

>>> [t.text for t in spanish_analyzer()("¿Cooperación chino-rusa en EE.UU.?")]
['cooper', 'chin', 'rus', 'eeuu']
"""

import unicodedata

from whoosh.analysis import CharsetFilter, Filter, LowercaseFilter, RegexTokenizer, StopFilter

from search.text.folding import ACCENT_FOLDING
from search.text.words import (
    STOP_FORMS,
    STOPWORDS,
    TOKEN_PATTERN,
    folded_word,
    is_stop_word,
    plain_stem,
    stem,
    stop_forms,
)

# Bumped whenever the analyzer indexes some word differently: an index built by another
# version must be rebuilt (search says so, update does it), or its terms would not meet
# the query's. 1: Snowball, plurals merged, á é í ó ú ü folded after stemming. 2: every
# Latin diacritic folded (foreign ones before stemming); stop words that are content words
# left out of the stop list. 3: stop words found by their folded form (cómo, cuándo, mas).
ANALYZER_VERSION = 3


class NormalizingTokenizer(RegexTokenizer):
    """Split NFC-normalized text into word tokens; acronyms lose their dots.

    >>> [t.text for t in NormalizingTokenizer()("«EE.UU.» y la COVID-19: 1.500")]
    ['EEUU', 'y', 'la', 'COVID', '19', '1500']
    """

    def __init__(self, expression=TOKEN_PATTERN):
        super().__init__(expression)

    def __call__(self, value, **kwargs):
        value = unicodedata.normalize("NFC", value)
        for token in super().__call__(value, **kwargs):
            if "." in token.text:
                token.text = token.text.replace(".", "")
            elif "’" in token.text:
                token.text = token.text.replace("’", "'")
            yield token


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


def analyzer_version(analyzer):
    """Return the ANALYZER_VERSION an analyzer (perhaps unpickled from an old index) has.

    Indexes built before the mark existed give 1; an analyzer without a stem filter, 0.
    """
    for item in getattr(analyzer, "items", [analyzer]):
        if isinstance(item, SpanishStemFilter):
            return getattr(item, "version", 1)
    return 0


def outdated_analysis(schema):
    """Return why an index's schema can't be searched with this analyzer, or None.

    The version mark says how words are stemmed and folded; the stop list pickled with
    the schema is checked too, so that a stop list edited without a new version is caught.
    """
    analyzer = schema["text"].analyzer if "text" in schema else None
    found = analyzer_version(analyzer)
    if found != ANALYZER_VERSION:
        return (f"se construyó con la versión {found} del analizador de español y esta "
                f"Hemeroteca usa la {ANALYZER_VERSION}; vuelva a construirlo")
    stops = [item.stops for item in analyzer.items if isinstance(item, StopFilter)]
    if stops and stops[0] != STOP_FORMS:
        return ("se construyó con otra lista de palabras vacías que la de esta Hemeroteca; "
                "vuelva a construirlo")
    return None


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


def exact_analyzer():
    """Return the analyzer of the exact field: words as written, folded, stop words out.

    Elasticsearch's `exact` subfield and Meilisearch's exactness rule: a paragraph with the
    very words typed outranks one that shares only their stems (`año nuevo`, not `nueve
    años`; `comida`, not `cómo` or `comando`).

    >>> [t.text for t in exact_analyzer()("Año Nuevo y nueve años: ¿Comió?")]
    ['año', 'nuevo', 'nueve', 'años', 'comio']
    """
    return NormalizingTokenizer() | LowercaseFilter() | FoldedStopFilter(STOPWORDS) | ExactForms()


def spanish_analyzer(merge_plurals=True, stopwords=None):
    """Return the analyzer used for both indexing and queries (`stopwords`: STOPWORDS).

    >>> [t.text for t in spanish_analyzer()("Los años de cooperación")]
    ['año', 'cooper']
    """
    return (
        NormalizingTokenizer()
        | LowercaseFilter()
        | FoldedStopFilter(STOPWORDS if stopwords is None else stopwords)
        | SpanishStemFilter(merge_plurals)
        | CharsetFilter(ACCENT_FOLDING)
    )
