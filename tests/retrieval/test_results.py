import datetime

from search.records import Record
from search.retrieval.results import Hit, Results, to_hit


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


def test_to_json_is_what_asdict_gives_field_by_field():
    """Results.to_json builds by hand what dataclasses.asdict gave: the same keys in the same
    order, equal values (but a hit's piece 0, null, and its also_in only when it names copies: a page
    of an index without copies is what it was), its lists and dicts new (a caller may change them)."""
    import json
    from dataclasses import asdict

    hit = Hit(id="a#1", doc="a", paragraph=1, title="Título", date="2020-03-01", speakers=["Hugo"],
              score=1.5, snippet="…salud…", highlights=[(1, 6)], title_highlights=[(0, 6)])
    results = Results("salud", total=25, hits=[hit, Hit(**{**asdict(hit), "id": "a#2", "date": None,
                                                            "also_in": ["b", "c"]})],
                      messages=["m"], tips=["t"], filters=["desde «2020»"], page=1,
                      facets={"speakers": [{"name": "Hugo", "key": "hugo", "count": 2}], "roles": [],
                              "years": [{"year": "2020", "count": 2}], "months": []})
    for page in (results, Results("salud", total=25, page=9)):
        body = page.to_json()
        expected = asdict(page)
        if page.past_the_end():
            expected["messages"] = [*expected["messages"], page.past_the_end()]
        for shown in expected["hits"]:  # a paragraph shown whole has no piece: null, as /api/doc says
            shown["piece"] = shown["piece"] or None
            if not shown["also_in"]:
                del shown["also_in"]
        assert json.dumps(body) == json.dumps(expected) and body == expected
    body = results.to_json()
    body["hits"][0]["speakers"].append("otro")
    body["facets"]["speakers"][0]["count"] = 9
    body["messages"].append("otro")
    assert hit.speakers == ["Hugo"] and results.facets["speakers"][0]["count"] == 2 and results.messages == ["m"]
