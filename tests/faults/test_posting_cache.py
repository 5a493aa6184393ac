"""Faults in the posting caches (`MAIN_<id>.postcache`, beside each segment): never a crash.

A cache file truncated to half, zeroed, or with 64 KB zeroed in the middle, under a running
server or between two commands: the server stays up and answers as before (the cache is
rebuilt from its segment, and the log says so); a cache that can't be rebuilt because its
segment is damaged too gives the 503 of a damaged index until a rebuild mends it. `update`
finds a damaged cache and rewrites it, saying so; a full disk while caches are written
leaves no temporary file; a read-only folder is searched without writing a cache into it.
"""

import errno
import logging
import os

import pytest

from search.cli import main
from search.retrieval.reader import open_index
from search.retrieval.searching import search
from search.storage import postcache, postcache_file
from search.storage.build import build_index
from search.storage.generations import live_generation
from search.storage.update import UpdateFailed, update_index
from tests.faults.damage import SEGMENT_DAMAGE, largest_segment, truncate_half, write_corpus
from tests.faults.test_serving import PAGES
from tests.web.serving import fetch, serving

QUERIES = ["salud1", "vacuna2 hospital3", "salud* O vacuna*", '"salud1 vacuna2"', "texto:médico4 -escuela5"]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    return write_corpus(tmp_path_factory.mktemp("cache-docs"), paragraphs=600)


@pytest.fixture
def index_dir(corpus, tmp_path):
    build_index([corpus], tmp_path / "ix")
    return tmp_path / "ix"


def largest_cache(index_dir):
    return max(live_generation(index_dir).glob(f"*{postcache.EXTENSION}"), key=lambda path: path.stat().st_size)


def answers(index):
    return [(found.total, [hit.id for hit in found.hits])
            for found in (search(index, query, limit=50) for query in QUERIES)]


@pytest.mark.parametrize("hurt", SEGMENT_DAMAGE.values(), ids=SEGMENT_DAMAGE)
def test_a_cache_damaged_under_an_open_index_is_rebuilt(index_dir, hurt, caplog):
    path = largest_cache(index_dir)
    sound = path.read_bytes()
    assert len(sound) > 256 * 1024  # room for 64 KB zeroed in its middle
    with open_index(index_dir) as index:
        before = answers(index)
        hurt(path)  # in place, under the open file
        with caplog.at_level(logging.WARNING):
            assert answers(index) == before
    assert path.read_bytes() == sound  # rebuilt from its segment, the same
    assert f"la caché de postings {path}" in caplog.text and "se rehízo desde su segmento" in caplog.text


@pytest.mark.parametrize("hurt", SEGMENT_DAMAGE.values(), ids=SEGMENT_DAMAGE)
def test_a_cache_damaged_under_a_running_server(index_dir, hurt, tmp_path):
    """The real server (the page's process and its worker of costly searches) stays up."""
    path = largest_cache(index_dir)
    sound = path.read_bytes()
    log = tmp_path / "serve.log"
    with serving(index_dir, log) as url:
        before = {page: fetch(url + page.lstrip("/")) for page in PAGES}
        assert {status for status, _ in before.values()} == {200}
        hurt(path)
        after = {page: fetch(url + page.lstrip("/")) for page in PAGES}
        assert {status for status, _ in after.values()} == {200}, {p: s for p, (s, _) in after.items()}
        api = "/api/search?q=hospital3"
        assert _hits(after[api][1]) == _hits(before[api][1])
        assert fetch(url + "healthz")[0] == 200
    assert path.read_bytes() == sound
    assert "se rehízo desde su segmento" in log.read_text()


def _hits(body):
    import json

    found = json.loads(body)
    return found["total"], [hit["id"] for hit in found["hits"]]


def test_a_cache_and_its_segment_truncated_under_a_running_server(index_dir, corpus, tmp_path):
    """Nothing to rebuild the cache from: a 503 that says the index is damaged, then recovery."""
    log = tmp_path / "serve.log"
    with serving(index_dir, log) as url:
        assert fetch(url + "?q=salud1")[0] == 200
        truncate_half(largest_segment(index_dir))
        truncate_half(largest_cache(index_dir))
        statuses = {page: fetch(url + page.lstrip("/"))[0] for page in PAGES}
        # salud1 may come from the results cache; the others were never asked
        assert set(statuses.values()) <= {200, 503} and statuses["/api/search?q=hospital3"] == 503, statuses
        status, body = fetch(url + "healthz")
        assert status == 503 and "mide" in body
        build_index([corpus], index_dir)  # the repair, while the server runs
        assert {fetch(url + page.lstrip("/"))[0] for page in PAGES} == {200}
        assert fetch(url + "healthz")[0] == 200
    text = log.read_text()
    assert "Traceback" not in text and "el índice está dañado" in text and "damaged" not in text


