"""The Spanish analyzer: NFC, tokenizer, lowercase, stop words, Snowball stems, accent folding.

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

from search.text.folding import ACCENT_FOLDING, fold

# A token is an acronym with dots (EE.UU., S.A.), a number with separators (1.500, 2,5), or
# a run of word characters with inner apostrophes (O'Donnell). Hyphens, « » ¿ ¡ and other
# punctuation separate tokens, so "chino-rusas" gives "chino" and "rusas", and "COVID-19"
# gives "covid" and "19".
TOKEN_PATTERN = r"(?:[^\W\d_]{1,3}\.){2,}|\d+(?:[.,]\d+)+|\w+(?:['’]\w+)*"

# Folding after stemming: the stems of "política" and "politica" meet. ñ stays.
PLURAL_ENDINGS = ("os", "as")
# Verb forms in -mos and infinitives or gerunds with -nos, which are not plurals.
VERB_ENDING = re.compile(r"(?:[aeiáéí]mos|(?:ar|ir|(?<!i)er)nos|ndonos)$")


def _load_stopwords():
    text = resources.files("search.text").joinpath("stopwords_es.txt").read_text("utf-8")
    return frozenset(line.strip() for line in text.splitlines() if line.strip())


STOPWORDS = _load_stopwords()
_stemmer = snowballstemmer.stemmer("spanish")  # PyStemmer's C stemmer when installed


@lru_cache(maxsize=200_000)
def snowball_stem(word):
    """Return the Snowball Spanish stem of a lowercase word."""
    return _stemmer.stemWord(word)


@lru_cache(maxsize=200_000)
def stem(word):
    """Return the index stem of a lowercase word: Snowball, with noun plurals merged.

    Snowball Spanish never merges some singular/plural pairs (año/años) and cuts some
    plurals too deep (gobierno -> gobiern, gobiernos -> gobi). A word in -os or -as
    takes the stem of its singular, so both forms meet; verb endings (-mos) and
    enclitics (-nos) are left to Snowball.
    """
    if len(word) > 3 and word.endswith(PLURAL_ENDINGS) and not VERB_ENDING.search(word):
        return snowball_stem(word[:-1])
    return snowball_stem(word)


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


class SpanishStemFilter(Filter):
    """Replace each token's text with its cached Spanish stem (plain Snowball if asked).

    >>> [t.text for t in SpanishStemFilter()(NormalizingTokenizer()("gobiernos relaciones"))]
    ['gobiern', 'relacion']
    """

    def __init__(self, merge_plurals=True):
        self.merge_plurals = merge_plurals

    def __eq__(self, other):
        return (other is not None and self.__class__ is other.__class__
                and self.merge_plurals == other.merge_plurals)

    def __call__(self, tokens):
        stemmer = stem if self.merge_plurals else snowball_stem
        for token in tokens:
            if not token.stopped:
                token.text = stemmer(token.text)
            yield token


TOKEN = re.compile(TOKEN_PATTERN)


@lru_cache(maxsize=200_000)
def index_form(word):
    """Return the form the analyzer indexes a word under, or None for a stop word."""
    word = word.replace(".", "").replace("’", "'").lower()
    return None if word in STOPWORDS else fold(stem(word))


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


def spanish_analyzer(merge_plurals=True):
    """Return the analyzer used for both indexing and queries.

    >>> [t.text for t in spanish_analyzer()("Los años de cooperación")]
    ['año', 'cooper']
    """
    return (
        NormalizingTokenizer()
        | LowercaseFilter()
        | StopFilter(stoplist=STOPWORDS, minsize=1, renumber=False)
        | SpanishStemFilter(merge_plurals)
        | CharsetFilter(ACCENT_FOLDING)
    )
