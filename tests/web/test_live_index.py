import gc
import re
import shutil
import warnings

import pytest

from search.errors import IndexNotFound
from search.retrieval.reader import open_index
from search.storage.build import build_index
from search.storage.generations import live_generation
from search.storage.update import optimize_index, update_index
from tests.conftest import SEEDS
from tests.faults.damage import SEGMENT_DAMAGE, largest_segment, write_corpus
from web import create_app
from web.live_index import LiveIndex


def test_a_missing_index_is_retried_on_the_next_request(tmp_path):
    index_dir = tmp_path / "ix"
    live = LiveIndex(index_dir)
    with pytest.raises(IndexNotFound):
        live.get()
    assert live.version() == (None, 0, None) and live.updated() is None
    build_index([SEEDS], index_dir)
    assert live.get().store.counts() == (1, 6)
    assert live.get() is live.get()
    assert live.updated() is not None
    live.close()


def test_the_app_serves_a_new_build_without_a_restart(tmp_path):
    docs, index_dir = tmp_path / "docs", tmp_path / "ix"
    docs.mkdir()
    shutil.copy(next(SEEDS.iterdir()), docs)
    build_index([docs], index_dir)
    app = create_app({"INDEX_DIR": str(index_dir)})
    client = app.test_client()
    assert client.get("/api/search?q=ornitorrinco").get_json()["total"] == 0
    version = app.extensions["hemeroteca"].version()
    (docs / "nuevo.txt").write_text("Un ornitorrinco en la conferencia.\n", encoding="utf-8")
    build_index([docs], index_dir)
    assert app.extensions["hemeroteca"].version() != version
    found = client.get("/api/search?q=ornitorrinco").get_json()
    assert [hit["id"] for hit in found["hits"]] == ["nuevo.txt#1"]
    assert client.get("/healthz").get_json()["documents"] == 2
    app.extensions["hemeroteca"].close()


@pytest.mark.parametrize("caches", [True, False], ids=["posting caches", "no posting caches"])
@pytest.mark.parametrize("hurt", SEGMENT_DAMAGE.values(), ids=SEGMENT_DAMAGE)
def test_a_segment_damaged_before_the_facet_warm_up_leaves_no_file_open(tmp_path, hurt, caches):
    """fix17: Whoosh raised with the segment it had opened still open, closed by the collector
    with a ResourceWarning in the warm-up's thread; the error's files are closed as it is handled."""
    index_dir = tmp_path / "ix"
    build_index([write_corpus(tmp_path / "docs", paragraphs=150)], index_dir)
    if not caches:  # the warm-up then reads the segments themselves
        for cache in live_generation(index_dir).glob("*.postcache"):
            cache.unlink()
    hurt(largest_segment(index_dir))
    index = open_index(index_dir)
    try:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always", ResourceWarning)
            LiveIndex._warm(index)
            gc.collect()
        assert [str(warning.message) for warning in caught if warning.category is ResourceWarning] == []
    finally:
        index.close()


def _pager_link(html, rel):
    """Return the href of the pager's rel="next" or rel="prev" link, unescaped."""
    return re.search(rf'<a rel="{rel}" href="([^"]+)"', html)[1].replace("&amp;", "&")


# (what happens between two pages, whether the results may have moved); fix19: `optimize`
# and an update that found nothing said the index changed, though no result moved
CHANGES = [("added", True), ("none", False), ("optimized", False), ("updated, nothing new", False),
           ("removed", True), ("edited", True), ("optimized after an edit", True),
           # trial19b: a rename, written in the store alone, kept the old edition, and the cached
           # page its old names (links to /doc/a.txt, a 404)
           ("renamed", True)]


@pytest.mark.parametrize("change, moved", CHANGES, ids=[change for change, _ in CHANGES])
def test_paging_through_an_index_that_changed_says_so(tmp_path, change, moved):
    # trial 18c: page 2 of 36 results led, after a `hemeroteca update`, to page 3 of 62, with
    # no word: the results had moved, some were shown twice and some never. The pager's links
    # carry the index they were made from (`indice`), and a page of another one says so.
    docs, index_dir = tmp_path / "docs", tmp_path / "ix"
    docs.mkdir()
    (docs / "a.txt").write_text("".join(f"Párrafo {n} sobre la vacuna.\n\n" for n in range(1, 26)), encoding="utf-8")
    build_index([docs], index_dir)
    app = create_app({"INDEX_DIR": str(index_dir), "TESTING": True})
    client = app.test_client()
    first = client.get("/?q=vacuna").get_data(as_text=True)
    second_url = _pager_link(first, "next")
    assert "indice=" in second_url
    token = client.get("/api/search?q=vacuna").get_json()["index_version"]
    if change in ("added", "removed"):
        (docs / "b.txt").write_text("La vacuna llegó.\n\nOtra vacuna.\n", encoding="utf-8")
        update_index([docs], index_dir)
        if change == "removed":  # b.txt was there when the first page was made
            first = client.get("/?q=vacuna").get_data(as_text=True)
            second_url = _pager_link(first, "next")
            token = client.get("/api/search?q=vacuna").get_json()["index_version"]
            (docs / "b.txt").unlink()
            update_index([docs], index_dir)
    elif change == "optimized":
        (docs / "b.txt").write_text("La vacuna llegó.\n", encoding="utf-8")
        update_index([docs], index_dir)  # two segments, so that optimize merges them
        first = client.get("/?q=vacuna").get_data(as_text=True)
        second_url, token = _pager_link(first, "next"), client.get("/api/search?q=vacuna").get_json()["index_version"]
        optimize_index(index_dir)
    elif change == "updated, nothing new":
        update_index([docs], index_dir)
    elif change.startswith(("edited", "optimized after")):
        (docs / "a.txt").write_text("Otra vacuna.\n\n" * 30, encoding="utf-8")
        update_index([docs], index_dir)
        if change.startswith("optimized"):
            optimize_index(index_dir)
    elif change == "renamed":
        (docs / "a.txt").rename(docs / "c.txt")
        assert update_index([docs], index_dir).moved == 1
    second = client.get(second_url).get_data(as_text=True)
    if change == "renamed":
        assert "c.txt#" in second and "a.txt#" not in second
    changed = "El índice cambió" in second
    assert changed == moved
    assert (client.get("/api/search?q=vacuna").get_json()["index_version"] != token) == moved
    assert "El índice cambió" not in client.get("/?q=vacuna").get_data(as_text=True)  # page 1: nothing to compare
    if changed:  # its own links carry the new index: the page after it is quiet again
        assert "El índice cambió" not in client.get(_pager_link(second, "next")).get_data(as_text=True)
    app.extensions["hemeroteca"].close()