@pytest.mark.parametrize("hurt", SEGMENT_DAMAGE.values(), ids=SEGMENT_DAMAGE)
def test_update_finds_a_damaged_cache_and_says_it_rewrote_it(index_dir, corpus, runner, hurt):
    path = largest_cache(index_dir)
    sound = path.read_bytes()
    hurt(path)
    result = runner.invoke(main, ["update", str(corpus), "--index", str(index_dir)])
    assert result.exit_code == 0, result.output
    warning, summary = result.output.strip().splitlines()
    assert warning.startswith(f"aviso: la caché de postings {path}") and "se rehízo" in warning
    assert "0 añadidos" in summary and path.read_bytes() == sound
    result = runner.invoke(main, ["update", str(corpus), "--index", str(index_dir)])
    assert len(result.output.strip().splitlines()) == 1  # sound now: nothing to say


def test_a_search_after_a_damaged_cache_answers_and_rewrites_it(index_dir, runner, caplog):
    path = largest_cache(index_dir)
    sound = path.read_bytes()
    expected = runner.invoke(main, ["search", "vacuna2 hospital3", "--index", str(index_dir)]).output
    truncate_half(path)
    postcache._open.clear()  # a new process
    with caplog.at_level(logging.WARNING):
        result = runner.invoke(main, ["search", "vacuna2 hospital3", "--index", str(index_dir)])
    assert result.exit_code == 0 and result.output.replace(_took(result.output), "") == \
        expected.replace(_took(expected), "")
    assert "se rehízo desde su segmento" in caplog.text and path.read_bytes() == sound


def _took(output):
    """Return the time a search took as it prints it (it differs from run to run)."""
    import re

    found = re.search(r"\d+(?:[.,]\d+)* ms", output)  # 1.234 ms past a second
    return found.group(0) if found else ""


# The writer's files that failed to close are left to the garbage collector.
@pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")
def test_a_full_disk_while_caches_are_written_leaves_no_temporary_file(index_dir, corpus, monkeypatch):
    real_open = open

    def full(path, mode="r", *args, **kwargs):
        handle = real_open(path, mode, *args, **kwargs)
        if "w" in mode:
            handle.write(b"x" * 4096)  # some of it fits
            handle.close()
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(path))
        return handle

    (corpus / "nuevo.txt").write_text("Un ornitorrinco en la conferencia.\n", encoding="utf-8")
    try:
        monkeypatch.setattr(postcache_file, "open", full, raising=False)
        with pytest.raises(UpdateFailed, match="Libere espacio"):
            update_index([corpus], index_dir)
        monkeypatch.undo()
        generation = live_generation(index_dir)
        assert not [path for path in generation.iterdir() if path.name.endswith(".tmp")]
        with open_index(index_dir) as index:  # Whoosh had committed: its texts were written before
            assert search(index, "salud1").total and search(index, "ornitorrinco").total == 1
        assert update_index([corpus], index_dir).repaired  # the next update finishes it
        with open_index(index_dir) as index:
            assert search(index, "ornitorrinco").total == 1
            leaves = [(leaf.segment().segment_id(), leaf.doc_count_all())
                      for leaf, _ in index.searcher().reader().leaf_readers()]
        assert all(postcache_file.cache_is_sound(postcache.cache_path(generation, segment), segment, count)
                   for segment, count in leaves)
    finally:
        (corpus / "nuevo.txt").unlink()


def test_a_cache_being_written_by_a_search_is_no_file_of_the_checksums(index_dir, corpus):
    """A search rebuilds a missing cache while an update records checksums: the update after
    must not find "damage" in the temporary file, renamed away since (bench/faults_readers.py)."""
    generation = live_generation(index_dir)
    segment = largest_cache(index_dir).stem
    writing = generation / f"{segment}.postcache.{os.getpid()}.1.tmp"
    writing.write_bytes(b"a medias")
    (corpus / "nuevo.txt").write_text("Un ornitorrinco en la conferencia.\n", encoding="utf-8")
    try:
        update_index([corpus], index_dir)  # records the checksums
        writing.unlink()  # renamed into place by the search
        assert update_index([corpus], index_dir).unchanged == len(list(corpus.iterdir()))
    finally:
        (corpus / "nuevo.txt").unlink()
