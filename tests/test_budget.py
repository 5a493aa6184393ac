"""Tests for search.budget: a search's deadline, found through a context variable."""

import math
import threading
import time

import pytest

from search import budget as budgets
from search.budget import UNLIMITED, Budget, current, searching_within


def test_a_budget_of_no_seconds_is_spent_at_once_and_has_nothing_left():
    budget = Budget(0)
    assert budget.spent() and budget.left() == 0.0 and not budget.cut


def test_an_unlimited_budget_is_never_spent():
    budget = Budget()
    assert not budget.spent() and budget.left() == math.inf


def test_a_budget_is_spent_once_its_time_has_passed(monkeypatch):
    now = [1000.0]
    monkeypatch.setattr(budgets.time, "monotonic", lambda: now[0])
    budget = Budget(2.0)
    assert not budget.spent() and budget.left() == 2.0
    now[0] = 1001.5
    assert not budget.spent() and budget.left() == pytest.approx(0.5)
    now[0] = 1002.0
    assert budget.spent() and budget.left() == 0.0
    now[0] = 1010.0
    assert budget.left() == 0.0  # never negative


def test_stopping_marks_the_answer_incomplete():
    budget = Budget(0)
    budget.stop()
    assert budget.cut


def test_outside_a_search_the_budget_is_unlimited():
    assert current() is UNLIMITED and not current().spent()


@pytest.mark.parametrize("seconds, unlimited", [(None, True), (math.inf, True), (5.0, False)])
def test_searching_within_sets_the_current_budget_and_restores_it(seconds, unlimited):
    with searching_within(seconds) as budget:
        assert current() is budget
        assert (budget.left() == math.inf) == unlimited
    assert current() is UNLIMITED


def test_the_budget_is_restored_when_the_search_fails():
    with pytest.raises(RuntimeError), searching_within(1.0):
        raise RuntimeError("fallo")
    assert current() is UNLIMITED


def test_nested_searches_restore_the_outer_budget():
    with searching_within(10.0) as outer:
        with searching_within(0) as inner:
            assert current() is inner and current().spent()
        assert current() is outer and not current().spent()


def test_each_thread_has_its_own_budget():
    seen = []
    with searching_within(0) as mine:
        thread = threading.Thread(target=lambda: seen.append(current()))
        thread.start()
        thread.join()
        assert current() is mine
    assert seen == [UNLIMITED]


def test_a_real_deadline_passes():
    with searching_within(0.01) as budget:
        time.sleep(0.02)
        assert budget.spent() and budget.left() == 0.0
