"""Spanish dates in metadata, text, agency datelines and file names.

>>> parse_date("Miércoles 14 de agosto, 2019")
datetime.date(2019, 8, 14)
>>> document_date(["Washington, 25 may (EFE).- El presidente habló."], "2021-notas.txt")
datetime.date(2021, 5, 25)
>>> document_date(["Nota.", "La campaña empezó el 27 de diciembre de 2020."], "2021-01-05-b.txt")
datetime.date(2021, 1, 5)

A query's dates (`fecha:2020-12`) and a metadata date's problem are read by date_values.py.
"""

import datetime
import re
from collections.abc import Callable
from functools import lru_cache

from search.text.date_patterns import (
    COMPACT,
    DATED_LINES,
    DATELINE,
    DAY_DATELINE,
    DAY_FIRST,
    DAY_WORDS,
    ISO,
    MENTIONED,
    MONTH_FIRST,
    MONTHS,
    NAME_FORMS,
    ROMAN,
    ROMAN_MONTHS,
    SHORT_YEAR,
    SPANISH,
    TEXT_FORMS,
    WEEKDAYS,
    YEAR_NUMBER,
    year_from_words,
)
from search.text.patterns import LazyPattern

HEADER_CHARS = 400
HEADER_PARAGRAPHS = 2
TODAY = LazyPattern(r"\bhoy(?:\s+es)?,?\s+(?:el\s+)?$", re.I)  # `Hoy es 14 de marzo de 2020`: the day it is said
NAME_SEPARATORS = LazyPattern(r"[_+]")  # in file names, separators that are spaces in text


def make_date(year, month, day) -> datetime.date | None:
    """Return the date of a year, month (a number or a Spanish name) and day, or None if there is none."""
    month = MONTHS.get(str(month).lower().rstrip("."), month)
    try:
        return datetime.date(int(year), int(month), int(day))
    except (TypeError, ValueError):
        return None


def _part(match: re.Match, name: str) -> str | None:
    return match.groupdict().get(name)


def date_of_match(match: re.Match) -> datetime.date | None:
    """Return the matched date, or None when it is impossible or contradicts its weekday."""
    day = _part(match, "day") or DAY_WORDS.get(" ".join((_part(match, "dayword") or "").lower().split()))
    year = _part(match, "year") or year_from_words(_part(match, "yearword") or "")
    month = _part(match, "month") or ROMAN_MONTHS.get(_part(match, "roman") or "")
    when = make_date(year, month, day)
    weekday = _part(match, "weekday")
    if when and weekday and WEEKDAYS[weekday.lower()] != when.weekday():
        return None
    return when


def parse_iso_date(value: object) -> datetime.date | None:
    """Return the date of an ISO metadata value (`2020-12-22`, maybe with a time), or None."""
    try:
        return datetime.date.fromisoformat(str(value).strip()[:10])
    except ValueError:
        return None


# A date given as a value (front matter, a feed's `date`, a `fecha:` filter) is at most this
# long: the longest form read, `miércoles 14 de agosto de 2019 a las 10:30 horas`, has 48. A
# field filled by mistake (1.5 MB) cost 8.7 s a record in the patterns (trial 13).
DATE_CHARS = 100


def date_text(value: str | None) -> str:
    """Return a date value as it is read: without the spaces and quotation marks around it."""
    return (value or "").strip().strip("'\"")


def parse_date(value: str) -> datetime.date | None:
    """Return the single date written in value, in any form of date_patterns.py, or None
    (for a value over DATE_CHARS without reading it)."""
    value = date_text(value)
    if len(value) > DATE_CHARS:
        return None
    for pattern in (ISO, DAY_FIRST, SPANISH, MONTH_FIRST, ROMAN):
        match = pattern.search(value)
        if match:
            return date_of_match(match)
    match = COMPACT.fullmatch(value)
    return date_of_match(match) if match else None


def year_hint(filename: str, metadata: str | None) -> int | None:
    """Return the first year a document's metadata date, else its file name, writes (YEAR_NUMBER), or None."""
    for source in (metadata or "", filename):
        match = YEAR_NUMBER.search(source)
        if match:
            return int(match.group(1))
    return None


