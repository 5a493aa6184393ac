"""Dates in queries: `fecha:` values read (date_clause), as spans of days, as few terms.

`2020-12`, `>2020-03-15`, Lucene's `[2020-01 TO 2020-06]` (ends kept), `{… TO …}` (ends
left out, mixed with `[ ]` at will, `*` open) and `2020-01..2020-06`. A span becomes whole
years, then whole months, then single days:

>>> date_terms(datetime.date(2020, 3, 30), datetime.date(2021, 2, 1))
[('date', '2020-03-30'), ('date', '2020-03-31'), ('month', '2020-04'), ('month', '2020-05'), \
('month', '2020-06'), ('month', '2020-07'), ('month', '2020-08'), ('month', '2020-09'), \
('month', '2020-10'), ('month', '2020-11'), ('month', '2020-12'), ('month', '2021-01'), \
('date', '2021-02-01')]

A range over the dates themselves would be a union of one term a day; a year of press
has hundreds, and intersecting that union with the words is what made filters slow.
"""

import datetime
import re

from whoosh.query import Not, NullQuery, Or, Term, TermRange

from search.query.nodes import Node
from search.query.written_dates import missing_year
from search.text.date_values import date_range, last_day
from search.text.folding import fold
from search.text.patterns import LazyPattern

EARLIEST = datetime.date(1, 1, 1)
LATEST = datetime.date(9999, 12, 31)
ONE_DAY = datetime.timedelta(days=1)
# Lucene's ranges: [ ] keep their ends, { } leave them out, and the two may be mixed.
RANGE = LazyPattern(r"^([\[{])\s*(\S+)\s+(?:TO|A|HASTA)\s+(\S+?)\s*([\]}])$", re.I)
DOTS = LazyPattern(r"^([^.]*)\.\.([^.]*)$")  # 2020-02-28..2020-03-01, 2020.., ..2020-03
COMPARISON = LazyPattern(r"^(>=|<=|>|<)(.+)$")
RANGE_PARTS = 5  # `[`, low, TO, high, `]`: the most words a range is typed in
RANGE_TO = ("to", "a", "hasta")  # the words between a range's ends, as RANGE reads them
RANGE_HELP = ("escríbalo [2020-01 TO 2020-06] (con los extremos), {2020-01 TO 2020-06} "
              "(sin ellos) o 2020-01..2020-06, y * para dejar un extremo abierto")
DATE_HELP = "(use 2020, 2020-12 o 2020-12-22)"  # the forms a date of a query or a filter takes
# The date filters' value for the paragraphs with no date: the year facet's «Sin fecha» bucket
# selects them, as Elasticsearch's `missing` bucket is selected by `must_not: {exists: …}`.
UNDATED = "sin fecha"


class DateClause(Node):
    """A date or a range of dates, as typed (checked when the query is built)."""

    def __init__(self, low: str | None, high: str | None, typed: str, exclude_low: bool = False,
                 exclude_high: bool = False, unreadable: bool = False):
        self.low, self.high, self.typed = low, high, typed
        self.exclude_low = exclude_low  # `>`, `{`: the days of low are left out (query/dates.date_span)
        self.exclude_high = exclude_high  # `<`, `}`: the days of high are left out
        self.unreadable = unreadable  # no form of date or range: ignored, and said (builder.py)
        self.after = ""  # the words typed after a value that is no date, searched as words (fields.join_date)


def date_clause(value):
    """Return a DateClause for `2020-12`, `[2020-01 TO 2020-06}`, `2020..2021`, `>2020-03-15`, …

    A value that opens a range but is none (`{2020 TO`, `2020...2021`) is `unreadable`:
    never searched as something else.
    """
    found = RANGE.match(value)
    if found:
        opening, low, high, closing = found.groups()
        return DateClause(_bound(low), _bound(high), value, opening == "{", closing == "}")
    found = COMPARISON.match(value)
    if found:
        operator, when = found.groups()
        strict = len(operator) == 1  # > and < leave the date itself out, as Elasticsearch's gt, lt
        return DateClause(when, None, value, exclude_low=strict) if operator.startswith(">") else \
            DateClause(None, when, value, exclude_high=strict)
    found = DOTS.match(value)
    if found and any(_bound(part) for part in found.groups()):
        return DateClause(_bound(found.group(1)), _bound(found.group(2)), value)
    if value.startswith(("[", "{")) or value.endswith(("]", "}")) or ".." in value:
        return DateClause(None, None, value, unreadable=True)
    return DateClause(value, value, value)


def _bound(value):
    """Return a range's end as typed, or None for an open one (`*`, nothing)."""
    value = value.strip()
    return None if value in ("", "*") else value


class DateSpan(Node):
    """The days from start to end (either open), what was not a date, and what to say."""

    def __init__(self, start: datetime.date | None = None, end: datetime.date | None = None,
                 bad: str | None = None, messages: list[str] | None = None):
        self.start, self.end, self.bad = start, end, bad
        self.messages = [] if messages is None else messages


