"""Dates given as values rather than found in prose: the span a query names (`fecha:2020`,
`2020-12`, `diciembre 2020`, a day) and what is wrong with a date given as metadata.

>>> date_range("2020-12")
(datetime.date(2020, 12, 1), datetime.date(2020, 12, 31))
"""

import datetime
import re

from search.text.date_patterns import (
    COMPACT,
    DAY_FIRST,
    ISO,
    MONTH_FIRST,
    MONTH_FIRST_NUMERIC,
    MONTH_YEAR,
    MONTHS,
    NUMERIC_MONTH,
    ROMAN,
    SPANISH,
)
from search.text.dates import DATE_CHARS, date_text, make_date, parse_date
from search.text.patterns import LazyPattern
from search.text.wording import number

# A query's day in ISO form, of any year the calendar has (0001 to 9999): the text's
# patterns (ISO) read only 1800-2099, as a number outside them is seldom a date in prose.
QUERY_DAY = LazyPattern(r"(\d{4})([-/])(\d{1,2})\2(\d{1,2})")
# A quarter or a half of a year: `2020-T1`, `2020-Q1` (ISO 8601 has no quarter; this is how
# spreadsheets and statistics offices write it), `T1 2020`, `primer trimestre de 2020`,
# `segundo semestre 2020`. Unambiguous, unlike the seasons, which differ by hemisphere (the
# summer of Chile is the winter of Mexico): those stay no date.
PARTS_OF_YEAR = {"t": 3, "q": 3, "trimestre": 3, "s": 6, "semestre": 6}
ORDINALS = {"primer": 1, "primero": 1, "1er": 1, "1º": 1, "1o": 1, "segundo": 2, "2º": 2, "2o": 2,
            "tercer": 3, "tercero": 3, "3er": 3, "3º": 3, "3o": 3, "cuarto": 4, "4º": 4, "4o": 4}
YEAR_PART = LazyPattern(r"(?P<year>\d{4})[-\s]?(?P<unit>[tqs])(?P<nth>[1-4])"
                        r"|(?P<unit2>[tqs])(?P<nth2>[1-4])[-\s]?(?P<year2>\d{4})"
                        r"|(?P<ordinal>\S+)\s+(?P<word>trimestre|semestre)(?:\s+del?)?\s+(?P<year3>\d{4})", re.I)


def date_range(value: str) -> tuple[datetime.date, datetime.date] | None:
    """Return the first and last day that a query value covers (`2020`, `2020-12`, `diciembre 2020`).

    Any year of the calendar (0001 to 9999) may be given; a value that is no date, or
    out of it (`0000`, `10000`, `0000-01`), gives None.
    """
    value = (value or "").strip()
    relative = relative_span(value)
    if relative:
        return relative
    if re.fullmatch(r"\d{4}", value):
        first = make_date(value, 1, 1)
        return (first, first.replace(month=12, day=31)) if first else None
    day = QUERY_DAY.fullmatch(value)
    if day:
        day = make_date(day.group(1), day.group(3), day.group(4))
        return (day, day) if day else None
    part = YEAR_PART.fullmatch(value)
    if part:
        return year_part(part)
    match = NUMERIC_MONTH.match(value) or MONTH_FIRST_NUMERIC.match(value) or MONTH_YEAR.match(value)
    if match:
        year, month = int(match.group("year")), MONTHS.get(match.group("month").lower(), match.group("month"))
        try:
            month = int(month)
            return datetime.date(year, month, 1), datetime.date(year, month, last_day(year, month))
        except ValueError:
            return None
    day = parse_date(value)
    return (day, day) if day else None


def year_part(match):
    """Return the first and last day of a YEAR_PART match (`2020-T2`: April to June), or None
    for one the year has not (`2020-S3`, `quinto trimestre`).

    >>> year_part(YEAR_PART.fullmatch("primer trimestre de 2020"))
    (datetime.date(2020, 1, 1), datetime.date(2020, 3, 31))
    >>> year_part(YEAR_PART.fullmatch("2020-S2"))
    (datetime.date(2020, 7, 1), datetime.date(2020, 12, 31))
    """
    unit = (match.group("unit") or match.group("unit2") or match.group("word")).lower()
    nth = match.group("nth") or match.group("nth2")
    nth = int(nth) if nth else ORDINALS.get(match.group("ordinal").lower())
    year = int(match.group("year") or match.group("year2") or match.group("year3"))
    months = PARTS_OF_YEAR[unit]
    if not nth or nth * months > 12 or year < 1:
        return None
    first_month, last_month = (nth - 1) * months + 1, nth * months
    return datetime.date(year, first_month, 1), datetime.date(year, last_month, last_day(year, last_month))


# Elasticsearch's date math, and its Spanish: `hoy`, `ayer`, `hoy-7d` (days), `hoy-2s` (weeks),
# `hoy-3m` (months), `hoy-1a` (years); `now-7d`, `now-2w`, `now-3M`, `now-1y` as Elasticsearch writes
# them; steps added too and chained (`hoy+1d`, `now-1M+2d`), and a last `/unit` rounding the day to its
# week, month or year (`now-1M/M`: the whole of last month).
# https://www.elastic.co/guide/en/elasticsearch/reference/current/common-options.html#date-math
RELATIVE = LazyPattern(r"(hoy|now|today|ayer|yesterday)((?:[-+]\d{1,4}[dswmay])*)(?:/([dswmay]))?", re.I)
STEP = LazyPattern(r"([-+])(\d{1,4})([dswmay])", re.I)
RELATIVE_UNITS = {"d": "days", "s": "weeks", "w": "weeks", "m": "months", "M": "months", "a": "years", "y": "years"}


