"""The Spanish analyzer: NFC, tokenizer, lowercase, stop words, Snowball stems, accent folding.

Stop words are found by their folded form, so a stop word written with an accent is
that stop word (`cómo` is `como`, `más` and `mas` are one), though stems are made
from the accented word: the stemmer reads accents, the stop list must not.

Foreign diacritics (à ã ç ğ ł ø ß…) are folded before stemming, so `Vilà` and `Vila`
stem alike; the Spanish accents are read by the stemmer and folded after it.

Everything here is a module-level class or function, because Whoosh pickles the
schema (and so the analyzer) into the index, and a PyStemmer object can't be pickled.

>>> [t.text for t in spanish_analyzer()("¿Cooperación chino-rusa en EE.UU.?")]
['cooper', 'chin', 'rus', 'eeuu']
"""

import re
import unicodedata
from functools import lru_cache
from importlib import resources

import snowballstemmer
from whoosh.analysis import CharsetFilter, Filter, LowercaseFilter, RegexTokenizer, StopFilter

from search.text.folding import ACCENT_FOLDING, fold, fold_foreign

# A token is an acronym with dots (EE.UU., S.A.), a number with separators (1.500, 2,5), or
# a run of word characters with inner apostrophes (O'Donnell). Hyphens, « » ¿ ¡ and other
# punctuation separate tokens, so "chino-rusas" gives "chino" and "rusas", and "COVID-19"
# gives "covid" and "19".
TOKEN_PATTERN = r"(?:[^\W\d_]{1,3}\.){2,}|\d+(?:[.,]\d+)+|\w+(?:['’]\w+)*"

# Bumped whenever the analyzer indexes some word differently: an index built by another
# version must be rebuilt (search says so, update does it), or its terms would not meet
# the query's. 1: Snowball, plurals merged, á é í ó ú ü folded after stemming. 2: every
# Latin diacritic folded (foreign ones before stemming); stop words that are content words
# left out of the stop list. 3: stop words found by their folded form (cómo, cuándo, mas).
ANALYZER_VERSION = 3
PLURAL_ENDINGS = ("os", "as")
# Verb forms in -mos and infinitives or gerunds with -nos, which are not plurals.
VERB_ENDING = re.compile(r"(?:[aeiáéí]mos|(?:ar|ir|(?<!i)er)nos|ndonos)$")


def _load_stopwords():
    text = resources.files("search.text").joinpath("stopwords_es.txt").read_text("utf-8")
    return frozenset(line.strip() for line in text.splitlines()
                     if line.strip() and not line.startswith("#"))


STOPWORDS = _load_stopwords()
# Words whose accent tells a content word from a stop word, which folding would merge:
# `este` (el este de Europa, left out of the stop list) from `esté`, the adjective `seria`
# from `sería`, `té` (tea) from `te`, `entré` from `entre`. Found by listing the words of
# the Snowball vocabulary that fold to a stop word (tests/text/test_analysis.py).
ACCENT_KEPT = frozenset({"este", "éste", "seria", "serias", "té", "entré"})


def stop_forms(stopwords):
    """Return the folded forms of a stop list: what FoldedStopFilter compares words with."""
    return frozenset(fold(word) for word in stopwords)


STOP_FORMS = stop_forms(STOPWORDS)


@lru_cache(maxsize=200_000)
def is_stop_word(word, stops=None):
    """Tell whether a lowercase word is a stop word, accents ignored (see ACCENT_KEPT).

    >>> [is_stop_word(w) for w in ("cómo", "mas", "más", "este", "esté", "año")]
    [True, True, True, False, True, False]
    """
    return word not in ACCENT_KEPT and fold(word) in (STOP_FORMS if stops is None else stops)
_stemmer = snowballstemmer.stemmer("spanish")  # PyStemmer's C stemmer when installed


@lru_cache(maxsize=200_000)
def snowball_stem(word):
    """Return the Snowball Spanish stem of a lowercase word."""
    return _stemmer.stemWord(word)


@lru_cache(maxsize=200_000)
def stem(word):
    """Return the index stem of a lowercase word: Snowball, with noun plurals merged.

    Letters with diacritics Spanish doesn't use are folded first (`vilà` stems as `vila`).

    Snowball Spanish never merges some singular/plural pairs (año/años) and cuts some
    plurals too deep (gobierno -> gobiern, gobiernos -> gobi). A word in -os or -as
    takes the stem of its singular, so both forms meet; verb endings (-mos) and
    enclitics (-nos) are left to Snowball.
    """
    word = fold_foreign(word)
    if len(word) > 3 and word.endswith(PLURAL_ENDINGS) and not VERB_ENDING.search(word):
        return snowball_stem(word[:-1])
    return snowball_stem(word)


@lru_cache(maxsize=200_000)
def plain_stem(word):
    """Return the Snowball stem of a lowercase word, foreign diacritics folded first."""
    return snowball_stem(fold_foreign(word))


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


TOKEN = re.compile(TOKEN_PATTERN)


@lru_cache(maxsize=200_000)
def index_form(word):
    """Return the form the analyzer indexes a word under, or None for a stop word."""
    word = word.replace(".", "").replace("’", "'").lower()
    return None if is_stop_word(word) else fold(stem(word))


ACUTE = {"a": "á", "e": "é", "i": "í", "o": "ó", "u": "ú"}
ACCENT_SPAN = 6  # letters from the end where an accent can change a Snowball stem


def accent_variants(word):
    """Return the ways a word typed without accents may have been written with one.

    Snowball reads accents in endings: `comió` stems as `com` but `comio` as `comi`, and
    `biología` as `biolog` but `biologia` as `biologi`. Spanish writes one acute accent
    at most, so a lowercase word typed with none gets each vowel of its last six letters
    accented in turn; that finds the written form of every word of the Snowball
    vocabulary (tests/text/test_analysis.py). Returns [] for a word with an accent.

    >>> accent_variants("comio")
    ['cómio', 'comío', 'comió']
    """
    if fold(word) != word:
        return []
    return [word[:at] + ACUTE[letter] + word[at + 1:]
            for at, letter in enumerate(word) if at >= len(word) - ACCENT_SPAN and letter in ACUTE]


def word_forms(text):
    """Yield (start, end, form) for each indexed word of NFC text, as the analyzer would.

    One pass with cached forms: the snippet maker calls it on every hit.
    """
    for match in TOKEN.finditer(text):
        form = index_form(match.group())
        if form is not None:
            yield match.start(), match.end(), form


STOP_MARK = "·"  # prefix of a stop word's form in a phrase, so it never equals a stem


@lru_cache(maxsize=200_000)
def phrase_form(word):
    """Return a word's form for phrase matching: its index form, or the stop word itself."""
    return index_form(word) or STOP_MARK + fold(word.replace("’", "'").lower())


def phrase_forms(text):
    """Return the forms of every word of text in order, stop words included.

    "ministra de vivienda" and "ministra y vivienda" differ here, though the index,
    which drops stop words, can't tell them apart.
    """
    return [phrase_form(match.group()) for match in TOKEN.finditer(text)]


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


@lru_cache(maxsize=200_000)
def folded_word(word):
    """Return fold(word), cached: the exact field folds every word of every paragraph."""
    return fold(word)


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
