"""Folding: the two ways text is compared without its accents.

- `fold` is for search terms. It removes every diacritic of the Latin alphabet
  (`política`/`politica`, `São`/`Sao`, `Erdoğan`/`Erdogan`, `Vilà`/`Vila`, `Łódź`/`Lodz`,
  `Straße`/`Strasse`) and keeps `ñ`, which makes another word (`año` is not `ano`).
  `fold_foreign` removes all of them but the Spanish ones (á é í ó ú ü), which the
  Snowball stemmer reads: the analyzer folds foreign letters before stemming and the
  Spanish accents after it (analysis.py).
- `fold_name` and `speaker_key` are for people's names. They drop every mark, `ñ`
  included, and the case: a name is one person however a transcript wrote it
  (`ALOMIA`, `Alomía`), and a name with `ñ` typed without it is still that person.
  `NAME_PARTICLES` are the words that join a name's parts (`de la`, `van der`).

>>> fold("Cooperación año São Vilà")
'Cooperacion año Sao Vila'
>>> speaker_key("JOSÉ LUIS ALOMIA ZEGARRA") == speaker_key("José Luis Alomía Zegarra")
True
"""

import re
import unicodedata
from functools import lru_cache

from search.text.patterns import LazyPattern

# Latin letters that are no base letter plus marks, and what they fold to. Sources: the
# letters of Unicode's Latin-1 Supplement and Latin Extended-A/B blocks without a
# decomposition, as Lucene's ASCIIFoldingFilter folds them.
LATIN_SPECIAL = {
    "ß": "ss", "ẞ": "SS", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "ø": "o", "Ø": "O",
    "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ð": "d", "Ð": "D", "þ": "th", "Þ": "TH",
    "ħ": "h", "Ħ": "H", "ı": "i", "ŀ": "l", "Ŀ": "L", "ŧ": "t", "Ŧ": "T", "ſ": "s",
    "ƒ": "f", "ĸ": "k", "ŉ": "n",
}
KEPT = "ñÑ"  # a letter of its own in Spanish, not n with an accent
SPANISH_ACCENTS = "áéíóúüÁÉÍÓÚÜ"  # what the Snowball Spanish stemmer reads
# Blocks: Latin-1 Supplement, Latin Extended-A and -B, Latin Extended Additional.
LATIN_RANGES = ((0xC0, 0x250), (0x1E00, 0x1F00))
COMBINING = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")


def _latin_folding():
    """Return {letter: folded} for every Latin letter with a diacritic, ñ left out."""
    table = {}
    for low, high in LATIN_RANGES:
        for code in range(low, high):
            letter = chr(code)
            base = unicodedata.normalize("NFD", letter)
            if letter not in KEPT and len(base) > 1 and base[0].isascii() and base[0].isalpha() \
                    and all(unicodedata.combining(mark) for mark in base[1:]):
                table[letter] = base[0]
    table.update(LATIN_SPECIAL)
    return table


FOLDED = _latin_folding()
ACCENT_FOLDING = str.maketrans(FOLDED)
FOREIGN_FOLDING = str.maketrans({k: v for k, v in FOLDED.items() if k not in SPANISH_ACCENTS})
SPECIAL_FOLDING = str.maketrans(LATIN_SPECIAL)  # for names: NFKD takes care of the rest
# Commas and semicolons too: a feed's `O'Brien, Patrick` is one key, since the index's
# speaker field (storage/schema.py) is a comma-separated list of keys.
NAME_SEPARATORS = LazyPattern(r"[\s\-‐‑–,;]+")
# Words that join the parts of a name, lower case: Spanish (`María de la Fuente`, `Juan y Seoane`, `Ignacio
# de los Santos`), Portuguese (`Lula da Silva`, `Dos Santos`), Catalan (`Josep i Puig`), Italian (`Piero della
# Francesca`), French (`Charles de Gaulle`, `Du Bellay`), Dutch and German (`van der Berg`, `von Bismarck`) and
# Arabic (`bin Salman`, `ibn Jaldún`, `al Asad`). One list for every stage, the read path's too: a use that needs
# fewer takes its difference from this one and says why (speakers/names.py, speakers/namewords.py, query/speakers.py).
NAME_PARTICLES = frozenset("de del la las los y e i da das do dos di du dello della degli delle dei van von der den "
                           "le bin ibn al".split())
# Spanish names' own (`Justo José de Urquiza`, `Andrés Manuel López Obrador`), for what reads Spanish names alone:
# the short forms that stand for a name across an archive (text/short_forms.py) and the acronyms the press makes of
# one (speakers/acronyms.py: `AMLO`, the `y` of `Ortega y Gasset` left out too).
SPANISH_NAME_PARTICLES = frozenset("de del la las los y".split())


