"""Records as the CLI and the API show them."""

import datetime
import json

from search.records import Record


def test_a_record_as_json_has_every_field_and_an_iso_date():
    record = Record("nota.txt#2", "nota.txt", 2, "Nota", "Texto.", datetime.date(2020, 12, 22),
                    ["Wang Yi"])
    assert record.to_json() == {
        "id": "nota.txt#2", "doc": "nota.txt", "paragraph": 2, "title": "Nota",
        "date": "2020-12-22", "speakers": ["Wang Yi"], "text": "Texto.",
    }
    assert json.loads(json.dumps(Record("x#1", "x", 1, "", "").to_json()))["date"] is None
