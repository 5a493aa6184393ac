"""The ways Spanish and Latin-American press write a date, as regular expressions.

Each pattern names its parts `day` (or `dayword`), `month` (or `roman`), `year` (or
`yearword`) and optionally `weekday`; dates.py turns a match into a date. The family,
one line each (every form has a test in tests/text/test_dates.py):

- day first: `22 de diciembre de 2020`, `22 diciembre 2020`, `22 de diciembre del 2020`,
  `22 de diciembre, 2020`, `22 dic. 2020`, `8-Dic-2016`, `03/ene/2016`, `22.dic.2020`,
  with a weekday (`Martes 22 de diciembre`, `mar., 22 de…`, `el martes 22 de…`);
- ordinal days: `1º`, `1°`, `1.º`, `1.°`, `1 º`, `1o`, `1ro`, `1ero`, `1er.`, `1ª`;
- days and years in words: `primero de mayo de 2020`, `veintidós de diciembre de dos mil
  veinte`, `a los quince días del mes de enero de 2000`;
- month first: `diciembre 22 de 2020`, `diciembre 22 del 2020`, `dic. 22, 2020`,
  `Domingo, octubre 18 de 2020`;
- numeric: `2020-12-22`, `2020/12/22`, `2020.12.22`, `22/12/2020`, `22-12-2020`,
  `22.12.2020`, `20201222`, Roman months `22-XII-2020`, `22/XII/2020`;
- in file names, also `2024_01_19`, `19_01_2024`, `19012024`, `2024-ene-19`, `ep-00-01-17`;
- datelines opening a text: `MADRID, 5 de enero de 2021.-`, `Ciudad de México, a 5 de…`,
  `Publicado el 05/01/2021`, `Interior - 15.12.2023`, and without the year
  `MADRID, 5 Ene. (EFE) -`, `Lima, martes 5 ene (EFE).-`, `MADRID, 5 (EUROPA PRESS)`.

Month names and abbreviations follow dateparser's Spanish data and the RAE's list of
abbreviations (`set.`, `sept.`, `febr.`, `mzo.`); weekdays, CLDR's.
"""

import re

from search.text.patterns import LazyPattern

MONTHS = {
    "enero": 1, "ene": 1, "febrero": 2, "feb": 2, "febr": 2, "marzo": 3, "mar": 3, "mzo": 3,
    "abril": 4, "abr": 4, "mayo": 5, "may": 5, "junio": 6, "jun": 6, "julio": 7, "jul": 7,
    "agosto": 8, "ago": 8, "septiembre": 9, "setiembre": 9, "sep": 9, "sept": 9, "set": 9,
    "octubre": 10, "oct": 10, "noviembre": 11, "nov": 11, "diciembre": 12, "dic": 12,
    "jan": 1, "apr": 4, "aug": 8, "dec": 12,
}
ROMAN_MONTHS = {"I": 1, "II": 2, "III": 3, "IV": 4, "V": 5, "VI": 6, "VII": 7, "VIII": 8,
                "IX": 9, "X": 10, "XI": 11, "XII": 12}
WEEKDAYS = {"lunes": 0, "lun": 0, "martes": 1, "mar": 1, "miércoles": 2, "miercoles": 2,
            "mié": 2, "mie": 2, "jueves": 3, "jue": 3, "viernes": 4, "vie": 4, "sábado": 5,
            "sabado": 5, "sáb": 5, "sab": 5, "domingo": 6, "dom": 6}

