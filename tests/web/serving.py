"""Run `hemeroteca serve` for real in a subprocess on a free loopback port (a test helper)."""

import signal
import subprocess
import sys
from contextlib import contextmanager

START = "from search.cli import main; main()"


@contextmanager
def serving(index_dir, log_path, *options):
    """Yield the URL of `hemeroteca serve` over index_dir; stop it with Ctrl-C afterwards."""
    command = [sys.executable, "-c", START, "serve", "--index", str(index_dir), "--port", "0",
               *options]
    with open(log_path, "w") as log:
        process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=log, text=True,
                                   stdin=subprocess.DEVNULL)
    try:
        line = process.stdout.readline()
        if "http://" not in line:
            process.wait(timeout=10)
            raise RuntimeError(f"serve did not start: {line!r} {log_path.read_text()}")
        yield line.split()[1]
    finally:
        process.send_signal(signal.SIGINT)
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        process.stdout.close()
