"""A yearless date said as the day of a document's opening (`Hoy es sábado 14 de marzo`), its
year guessed from its weekday and the document's other dates.

A briefing opens with the day it is held, often with no year: «Hoy es sábado 14 de marzo
y…», «Son las 19:00 horas del lunes 13 de abril». A day, a month and a weekday fall
together once in five, six or eleven years, so the year the document's other evidence
points to (a year in its file name or folders, its metadata, the full dates written in
it) is taken when, of those years and the ones beside them, the weekday fits exactly one.
Otherwise the document stays undated. A year written alone is no evidence: briefings
compare with other years (`en 2018`, `desde 1998`), and on the 376 briefings renamed
without their dates (bench/weekday_dates.py) such years made 5 wrong guesses for 8 right.
The build and the update name the documents dated so (storage/update_summary.guessed_note),
for a reader to check.

>>> weekday_date(["Hoy es sábado 14 de marzo y esta es la conferencia.",
...               "Desde el 28 de febrero de 2020 hay casos."], "conferencia_3.txt")
GuessedDate(2020, 3, 14)
>>> weekday_date(["Hoy es sábado 14 de marzo."], "conferencia_3.txt") is None  # no year anywhere
True
"""

import datetime

from search.text.date_patterns import DAY_WORDS, MENTIONED, MONTHS, TEXT_FORMS, WEEKDAY_ONLY, WEEKDAYS
from search.text.dates import HEADER_CHARS, HEADER_PARAGRAPHS, TODAY, date_of_match, make_date, year_hint

EVIDENCE_PARAGRAPHS = 400  # paragraphs read for the full dates that say which years a document is near
EVIDENCE_CHARS = 2_000  # read of each (no briefing paragraph is longer): a 2 MB one cost 1.9 s (review 23)
YEARS_BESIDE = 1  # a year either side of each year the evidence gives


class GuessedDate(datetime.date):
    """A document's date whose year was guessed from its weekday; `said`: how the text said it."""

    said = ""

    def __repr__(self):
        return f"GuessedDate({self.year}, {self.month}, {self.day})"

    def __reduce__(self):  # date's own keeps no attributes: `said` crosses to the build's workers
        return _guessed, (self.year, self.month, self.day, self.said)


def _guessed(year, month, day, said):
    when = GuessedDate(year, month, day)
    when.said = said
    return when


def weekday_date(paragraphs: list[str], filename: str, metadata: str | None = None) -> GuessedDate | None:
    """Return the date a weekday-only day said in the opening paragraphs gives, or None.

    The day must be said as the day it is (after `hoy`, or a weekday not after `el`:
    `el lunes 13 de abril` may be any day), not merely mentioned (`desde el…`), and its
    weekday must fit exactly one year of the evidence's (see the module's docstring).
    """
    said = _weekday_said(paragraphs)
    if said is None:
        return None
    match, text = said
    years = _evidence_years(paragraphs, filename, metadata)
    day = int(match.group("day") or DAY_WORDS.get(" ".join((match.group("dayword") or "").lower().split()), 0))
    month = MONTHS.get(match.group("month").lower().rstrip("."))
    weekday = WEEKDAYS[match.group("weekday").lower()]
    latest = datetime.date.today().year + 1
    window = sorted({year + shift for year in years for shift in range(-YEARS_BESIDE, YEARS_BESIDE + 1)
                     if year + shift <= latest})
    fits = [when for year in window if (when := make_date(year, month, day)) and when.weekday() == weekday]
    return _guessed(fits[0].year, fits[0].month, fits[0].day, text) if len(fits) == 1 else None


def _weekday_said(paragraphs):
    """Return (match, the words as written) of the first weekday-only day said as today, or None."""
    for paragraph in paragraphs[:HEADER_PARAGRAPHS]:
        header = paragraph[:HEADER_CHARS]
        for match in WEEKDAY_ONLY.finditer(header):
            before = header[:match.start()]
            if MENTIONED.search(before):
                continue
            if TODAY.search(before) or not match.group().lower().startswith("el"):
                return match, " ".join(match.group().split()).rstrip(".,")
    return None


def _evidence_years(paragraphs, filename, metadata):
    """Return the years a document's file name, metadata and full written dates give."""
    years = set()
    hint = year_hint(filename, metadata)
    if hint:
        years.add(hint)
    for paragraph in paragraphs[:EVIDENCE_PARAGRAPHS]:
        for pattern in TEXT_FORMS:
            years.update(when.year for match in pattern.finditer(paragraph, 0, EVIDENCE_CHARS)
                         if (when := date_of_match(match)))
    return years
