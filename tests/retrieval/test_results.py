import datetime

from search.records import Record
from search.retrieval.results import Results, to_hit


def test_to_hit_makes_a_snippet_around_the_terms():
    record = Record("a.txt#2", "a.txt", 2, "Título", "Las políticas del Gobierno.",
                    datetime.date(2020, 1, 2), ["Ana"])
    hit = to_hit(record, 1.23456, {"polit"})
    assert (hit.id, hit.date, hit.speakers, hit.score) == ("a.txt#2", "2020-01-02", ["Ana"],
                                                          1.2346)
    assert [hit.snippet[s:e] for s, e in hit.highlights] == ["políticas"]


def test_results_to_json():
    data = Results(query="x", total=0).to_json()
    assert data["query"] == "x" and data["hits"] == [] and data["suggestion"] is None
