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

from search.text.folding import fold
from search.text.patterns import LazyPattern
from search.text.stems import plain_stem, snowball_stem, stem  # noqa: F401 (re-exported)
from search.text.word_sets import listed_words

# A token is an acronym with dots (EE.UU., S.A., and in capitals with spaces, as the RAE
# writes it: EE. UU.), a number with separators (1.500, 2,5), or a run of word characters
# with inner apostrophes (O'Donnell). Hyphens, « » ¿ ¡ and other punctuation separate
# tokens, so "chino-rusas" gives "chino" and "rusas", and "COVID-19" gives "covid" and "19".
CAPITALS = "A-ZÁÉÍÓÚÜÑ"
# Parts of one or two capitals (EE. UU., O. N. U.): a sentence that ends in a longer acronym
# (`la OMS. A. Pérez`, `la SEP. J. M. Gómez`) is not glued to the initials after it.
SPACED_ACRONYM = rf"[{CAPITALS}]{{1,2}}\.[ \u00a0](?=[{CAPITALS}]{{1,2}}\.)"
TOKEN_PATTERN = rf"(?:{SPACED_ACRONYM}|[^\W\d_]{{1,3}}\.){{2,}}|\d+(?:[.,]\d+)+|\w+(?:['’]\w+)*"
# With re.UNICODE written, as Whoosh's rcompile compiles the analyzer's tokenizer and as the
# index's pickled schema holds it: re's cache is keyed by the flags too, so opening an index
# finds this pattern compiled instead of compiling it again (1 ms of a fresh search). The
# same flags as without: str patterns are Unicode.
TOKEN = re.compile(TOKEN_PATTERN, re.UNICODE)
ACRONYM_SPACES = LazyPattern(rf"(?<![^\W\d_])({SPACED_ACRONYM})")
# Elided articles and particles before an apostrophe, as Lucene's ElisionFilter drops
# them: O'Donnell, O'Higgins, d'Hondt, L'Hospitalet are indexed as donnell, higgins...
ELIDED = frozenset({"o", "d", "l"})
NUMBER = LazyPattern(r"\d+(?:[.,]\d+)+")
# What joins the parts of a compound word: the hyphen-minus, and Unicode's hyphen and
# non-breaking hyphen (a dash, – or —, separates words).
HYPHENS = "-\u2010\u2011"
APOSTROPHES = "'’"  # an elision (`O'Donnell`, `d’Alembert`) is a compound too
COMPOUND_MARKS = HYPHENS + APOSTROPHES
PART = LazyPattern(r"[^\W_]+")  # a part a compound is joined from: letters and digits only


def words_before(text, start, count):
    """Return the last `count` whitespace-parted words of text before `start`, joined by one
    space ("" if none), read from a window that doubles until it holds a word more than asked
    (the first, which the window may cut) or reaches the text's start: reading the whole text
    before each name of a long paragraph was quadratic (focus, namewords, headlines).

    >>> words_before("en el Instagram", 6, 1), words_before("Instagram", 0, 1)
    ('el', '')
    >>> words_before("x" * 80 + " el Instagram", 84, 2)
    'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx el'
    """
    reach = 16 * count
    while True:
        words = text[max(0, start - reach):start].split()
        if reach >= start or len(words) > count:
            return " ".join(words[-count:])
        reach *= 2


def may_hold_compound(text):
    """Tell whether text has a hyphen or an apostrophe, without which it has no compound."""
    return any(mark in text for mark in COMPOUND_MARKS)


def joined_acronyms(text):
    """Return text with the spaces inside acronyms in capitals taken out (`EE. UU.` -> `EE.UU.`).

    For the query lexer, which splits at spaces before the tokenizer sees the words.
    """
    if "." not in text:  # no acronym (SPACED_ACRONYM holds a dot): most queries, no pattern tried
        return text
    return ACRONYM_SPACES.sub(lambda match: match.group(1)[:-1], text)


def plain_number(number):
    """Return a number with separators in one spelling: thousands out, a decimal comma.

    `1.500`, `1,500` and `1500` are one number, `12.5` and `12,5` another (Mexico writes
    the decimal point, Spain the comma): a last group of other than 3 digits, or after
    the other separator, is decimals. Anything else (`15.12.2023`) loses its dots.

    >>> [plain_number(n) for n in ("1.500", "1,500", "12.5", "12,5", "2.000.000", "1,234.56", "15.12.2023")]
    ['1500', '1500', '12,5', '12,5', '2000000', '1234,56', '15122023']
    """
    groups = re.split(r"[.,]", number)
    separators = re.findall(r"[.,]", number)
    grouped = all(len(group) == 3 for group in groups[1:-1]) and (len(groups) == 2 or len(groups[0]) <= 3)
    if grouped and len(set(separators)) == 1 and len(groups[-1]) == 3 and groups[0] != "0":
        return "".join(groups)
    if grouped and separators[-1] not in separators[:-1]:
        return "".join(groups[:-1]) + "," + groups[-1]
    return number.replace(".", "")