def _nearest(day: int, month: int | None, near: datetime.date) -> datetime.date | None:
    """Return the date with that day (and month) closest to `near`: a dateline's year, or month."""
    months = [month] if month else [(near.month + shift - 1) % 12 + 1 for shift in (-1, 0, 1)]
    found = [when for year in (near.year - 1, near.year, near.year + 1) for each in months
             if (when := make_date(year, each, day))]
    return min(found, key=lambda when: abs((when - near).days), default=None)


def _dateline_match(paragraph: str) -> tuple[re.Match, bool] | None:
    """Return (match, whether it holds the year) of a dateline opening paragraph, or None.

    Of the dated lines and the agencies' yearless ones, the one whose date comes first.
    """
    found = [(match, True) for pattern in DATED_LINES if (match := pattern.match(paragraph))]
    found += [(match, False) for pattern in (DATELINE, DAY_DATELINE) if (match := pattern.match(paragraph))]
    if not found:
        return None
    return min(found, key=lambda item: min(item[0].start(name) for name in ("day", "dayword", "month",
                                                                             "roman", "year")
                                           if item[0].groupdict().get(name)))


def dateline_date(paragraphs: list[str], near: Callable[[], datetime.date | int | None],
                  is_speech: Callable[[str], bool] = lambda paragraph: False) -> datetime.date | None:
    """Return the date of a dateline opening one of the first paragraphs, or None.

    `MADRID, 5 de enero de 2021.-`, `Interior - 15.12.2023`, `Publicado el 14/08/2019`;
    a yearless one (`MADRID, 5 Ene. (EFE) -`, `MADRID, 5 (EUROPA PRESS)`) takes its year
    (and month) from `near()`: a date (the nearest such day to it) or a year, else it is
    no date. A transcript turn (`is_speech`) is no dateline.
    """
    for match, full in _datelines(paragraphs, is_speech):
        if full:
            when = date_of_match(match)
            if when:
                return when
            continue
        day = int(_part(match, "day") or DAY_WORDS.get(" ".join((_part(match, "dayword") or "").lower().split()), 0))
        month = MONTHS.get((_part(match, "month") or "").lower())
        reference = near()
        if isinstance(reference, int):
            return make_date(reference, month, day) if month else None
        return _nearest(day, month, reference) if reference else None
    return None


def dateline_problem(paragraphs: list[str], filename: str, metadata: str | None = None,
                     is_speech: Callable[[str], bool] = lambda paragraph: False) -> str | None:
    """Return why a document's dateline gives it no date, in Spanish, or None.

    A dateline whose date is impossible (`31 de febrero de 2021`), or a yearless one
    (`MADRID, 5 Ene. (EFE) -`) with no year from the file name or the opening text; said
    only when no metadata date stands in for it.
    """
    if metadata and parse_date(metadata):
        return None
    match, full = next(_datelines(paragraphs, is_speech), (None, False))
    if match is None:
        return None
    written = re.sub(r"(?<=\d)\.$", "", " ".join(match.group().split()).rstrip(" -–—("))
    if full:
        return None if date_of_match(match) else (f"la fecha de su data, «{written}», no existe en el "
                                                "calendario; quedó sin ella")
    if document_date(paragraphs, filename, metadata, is_speech, header_text=False) is None:
        return (f"su data, «{written}», no dice el año, y ni el nombre del archivo ni el texto "
                "lo dan; quedó sin fecha")
    return None


def _datelines(paragraphs, is_speech):
    """Yield (match, full) of each dateline opening one of the first paragraphs (no transcript
    turn), in order: what dateline_date reads and dateline_problem explains."""
    for paragraph in paragraphs[:HEADER_PARAGRAPHS]:
        found = None if is_speech(paragraph) else _dateline_match(paragraph)
        if found is not None:
            yield found