# Compatibility letters that pasted text carries: fullwidth forms (`ｖａｃｕｎａ`, the
# ideographic space) and Latin ligatures (`ﬁ`). They are read as NFKC reads them; NFKC
# itself would also make `1.º`, `2.ª` and `m²` into `1.o`, `2.a` and `m2`, which Spanish
# writes with intent, so queries and documents are normalized alike by this alone.
# Social-media text adds the mathematical alphanumerics (`𝐯𝐚𝐜𝐮𝐧𝐚`, `𝘷𝘢𝘤𝘶𝘯𝘢`: bold, italic,
# script…) and the circled letters (`ⓥ`), which NFKC reads as plain letters too.
COMPATIBLE = LazyPattern("[\u3000\uff01-\uff5e\ufb00-\ufb06\u24b6-\u24e9\U0001d400-\U0001d7ff]+")
# Combining marks that decorate rather than accent (struck through `v̶a̶c̶u̶n̶a̶`, underlined,
# slashed): no language writes them, and left in they would split or hide the word.
DECORATIONS = LazyPattern("[\u0332-\u0338\u20d2\u20d3\u20e5\u20e6]")


# Invisible marks that split no word, each by what Unicode says it means: the soft hyphen
# (a hyphenation point inside a word), the zero-width non-joiner and joiner (how the letters
# of one word, or an emoji sequence, are drawn), the direction marks, the word joiner U+2060
# and the zero-width no-break space U+FEFF (which forbid a break: UAX #14 classes WJ), the
# invisible operators of mathematics, and a byte-order mark. Documents and queries drop the
# same ones, so a word pasted from a document finds it.
INVISIBLE = LazyPattern("[\u00ad\u200b-\u200f\u2060-\u2064\ufeff]")
# The zero-width space U+200B is the one that parts words: "used to indicate word boundaries",
# with no width (The Unicode Standard, ch. 23.2; UAX #14 class ZW, a break opportunity), as
# a web page writes `&#8203;` between words. Between two visible characters it is read as a
# space (`China\u200bRusia` is two words to a reader, and now to the index and its
# snippets); at a space or at an edge there is a space already: it is dropped, as INVISIBLE.
# UAX #29's word rules give no boundary there (it is Format), so Lucene's StandardTokenizer
# joins the words; the reader's two words are what a search has to find.
ZERO_WIDTH_SPACE = LazyPattern("(?<=\\S)\u200b+(?=\\S)")


def readable(text: str) -> str:
    """Return text as documents and queries are read: invisible marks dropped, a zero-width
    space between words a space, composed (NFC), compatibility letters plain.

    >>> readable("vacu\u200ena ｆｉｎ"), readable("China\u200bRusia\u200b y")
    ('vacuna fin', 'China Rusia y')
    """
    if text.isascii():  # no mark, no compatibility letter, composed: most queries, as typed
        return text
    text = ZERO_WIDTH_SPACE.sub(" ", text) if "\u200b" in text else text
    # Composed last: a plain letter NFKC makes may take the accent that followed it (`𝓮́`).
    return unicodedata.normalize("NFC", plain_letters(DECORATIONS.sub("", INVISIBLE.sub("", text))))


def plain_letters(text: str) -> str:
    """Return text with fullwidth letters and Latin ligatures as plain letters (NFKC).

    >>> plain_letters("ｖａｃｕｎａ ﬁesta 1.º")
    'vacuna fiesta 1.º'
    """
    return COMPATIBLE.sub(lambda match: unicodedata.normalize("NFKC", match.group()), text)


def _without_marks(text: str) -> str:
    """Return text with combining marks left after folding dropped, except ñ's tilde."""
    text = unicodedata.normalize("NFC", text).translate(ACCENT_FOLDING)
    return COMBINING.sub("", text)


def fold(text: str) -> str:
    """Return text without the diacritics of the Latin alphabet; ñ and case are kept."""
    if text.isascii():  # the tables map letters from U+00C0 on: an ASCII text is its own fold
        return text  # (most words; str.translate looks each character up in a dict: ~1 µs a word)
    folded = text.translate(ACCENT_FOLDING)
    if not folded.isascii() and COMBINING.search(folded):  # İ lowered, or decomposed text
        folded = _without_marks(folded)
    return folded


def fold_foreign(text: str) -> str:
    """Return text without the diacritics Spanish doesn't write; á é í ó ú ü and ñ are kept."""
    if text.isascii():  # as in fold: nothing to map
        return text
    folded = text.translate(FOREIGN_FOLDING)
    if not folded.isascii() and COMBINING.search(folded):
        folded = COMBINING.sub("", unicodedata.normalize("NFC", folded).translate(FOREIGN_FOLDING))
    return folded


def fold_name(text: str) -> str:
    """Return text without any diacritic (ñ included) and in lower case."""
    decomposed = unicodedata.normalize("NFKD", text.translate(SPECIAL_FOLDING))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


@lru_cache(maxsize=65536)
def speaker_key(name: str) -> str:
    """Return the key that merges spellings of one name: folded, one space between words.

    Hyphens count as spaces, so `López-Gatell` and `López Gatell` are one key; so do
    commas and semicolons, so that a key never holds the comma that separates keys.

    >>> speaker_key("O'Brien, Patrick")
    "o'brien patrick"
    """
    return " ".join(NAME_SEPARATORS.split(fold_name(name).strip(" .,;:")))

