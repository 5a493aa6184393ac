import math
import os
import signal
import time

import pytest

from search.errors import QueryError
from web.costly import CostlyRunner, WorkerLost, WorkerTimedOut, WorkerUnavailable

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


def test_a_worker_past_its_time_budget_is_killed_and_replaced(runner, monkeypatch):
    from web import costly

    monkeypatch.setattr(costly, "GRACE_SECONDS", 1.0)
    bounded = dict(OPTIONS, seconds=0.5)
    assert runner.search("acuer*", bounded).total  # the worker has started
    stuck = list(runner.pool._processes)
    for pid in stuck:
        os.kill(pid, signal.SIGSTOP)  # a search that never comes back
    try:
        with pytest.raises(WorkerTimedOut):  # this search's own cost: the page says so
            runner.search('"acuerdo comercial"', bounded)
    finally:
        for pid in stuck:
            try:
                os.kill(pid, signal.SIGCONT)
            except ProcessLookupError:
                pass
    assert all(ended(pid) for pid in stuck)  # killed, not left running beside its replacement
    assert runner.search('"acuerdo comercial"', bounded).total == 3


def ended(pid, seconds=10):
    """Tell whether a child process has ended (reaped here or by its pool) within seconds."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            if os.waitpid(pid, os.WNOHANG)[0] == pid:
                return True
        except ChildProcessError:
            return True
        time.sleep(0.05)
    return False


@pytest.mark.parametrize("error, said, retry", [
    (WorkerTimedOut("x"), "Esta búsqueda resultó demasiado costosa", None),
    (WorkerLost("x"), "atendiendo otras búsquedas costosas", "5"),
])
@pytest.mark.parametrize("path", ["/?q=acuer*", "/api/search?q=acuer*"])
def test_a_search_killed_for_its_own_cost_is_told_so_not_to_retry(web_index, monkeypatch, error, said, retry, path):
    from web import create_app, views

    def fails(*args, **kwargs):
        raise error
    monkeypatch.setattr(views.library, "search", fails)
    app = create_app({"INDEX_DIR": str(web_index), "TESTING": True})
    response = app.test_client().get(path)
    assert response.status_code == 503 and said in response.get_data(as_text=True)
    assert response.headers.get("Retry-After") == retry
    app.extensions["hemeroteca"].close()
