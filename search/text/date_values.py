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


def date_range(value: str) -> tuple[datetime.date, datetime.date] | None:
    """Return the first and last day that a query value covers (`2020`, `2020-12`, `diciembre 2020`).

    Any year of the calendar (0001 to 9999) may be given; a value that is no date, or
    out of it (`0000`, `10000`, `0000-01`), gives None.
    """
    value = (value or "").strip()
    relative = relative_day(value)
    if relative:
        return relative, relative
    if re.fullmatch(r"\d{4}", value):
        first = make_date(value, 1, 1)
        return (first, first.replace(month=12, day=31)) if first else None
    day = QUERY_DAY.fullmatch(value)
    if day:
        day = make_date(day.group(1), day.group(3), day.group(4))
        return (day, day) if day else None
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


# Elasticsearch's date math, and its Spanish: `hoy`, `ayer`, `hoy-7d` (days), `hoy-2s` (weeks),
# `hoy-3m` (months), `hoy-1a` (years); `now-7d`, `now-2w`, `now-3M`, `now-1y` as Elasticsearch writes them.
RELATIVE = LazyPattern(r"(hoy|now|today|ayer|yesterday)(?:-(\d{1,4})(d|s|w|m|M|a|y))?", re.I)
RELATIVE_UNITS = {"d": "days", "s": "weeks", "w": "weeks", "m": "months", "M": "months", "a": "years", "y": "years"}


def current_day() -> datetime.date:
    """Return today's date on this machine's clock: what `hoy` names, and what a cached page
    of results is kept for (web/views.py: a `fecha:hoy` page is stale after midnight)."""
    return datetime.date.today()


def relative_day(value: str, today: datetime.date | None = None) -> datetime.date | None:
    """Return the day a relative value names (`hoy`, `ayer`, `hoy-7d`, `now-1M`), or None.

    The unit follows Elasticsearch's date math (d, w, M, y), with Spanish letters beside
    them (s: semanas, m: meses, a: años); `m` is a month here (no query names minutes).
    A month back from the 31st is the month's last day.

    >>> relative_day("hoy-7d", datetime.date(2020, 3, 14)), relative_day("ayer", datetime.date(2020, 3, 1))
    (datetime.date(2020, 3, 7), datetime.date(2020, 2, 29))
    >>> relative_day("hoy-1m", datetime.date(2020, 3, 31)), relative_day("2020")
    (datetime.date(2020, 2, 29), None)
    """
    match = RELATIVE.fullmatch(value.strip())
    if not match:
        return None
    today = today or current_day()
    word, amount, unit = match.groups()
    day = today - datetime.timedelta(days=1) if word.lower() in ("ayer", "yesterday") else today
    if not amount:
        return day
    amount, unit = int(amount), RELATIVE_UNITS[unit if unit == "M" else unit.lower()]
    try:
        if unit in ("days", "weeks"):
            return day - datetime.timedelta(**{unit: amount})
        months = amount * (12 if unit == "years" else 1)
        year, month = divmod(day.year * 12 + day.month - 1 - months, 12)
        month += 1
        return datetime.date(year, month, min(day.day, last_day(year, month)))
    except (ValueError, OverflowError):  # before the year 1
        return None


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
