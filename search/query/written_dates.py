"""Dates written in words inside a query: read as the date filter they ask for, or said to lack a year.

A question names its time as Spanish does, with a preposition: `¿qué dijo López-Gatell en
abril de 2020?`, `vacunas durante marzo de 2021`, `el 5 de abril de 2020`. Searched as
words, `abril` and `2020` matched any paragraph that wrote them, whenever it was said;
what the user asks for is what was said then, which is the documents' date. So a date with
its year after `en`, `durante` or `el`, outside quotes, becomes `fecha:` (a month or a
day) and the search says so; quoted (`"abril de 2020"`) it stays words. Without a
preposition (`Revolución de Octubre de 1917`, `López-Gatell abril 2020`) nothing is read:
a name or a title holds dates too.

A month with no year (`fecha:enero`) is ambiguous in an archive of several years, as it is
to Elasticsearch's date parser; the search says so and names the month of the newest year
the index holds (missing_year).

>>> text, said = dates_as_filters("¿qué dijo López-Gatell en abril de 2020?")
>>> text
'¿qué dijo López-Gatell fecha:2020-04 '
>>> said[0][:60]
'«en abril de 2020» se buscó como fecha:2020-04 (la fecha de '

>>> dates_as_filters('la Revolución de Octubre de 1917 "en abril de 2020"')[1]
[]
"""

import re

from search.text.date_patterns import MONTHS
from search.text.date_values import current_day, date_range
from search.text.patterns import LazyPattern

# Months written out (the abbreviations, `mar`, `may`, `set`, are words too often).
MONTH_NAMES = "|".join(name for name in MONTHS if len(name) > 4 or name == "mayo")
WRITTEN_DATE = LazyPattern(
    r"(?<![^\s(¿¡])(?P<lead>en|durante|el)\s+"
    r"(?P<date>(?:(?:\d{1,2}|1\.?º|primero)\s+de\s+)?(?:" + MONTH_NAMES + r")"
    r"(?:\s+del?(?:\s+año)?)?\s+\d{4})(?![\w-])[?!.,;:…]*", re.I)  # the question's mark goes with it
# A month alone, or a day and a month: what `fecha:` can't place in a year.
YEARLESS = LazyPattern(r"(?:(?P<day>\d{1,2})(?:\s+de\s+|[-/ ]))?(?P<month>" + "|".join(MONTHS) + r")\.?", re.I)
QUOTED = LazyPattern(r"[\"“«„][^\"”»“]*[\"”»“]?")


def dates_as_filters(text):
    """Return (text with its prepositional dates as `fecha:` clauses, what to say of each).

    Quoted parts are left as typed. A date the calendar lacks (`en 31 de febrero de 2021`)
    stays words.
    """
    if not any(ch.isdigit() for ch in text):  # no year: the usual query costs one scan
        return text, []
    said, parts, start = [], [], 0
    for quote in QUOTED.finditer(text):
        parts.append(_read(text[start:quote.start()], said))
        parts.append(quote.group())
        start = quote.end()
    parts.append(_read(text[start:], said))
    return "".join(parts), said


def _read(text, said):
    """Return unquoted text with each WRITTEN_DATE the calendar has as a `fecha:` clause,
    appending to `said` what to tell of each (in Spanish)."""

    def filtered(match):
        written = " ".join(match.group("date").split())
        plain = re.sub(r"\bdel?\s+año\b", "de", re.sub(r"^(?:primero|1\.?º)", "1", written, flags=re.I), flags=re.I)
        span = date_range(plain)
        if span is None:
            return match.group()
        first, last = span
        value = first.isoformat() if first == last else first.isoformat()[:7]
        said.append(f"«{match.group('lead')} {written}» se buscó como fecha:{value} (la fecha de los documentos); "
                    f"entre comillas se buscan las palabras: \"{written}\".")
        return f"fecha:{value} "

    return WRITTEN_DATE.sub(filtered, text)


def missing_year(value, newest_year=None, field="fecha:"):
    """Return what to say of a date value with no year (`enero`, `15-enero`), or None.

    `newest_year(month)` gives the newest year the index holds that month in, or None (then
    this year is named); `field` is written before the suggestion (`fecha:`, or nothing for a
    filter of its own).

    >>> missing_year("enero", lambda month: 2021)
    '«enero» no dice de qué año: escriba fecha:2021-01 (o "enero de 2021")'
    >>> missing_year("15 de marzo", lambda month: 2020), missing_year("2020")
    ('«15 de marzo» no dice de qué año: escriba fecha:2020-03-15 (o "15 de marzo de 2020")', None)
    """
    found = YEARLESS.fullmatch(value.strip())
    if not found:
        return None
    month = MONTHS[found.group("month").lower()]
    day = int(found.group("day")) if found.group("day") else None
    if day is not None and not 1 <= day <= 31:
        return None
    year = (newest_year(month) if newest_year else None) or current_day().year
    written = found.group("month").lower()
    iso = f"{year:04d}-{month:02d}" + (f"-{day:02d}" if day else "")
    spoken = (f"{day} de " if day else "") + f"{written} de {year}"
    return f"«{value}» no dice de qué año: escriba {field}{iso} (o \"{spoken}\")"
