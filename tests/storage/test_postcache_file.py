"""The posting cache's file: written whole and aligned, read back as written, and every kind of damage caught.

Damage comes in the kinds a disk or a person gives: a file truncated, bytes zeroed or overwritten
in place, a wrong header (another file, another segment, another version), before it is opened and
while it is open.
"""

import json
import os
import re

import numpy as np
import pytest

from search.storage.postcache_blocks import SAMPLE
from search.storage.postcache_file import (
    ALIGN,
    MAGIC,
    VERSION,
    DamagedCache,
    cache_is_sound,
    cache_problem,
    open_cache,
    write_cache,
)
from search.storage.postcache_sections import Section

SEGMENT, DOCS = "abc123", 5000


def arrays():
    """Return sections like a real cache's: large postings (text), small ones (speaker), a column."""
    rng = np.random.default_rng(3)
    return {
        "text.docs": np.sort(rng.integers(0, DOCS, 40_000)).astype(np.int32),  # 160 KB: several strides
        "text.weights": rng.random(40_000).astype(np.float32),
        "speaker.docs": np.arange(7, dtype=np.int32),  # 28 bytes: padded to the next 64
        "docno": np.arange(DOCS, dtype=np.int64),
        "empty.docs": np.zeros(0, dtype=np.int32),
    }


@pytest.fixture
def cache(tmp_path):
    path = tmp_path / "MAIN_abc123.postcache"
    write_cache(path, SEGMENT, DOCS, arrays())
    return path


def header(path):
    data = path.read_bytes()
    length = int.from_bytes(data[len(MAGIC):len(MAGIC) + 4], "little")
    return json.loads(data[len(MAGIC) + 4:len(MAGIC) + 4 + length]), len(MAGIC) + 4 + length


def body_start(path):
    _, end = header(path)
    return (end + ALIGN - 1) // ALIGN * ALIGN


def test_a_written_cache_reads_back_as_written(cache):
    found, file = open_cache(cache, SEGMENT, DOCS)
    try:
        for name, array in arrays().items():
            section = found[name]  # nothing is read at opening: each section as searches ask
            assert isinstance(section, Section) and section.count == len(array)
            assert np.array_equal(section.read(0, min(2, len(array))), array[:2])
            section = section.whole()
            assert section.dtype == array.dtype and np.array_equal(section, array)
    finally:
        file.close()
    assert cache_problem(cache, SEGMENT, DOCS) is None and cache_is_sound(cache, SEGMENT, DOCS)


def test_opening_reads_the_header_alone(cache, monkeypatch):
    """A search opens every segment's cache: it reads none of the body then, only the blocks it asks."""
    reads = []
    real = os.pread
    monkeypatch.setattr(os, "pread", lambda handle, size, at: reads.append((at, size)) or real(handle, size, at))
    found, file = open_cache(cache, SEGMENT, DOCS)
    try:
        assert reads and all(at + size <= body_start(cache) for at, size in reads)
        reads.clear()
        found["speaker.docs"].whole()
        assert sum(size for _, size in reads) <= 16 * 1024  # its block
    finally:
        file.close()


def test_sections_start_aligned_and_no_temporary_file_is_left(cache):
    meta, _ = header(cache)
    assert meta["version"] == VERSION and meta["segment"] == SEGMENT and meta["docs"] == DOCS
    assert all(offset % ALIGN == 0 for offset, _, _ in meta["sections"].values())
    assert body_start(cache) % ALIGN == 0
    assert cache.stat().st_size == body_start(cache) + meta["body"]
    assert [path.name for path in cache.parent.iterdir()] == [cache.name]


def truncate(path, size):
    with open(path, "r+b") as handle:
        handle.truncate(size)


def overwrite(path, at, data):
    with open(path, "r+b") as handle:
        handle.seek(at)
        handle.write(data)


def end_minus(count):
    return lambda path: truncate(path, path.stat().st_size - count)


