"""Looking up typos takes at most half the time a search has left, so the any-word fallback
after it still runs: under load, `Sao Paulo` once ended "Sin resultados" (the typo stage had
spent the whole budget) though 97 paragraphs had `Paulo`."""

import time

from search import budget as budgets
from search.retrieval import fallbacks
from search.retrieval.searching import search


def test_a_typo_stage_that_takes_its_whole_share_leaves_time_for_any_word(seed, monkeypatch):
    real = fallbacks.build_query
    spent_on_typos = []

    def slow_typos(*args, **kwargs):
        if kwargs.get("fuzzy_all"):  # as a slow vocabulary lookup would: until its budget is spent
            started = time.thread_time()  # the budget is CPU time: the lookup works, it doesn't sleep
            while not budgets.current().spent():
                sum(range(10_000))
            spent_on_typos.append(time.thread_time() - started)
            budgets.current().stop()
        return real(*args, **kwargs)
    monkeypatch.setattr(fallbacks, "build_query", slow_typos)
    results = search(seed, "China zanahoria", seconds=1.0)
    assert spent_on_typos and spent_on_typos[0] < 0.8, (spent_on_typos, results)  # half of what was left
    assert results.mode == "any" and results.total, (spent_on_typos, results)
    assert results.total == search(seed, "China").total > 0
    assert not results.complete  # the typos were cut short, and that is said


def test_without_pressure_the_typo_stage_runs_whole(seed):
    results = search(seed, "Chima Rusia", seconds=60)
    assert results.mode == "typos" and results.complete
