"""An open posting cache file's sections: read at offsets, read-only, and damage while open caught.

The file's layout, writing and the checks made when it is opened are test_postcache_file.py's;
this file reuses its sections and damage helpers.
"""

import os

import numpy as np
import pytest

from search.storage.postcache_file import DamagedCache, open_cache, write_cache
from search.storage.postcache_sections import CacheFile, Loaded
from tests.storage.test_postcache_file import DOCS, SEGMENT, arrays, body_start, end_minus, header, overwrite, truncate


@pytest.fixture
def cache(tmp_path):
    path = tmp_path / "MAIN_abc123.postcache"
    write_cache(path, SEGMENT, DOCS, arrays())
    return path


@pytest.mark.parametrize("damage", [end_minus(4096), lambda path: truncate(path, 0),
                                    lambda path: overwrite(path, body_start(path), b"\0" * 64)],
                         ids=["truncated", "emptied", "written in place"])
def test_damage_while_open_is_caught_by_the_next_read(cache, damage):
    found, file = open_cache(cache, SEGMENT, DOCS)
    try:
        before = found["text.docs"].read(0, 10)
        assert not file.changed()
        damage(cache)
        assert file.changed()
        with pytest.raises(DamagedCache, match="cambió mientras estaba abierta"):
            found["text.docs"].read(0, 10)
        assert np.array_equal(before, arrays()["text.docs"][:10])  # what was read stays as it was
    finally:
        file.close()


def test_a_short_read_is_caught_even_without_the_size_check(cache):
    found, file = open_cache(cache, SEGMENT, DOCS)
    try:
        truncate(cache, body_start(cache) + 100)
        with pytest.raises(DamagedCache):
            found["text.docs"].read(0, 1000, check=False)
    finally:
        file.close()


def test_a_cache_replaced_by_a_rename_keeps_its_reader_on_the_old_file(cache, tmp_path):
    found, file = open_cache(cache, SEGMENT, DOCS)
    other = tmp_path / "other.postcache"
    replacement = arrays()
    replacement["text.docs"] = replacement["text.docs"][::-1].copy()
    write_cache(other, SEGMENT, DOCS, replacement)
    os.replace(other, cache)  # as writers replace caches
    assert not file.changed() and file.deleted()  # the old file lost its name, not its bytes
    assert np.array_equal(found["text.docs"].read(0, 5), arrays()["text.docs"][:5])
    file.close()


def test_deleted_tells_when_the_file_has_no_name_left(cache):
    _, file = open_cache(cache, SEGMENT, DOCS)
    assert not file.deleted()
    cache.unlink()
    assert file.deleted() and not file.changed()
    file.close()


def test_cache_file_reads_arrays_at_offsets(cache):
    handle = os.open(cache, os.O_RDONLY)
    file = CacheFile(cache, handle)
    meta, _ = header(cache)
    offset, dtype, count = meta["sections"]["docno"]
    read = file.array(body_start(cache) + offset, np.dtype(dtype), count)
    assert np.array_equal(read, np.arange(DOCS)) and not read.flags.writeable
    assert len(file.array(0, np.dtype("<i4"), 0)) == 0
    file.close()


def test_loaded_reads_like_a_section():
    array = np.arange(10)
    loaded = Loaded(array)
    assert np.array_equal(loaded.read(2, 5), [2, 3, 4]) and loaded.whole() is array