DAMAGE = [  # (what, damage, the problem named)
    ("truncated by a byte", end_minus(1), "mide"),
    ("truncated to half", lambda path: truncate(path, path.stat().st_size // 2), "mide"),
    ("truncated inside its header", lambda path: truncate(path, 20), "cabecera"),
    ("empty", lambda path: truncate(path, 0), "no es una caché"),
    ("grown by a byte", lambda path: path.write_bytes(path.read_bytes() + b"\0"), "mide"),
    ("wrong magic", lambda path: overwrite(path, 0, b"NOTACACH"), "no es una caché"),
    ("zeroed header", lambda path: overwrite(path, len(MAGIC) + 4, b"\0" * 16), "cabecera"),
    ("header length too long", lambda path: overwrite(path, len(MAGIC), (10 ** 6).to_bytes(4, "little")),
     "cabecera"),
    # a length past the file's end must not be read: 4 GB asked of pread is a MemoryError, a traceback
    ("header length of 4 GB", lambda path: overwrite(path, len(MAGIC), (2 ** 32 - 1).to_bytes(4, "little")),
     "cabecera dañada \\(su longitud\\)"),
    # trial 3: bytes flipped in the header made Python's English decode error the message
    ("bytes of its header not UTF-8", lambda path: overwrite(path, len(MAGIC) + 20, b"\xdf\xff" * 8),
     "cabecera dañada \\(no es texto\\)"),
    ("its header not JSON", lambda path: overwrite(path, len(MAGIC) + 4, b"{{{"), "no es JSON"),
]
ENGLISH = re.compile(r"codec|decode|byte 0x|position|Expecting|line \d+ column|invalid|object")


@pytest.mark.parametrize("damage,problem", [case[1:] for case in DAMAGE], ids=[case[0] for case in DAMAGE])
def test_damage_before_opening_is_caught_by_both_checks(cache, damage, problem):
    damage(cache)
    with pytest.raises(DamagedCache, match=problem) as raised:
        open_cache(cache, SEGMENT, DOCS)
    assert raised.value.path == cache and str(cache) in str(raised.value)
    assert not ENGLISH.search(str(raised.value).replace(str(cache), ""))  # said in Spanish
    assert re.search(problem, cache_problem(cache, SEGMENT, DOCS))
    assert not cache_is_sound(cache, SEGMENT, DOCS)


# Damage to the body, which opening does not read: caught when a search reads its block.
BODY_DAMAGE = {
    "zeroed at its body's start": lambda path: overwrite(path, body_start(path), bytes(4096)),
    "zeroed 64 KB in the middle": lambda path: overwrite(path, path.stat().st_size // 2, bytes(65_536)),
    "a byte flipped": lambda path: overwrite(path, body_start(path) + 61_441, b"\xff"),
    "its last byte flipped": lambda path: overwrite(path, path.stat().st_size - 1, b"\xff"),
}


@pytest.mark.parametrize("damage", BODY_DAMAGE.values(), ids=BODY_DAMAGE)
def test_damage_to_the_body_is_never_used(cache, damage):
    """A search reading every section meets it, whichever it is in; a writer's check too."""
    damage(cache)
    found, file = open_cache(cache, SEGMENT, DOCS)
    try:
        with pytest.raises(DamagedCache, match="suma de comprobación de su bloque"):
            for section in found.values():
                section.whole()
    finally:
        file.close()
    assert "suma de comprobación" in cache_problem(cache, SEGMENT, DOCS)
    assert not cache_is_sound(cache, SEGMENT, DOCS)


@pytest.mark.parametrize("damage", [b"\xff\xff", bytes(4096)])
def test_damage_is_caught_when_its_block_is_read(cache, damage):
    """Opening reads no block; a read checks each block it touches on its first read, and a
    writer's check (cache_problem) every byte."""
    overwrite(cache, body_start(cache) + SAMPLE + 10, damage)  # in text.docs, the first section
    sections, file = open_cache(cache, SEGMENT, DOCS)
    assert np.array_equal(sections["docno"].whole(), np.arange(DOCS))  # blocks elsewhere: sound
    assert np.array_equal(sections["text.docs"].read(5000, 5100), arrays()["text.docs"][5000:5100])  # block 1
    with pytest.raises(DamagedCache, match="suma de comprobación de su bloque 0"):
        sections["text.docs"].read(0, 1)  # 4 bytes far from the damage, in its block: the whole block is checked
    file.close()
    assert "suma de comprobación" in cache_problem(cache, SEGMENT, DOCS)


def test_a_block_is_checked_once(cache, monkeypatch):
    sections, file = open_cache(cache, SEGMENT, DOCS)
    sections["text.docs"].read(0, 10)
    overwrite(cache, body_start(cache) + 100, b"\xff")  # in place, after the check: seen by the file's time
    file.signature = file._signature()  # as if the time had not moved: the block is not checked again
    assert len(sections["text.docs"].read(0, 10)) == 10
    file.close()


@pytest.mark.parametrize("segment,docs", [("otro", DOCS), (SEGMENT, DOCS + 1)], ids=["segment", "document count"])
def test_a_cache_of_another_segment_is_refused(cache, segment, docs):
    with pytest.raises(DamagedCache, match="otro segmento"):
        open_cache(cache, segment, docs)
    assert "otro segmento" in cache_problem(cache, segment, docs)


def test_a_cache_of_another_version_is_refused(cache):
    data = cache.read_bytes()
    meta, end = header(cache)
    old = json.dumps(meta).encode()
    assert data[len(MAGIC) + 4:end] == old
    new = old.replace(f'"version": {VERSION}'.encode(), f'"version": {VERSION - 1}'.encode())
    cache.write_bytes(data.replace(old, new))
    assert "otra versión" in cache_problem(cache, SEGMENT, DOCS)


def test_a_missing_cache_says_so(tmp_path):
    with pytest.raises(DamagedCache, match="no se puede abrir"):
        open_cache(tmp_path / "absent.postcache", SEGMENT, DOCS)
    assert "no se puede abrir" in cache_problem(tmp_path / "absent.postcache", SEGMENT, DOCS)
