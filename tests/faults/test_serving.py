"""Faults while serving: the page answers a 503 that says what is wrong, and recovers.

The rows of the issue's first table, against the Flask app on a real index (and, for
the segment truncated under it, a real `hemeroteca serve` process, which must stay up).
"""

import logging
import os
import shutil
import signal
import time

import pytest

from search.cli import main
from search.storage.build import build_index
from search.storage.update import update_index
from tests.faults.damage import (
    empty,
    garbage_in_store_middle,
    garbage_in_texts,
    largest_segment,
    store_of,
    truncate_half,
    write_corpus,
)
from tests.web.serving import fetch, serving, start_server
from web import create_app

PAGES = ["/?q=salud1", "/?q=%22salud1+vacuna2%22", "/api/search?q=hospital3", "/doc/doc001.txt",
         "/similar/doc002.txt%2315", "/"]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    return write_corpus(tmp_path_factory.mktemp("serving-docs"), paragraphs=150)


@pytest.fixture
def served(corpus, tmp_path):
    """Yield (index_dir, app) over a fresh index of the corpus, its results cache off."""
    index_dir = tmp_path / "ix"
    build_index([corpus], index_dir)
    app = create_app({"INDEX_DIR": str(index_dir), "CACHED_PAGES": 0})
    yield index_dir, app
    app.extensions["hemeroteca"].close()


def answers(app):
    """Return {url: (status, body)} of every page, and /healthz's (status, JSON)."""
    client = app.test_client()
    found = {url: client.get(url) for url in PAGES}
    health = client.get("/healthz")
    return ({url: (response.status_code, response.get_data(as_text=True))
             for url, response in found.items()}, (health.status_code, health.get_json()))


def assert_unavailable(app, index_dir, words, every=True):
    """Check the 503s: on every page, or on those that can't be read (and on /healthz)."""
    pages, (status, health) = answers(app)
    for url, (code, body) in pages.items():
        assert code == 503 or not every and code == 200, (url, body[:300])
        assert "Traceback" not in body and str(index_dir) not in body  # no server path
        if code == 503:
            assert "no está disponible" in body or "está dañado" in body
    assert status == 503 and health["status"] == "error"
    assert any(word in health["error"] for word in words), health


def assert_serving(app):
    pages, (status, health) = answers(app)
    assert all(code == 200 for code, _ in pages.values()), {u: c for u, (c, _) in pages.items()}
    assert status == 200 and health["status"] == "ok" and health["paragraphs"] > 0


def test_the_index_folder_removed_while_serving(served, corpus, caplog):
    index_dir, app = served
    assert_serving(app)
    shutil.rmtree(index_dir)
    with caplog.at_level(logging.WARNING):
        assert_unavailable(app, index_dir, ["ya no existe"])
    assert str(index_dir) in caplog.text  # the details go to the log
    build_index([corpus], index_dir)
    assert_serving(app)


@pytest.mark.parametrize("hurt, words", [(empty, ["vacío", "tablas"]),
                                         (garbage_in_texts, ["dañado", "bloque"]),
                                         (garbage_in_store_middle, ["dañado"])])
def test_the_record_store_damaged_while_serving(served, corpus, runner, hurt, words):
    index_dir, app = served
    client = app.test_client()
    assert client.get("/healthz").status_code == 200  # serving (texts not read yet: SQLite
    hurt(store_of(index_dir))  # would keep the pages it read in its cache, and serve them)
    reads = [f"/doc/doc{number:03d}.txt" for number in range(3)] + ["/?q=hospitall"]  # texts, words
    documents = [client.get(url).status_code for url in reads]
    assert 503 in documents and set(documents) <= {200, 503}  # the damaged one, and the others
    assert_unavailable(app, index_dir, words, every=False)  # cached texts still serve
    result = runner.invoke(main, ["update", str(corpus), "--index", str(index_dir)])
    assert result.exit_code == 1 and "el índice está dañado" in result.output
    assert "locked" not in result.output and "free space" not in result.output
    result = runner.invoke(main, ["index", str(corpus), "--index", str(index_dir)])
    assert result.exit_code == 0, result.output  # while the app has the old one open
    assert_serving(app)  # it follows the new generation


