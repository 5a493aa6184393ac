"""Spanish dates in metadata, text, agency datelines and file names.

>>> parse_date("Miércoles 14 de agosto, 2019")
datetime.date(2019, 8, 14)
>>> document_date(["Washington, 25 may (EFE).- El presidente habló."], "2021-notas.txt")
datetime.date(2021, 5, 25)
>>> date_range("2020-12")
(datetime.date(2020, 12, 1), datetime.date(2020, 12, 31))
"""

import calendar
import datetime
import re

from search.speakers import turn_label

MONTHS = {
    "enero": 1, "ene": 1, "febrero": 2, "feb": 2, "marzo": 3, "mar": 3, "abril": 4, "abr": 4, "mayo": 5,
    "may": 5, "junio": 6, "jun": 6, "julio": 7, "jul": 7, "agosto": 8, "ago": 8, "septiembre": 9,
    "setiembre": 9, "sep": 9, "sept": 9, "set": 9, "octubre": 10, "oct": 10, "noviembre": 11, "nov": 11,
    "diciembre": 12, "dic": 12, "jan": 1, "apr": 4, "aug": 8, "dec": 12,
}
MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
WEEKDAYS = {"lunes": 0, "martes": 1, "miércoles": 2, "miercoles": 2, "jueves": 3, "viernes": 4, "sábado": 5,
            "sabado": 5, "domingo": 6}
WEEKDAY = r"(?:(?P<weekday>" + "|".join(WEEKDAYS) + r"),?\s+)?"
SPANISH = re.compile(
    r"\b" + WEEKDAY + r"(?P<day>\d{1,2})(?:º|°|o)?\s+(?:de\s+)?" + MONTH + r"(?:\s+de\s+|,\s*|\s+del?\s+|\s+)(?P<year>\d{4})\b",
    re.I,
)
MONTH_FIRST = re.compile(r"\b" + MONTH + r"\s+(?P<day>\d{1,2}),?\s+(?P<year>\d{4})\b", re.I)
ISO = re.compile(r"\b(?P<year>\d{4})[-/](?P<month>\d{1,2})[-/](?P<day>\d{1,2})(?![\d/])")
DAY_FIRST = re.compile(r"\b(?P<day>\d{1,2})[/.-](?P<month>\d{1,2})[/.-](?P<year>\d{4})\b")
COMPACT = re.compile(r"(?<!\d)(?P<year>(?:19|20)\d{2})(?P<month>\d{2})(?P<day>\d{2})(?!\d)")
SHORT_YEAR = re.compile(r"(?<!\d)(?P<year>\d{2})-(?P<month>\d{2})-(?P<day>\d{2})(?!\d)")
DATELINE = re.compile(
    r"^\s*[A-ZÁÉÍÓÚÑ][^,\n]{1,40},\s+(?P<day>\d{1,2})\s+(?:de\s+)?" + MONTH + r"\s*(?:\(|-|–|—|\.-|/)",
    re.I,
)
YEAR = re.compile(r"(?<!\d)((?:19|20)\d{2})(?!\d)")
MONTH_YEAR = re.compile(r"^" + MONTH + r"(?:\s+de|,)?\s+(?P<year>\d{4})$", re.I)
NUMERIC_MONTH = re.compile(r"^(?P<year>\d{4})[-/](?P<month>\d{1,2})$")
MENTIONED = re.compile(r"(aniversario|desde|hasta|antes|nació|nacido|nacida|fundad[oa]|murió|hace)\W+(\w+\W+){0,3}$", re.I)
TEXT_FORMS = (SPANISH, MONTH_FIRST, ISO, DAY_FIRST)
HEADER_CHARS = 400
HEADER_PARAGRAPHS = 2


def _make(year, month, day) -> datetime.date | None:
    month = MONTHS.get(str(month).lower().rstrip("."), month)
    try:
        return datetime.date(int(year), int(month), int(day))
    except (TypeError, ValueError):
        return None


def _from_match(match: re.Match) -> datetime.date | None:
    """Return the matched date, or None when it is impossible or contradicts its weekday."""
    when = _make(match.group("year"), match.group("month"), match.group("day"))
    weekday = match.groupdict().get("weekday")
    if when and weekday and WEEKDAYS[weekday.lower()] != when.weekday():
        return None
    return when


def parse_date(value: str) -> datetime.date | None:
    """Return the single date written in value (ISO, `22/12/2020`, `22 de diciembre de 2020`...), or None."""
    value = (value or "").strip().strip("'\"")
    for pattern in (ISO, DAY_FIRST, SPANISH, MONTH_FIRST):
        match = pattern.search(value)
        if match:
            return _from_match(match)
    match = COMPACT.fullmatch(value)
    return _from_match(match) if match else None


def _year_hint(filename: str, metadata: str | None) -> int | None:
    for source in (metadata or "", filename):
        match = YEAR.search(source)
        if match:
            return int(match.group(1))
    return None


def _text_date(paragraphs: list[str], latest: int) -> datetime.date | None:
    """Return the first date in the document header that is not merely mentioned."""
    for paragraph in paragraphs[:HEADER_PARAGRAPHS]:
        if turn_label(paragraph) is not None:
            continue  # a date said in a transcript turn is speech, not the document's date
        header = paragraph[:HEADER_CHARS]
        found = []
        for pattern in TEXT_FORMS:
            found += [(match.start(), match) for match in pattern.finditer(header)]
        for start, match in sorted(found, key=lambda item: item[0]):
            when = _from_match(match)
            if when and when.year <= latest and not MENTIONED.search(header[:start]):
                return when
    return None


def filename_date(filename: str) -> datetime.date | None:
    """Return the date in a file name (`2020-02-28.txt`, `20200228`, `ep-00-01-17`)."""
    stem = filename.rsplit("/", 1)[-1]
    for pattern in (ISO, COMPACT, DAY_FIRST):
        match = pattern.search(stem)
        if match and _from_match(match):
            return _from_match(match)
    match = SHORT_YEAR.search(stem)
    if match:
        year = int(match.group("year"))
        return _make(year + (2000 if year < 70 else 1900), match.group("month"), match.group("day"))
    return None


def document_date(paragraphs: list[str], filename: str, metadata: str | None = None) -> datetime.date | None:
    """Return a document's date: metadata, then its header text or dateline, then the file name."""
    if metadata:
        when = parse_date(metadata)
        if when:
            return when
    named = filename_date(filename)
    hint = named.year if named else _year_hint(filename, metadata)
    latest = max(hint or 0, datetime.date.today().year) + 1
    dateline = DATELINE.match(paragraphs[0]) if paragraphs else None
    if dateline and hint:
        when = _make(hint, dateline.group("month"), dateline.group("day"))
        if when:
            return when  # an agency dateline is the publication date; later dates are mentions
    when = _text_date(paragraphs, latest)
    return when or named


def date_range(value: str) -> tuple[datetime.date, datetime.date] | None:
    """Return the first and last day that a query value covers (`2020`, `2020-12`, `diciembre 2020`)."""
    value = (value or "").strip()
    if re.fullmatch(r"\d{4}", value):
        return datetime.date(int(value), 1, 1), datetime.date(int(value), 12, 31)
    match = NUMERIC_MONTH.match(value) or MONTH_YEAR.match(value)
    if match:
        year, month = int(match.group("year")), MONTHS.get(match.group("month").lower(), match.group("month"))
        try:
            month = int(month)
            last = calendar.monthrange(year, month)[1]
            return datetime.date(year, month, 1), datetime.date(year, month, last)
        except ValueError:
            return None
    day = parse_date(value)
    return (day, day) if day else None
