import multiprocessing
import os
import signal
import threading
import time

import pytest

from search.storage.locking import WriterBusy, lock_holder, writer_lock


def hold(index_dir, ready, release):
    with writer_lock(index_dir):
        ready.set()
        release.wait(30)


@pytest.fixture
def holder(tmp_path):
    """Start a process that holds the writer lock; yield (process, release event)."""
    context = multiprocessing.get_context("fork")
    ready, release = context.Event(), context.Event()
    process = context.Process(target=hold, args=(tmp_path, ready, release))
    process.start()
    assert ready.wait(10)
    yield process, release
    if process.is_alive():  # setting the event a killed waiter was in would hang
        release.set()
    process.join(10)


def test_a_second_writer_waits_then_names_the_first(tmp_path, holder):
    process, _ = holder
    started = time.monotonic()
    with pytest.raises(WriterBusy, match=f"another update is running, pid {process.pid}"):
        with writer_lock(tmp_path, wait=0.3):
            pass
    assert 0.3 <= time.monotonic() - started < 3
    assert lock_holder(tmp_path) == process.pid


def test_the_lock_is_taken_when_the_first_writer_finishes(tmp_path, holder):
    _, release = holder
    threading.Timer(0.2, release.set).start()
    with writer_lock(tmp_path, wait=10):
        assert lock_holder(tmp_path) == os.getpid()


def test_a_lock_left_by_a_killed_writer_is_taken_over(tmp_path, holder):
    process, _ = holder
    os.kill(process.pid, signal.SIGKILL)
    process.join(10)
    assert lock_holder(tmp_path) == process.pid  # its pid is still written there
    with writer_lock(tmp_path, wait=1):
        assert lock_holder(tmp_path) == os.getpid()


def test_threads_of_one_process_take_turns(tmp_path):
    inside, overlaps = [], []

    def write():
        with writer_lock(tmp_path, wait=10):
            overlaps.append(len(inside))
            inside.append(1)
            time.sleep(0.02)
            inside.pop()

    threads = [threading.Thread(target=write) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert overlaps == [0, 0, 0, 0]
