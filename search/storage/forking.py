"""Starting worker processes without losing a Ctrl-C that arrives during the fork.

A signal that arrives while os.fork() runs is handled, in the parent, by the first Python code
run after it: the at-fork callbacks (logging's `_releaseLock`, registered with
os.register_at_fork). CPython reports an exception raised in those callbacks as "Exception
ignored" and goes on, so the KeyboardInterrupt of that Ctrl-C was lost and `watch` went on
watching after its user had asked it to stop (1 in 16 runs of a loaded machine's
test_interrupted). While workers start, a signal is only noted; once they have started, its
handler runs, in the caller's code, where the workers it started are stopped.
"""

import contextlib
import os
import signal
import threading

DEFERRED = ("SIGINT", "SIGTERM")  # the signals that commands turn into KeyboardInterrupt (cli/indexing.py)


@contextlib.contextmanager
def signals_held():
    """Run the block with SIGINT and SIGTERM only noted; then run the handler of each one that came.

    Only the signals whose handler is Python code are held (the default_int_handler that raises
    KeyboardInterrupt, or `serve`'s), and only in the main thread, the one Python runs them in.
    A process forked in the block runs the handlers it inherited as they were. Raises what the
    handler raises (KeyboardInterrupt), after the block ends.
    """
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    owner, noted, held = os.getpid(), [], {}

    def note(signum, frame):
        if os.getpid() != owner:  # a worker forked in the block: its handler as it was
            return held[signum](signum, frame)
        noted.append((signum, frame))

    for name in DEFERRED:
        number = getattr(signal, name, None)
        if number is not None and callable(handler := signal.getsignal(number)):
            held[number] = handler
            signal.signal(number, note)
    try:
        yield
    finally:
        for number, handler in held.items():
            signal.signal(number, handler)
        for signum, frame in noted[:1]:  # the first one: a KeyboardInterrupt ends the rest
            held[signum](signum, frame)
