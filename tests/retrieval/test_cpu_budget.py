"""A search's budget is its own CPU time, bounded by wall time too, and a search cut short says
what it left unfinished (fix17: on a loaded machine `vacuna*` gave 0 hits after 0.5 s of CPU,
3.4 s of wall time, and said only that it had stopped)."""

import time

import pytest

from search import budget as budgets
from search.retrieval import fallbacks
from search.retrieval.searching import search
from search.whoosh_ext.collectors import COLLECTING


def test_a_search_that_waits_for_the_cpu_is_not_cut_short(seed, monkeypatch):
    real = fallbacks.build_query

    def descheduled(*args, **kwargs):  # as a busy machine runs other processes in its place
        time.sleep(1.2)  # past the 1 s of CPU, 1.8 s short of the wall bound: room for a loaded machine's own delays
        return real(*args, **kwargs)

    monkeypatch.setattr(fallbacks, "build_query", descheduled)
    waited = search(seed, "China", seconds=1.0)
    monkeypatch.setattr(fallbacks, "build_query", real)
    assert waited.complete and waited.total == search(seed, "China").total > 0


def test_a_search_that_waits_past_its_wall_bound_stops_and_says_so(seed, monkeypatch):
    real = fallbacks.build_query

    def stalled(*args, **kwargs):
        time.sleep(0.2 * budgets.WALL_FACTOR + 0.1)
        return real(*args, **kwargs)

    monkeypatch.setattr(fallbacks, "build_query", stalled)
    results = search(seed, "Chima Rusia", seconds=0.2)
    assert not results.complete
    assert any(f"({0.2 * budgets.WALL_FACTOR:.1f} s de reloj, con la máquina ocupada)".replace(".", ",") in message
               for message in results.messages), results.messages


@pytest.mark.parametrize("stopped, said", [
    ([COLLECTING], "quedó sin terminar la recogida de coincidencias:"),
    (["la comprobación de las frases en el texto", COLLECTING],
     "quedó sin terminar la comprobación de las frases en el texto y la recogida de coincidencias:"),
    ([None], "(1 s de CPU): se muestran"),  # a part that names nothing: only the limit
])
def test_a_search_cut_short_says_what_it_left_unfinished(stopped, said):
    from search.retrieval.search_messages import cut_short

    budget = budgets.Budget(1.0)
    for what in stopped:
        budget.stop(what)
    assert said in cut_short(budget, 1.0)
