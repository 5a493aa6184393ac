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
