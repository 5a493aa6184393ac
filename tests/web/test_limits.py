import pytest

from tests.conftest import budget_spent_after
from tests.web.conftest import page
from web import create_app
from web.limits import Busy, CostlyGate, is_costly
from web.params import SearchParams


@pytest.mark.parametrize("q, page, costly", [
    ("China Rusia", 1, False),
    ("relaciones China Rusia cumbre acuerdo", 1, False),
    ('"de la"', 1, True),
    ("titulo:\"la cumbre\"", 1, True),
    ('orador:"Wang Yi" China', 1, False),  # a quoted name is one speaker: no phrase to check
    ("polít*", 1, True),
    ("cooperasion~", 1, True),
    ("sal?d", 1, True),  # a wildcard reads the vocabulary
    ("*ción", 1, True),
    ("-china~ rusia", 1, True),
    ("a b c d e f g h i", 1, True),  # an any-word fallback over many words
    ("China", 100, True),  # a deep page
])
def test_costly_searches(q, page, costly):
    assert is_costly(SearchParams(q=q, page=page)) is costly


def test_the_gate_refuses_at_once_when_no_one_may_wait():
    gate = CostlyGate(slots=1, queue=0, wait=5)
    with gate.slot():
        with pytest.raises(Busy):
            with gate.slot():
                pass
    with gate.slot():  # free again
        pass


def test_a_costly_search_without_a_slot_gets_a_503_and_cheap_ones_still_answer(web_index):
    app = create_app({"INDEX_DIR": str(web_index), "TESTING": True, "COSTLY_QUEUE": 0})
    client = app.test_client()
    with app.extensions["hemeroteca.gate"].slot():  # a costly search is running
        response = client.get("/?q=%22acuerdo+comercial%22")
        assert response.status_code == 503 and response.headers["Retry-After"] == "5"
        assert "búsquedas costosas" in response.get_data(as_text=True)
        assert client.get("/api/search?q=China%2A").status_code == 503
        assert client.get("/?q=China").status_code == 200
        assert client.get("/healthz").status_code == 200
    assert client.get("/?q=%22acuerdo+comercial%22").status_code == 200
    app.extensions["hemeroteca"].close()


def test_a_search_cut_short_says_so_and_is_not_cached(web_index, monkeypatch):
    app = create_app({"INDEX_DIR": str(web_index), "TESTING": True, "SEARCH_SECONDS": 0})
    client = app.test_client()
    html = page(client, "/?q=China")
    assert "tiempo máximo" in html
    data = client.get("/api/search?q=China").get_json()
    assert data["complete"] is False and "tiempo máximo" in data["messages"][-1]
    app.config["SEARCH_SECONDS"] = 60.0
    data = client.get("/api/search?q=China").get_json()  # searched again, not from the cache
    assert data["complete"] is True and data["total"] > 0
    app.extensions["hemeroteca"].close()


def test_a_phrase_cut_short_on_the_cache_shows_what_it_found_and_says_so(web_index, monkeypatch):
    from search.query import phrases

    monkeypatch.setattr(phrases, "CHECK_BATCH", 1)  # a look at the clock per paragraph read
    app = create_app({"INDEX_DIR": str(web_index), "TESTING": True, "CACHED_PAGES": 0})
    client = app.test_client()
    whole = client.get("/api/search?q=%22acuerdo+comercial%22").get_json()
    assert whole["complete"] and whole["total"] == 3
    budgets = budget_spent_after(monkeypatch, looks=2)  # one before the search, one paragraph
    data = client.get("/api/search?q=%22acuerdo+comercial%22").get_json()
    assert budgets[-1].cut and data["complete"] is False and "tiempo máximo" in data["messages"][-1]
    assert "quedó sin terminar la comprobación de las frases en el texto" in data["messages"][-1]
    assert data["total"] == len(data["hits"]) == 1
    html = page(client, "/?q=%22acuerdo+comercial%22")
    assert "tiempo máximo" in html and "<mark>acuerdo comercial</mark>" in html
    app.extensions["hemeroteca"].close()
