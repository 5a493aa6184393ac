import datetime

import pytest

from web.results_cache import ResultsCache


def test_computes_once_per_key_and_forgets_the_oldest():
    cache, calls = ResultsCache(2), []

    def compute(value):
        return lambda: calls.append(value) or value

    assert cache.lookup("a", compute("A")) == ("A", False)
    assert cache.lookup("a", compute("other")) == ("A", True)
    cache.lookup("b", compute("B"))
    cache.lookup("a", compute("A"))  # a is now the most recent
    cache.lookup("c", compute("C"))  # so b goes
    assert list(cache.pages) == ["a", "c"]
    assert calls == ["A", "B", "C"]


def test_size_zero_never_caches():
    cache, calls = ResultsCache(0), []
    for _ in range(3):
        assert cache.lookup("a", lambda: calls.append(1)) == (None, False)
    assert len(calls) == 3 and not cache.pages


def test_errors_are_not_cached():
    cache = ResultsCache(4)

    def fail():
        raise ValueError("no")

    for _ in range(2):
        try:
            cache.lookup("a", fail)
        except ValueError:
            pass
    assert not cache.pages


@pytest.mark.parametrize("query", ["acuerdo fecha:ayer", "acuerdo fecha:hoy-1d", "acuerdo fecha:hoy-2d..hoy"])
def test_a_relative_date_page_is_not_kept_past_midnight(client, monkeypatch, query):
    # the teletype t-4 is dated 2021-07-20: `ayer` on the 21st finds it, on the 23rd not
    from search.text import date_values

    def found(day):
        monkeypatch.setattr(date_values, "current_day", lambda: day)
        body = client.get("/api/search", query_string={"q": query}).get_json()
        return body["total"], body["cached"]

    on_21st = found(datetime.date(2021, 7, 21))
    assert on_21st[0] >= 1 and not on_21st[1]
    assert found(datetime.date(2021, 7, 21)) == (on_21st[0], True)  # the same day: from the cache
    assert found(datetime.date(2021, 7, 23)) == (0, False)  # after midnight: searched again