def test_a_segment_truncated_under_a_running_server(corpus, tmp_path):
    index_dir = tmp_path / "ix"
    build_index([corpus], index_dir)
    log = tmp_path / "serve.log"
    with serving(index_dir, log) as url:
        assert fetch(url + "?q=salud1")[0] == 200
        truncate_half(largest_segment(index_dir))
        statuses = [fetch(url + page.lstrip("/"))[0] for page in PAGES]
        assert set(statuses) <= {200, 503} and 503 in statuses
        assert fetch(url + "healthz")[0] == 503
        update = tmp_path / "rebuild.log"
        with open(update, "w") as output:  # the repair, while the server runs
            build_index([corpus], index_dir)
            output.write("rebuilt\n")
        assert fetch(url + "?q=salud1")[0] == 200
        assert fetch(url + "healthz")[0] == 200
    text = log.read_text()
    assert "el índice está dañado" in text or "damaged" in text


def test_update_and_optimize_while_the_page_serves(served, corpus, runner):
    index_dir, app = served
    assert_serving(app)
    (corpus / "nuevo.txt").write_text("Un ornitorrinco en la conferencia.\n", encoding="utf-8")
    try:
        assert update_index([corpus], index_dir).added == 1
        assert runner.invoke(main, ["optimize", "--index", str(index_dir)]).exit_code == 0
        client = app.test_client()
        assert client.get("/api/search?q=ornitorrinco").get_json()["total"] == 1
        assert_serving(app)
    finally:
        (corpus / "nuevo.txt").unlink()


def children(pid):
    """Return the process ids whose parent is pid (from /proc)."""
    found = set()
    for task in os.listdir(f"/proc/{pid}/task"):
        with open(f"/proc/{pid}/task/{task}/children") as listed:
            found.update(int(child) for child in listed.read().split())
    return found


def test_a_server_stopped_with_sigterm_stops_its_worker_of_costly_searches(corpus, tmp_path):
    index_dir = tmp_path / "ix"
    build_index([corpus], index_dir)
    process, url = start_server(index_dir, tmp_path / "serve.log")
    try:
        assert fetch(url + "?q=" + "+".join(f"{letter}*" for letter in "abcdefgh"))[0] == 200
        workers = children(process.pid)
        assert workers  # the costly search ran in its worker
    finally:
        process.send_signal(signal.SIGTERM)
        process.wait(timeout=20)
        process.stdout.close()
    assert process.returncode == 0
    deadline = time.monotonic() + 10
    while any(os.path.exists(f"/proc/{pid}") for pid in workers) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not any(os.path.exists(f"/proc/{pid}") for pid in workers)


def test_a_generation_restored_in_place_with_its_times_is_served_again(served):
    """A backup copied back over a damaged segment (`cp -a`, `rsync -a`: the same file, the
    same modification time) must not keep the damage a failed request found, nor the index
    opened over the damaged file: only the change times tell the file was replaced."""
    index_dir, app = served
    assert_serving(app)
    live = app.extensions["hemeroteca"]
    live.warming.join()  # the facet tables made before the damage
    backup = index_dir.parent / "backup"
    shutil.copytree((index_dir / "current").resolve(), backup, copy_function=shutil.copy2)
    segment = largest_segment(index_dir)
    truncate_half(segment)
    assert "mide" in live.diagnose()  # as a request that failed on it does: remembered
    opened = live.get()
    assert app.test_client().get("/healthz").status_code == 503
    shutil.copy2(backup / segment.name, segment)
    assert segment.stat().st_mtime_ns == (backup / segment.name).stat().st_mtime_ns
    assert_serving(app)
    assert live.get() is not opened  # opened again, over the restored file
