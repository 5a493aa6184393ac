import math
import os
import signal

import pytest

from search.errors import QueryError
from web.costly import CostlyRunner, WorkerLost, WorkerUnavailable

OPTIONS = {"limit": 10, "page": 1, "sort": "relevance", "speaker": None, "date_from": None,
           "date_to": None, "facets": True, "seconds": math.inf}


@pytest.fixture
def runner(web_index):
    runner = CostlyRunner(web_index)
    yield runner
    runner.close()


def test_a_costly_search_runs_in_the_worker_and_comes_back_whole(runner):
    results = runner.search('"acuerdo comercial"', OPTIONS)
    assert results.total == 3 and results.facets and results.hits[0].snippet
    assert results.complete


def test_the_worker_raises_as_the_page_would(runner, tmp_path):
    with pytest.raises(QueryError, match="Orden desconocido"):
        runner.search("China", dict(OPTIONS, sort="nada"))
    lost = CostlyRunner(tmp_path / "nada")
    try:
        with pytest.raises(WorkerUnavailable) as raised:
            lost.search('"de la"', OPTIONS)
        assert raised.value.kind == "missing"
    finally:
        lost.close()


def test_a_killed_worker_is_replaced(runner):
    assert runner.search("acuer*", OPTIONS).total
    for pid in list(runner.pool._processes):
        os.kill(pid, signal.SIGKILL)
    with pytest.raises(WorkerLost):
        runner.search("acuer*", OPTIONS)
    assert runner.search("acuer*", OPTIONS).total