def date_span(low: str | None, high: str | None, exclude_low: bool = False,
              exclude_high: bool = False) -> DateSpan:
    """Return the span from the first day `low` covers to the last day `high` covers.

    Used by `fecha:` (`2020-12`, `[low TO high]`, `low..high`, `>low`) and by the
    from/to filters, so all read dates alike: `2020`, `2020-12`, `2020-12-22`,
    `diciembre 2020`. Bounds given the wrong way round are taken in order, and the span
    says so; a value that is no date is named in `bad`. `exclude_low` (`fecha:>2020-12`,
    `{2020-12 TO …`) leaves out the days low covers, as Elasticsearch's `gt` rounds a
    date up: the span starts the day after its last day; `exclude_high` (`<`, `… TO
    2021}`) ends it the day before high's first. A span left with no day says so.
    """
    low_days = date_range(low) if low else None
    high_days = date_range(high) if high else None
    for value, found in ((low, low_days), (high, high_days)):
        if value and found is None:
            return DateSpan(bad=value)
    span = DateSpan()
    if low_days and high_days and low_days[0] > high_days[1]:
        low_days, high_days = high_days, low_days
        span.messages.append(f"Las fechas «{low}» y «{high}» iban al revés; se tomaron en orden.")
    if exclude_low and low_days:
        if low_days[1] == LATEST:  # after the last day of the calendar: none
            return DateSpan(LATEST, EARLIEST, messages=span.messages)
        span.start = low_days[1] + ONE_DAY
    elif low_days:
        span.start = low_days[0]
    if exclude_high and high_days:
        if high_days[0] == EARLIEST:
            return DateSpan(LATEST, EARLIEST, messages=span.messages)
        span.end = high_days[0] - ONE_DAY
    elif high_days:
        span.end = high_days[1]
    return span


def _month_end(day):
    return day.replace(day=last_day(day.year, day.month))


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


def is_undated(value):
    """Tell whether a date filter's value asks for the undated paragraphs (UNDATED, any case,
    accents or hyphen).

    >>> [is_undated(value) for value in ("sin fecha", "Sin-Fecha", " sin  fecha ", "2020", "", None)]
    [True, True, True, False, False, False]
    """
    return bool(value) and " ".join(fold(value.lower()).replace("-", " ").split()) == UNDATED


def undated_query():
    """Return a query for the records with no date: those with no year term (every dated one has one)."""
    return Not(date_query())


def clause_span(clause, newest_year=None):
    """Return (its DateSpan, None) of a `fecha:` clause, or (None, why it is ignored, in Spanish).

    One check for the query (clause_query) and for what the advice says is in force
    (retrieval/tips.field_filter): an ignored date is not. A month with no year
    (`fecha:enero`) is ignored too, and the month of the newest year that
    `newest_year(month)` names is suggested (written_dates.missing_year).
    """
    if clause.unreadable:
        return None, f"No se entendió el intervalo de fechas «fecha:{clause.typed}»: {RANGE_HELP}. Se ignoró."
    span = date_span(clause.low, clause.high, clause.exclude_low, clause.exclude_high)
    if span.bad:
        said = f"{not_a_date(span.bad, newest_year)}; se ignoró «fecha:{clause.typed}»"
        if clause.after and not missing_year(span.bad, newest_year):  # `fecha:primer trimestre 2020`
            said += (f", y «{clause.after}», que le sigue, se buscó como palabras (una fecha de varias "
                     "palabras va entre comillas: fecha:\"marzo de 2020\")")
        return None, said + "."
    return span, None


def not_a_date(value, newest_year=None):
    """Return why a query's date value is none, in Spanish, with what to write instead."""
    return missing_year(value, newest_year) or f"«{value}» no es una fecha válida {DATE_HELP}"


def newest_years(searcher, within=None):
    """Return a function of a month (1-12) that gives the year a date typed without one is shown
    with (`fecha:enero`, `el 3 de mayo`): the newest the index has records of in that month
    within the days `within()` gives, (first, last), either None for open (the date filters:
    retrieval/date_notes.py; None: all); else the year those days end (or start) in; else the
    index's newest year; None for an index with no dates (then this year is named)."""

    def newest(month):
        first, last = (within() if within else None) or (None, None)
        years = sorted((int(term) for term in searcher.lexicon("year") if term.isdigit()), reverse=True)
        for year in years:
            if (last is None or year <= last.year) and (first is None or year >= first.year) \
                    and searcher.doc_frequency("month", f"{year:04d}-{month:02d}"):
                return year
        if first or last:
            return (last or first).year
        return years[0] if years else None

    return newest


def clause_query(clause, messages, newest_year=None):
    """Return the query of a `fecha:` clause, or None when it can't be used (said in messages)."""
    span, ignored = clause_span(clause, newest_year)
    if ignored:
        messages.append(ignored)
        return None
    messages.extend(span.messages)
    if span.start and span.end and span.start > span.end:
        messages.append(f"«fecha:{clause.typed}» no abarca ningún día.")
    return date_query(span.start, span.end)
