"""Date ranges as few terms: whole years, then whole months, then single days.

>>> date_terms(datetime.date(2020, 3, 30), datetime.date(2021, 2, 1))
[('date', '2020-03-30'), ('date', '2020-03-31'), ('month', '2020-04'), ('month', '2020-05'), \
('month', '2020-06'), ('month', '2020-07'), ('month', '2020-08'), ('month', '2020-09'), \
('month', '2020-10'), ('month', '2020-11'), ('month', '2020-12'), ('month', '2021-01'), \
('date', '2021-02-01')]

A range over the dates themselves would be a union of one term a day; a year of press
has hundreds, and intersecting that union with the words is what made filters slow.
"""

import calendar
import datetime
from dataclasses import dataclass, field

from whoosh.query import NullQuery, Or, Term, TermRange

from search.text.dates import date_range

EARLIEST = datetime.date(1, 1, 1)
LATEST = datetime.date(9999, 12, 31)
ONE_DAY = datetime.timedelta(days=1)


@dataclass
class DateSpan:
    """The days from start to end (either open), what was not a date, and what to say."""

    start: datetime.date | None = None
    end: datetime.date | None = None
    bad: str | None = None
    messages: list[str] = field(default_factory=list)


def date_span(low: str | None, high: str | None, strict: bool = False) -> DateSpan:
    """Return the span from the first day `low` covers to the last day `high` covers.

    Used by both `fecha:[low TO high]` and the from/to filters, so both read dates alike:
    `2020`, `2020-12`, `2020-12-22`, `diciembre 2020`. Dates given the wrong way round are
    taken in order, and the span says so; a value that is no date is named in `bad`.
    `strict` (`fecha:>2020-12`, `fecha:<2020`) leaves out the days the bounds cover: the
    span starts the day after `low`'s last day and ends the day before `high`'s first.
    """
    low_days = date_range(low) if low else None
    high_days = date_range(high) if high else None
    for value, found in ((low, low_days), (high, high_days)):
        if value and found is None:
            return DateSpan(bad=value)
    if strict:
        if (low_days and low_days[1] == LATEST) or (high_days and high_days[0] == EARLIEST):
            return DateSpan(LATEST, EARLIEST)  # after the last day, or before the first: none
        return DateSpan(low_days[1] + ONE_DAY if low_days else None,
                        high_days[0] - ONE_DAY if high_days else None)
    span = DateSpan(low_days[0] if low_days else None, high_days[1] if high_days else None)
    if span.start and span.end and span.start > span.end:
        span.start, span.end = high_days[0], low_days[1]
        span.messages.append(f"Las fechas «{low}» y «{high}» iban al revés; se tomaron en orden.")
    return span


def _month_end(day):
    return day.replace(day=calendar.monthrange(day.year, day.month)[1])


def date_terms(start, end):
    """Return (field, term) pairs, and ('years', first, last) spans, covering start..end."""
    parts, day = [], start
    while day <= end:
        if day.month == 1 and day.day == 1 and datetime.date(day.year, 12, 31) <= end:
            last = end.year if end.month == 12 and end.day == 31 else end.year - 1
            parts.append(("years", f"{day.year:04d}", f"{last:04d}"))
            if last >= LATEST.year:
                break
            day = datetime.date(last + 1, 1, 1)
        elif day.day == 1 and _month_end(day) <= end:
            parts.append(("month", f"{day.year:04d}-{day.month:02d}"))
            if _month_end(day) >= LATEST:
                break
            day = _month_end(day) + ONE_DAY
        else:
            parts.append(("date", day.isoformat()))
            if day >= LATEST:
                break
            day += ONE_DAY
    return parts


def date_query(start=None, end=None):
    """Return a query for the records dated from start to end (either may be open).

    The date fields are not scored: every record in range gets the same score from it.
    """
    queries = []
    for part in date_terms(start or EARLIEST, end or LATEST):
        if part[0] == "years":
            queries.append(Term("year", part[1]) if part[1] == part[2]
                           else TermRange("year", part[1], part[2]))
        else:
            queries.append(Term(part[0], part[1]))
    if not queries:
        return NullQuery
    return queries[0] if len(queries) == 1 else Or(queries)