def _text_date(paragraphs: list[str], latest: int,
               is_speech: Callable[[str], bool]) -> datetime.date | None:
    """Return the first date in the document header that is not merely mentioned."""
    for paragraph in paragraphs[:HEADER_PARAGRAPHS]:
        speech = is_speech(paragraph)
        header = paragraph[:HEADER_CHARS]
        found = []
        for pattern in TEXT_FORMS:
            found += [(match.start(), match) for match in pattern.finditer(header)]
        for start, match in sorted(found, key=lambda item: item[0]):
            if speech and not _said_as_today(match, header[:start]):
                continue  # a date said in a transcript turn is speech, not the document's date
            when = date_of_match(match)
            if when and when.year <= latest and not MENTIONED.search(header[:start]):
                return when
    return None


def _said_as_today(match, before):
    """Tell whether a date said in a transcript's opening turn is the day it is said.

    A speaker opens a briefing with it: `Hoy es sábado 14 de marzo de 2020`, `Son las
    19:01 del lunes 28 de septiembre de 2020`: a full date with its weekday (which
    date_of_match checks against the calendar), not after `el` (`el lunes 13 de abril`
    may be any day), or a full date after `hoy`. Other dates in a turn are what it talks about.
    """
    if match.groupdict().get("year") is None and match.groupdict().get("yearword") is None:
        return False
    if TODAY.search(before):
        return True
    return match.groupdict().get("weekday") is not None and not match.group().lower().startswith("el")


@lru_cache(maxsize=4096)  # a .jsonl file's standalone records all ask for its name's date
def filename_date(filename: str) -> datetime.date | None:
    """Return the date anywhere in a file's name, else in its folders (`2020/12/22/nota.txt`).

    `moncloa_2024-01-19_190124-marlaska.txt`, `20200228.txt`, `19-ene-2024_nota.txt`,
    `ep-00-01-17.txt`: the forms of date_patterns.NAME_FORMS, the first that is a date.
    """
    folders, _, name = filename.rpartition("/")
    name = NAME_SEPARATORS.sub(" ", name)
    for pattern in NAME_FORMS:
        for match in pattern.finditer(name):
            when = date_of_match(match)
            if when:
                return when
    match = SHORT_YEAR.search(name)
    if match:
        year = int(match.group("year"))
        when = make_date(year + (2000 if year < 70 else 1900), match.group("month"), match.group("day"))
        if when:
            return when
    match = ISO.search(folders)
    return date_of_match(match) if match else None


def _first_written_date(paragraphs: list[str], is_speech: Callable[[str], bool]) -> datetime.date | None:
    """Return the first full date written in the opening paragraphs that is not merely
    mentioned (`el decreto del 2 de marzo de 2019`), or None."""
    for paragraph in paragraphs[:HEADER_PARAGRAPHS]:
        if is_speech(paragraph):
            continue
        header = paragraph[:HEADER_CHARS * 5]
        found = sorted((match.start(), match) for pattern in TEXT_FORMS for match in pattern.finditer(header))
        for start, match in found:
            when = date_of_match(match)
            if when and not MENTIONED.search(header[:start]):
                return when
    return None


def document_date(paragraphs: list[str], filename: str, metadata: str | None = None,
                  is_speech: Callable[[str], bool] = lambda paragraph: False,
                  header_text: bool = True) -> datetime.date | None:
    """Return a document's own date, from the first of these that has one.

    1. `metadata` (front matter, a jsonl `date`);
    2. a dateline opening its text (`MADRID, 5 Ene. (EFE) -`, dateline_date);
    3. its file name (filename_date);
    4. with `header_text`, a date written in its first paragraphs that is not merely
       mentioned (`hasta el…`, `desde el…`) nor said in a transcript turn (`is_speech`).

    A date deeper in the text is what the text talks about, not when it was written.
    A yearless dateline takes its year from the file name's date or year, else from the
    first date written in the opening paragraphs.
    """
    if metadata:
        when = parse_date(metadata)
        if when:
            return when
    named = filename_date(filename)

    def near():
        return named or year_hint(filename, metadata) or _first_written_date(paragraphs, is_speech)

    when = dateline_date(paragraphs, near, is_speech) or named
    if when or not header_text:
        return when
    latest = max(year_hint(filename, metadata) or 0, datetime.date.today().year) + 1
    return _text_date(paragraphs, latest, is_speech)
