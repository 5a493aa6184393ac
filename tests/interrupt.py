"""Commands that a test stops with Ctrl-C (SIGINT), as a person at a terminal does."""

import signal
import subprocess


def interruptible(command, **options):
    """Start command as subprocess.Popen(command, **options) does, with Ctrl-C taken whatever this
    process inherited. A shell that starts a job with `&` without job control (a CI script run in
    the background, `nohup … &`) sets SIGINT ignored, children keep it ignored across exec, and
    Python then installs no KeyboardInterrupt: the SIGINT a test sends would be lost, and the
    command would run until the test's timeout."""
    return subprocess.Popen(command, preexec_fn=_default_sigint, **options)  # noqa: PLW1509 - tests only


def _default_sigint():
    signal.signal(signal.SIGINT, signal.SIG_DFL)
