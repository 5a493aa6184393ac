"""A Ctrl-C that comes while build workers start is raised once they have, never lost."""

import os
import signal
import subprocess
import sys
import textwrap
import threading
from pathlib import Path

import pytest

from search.storage.forking import signals_held
from tests.interrupt import interruptible

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def handled():
    """Handle SIGINT and SIGTERM by noting them in the returned list; the handlers of before come back after."""
    seen = []
    before = {number: signal.signal(number, lambda signum, frame: seen.append(signum))
              for number in (signal.SIGINT, signal.SIGTERM)}
    yield seen
    for number, handler in before.items():
        signal.signal(number, handler)


@pytest.mark.parametrize("sent", [[], [signal.SIGINT], [signal.SIGTERM], [signal.SIGINT, signal.SIGTERM]])
def test_a_signal_in_the_block_is_handled_after_it(sent, handled):
    inside = []
    with signals_held():
        for number in sent:
            os.kill(os.getpid(), number)
        inside.append(list(handled))
    assert inside == [[]] and handled == sent[:1]  # the first only: a KeyboardInterrupt ends the rest
    os.kill(os.getpid(), signal.SIGINT)  # after the block: handled at once, by the handler of before
    assert handled == [*sent[:1], signal.SIGINT]


def test_outside_the_main_thread_the_handlers_stay(handled):
    found = []

    def run():
        with signals_held():
            found.append(signal.getsignal(signal.SIGINT))
    thread = threading.Thread(target=run)
    thread.start()
    thread.join()
    assert found == [signal.getsignal(signal.SIGINT)]


# A process that is sent SIGINT as each of its forks begins (as a user's Ctrl-C landing in one),
# then builds an index on two workers; it says what came of the build.
FORK_INTERRUPTED = textwrap.dedent("""
    import os, signal, sys
    from pathlib import Path
    from search.storage.build import build_index
    os.register_at_fork(before=lambda: os.kill(os.getpid(), signal.SIGINT))
    docs = Path(sys.argv[1])
    docs.mkdir()
    for number in range(60):
        (docs / f"nota{number}.txt").write_text(f"La ministra habló del puerto número {number}.\\n")
    try:
        build_index([docs], sys.argv[2], procs=2)
    except KeyboardInterrupt:
        print("interrumpido; índice:", Path(sys.argv[2], "current").exists())
    else:
        print("construido")
""")


def test_ctrl_c_during_a_workers_fork_stops_the_build(tmp_path):
    # the KeyboardInterrupt used to be raised in logging's at-fork callback, and ignored there
    process = interruptible([sys.executable, "-c", FORK_INTERRUPTED, str(tmp_path / "docs"), str(tmp_path / "ix")],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT,
                            env={**os.environ, "PYTHONPATH": str(ROOT)})
    out, err = process.communicate(timeout=120)
    assert process.returncode == 0 and "Exception ignored" not in err, err
    assert out.strip() == "interrumpido; índice: False", out
