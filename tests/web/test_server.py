import subprocess
import sys
import urllib.error
import urllib.request

import pytest

from tests.web.serving import START, serving, start_server, stop_server
from web.server import is_loopback, make_server, server_url


@pytest.mark.parametrize("host, loopback", [
    ("127.0.0.1", True), ("127.8.9.10", True), ("localhost", True), ("::1", True),
    ("[::1]", True), ("0.0.0.0", False), ("::", False), ("192.168.1.5", False),
    ("example.org", False), ("", False),
])
def test_is_loopback(host, loopback):
    assert is_loopback(host) is loopback


def fetch(url):
    with urllib.request.urlopen(url, timeout=10) as response:
        return response.status, dict(response.headers), response.read().decode("utf-8")


def test_make_server_binds_without_serving_yet(seed_index):
    server = make_server(seed_index, "127.0.0.1", 0, threads=2)
    try:
        url = server_url(server)
        assert url.startswith("http://127.0.0.1:") and not url.endswith(":0/")
        assert server.adj.max_request_body_size == 1024 * 1024
    finally:
        server.close()
        server.task_dispatcher.shutdown()


def test_serve_command_prints_the_url_and_serves(seed_index, tmp_path):
    with serving(seed_index, tmp_path / "serve.log") as url:
        assert url.startswith("http://127.0.0.1:")
        status, _, body = fetch(url + "healthz")
        assert status == 200 and '"paragraphs":6' in body.replace(" ", "")
        # Many requests on waitress's threads: each thread keeps its own searcher.
        for _ in range(3):
            status, headers, body = fetch(url + "?q=relaciones+China+Rusia")
            assert status == 200 and "<mark>China</mark>" in body
        assert headers["Server"] == "hemeroteca" and headers["X-Content-Type-Options"] == "nosniff"
    assert "aviso" not in (tmp_path / "serve.log").read_text()


def test_serve_warns_about_a_missing_index_and_still_serves_the_503(tmp_path):
    with serving(tmp_path / "nada", tmp_path / "serve.log") as url:
        with pytest.raises(urllib.error.HTTPError) as error:
            fetch(url)
        assert error.value.code == 503
        body = error.value.read().decode("utf-8")
        assert "no está disponible" in body and str(tmp_path) not in body
        error.value.close()
    log = (tmp_path / "serve.log").read_text()
    assert "aviso:" in log and "hemeroteca index" in log


def test_serve_claims_no_address_it_could_not_bind(seed_index):
    # 192.0.2.1 is reserved for documentation: binding fails, and no warning says it listens there.
    # A subprocess, because waitress leaves the failed socket for the garbage collector.
    result = subprocess.run(
        [sys.executable, "-c", START, "serve", "--index", str(seed_index),
         "--host", "192.0.2.1", "--port", "0"],
        capture_output=True, text=True, timeout=60, stdin=subprocess.DEVNULL)
    assert result.returncode == 1
    assert "escuchando en" not in result.stderr
    assert "no se puede escuchar en 192.0.2.1:0" in result.stderr and "Traceback" not in result.stderr


def test_serve_warns_when_it_listens_beyond_loopback(seed_index, tmp_path):
    from tests.web.serving import serving

    with serving(seed_index, tmp_path / "serve.log", "--host", "0.0.0.0"):
        pass
    assert "aviso: escuchando en 0.0.0.0: cualquiera que llegue" in (tmp_path / "serve.log").read_text()


@pytest.mark.parametrize("host", ["no.existe.invalid", "999.1.1.1", "a b", ""])
def test_serve_names_a_host_that_is_no_address(seed_index, host):
    result = subprocess.run(
        [sys.executable, "-c", START, "serve", "--index", str(seed_index), "--host", host, "--port", "0"],
        capture_output=True, text=True, timeout=60, stdin=subprocess.DEVNULL)
    assert result.returncode == 1 and "Traceback" not in result.stderr, result.stderr
    assert f"no se puede escuchar en «{host}»: no es una dirección IP ni un nombre" in result.stderr
    assert "escuchando en" not in result.stderr  # it never did


def test_a_few_hundred_idle_connections_leave_the_page_answering(seed_index, tmp_path):
    """300 connections that never finish their request once shut out /healthz for 2 minutes."""
    import socket
    import urllib.request

    from tests.web.serving import serving

    with serving(seed_index, tmp_path / "serve.log") as url:
        host, port = url.split("//")[1].rstrip("/").rsplit(":", 1)
        idle = [socket.create_connection((host, int(port))) for _ in range(300)]
        try:
            for connection in idle:
                connection.send(b"GET /?q=salud HTTP/1.1\r\nHost: x\r\n")  # the headers never end
            with urllib.request.urlopen(url + "healthz", timeout=20) as answer:
                assert answer.status == 200
        finally:
            for connection in idle:
                connection.close()


def test_waitress_queue_notes_are_spanish_and_rare(monkeypatch):
    import logging

    from web import server

    clock = [100.0]
    monkeypatch.setattr(server.time, "monotonic", lambda: clock[0])
    note = server.QueueNote()
    records = [logging.LogRecord("waitress.queue", logging.WARNING, "", 0, "Task queue depth is %d", (n,), None)
               for n in range(1, 5)]
    kept = [note.filter(record) for record in records[:3]]
    clock[0] += server.QUEUE_NOTE_SECONDS
    kept.append(note.filter(records[3]))
    assert kept == [True, False, False, True]
    assert records[0].getMessage() == "1 peticiones esperan un hilo libre (se avisa como mucho cada 10 s)"


def test_serve_names_a_bad_synonyms_file_whole_in_its_log(seed_index, tmp_path):
    # the page names the file alone (web/views.py): the owner reads its folder here
    bad = tmp_path / "mios.txt"
    bad.write_text("solo\n", encoding="utf-8")
    process, _ = start_server(seed_index, tmp_path / "serve.log", environment={"HEMEROTECA_SYNONYMS": str(bad)})
    stop_server(process)
    assert f"aviso: Sinónimos: {bad}, línea 1" in (tmp_path / "serve.log").read_text()