UNITS = ["", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve"]
TENS_TO_NINETEEN = ["diez", "once", "doce", "trece", "catorce", "quince", "dieciséis",
                    "diecisiete", "dieciocho", "diecinueve"]
TWENTIES = ["veinte", "veintiuno", "veintidós", "veintitrés", "veinticuatro", "veinticinco",
            "veintiséis", "veintisiete", "veintiocho", "veintinueve"]
TENS = {3: "treinta", 4: "cuarenta", 5: "cincuenta", 6: "sesenta", 7: "setenta",
        8: "ochenta", 9: "noventa"}


def _number_words():
    """Return {Spanish cardinal from 1 to 99, accented and not: its value}."""
    words = {UNITS[n]: n for n in range(1, 10)}
    words.update({word: 10 + n for n, word in enumerate(TENS_TO_NINETEEN)})
    words.update({word: 20 + n for n, word in enumerate(TWENTIES)})
    for tens, word in TENS.items():
        words[word] = tens * 10
        words.update({f"{word} y {UNITS[n]}": tens * 10 + n for n in range(1, 10)})
    words.update({"un": 1, "primero": 1, "veintiún": 21})
    plain = str.maketrans("áéíóú", "aeiou")
    words.update({word.translate(plain): value for word, value in list(words.items())})
    return words


NUMBER_WORDS = _number_words()
DAY_WORDS = {word: value for word, value in NUMBER_WORDS.items() if value <= 31}


def _alternatives(words):
    """Return a regex alternation of words, longest first, their spaces as any whitespace."""
    return "|".join(w.replace(" ", r"\s+") for w in sorted(words, key=len, reverse=True))


def year_from_words(text):
    """Return the year written as `dos mil veinte` or `mil novecientos noventa y dos`, or None."""
    text = " ".join(text.lower().split())
    for start, base in (("dos mil", 2000), ("mil novecientos", 1900)):
        if text.startswith(start):
            rest = text[len(start):].strip()
            return base + NUMBER_WORDS[rest] if rest in NUMBER_WORDS else base if not rest else None
    return None


MONTH = r"(?P<month>" + _alternatives(MONTHS) + r")\.?"
WEEKDAY = r"(?:(?:el\s+)?(?P<weekday>" + _alternatives(WEEKDAYS) + r")\.?,?\s+(?:el\s+)?)?"
# An ordinal mark after a day: 1º 1° 1ª, with a dot or a space before (1.º, 1 º), or a
# written ending (1o, 1ro, 1ero, 1er), maybe with a dot after (1er.).
ORDINAL = r"(?:\.?\s?[º°ª]|(?:ero|ro|er|o)(?![^\W\d_]))?\.?"
DAY = (r"(?:(?<![\d.,/])(?P<day>\d{1,2})" + ORDINAL
       + r"|\b(?P<dayword>" + _alternatives(DAY_WORDS) + r"))")
YEAR = (r"(?:(?P<year>(?:1[89]|20)\d{2})(?![\d])|(?P<yearword>(?:dos\s+mil|mil\s+novecientos)"
        r"(?:\s+(?:" + _alternatives(NUMBER_WORDS) + r"))?)\b)")
# Between day and month: `de`, `días del mes de`, a space, or a dash, slash or dot.
DAY_TO_MONTH = r"(?:\s+(?:d[ií]as?\s+)?(?:del\s+mes\s+)?de\s+|\s+|\s?[-/.]\s?)"
MONTH_TO_YEAR = r"(?:\s+del?\s+(?:año\s+)?|,\s*|\s+|\s?[-/.]\s?)"  # `de 2020`, `del año 2020`

SPANISH = LazyPattern(r"\b" + WEEKDAY + DAY + DAY_TO_MONTH + MONTH + MONTH_TO_YEAR + YEAR, re.I)
# A weekday, day and month with no year after them (`sábado 14 de marzo`): the year is
# guessed from the weekday when the document's other dates leave one (dates.weekday_date).
WEEKDAY_ONLY = LazyPattern(r"\b(?:el\s+)?(?P<weekday>" + _alternatives(WEEKDAYS) + r")\.?,?\s+(?:el\s+)?" + DAY
                           + DAY_TO_MONTH + MONTH + r"(?![^\W\d_])(?!" + MONTH_TO_YEAR + YEAR + r")", re.I)
MONTH_FIRST = LazyPattern(
    r"\b" + WEEKDAY + MONTH + r"(?:\s+|\s?[-/]\s?)" + DAY + r"(?:,\s*|\s+del?\s+|\s+)" + YEAR, re.I)
ROMAN = LazyPattern(r"(?<![\d.,/])(?P<day>\d{1,2})(?P<sep>[-/.\s])(?P<roman>XII|XI|IX|X|VIII|VII|VI|IV|V|"
                    r"III|II|I)(?P=sep)(?P<year>(?:1[89]|20)\d{2})(?!\d)")
ISO = LazyPattern(r"(?<!\d)(?P<year>(?:1[89]|20)\d{2})(?P<sep>[-/.])(?P<month>\d{1,2})(?P=sep)"
                  r"(?P<day>\d{1,2})(?![\d/])")
DAY_FIRST = LazyPattern(r"(?<![\d.,/])(?P<day>\d{1,2})(?P<sep>[-/.])(?P<month>\d{1,2})(?P=sep)"
                        r"(?P<year>(?:1[89]|20)\d{2})(?!\d)")
COMPACT = LazyPattern(r"(?<!\d)(?P<year>(?:19|20)\d{2})(?P<month>\d{2})(?P<day>\d{2})(?!\d)")
TEXT_FORMS = (SPANISH, MONTH_FIRST, ROMAN, ISO, DAY_FIRST)

# Only in file names, where `_` separates and numbers run together.
NAME_ISO = LazyPattern(r"(?<!\d)(?P<year>(?:19|20)\d{2})(?P<sep>[-_. ])(?P<month>\d{1,2})(?P=sep)"
                       r"(?P<day>\d{1,2})(?!\d)")
NAME_DAY_FIRST = LazyPattern(r"(?<!\d)(?P<day>\d{1,2})(?P<sep>[-_. ])(?P<month>\d{1,2})(?P=sep)"
                             r"(?P<year>(?:19|20)\d{2})(?!\d)")
NAME_YEAR_MONTH_DAY = LazyPattern(r"(?<!\d)(?P<year>(?:19|20)\d{2})[-_. ]?" + MONTH
                                  + r"[-_. ]?(?P<day>\d{1,2})(?!\d)", re.I)
COMPACT_DAY_FIRST = LazyPattern(r"(?<!\d)(?P<day>\d{2})(?P<month>\d{2})(?P<year>(?:19|20)\d{2})(?!\d)")
SHORT_YEAR = LazyPattern(r"(?<!\d)(?P<year>\d{2})-(?P<month>\d{2})-(?P<day>\d{2})(?!\d)")
NAME_FORMS = (NAME_ISO, COMPACT, NAME_DAY_FIRST, NAME_YEAR_MONTH_DAY, SPANISH, COMPACT_DAY_FIRST)

# Datelines: where a document says, at its start, when it was written. What leads to the
# date: a place, maybe with its agency (`MADRID (EFE), `, `Ciudad de México, a `), a word of
# publication (`Publicado el `, `Fecha: `), or a section and a dash (La Moncloa's
# `Interior - 15.12.2023`).
# A place is a few capitalized words and their links (`Santa Cruz de la Sierra`), never a
# clause (`La semana uno es donde empieza el año, 1 de enero de 2020`).
PLACE_WORD = r"(?-i:[A-ZÁÉÍÓÚÑÜ])[\w.'’-]*"
PLACE = PLACE_WORD + r"(?:\s+(?:(?-i:de|del|la|las|los|el|y)\s+)*" + PLACE_WORD + r"){0,4}"
PLACE_LEAD = PLACE + r"\s*(?:\([^()\n\d]{1,30}\))?,\s+(?:a\s+)?"
PUBLISHED_LEAD = (r"(?:publicad[oa]|actualizad[oa]|fecha(?:\s+de\s+publicaci[oó]n)?|emitid[oa])"
                  r"(?:\s+el)?\s*[:.]?\s*")
SECTION_LEAD = r"[^\n]{1,80}?\s[-–—|]\s+"
# A full date after a lead (`Madrid, 5 de enero de 2021.-`, `París, 5 ene 2021 (AFP)`), or
# alone at the start, then the end or a stop (`Miércoles 14 de agosto, 2019`, `14/08/2019 -`).
DATED_LINES = tuple(
    LazyPattern(lead + r"(?:" + form.source.removeprefix(r"\b") + r")" + after, re.I)
    for form in TEXT_FORMS
    for lead, after in (
        (r"^\s*(?:" + "|".join((PLACE_LEAD, PUBLISHED_LEAD, SECTION_LEAD)) + ")", ""),
        (r"^\s*", r"(?=\s*(?:$|[.,;:(|\-–—]))"),
    )
)
# A dateline without the year, the agencies' style: `MADRID, 5 Ene. (EFE) -`,
# `Lima, martes 5 ene (EFE).-`, `Bogotá, 15 de enero / Colprensa`; and Europa Press's day
# alone, `MADRID, 5 (EUROPA PRESS) -`. The year (and month) come from elsewhere.
DATELINE = LazyPattern(
    r"^\s*" + PLACE_LEAD + WEEKDAY + DAY + r"\s+(?:de\s+)?" + MONTH
    + r"\s*(?:\(|-|–|—|\.-|/)", re.I)
DAY_DATELINE = LazyPattern(r"^\s*" + PLACE_LEAD + r"(?P<day>\d{1,2})\s*\([^()\n\d]{2,30}\)")
YEAR_NUMBER = LazyPattern(r"(?<!\d)((?:19|20)\d{2})(?!\d)")
# A query's month: `diciembre 2020`, `diciembre de 2020`, or one token (`fecha:dic-2020`, `marzo/2020`)
MONTH_YEAR = LazyPattern(r"^" + MONTH + r"(?:(?:\s+del?|,)?\s+|[-/])(?P<year>\d{4})$", re.I)
NUMERIC_MONTH = LazyPattern(r"^(?P<year>\d{4})[-/](?P<month>\d{1,2})$")
MONTH_FIRST_NUMERIC = LazyPattern(r"^(?P<month>\d{1,2})[-/](?P<year>\d{4})$")  # `03/2020`, as Mexico writes it
# A date after these words, within three more, is another event's, not the document's:
# `recordó que el 11 de septiembre de 2001`, `el decreto del 2 de marzo de 2019`,
# `desde el`, `a partir del`, `tras el`.
MENTIONED = LazyPattern(
    r"(aniversario|desde|hasta|antes|después|despues|tras|partir|nació|nacido|nacida|fundad[oa]|murió|hace"
    r"|record\w*|recuerd\w*|evoc\w*|rememor\w*|conmemor\w*|decreto|ley|orden|resoluci[oó]n|sentencia|acuerdo"
    r"|reforma|convenio|tratado|atentado|terremoto|elecciones|comicios|ocurrid[oa]|sucedid[oa])"
    r"\W+(\w+\W+){0,3}$", re.I)
