"""Run `hemeroteca serve` for real in a subprocess on a free loopback port (a test helper).

Also used by bench/faults_serving.py, which makes faults under a running server.
"""

import os
import signal
import subprocess
import sys
import urllib.error
import urllib.request
from contextlib import contextmanager

from tests.interrupt import interruptible

START = "from search.cli import main; main()"


def start_server(index_dir, log_path, *options, environment=None):
    """Start `hemeroteca serve` over index_dir, its log to log_path; return (process, URL)."""
    command = [sys.executable, "-c", START, "serve", "--index", str(index_dir), "--port", "0",
               *options]
    with open(log_path, "w") as log:
        process = interruptible(command, stdout=subprocess.PIPE, stderr=log, text=True,
                                stdin=subprocess.DEVNULL, env=dict(os.environ, **(environment or {})))
    line = process.stdout.readline()
    if "http://" not in line:
        process.wait(timeout=10)
        process.stdout.close()
        raise RuntimeError(f"serve did not start: {line!r} {log_path.read_text()}")
    return process, line.split()[1]


def stop_server(process):
    """Stop a server with Ctrl-C (killed if it does not stop within 10 seconds)."""
    process.send_signal(signal.SIGINT)
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()
    process.stdout.close()


@contextmanager
def serving(index_dir, log_path, *options):
    """Yield the URL of `hemeroteca serve` over index_dir; stop it with Ctrl-C afterwards."""
    process, url = start_server(index_dir, log_path, *options)
    try:
        yield url
    finally:
        stop_server(process)


def fetch(url, timeout=30):
    """Return (status, body) of a GET, whatever the status; (0, why) when nothing answered."""
    try:
        with urllib.request.urlopen(url, timeout=timeout) as response:
            return response.status, response.read().decode("utf-8")
    except urllib.error.HTTPError as error:
        with error:
            return error.code, error.read().decode("utf-8", "replace")
    except (urllib.error.URLError, ConnectionError, TimeoutError) as error:
        return 0, str(error)
