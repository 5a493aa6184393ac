"""A JSON record's date: a date as written, or a Unix time in seconds or milliseconds.

Exports write dates every way: `"2020-12-22"`, `"22/12/2020"`, `1608595200` (seconds),
`1608595200000` (milliseconds, Elasticsearch's epoch_millis), and the same numbers as
strings. One that can't be read is reported with its line (jsonl.Problems) and the
paragraph takes its document's date.
"""

import datetime
import re

from search.text.date_values import date_problem
from search.text.dates import parse_date

EPOCH_SECONDS = (1e8, 1e11)  # a JSON number in this range is a Unix time in seconds,
EPOCH_MILLIS = (1e11, 1e14)  # in this one in milliseconds (Elasticsearch's epoch_millis)
UNIX_TIME = re.compile(r"\d{9,14}")  # the same, written as a string (`"1700000000"`)


def record_date(item, number, problems):
    """Return the record's date as written (or ISO for a Unix time), or None, reporting it."""
    value = item.get("date")
    if value is None or value == "":
        return None
    if isinstance(value, str) and UNIX_TIME.fullmatch(value.strip()):
        value = int(value)  # a Unix time written as a string, as many exports do
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        for (low, high), scale in ((EPOCH_SECONDS, 1), (EPOCH_MILLIS, 1000)):
            if low <= value < high:
                moment = datetime.datetime.fromtimestamp(value / scale, datetime.UTC)
                written = moment.date().isoformat()
                if parse_date(written):  # a year the press can have written (1800 to 2099)
                    return written
                problems.add("fecha ilegible", number, f"la fecha «{value}» es un instante Unix "
                             f"del {written}, fuera de 1800–2099 (use 2020-12-22); el párrafo toma la del documento")
                return None
    if not isinstance(value, (dict, list)) and parse_date(str(value)):
        return str(value)
    why = date_problem(str(value)) if isinstance(value, str) else "no se entiende"
    why += "" if "(use " in why else " (use 2020-12-22)"
    problems.add("fecha ilegible", number, f"la fecha «{str(value)[:40]}» {why}; el párrafo toma "
                 "la del documento")
    return None
