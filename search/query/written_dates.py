"""Dates written in words inside a query: read as the date filter they ask for, or said to lack a year.

A question names its time as Spanish does, with a preposition: `¿qué dijo López-Gatell en
abril de 2020?`, `vacunas durante marzo de 2021`, `el 5 de abril de 2020`. Searched as
words, `abril` and `2020` matched any paragraph that wrote them, whenever it was said;
what the user asks for is what was said then, which is the documents' date. So a date with
its year after `en`, `durante` or `el`, outside quotes, becomes `fecha:` (a month or a
day) and the search says so; quoted (`"abril de 2020"`) it stays words. Without a
preposition (`Revolución de Octubre de 1917`, `López-Gatell abril 2020`) nothing is read:
a name or a title holds dates too.

A span is read so too: `entre marzo y mayo de 2020`, `de enero a marzo de 2021`, `del 1 de
marzo al 15 de abril de 2020` (the first end takes the second's year when it has none),
`desde abril de 2020`, `a partir de 2021`, `hasta 2021`, becoming `fecha:2020-03..2020-05`,
`fecha:2020-04..`, `fecha:..2021`; and a year alone after `en` or `durante` (`en 2020`,
`durante el 2021`) is `fecha:2020`; a list of dates after them (`en 2020 y 2021`, `en marzo
y mayo de 2020`, `durante 2019, 2020 o 2021`) is any of them, each without its year taking the
last one's: `(fecha:2020-03 OR fecha:2020-05)`. A bare number is a year only from 1000 to 2099 and
when what follows it can't be what it counts: the end of the query, a mark, a function
word (`en 2020 se…`) or a capital; `en 2020 casos` and `hasta 2000 personas` stay words.

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
from search.text.words import STOPWORDS

# Months written out (the abbreviations, `mar`, `may`, `set`, are words too often).
MONTH_NAMES = "|".join(name for name in MONTHS if len(name) > 4 or name == "mayo")
YEAR = r"(?:1\d|20)\d\d"  # a year alone: 1000–2099; past that, a number
# One end of a span, or a date: a month (maybe with its day, maybe with its year), or a year.
END = (r"(?:(?:el\s+)?(?:\d{1,2}|1\.?º|primero)\s+de\s+)?(?:" + MONTH_NAMES + r")(?:(?:\s+del?(?:\s+año)?)?\s+\d{4})?"
       r"|(?:el\s+)?(?:año\s+)?" + YEAR)
LISTED = r"(?:(?:en|durante)\s+)?(?:" + END + r")"  # a later date of a list after `en`
LIST_SEPARATOR = LazyPattern(r"\s*,\s*|\s+[yoe]\s+(?:(?:en|durante)\s+)?|^(?:en|durante)\s+", re.I)
WRITTEN_DATE = LazyPattern(
    r"(?<![^\s(¿¡])(?:"
    r"(?P<between>entre)\s+(?P<low>" + END + r")\s+y\s+(?P<high>" + END + r")"
    r"|(?P<span>desde|del?)\s+(?P<first>" + END + r")\s+(?:hasta|al?)\s+(?P<last>" + END + r")"
    r"|(?P<since>desde|a\s+partir\s+del?)\s+(?P<start>" + END + r")"
    r"|(?P<until>hasta)\s+(?P<end>" + END + r")"
    r"|(?P<at>en|durante|el)\s+(?P<date>" + END + r")"
    # a list of dates (`en 2020 y 2021`, `en marzo y mayo de 2020`): any of them
    r"(?P<more>(?:\s*,\s*" + LISTED + r")*\s+[yoe]\s+(?P<tail>" + LISTED + r"))?)"
    r"(?![\w-])(?P<marks>[?!.,;:…]*)", re.I)  # the question's mark goes with it
HAS_YEAR = LazyPattern(r"\d{4}$")
HAS_YEAR_INSIDE = LazyPattern(r"\d{4}")
DAY_FIRST = LazyPattern(r"(?:\d|primero)", re.I)
MONTH_WORD = LazyPattern(r"\b(?:" + MONTH_NAMES + r")\b", re.I)  # a date with no digit: a month alone
BARE_YEAR = LazyPattern(r"(?:el\s+)?(?:año\s+)?\d{4}$", re.I)
# What may follow a year alone: a function word (`en 2020 se dijo`), not what a number
# counts (`en 2020 casos`); `de`, `más`, `por` follow counts (`2000 de ellos`, `2000 más`).
YEAR_FOLLOWERS = STOPWORDS - {"de", "del", "más", "menos", "por"}
NEXT_WORD = LazyPattern(r"\s*(\w+)")
# A month alone, or a day and a month: what `fecha:` can't place in a year.
YEARLESS = LazyPattern(r"(?:(?P<day>\d{1,2})(?:\s+de\s+|[-/ ]))?(?P<month>" + "|".join(MONTHS) + r")\.?", re.I)
# Left as typed: quotes, and Lucene's ranges, whose `HASTA` is theirs (`fecha:[2020 HASTA 2021]`).
QUOTED = LazyPattern(r"[\"“«„][^\"”»“]*[\"”»“]?|[\[{][^\]}]*[\]}]?")


def dates_as_filters(text, year_of=None, read=None):
    """Return (text with its prepositional dates and spans as `fecha:` clauses, what to say
    of each).

    Quoted parts and bracketed ranges are left as typed. A date with no year (`el 3 de mayo`,
    `en marzo`) or one the calendar lacks (`en 31 de febrero de 2021`) stays words, and that
    is said too (unread_date), naming it, and the year `year_of(month)` gives as the one to
    write (None: this year). `read` (a list, or None) gets each date read as
    (as typed, its `fecha:` values).
    """
    if not any(ch.isdigit() for ch in text) and not MONTH_WORD.search(text):  # the usual query: two scans
        return text, []
    said, parts, start = [], [], 0
    for quote in QUOTED.finditer(text):
        parts.append(_read(text[start:quote.start()], said, year_of, read))
        parts.append(quote.group())
        start = quote.end()
    parts.append(_read(text[start:], said, year_of, read))
    return "".join(parts), said


def _read(text, said, year_of=None, read=None):
    """Return unquoted text with each WRITTEN_DATE the calendar has as a `fecha:` clause,
    appending to `said` what to tell of each (in Spanish), and to `read` (when a list) each
    date read, as (as typed, its `fecha:` values)."""

    def filtered(match):
        values = _values(match)
        lead = match.group("between") or match.group("span") or match.group("since") or match.group("until") \
            or match.group("at")
        written = " ".join(match.group()[len(lead):len(match.group()) - len(match.group("marks"))].split())
        if values is None:
            unread = unread_date(match, f"{' '.join(lead.split())} {written}", year_of)
            if unread:
                said.append(unread)
            return match.group()
        if not _year_ends(match, text):
            return match.group()
        clause = " OR ".join(f"fecha:{value}" for value in values)  # a list: any of its dates
        if read is not None:
            read.append((f"{' '.join(lead.split())} {written}", values))
        said.append(f"«{' '.join(lead.split())} {written}» se buscó como {clause} (la fecha de los "
                    f"documentos); entre comillas se buscan las palabras: \"{written}\".")
        return f"({clause}) " if len(values) > 1 else f"{clause} "

    return WRITTEN_DATE.sub(filtered, text)


def unread_date(match, written, year_of=None):
    """Return what to say of a WRITTEN_DATE match that was left as words (`written`, as typed,
    its preposition first), in Spanish, or None when it was never meant as a date (`el 2020`
    as a subject). A date with no year is shown with the year `year_of(month)` gives (its last
    month's; None: this year), as missing_year names one."""
    if match.group("at") and match.group("at").lower() == "el" and (
            BARE_YEAR.fullmatch(match.group("date")) or not DAY_FIRST.match(match.group("date"))):
        return None  # `el 2020 fue…`, `el mayo francés`: Spanish writes `el` before a day only
    if not HAS_YEAR_INSIDE.search(match.group()):
        month = MONTHS[MONTH_WORD.findall(written)[-1].lower()]
        year = (year_of(month) if year_of else None) or current_day().year
        return (f"«{written}» no dice de qué año y se buscó como palabras; para buscar por esa fecha, "
                f"escriba también su año (como en «{written} de {year}»).")
    return (f"«{written}» no es una fecha del calendario y se buscó como palabras; compruebe el día "
            "y el mes.")


def _values(match):
    """Return the `fecha:` values a WRITTEN_DATE match asks for, as a tuple (`('2020-04',)`,
    `('2020-03..2020-05',)`, `('2020-04..',)`, `('..2021',)`; a list of dates, each of them:
    `('2020', '2021')`), or None when it names no date the calendar has, or no year."""
    if match.group("at"):
        if match.group("at").lower() == "el" and BARE_YEAR.fullmatch(match.group("date")):
            return None  # `el 2020 fue…`: the subject, not a time
        if match.group("more"):
            return _listed(match.group("date") + match.group("more"))
        span = _span(match.group("date"))
        return span and (_iso(*span),)
    if match.group("since") or match.group("until"):
        span = _span(match.group("start") or match.group("end"))
        return span and ((f"{_iso(*span)}.." if match.group("since") else f"..{_iso(*span)}"),)
    low, high = (match.group("low"), match.group("high")) if match.group("between") else \
        (match.group("first"), match.group("last"))
    ends = _ends(low, high)
    return ends and (f"{_iso(*ends[0])}..{_iso(*ends[1])}",)


def _listed(written):
    """Return the `fecha:` values of a list of dates (`2019, 2020 y 2021`, `marzo y mayo de
    2020`), each without its year taking the last one's, each once (`2020 y 2020` is one);
    or None."""
    items = [item for item in LIST_SEPARATOR.split(written) if item]
    last = _span(items[-1])
    spans = [_span(item, last[0].year) for item in items[:-1]] + [last] if last else [None]
    if None in spans:
        return None
    return tuple(dict.fromkeys(_iso(*span) for span in spans))


def _ends(low, high):
    """Return the spans of a range's two ends, in order, the one without a year taking the
    other's (a year back, or on, when it would come after, or before, it); or None."""
    if HAS_YEAR.search(low) and HAS_YEAR.search(high):
        spans = _span(low), _span(high)
        return None if None in spans else tuple(sorted(spans))
    if HAS_YEAR.search(high):
        last = _span(high)
        first = last and _near(low, last[0].year, lambda span: span[0] <= last[1], -1)
        return first and (first, last)
    if HAS_YEAR.search(low):
        first = _span(low)
        last = first and _near(high, first[0].year, lambda span: span[1] >= first[0], 1)
        return last and (first, last)
    return None


def _near(written, year, fits, step):
    """Return the span of an end written without its year in `year` when it `fits`, else in
    the year `step` away (`entre noviembre y febrero de 2021`: November of 2020)."""
    span = _span(written, year)
    return span if span is None or fits(span) else _span(written, year + step)


def _span(written, year=None):
    """Return (first day, last day) of one written end (`5 de abril de 2020`, `marzo`, given
    `year`; `el año 2020`), or None when it has no year or the calendar lacks it."""
    plain = " ".join(written.split())
    plain = re.sub(r"^el\s+(?:año\s+)?|^año\s+", "", plain, flags=re.I)
    plain = re.sub(r"^(?:primero|1\.?º)", "1", plain, flags=re.I)
    plain = re.sub(r"\bdel?\s+año\b", "de", plain, flags=re.I)
    if not HAS_YEAR.search(plain):
        if year is None:
            return None
        plain = f"{plain} de {year}"
    return date_range(plain)


def _iso(first, last):
    """Return a span as `fecha:` writes it: a day, a month or a year.

    >>> from datetime import date
    >>> _iso(date(2020, 4, 5), date(2020, 4, 5)), _iso(date(2020, 4, 1), date(2020, 4, 30))
    ('2020-04-05', '2020-04')
    >>> _iso(date(2020, 1, 1), date(2020, 12, 31))
    '2020'
    """
    if first == last:
        return first.isoformat()
    return first.isoformat()[:7] if first.month == last.month else str(first.year)


def _year_ends(match, text):
    """Return whether a match that ends in a year alone reads as a time, not a count: it
    ends the query or a clause, or the next word is a function word or a capital (YEAR_FOLLOWERS)."""
    last = next(value for value in (match.group(name) for name in ("high", "last", "start", "end", "tail", "date"))
                if value)
    last = LIST_SEPARATOR.sub("", last)  # a list's last date: `en 2021`
    if not BARE_YEAR.fullmatch(last) or match.group("marks"):
        return True
    following = NEXT_WORD.match(text, match.end())
    if following is None:
        return True
    word = following.group(1)
    return word.lower() in YEAR_FOLLOWERS or word[0].isupper()


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
