"""Spanish words one at a time, as the analyzer reads them: stop words, stems, index forms.

What the Whoosh analyzer (analysis.py) does to each token, as plain cached functions, so
that the snippet maker, phrase matching and the query builder give a word the form the
index gave it without running Whoosh's token stream: index_form, word_forms and
phrase_forms agree with the analyzer (tests/text/test_analysis.py checks it).

Stop words are found by their folded form (`cómo` is `como`), though stems are made from
the accented word: the stemmer reads accents, the stop list must not. Foreign diacritics
are folded before stemming (`Vilà` stems as `Vila`). A change here that indexes some word
differently must bump analysis.ANALYZER_VERSION.

>>> [index_form(w) for w in ("Cooperación", "años", "de", "EE.UU.")]
['cooper', 'año', None, 'eeuu']
"""

import re
from functools import lru_cache
from pathlib import Path

import snowballstemmer

from search.text.folding import fold, fold_foreign
from search.text.patterns import LazyPattern

# A token is an acronym with dots (EE.UU., S.A.), a number with separators (1.500, 2,5), or
# a run of word characters with inner apostrophes (O'Donnell). Hyphens, « » ¿ ¡ and other
# punctuation separate tokens, so "chino-rusas" gives "chino" and "rusas", and "COVID-19"
# gives "covid" and "19".
TOKEN_PATTERN = r"(?:[^\W\d_]{1,3}\.){2,}|\d+(?:[.,]\d+)+|\w+(?:['’]\w+)*"
TOKEN = re.compile(TOKEN_PATTERN)
PLURAL_ENDINGS = ("os", "as")
# Verb forms in -mos and infinitives or gerunds with -nos, which are not plurals.
VERB_ENDING = LazyPattern(r"(?:[aeiáéí]mos|(?:ar|ir|(?<!i)er)nos|ndonos)$")


def _load_stopwords():
    # Beside this module, not importlib.resources: that loads tempfile, shutil, bz2, lzma
    # and zipfile, 2.5 ms of every fresh search (the package is installed as files).
    text = Path(__file__).with_name("stopwords_es.txt").read_text("utf-8")
    return frozenset(line.strip() for line in text.splitlines()
                     if line.strip() and not line.startswith("#"))


STOPWORDS = _load_stopwords()
# Words whose accent tells a content word from a stop word, which folding would merge:
# `este` (el este de Europa, left out of the stop list) from `esté`, the adjective `seria`
# from `sería`, `té` (tea) from `te`, `entré` from `entre`. Found by listing the words of
# the Snowball vocabulary that fold to a stop word (tests/text/test_words.py).
ACCENT_KEPT = frozenset({"este", "éste", "seria", "serias", "té", "entré"})


def stop_forms(stopwords):
    """Return the folded forms of a stop list: what FoldedStopFilter compares words with.

    The shipped list's are folded once (STOP_FORMS): each analyzer made for a query asks.
    """
    if stopwords is STOPWORDS:
        return STOP_FORMS
    return frozenset(fold(word) for word in stopwords)


STOP_FORMS = frozenset(fold(word) for word in STOPWORDS)


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
    vocabulary (tests/text/test_words.py). Returns [] for a word with an accent.

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


@lru_cache(maxsize=200_000)
def folded_word(word):
    """Return fold(word), cached: the exact field folds every word of every paragraph."""
    return fold(word)


def exact_form(word):
    """Return the form the exact analyzer indexes a word under (folded, unstemmed), or None
    for a stop word.

    >>> [exact_form(w) for w in ("Comió", "años", "de", "EE.UU.")]
    ['comio', 'años', None, 'eeuu']
    """
    word = word.replace(".", "").replace("’", "'").lower()
    return None if is_stop_word(word) else folded_word(word)
