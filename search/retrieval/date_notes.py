"""What a search says of its dates: the year to write in a date typed without one, and a
date written in the question that shares no day with the date filters.

A date in words with no year (`¿qué dijo Lavrov el 3 de mayo?`) is searched as words, and
the search shows how to write it with a year (written_dates.unread_date). The year shown
is one the search would find something in: the newest the index holds that month in,
within the date filters (`fecha:2021`, --from/--to) when there are any, else the year the
filters end in, else the index's newest year; in an index with no dates, this year.

A date written in the question (`en marzo de 2020`) is read as `fecha:`; with a date filter
that shares no day with it (`fecha:2021`), nothing can match both, and the search falls back
to the words, as it does when the date finds nothing. It says why, naming both dates, in the
words of the tip for dates that share no day (tips.disjoint_dates).
"""

from search.query.dates import DateClause, DateSpan, clause_span, date_clause, date_span, newest_years
from search.query.parser import parse
from search.retrieval.results import described_filters


def filter_spans(root, date_from, date_to):
    """Return [(the filter as named to the user, its DateSpan)] of the date filters a search
    requires together: the --from/--to options (one span) and the `fecha:` clauses of the
    root (not joined by OR, where each may hold alone). Values that are no date are left out
    (of the options, the other end stays: `--from junio --to 2019` is up to 2019)."""
    spans = []
    options = date_span(date_from, date_to)
    if options.bad:
        date_from, date_to = (None if value == options.bad else value for value in (date_from, date_to))
        options = date_span(date_from, date_to)
    if date_from or date_to:
        spans.append((", ".join(described_filters(None, date_from, date_to)), options))
    if root.joiner != "or":  # a ParsedQuery's root is a Group
        spans += [(f"«fecha:{clause.typed}»", clause_span(clause)[0])
                  for clause in root.clauses if isinstance(clause, DateClause)]
    return [(named, span) for named, span in spans if span is not None and not span.bad]


def common_days(spans):
    """Return (first, last) day the DateSpans share (either None: open), or None when they share none."""
    first = max((span.start for span in spans if span.start), default=None)
    last = min((span.end for span in spans if span.end), default=None)
    return None if first and last and first > last else (first, last)


def year_to_name(searcher, text, date_from, date_to):
    """Return a function of a month (1-12) that gives the year to show with a date typed in
    `text` without one, or None (then this year): dates.newest_years within the days the
    date filters of the search share (the query read lazily: only a date without its year asks)."""

    def within():
        return common_days([span for _, span in filter_spans(parse(text, read_dates=False).root, date_from, date_to)])

    return newest_years(searcher, within)


def clashing_dates(parsed, date_from, date_to):
    """Return what to say when a date written in the question shares no day with the date
    filters (`en marzo de 2020` and `fecha:2021`), in Spanish; else None."""
    if parsed.as_words is None or not parsed.written_dates:
        return None
    others = filter_spans(parsed.as_words.root, date_from, date_to)
    days = others and common_days([span for _, span in others])
    if not days:  # no filter; or filters that share no day themselves, which the tips say
        return None
    clashing = [written for written, values in parsed.written_dates
                if not any(_meets(value, days) for value in values)]
    if not clashing:
        return None
    written = " y ".join(f"«{date}»" for date in clashing)
    return (f"Las fechas {written} y {' y '.join(named for named, _ in others)} no comparten ningún día: "
            f"se buscó {written} como palabras.")


def _meets(value, days):
    """Tell whether a `fecha:` value read from the words has a day within (first, last)."""
    span = clause_span(date_clause(value))[0]
    if span is None:
        return True  # not ours to judge: the search says what it is
    return common_days([span, DateSpan(*days)]) is not None
