"""Serve the app with waitress, a production WSGI server; loopback unless asked otherwise."""

import ipaddress
import logging
import math
import time

from waitress.server import create_server

from search.errors import IndexNotFound
from web import create_app
from web.limits import EXPORT_QUEUE, EXPORT_SLOTS
from web.server_errors import MAX_HEADER_BYTES, speak_spanish

# Worker threads, one searcher each (0.12 s to open on 165k paragraphs). The GIL runs one
# at a time, so threads are not for speed: they keep some free for cheap requests and
# /healthz while costly searches wait for their slot (web/limits.py), and run in a
# process of their own (web/costly.py).
THREADS = 24
FREE_THREADS = 4  # never taken by costly searches waiting for a slot
MAX_REQUEST_BYTES = 1024 * 1024
# Waitress's defaults (100 connections, 120 s before an idle one is closed) let 100 idle or
# half-sent connections, a trivial script, shut out /healthz and every visitor for two
# minutes. Connections cost a socket each, not a thread; poll() has no FD_SETSIZE bound.
CONNECTION_LIMIT = 1000
IDLE_SECONDS = 30  # a connection that sends and receives nothing for this long is closed


class QueueNote(logging.Filter):
    """Waitress's "Task queue depth is N", said in Spanish and at most once every
    QUEUE_NOTE_SECONDS: under load it logged one line a request, hundreds a minute."""

    def __init__(self):
        super().__init__()
        self.said = -math.inf

    def filter(self, record):
        now = time.monotonic()
        if now - self.said < QUEUE_NOTE_SECONDS:
            return False
        self.said = now
        depth = record.args[0] if record.args else "?"
        record.msg, record.args = ("%s peticiones esperan un hilo libre (se avisa como mucho cada %d s)",
                                   (depth, QUEUE_NOTE_SECONDS))
        return True


QUEUE_NOTE_SECONDS = 10


def is_loopback(host):
    """Return True when host is a loopback name or address (127.0.0.0/8, ::1, localhost)."""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def make_server(index_dir, host="127.0.0.1", port=8000, threads=THREADS):
    """Return a waitress server for the app over index_dir, bound and not yet running.
    """
    # The threads neither free nor downloading run or await costly searches.
    app = create_app({"INDEX_DIR": str(index_dir), "COSTLY_PROCESSES": 1,
                      "COSTLY_QUEUE": max(0, threads - FREE_THREADS - 1 - EXPORT_SLOTS - EXPORT_QUEUE),
                      "COSTLY_WAIT": 60.0})
    sockets = {}
    server = create_server(app, map=sockets, host=host, port=port, threads=threads,
                           max_request_body_size=MAX_REQUEST_BYTES,
                           max_request_header_size=MAX_HEADER_BYTES, ident="hemeroteca",
                           connection_limit=CONNECTION_LIMIT, channel_timeout=IDLE_SECONDS,
                           asyncore_use_poll=True)
    speak_spanish(sockets)  # waitress's own answers (a raw é in a URL): web/server_errors.py
    queue_log = logging.getLogger("waitress.queue")
    if not any(isinstance(note, QueueNote) for note in queue_log.filters):
        queue_log.addFilter(QueueNote())
    server.flask_app = app  # waitress may wrap the application in middleware
    return server


def server_url(server):
    """Return the URL a browser opens for a running server."""
    host = server.effective_host
    if ":" in host:
        host = f"[{host}]"
    elif host in ("0.0.0.0", ""):
        host = "127.0.0.1"  # every address answers; this one works from this machine
    return f"http://{host}:{server.effective_port}/"


def index_problem(server):
    """Return why the server's index can't be opened yet, or None."""
    try:
        server.flask_app.extensions["hemeroteca"].get()
    except IndexNotFound as error:
        return str(error)
    return None