def current_day() -> datetime.date:
    """Return today's date on this machine's clock: what `hoy` names, and what a cached page
    of results is kept for (web/views.py: a `fecha:hoy` page is stale after midnight)."""
    return datetime.date.today()


def relative_day(value: str, today: datetime.date | None = None) -> datetime.date | None:
    """Return the day a relative value names (`hoy`, `ayer`, `hoy-7d`, `now-1M`, `hoy+1d`), or None.

    The unit follows Elasticsearch's date math (d, w, M, y), with Spanish letters beside
    them (s: semanas, m: meses, a: años); `m` is a month here (no query names minutes).
    A month back from the 31st is the month's last day. A rounding (`/M`) is
    relative_span's: here it is read and left aside.

    >>> relative_day("hoy-7d", datetime.date(2020, 3, 14)), relative_day("ayer", datetime.date(2020, 3, 1))
    (datetime.date(2020, 3, 7), datetime.date(2020, 2, 29))
    >>> relative_day("hoy-1m", datetime.date(2020, 3, 31)), relative_day("2020")
    (datetime.date(2020, 2, 29), None)
    >>> relative_day("now-1M+2d", datetime.date(2020, 3, 31)), relative_day("hoy+1d", datetime.date(2020, 2, 28))
    (datetime.date(2020, 3, 2), datetime.date(2020, 2, 29))
    """
    match = RELATIVE.fullmatch(value.strip())
    if not match:
        return None
    today = today or current_day()
    word, steps, _ = match.groups()
    day = today - datetime.timedelta(days=1) if word.lower() in ("ayer", "yesterday") else today
    try:
        for sign, amount, unit in STEP.findall(steps):
            day = moved(day, int(amount) * (1 if sign == "+" else -1), unit)
    except (ValueError, OverflowError):  # before the year 1 or after 9999
        return None
    return day


def moved(day, amount, unit):
    """Return day moved by amount units (`d`, `s`/`w`, `m`/`M`, `a`/`y`); a month onto a
    shorter one lands on its last day; ValueError or OverflowError off the calendar."""
    unit = RELATIVE_UNITS[unit if unit == "M" else unit.lower()]
    if unit in ("days", "weeks"):
        return day + datetime.timedelta(**{unit: amount})
    months = amount * (12 if unit == "years" else 1)
    year, month = divmod(day.year * 12 + day.month - 1 + months, 12)
    month += 1
    return datetime.date(year, month, min(day.day, last_day(year, month)))


def relative_span(value: str, today: datetime.date | None = None) -> tuple[datetime.date, datetime.date] | None:
    """Return the first and last day a relative value covers: its day, or with a rounding
    (`/s` or `/w`, `/m` or `/M`, `/a` or `/y`) the whole week (Monday to Sunday, as
    Elasticsearch's), month or year holding it; None if it is no relative value.

    A range then keeps Elasticsearch's rounding: `>=now/M` from the month's first day,
    `<=now/M` to its last, `>now/M` after it, `<now/M` before it.

    >>> relative_span("now-1M/M", datetime.date(2020, 3, 14))
    (datetime.date(2020, 2, 1), datetime.date(2020, 2, 29))
    >>> relative_span("hoy/s", datetime.date(2020, 3, 14)), relative_span("hoy-7d/d", datetime.date(2020, 3, 14))
    ((datetime.date(2020, 3, 9), datetime.date(2020, 3, 15)), (datetime.date(2020, 3, 7), datetime.date(2020, 3, 7)))
    """
    day = relative_day(value, today)
    if day is None:
        return None
    rounding = RELATIVE.fullmatch(value.strip()).group(3)
    unit = RELATIVE_UNITS[rounding if rounding == "M" else rounding.lower()] if rounding else "days"
    try:
        if unit == "weeks":
            monday = day - datetime.timedelta(days=day.weekday())
            return monday, monday + datetime.timedelta(days=6)
        if unit == "months":
            return day.replace(day=1), day.replace(day=last_day(day.year, day.month))
        if unit == "years":
            return day.replace(month=1, day=1), day.replace(month=12, day=31)
    except OverflowError:  # the week of 9999-12-31 ends off the calendar
        return None
    return day, day


def last_day(year, month):
    """Return the number of a month's last day (28 to 31); raise ValueError for a month not 1-12."""
    import calendar  # here: a search that names no month doesn't load it (nor locale)

    return calendar.monthrange(year, month)[1]


def date_problem(value: str) -> str | None:
    """Return what is wrong with a date given as metadata, in Spanish, or None if it is one.

    >>> date_problem("31/02/2021"), date_problem("mañana"), date_problem("2021-02-28")
    ('no existe en el calendario', 'no se entiende (use 2020-12-22)', None)
    """
    if parse_date(value):
        return None
    if len(date_text(value)) > DATE_CHARS:
        return f"tiene {number(len(date_text(value)))} caracteres; una fecha tiene a lo sumo {DATE_CHARS}"
    if relative_day(value):  # `hoy` dates a query, never a document
        return "no se entiende (use 2020-12-22)"
    span = date_range(value)
    if span and span[0] == span[1]:  # a real day, of a year the text's patterns don't read
        return "es de un año fuera de 1800-2099, los que se leen como fechas"
    if span:  # a month or a year: what a query takes, but a document is dated by its day
        return (f"da solo {'el año' if span[0].month != span[1].month else 'el mes'}; un documento "
                "se fecha por día (use 2020-12-22)")
    written = any(pattern.search(value) for pattern in (ISO, DAY_FIRST, SPANISH, MONTH_FIRST, ROMAN, COMPACT))
    return "no existe en el calendario" if written else "no se entiende (use 2020-12-22)"