def plain_word(word):
    """Return a matched token as it is indexed before lowercasing: acronyms without dots and
    spaces, numbers in one spelling (plain_number), apostrophes straight, an elided
    particle dropped (`O’Donnell` -> `Donnell`).
    """
    if word[0].isdigit() and NUMBER.fullmatch(word):
        return plain_number(word)
    if "." in word:
        return word.replace(".", "").replace(" ", "").replace("\u00a0", "")
    if "’" in word:
        word = word.replace("’", "'")
    if "'" in word:
        head, _, tail = word.partition("'")
        if head.lower() in ELIDED and tail and not is_stop_word(tail.lower()):
            return tail  # (a stop word after the apostrophe keeps the word whole: `l'el`)
    return word


def catenated(text, tokens=None):
    """Yield (start, end, joined word) for each compound of NFC text, as Elasticsearch's
    word_delimiter_graph with `catenate_all` joins it: `anti-COVID` -> `antiCOVID`,
    `COVID-19` -> `COVID19`, `O'Donnell` -> `ODonnell`.

    A compound is two or more parts of letters and digits joined by single hyphens (one
    part at least with a letter: `31-12-2024` is a date), or a word with an apostrophe
    inside. Its parts are indexed as ever, and the joined word beside them, so that
    `anticovid` finds `anti-COVID` and `odonnell` finds `O'Donnell` (and the other way
    round, through the query builder). `tokens` are TOKEN's matches of text, if known.

    >>> [word for _, _, word in catenated("la vacuna anti-COVID de O'Donnell, 31-12-2024")]
    ['antiCOVID', 'ODonnell']
    """
    run = []
    for match in TOKEN.finditer(text) if tokens is None else tokens:
        word = match.group()
        if "'" in word or "’" in word:
            yield from _joined(run)
            run = []
            if PART.fullmatch(joined := word.replace("'", "").replace("’", "")):
                yield match.start(), match.end(), joined
            continue
        if not PART.fullmatch(word):
            yield from _joined(run)
            run = []
            continue
        if run and not (match.start() == run[-1].end() + 1 and text[run[-1].end()] in HYPHENS):
            yield from _joined(run)
            run = []
        run.append(match)
    yield from _joined(run)


@lru_cache(maxsize=16)
def compounds(text):
    """Return catenated(text) as a tuple, cached for the last few texts: a paragraph's
    analyzer (its joined words), pair terms and hyphen terms each read its compounds."""
    return tuple(catenated(text))


def _joined(run):
    """Yield the compound a run of hyphen-joined parts makes, if it is one."""
    if len(run) > 1 and any(not match.group().isdigit() for match in run):
        yield run[0].start(), run[-1].end(), "".join(match.group() for match in run)


def compound_spans(text, tokens, form=None):
    """Yield (first, last, joined form) for each compound of text: the indexes of its first and
    last token in `tokens` (TOKEN's matches of text, in a list) and its joined word's phrase
    form (or `form(joined)`: written_form for a phrase searched as written), an edge beside its
    parts in the text's token graph (`anti-COVID`: anti, covid, and anticovid over both;
    `O'Donnell`: donnell, and odonnell over the same token).

    As Lucene's WordDelimiterGraphFilter gives the catenated token a position length over
    its parts (phrase_graph.FormGraph reads this graph).
    """
    if not may_hold_compound(text):
        return
    firsts = {match.start(): number for number, match in enumerate(tokens)}
    lasts = {match.end(): number for number, match in enumerate(tokens)}
    for start, end, joined in compounds(text):  # tokens are TOKEN's matches of text: the same compounds
        if start in firsts and end in lasts:
            yield firsts[start], lasts[end], (form or phrase_form)(joined)


def joined_form(word):
    """Return the index form of a typed compound joined (`anti-COVID` -> `anticovid`), or None.

    None when the word is no compound (catenated) or its joined form is a stop word.
    """
    found = [joined for start, end, joined in catenated(word) if start == 0 and end == len(word)]
    return index_form(found[0]) if found else None


def _load_stopwords():
    # Beside this module, not importlib.resources: that loads tempfile, shutil, bz2, lzma
    # and zipfile, 2.5 ms of every fresh search (the package is installed as files).
    return frozenset(listed_words(Path(__file__).with_name("stopwords_es.txt")))


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


@lru_cache(maxsize=200_000)
def index_form(word):
    """Return the form the analyzer indexes a word under, or None for a stop word."""
    word = plain_word(word).lower()
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
    return list(map(phrase_form, TOKEN.findall(text)))  # TOKEN has no group: findall gives the matches


def written_form(word):
    """Return a word's form for a phrase searched as written (in quotes): its exact form
    (folded, unstemmed), or the stop word itself, as phrase_form gives it.

    >>> [written_form(w) for w in ("Vacunó", "vacunas", "de", "Año")]
    ['vacuno', 'vacunas', '·de', 'año']
    """
    return exact_form(word) or STOP_MARK + fold(word.replace("’", "'").lower())


def written_forms(text):
    """Return the written forms (written_form) of every word of text in order, stop words included."""
    return [written_form(match.group()) for match in TOKEN.finditer(text)]


def written_stems(form):
    """Return the set of index forms (stems) a text's word of this written form may have
    (written_form): the form's and those of its ways with one acute accent, which Snowball
    may stem otherwise (accent_variants); empty for a stop word's.

    >>> sorted(written_stems("comio")), sorted(written_stems("·de"))
    (['com', 'comi'], [])
    """
    if form.startswith(STOP_MARK):
        return set()
    return {stem for word in [form, *accent_variants(form)] if (stem := index_form(word))}


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
    word = plain_word(word).lower()
    return None if is_stop_word(word) else folded_word(word)
