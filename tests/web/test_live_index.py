import gc
import shutil
import warnings

import pytest

from search.errors import IndexNotFound
from search.retrieval.reader import open_index
from search.storage.build import build_index
from search.storage.generations import live_generation
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
