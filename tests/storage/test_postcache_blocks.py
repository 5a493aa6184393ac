"""The checksums of a cache file's body: the sample opening checks, and each block's CRC-32."""

import zlib

import numpy as np
import pytest

from search.storage.postcache_blocks import (
    BLOCK,
    SAMPLE,
    STRIDE,
    Blocks,
    DamagedBlock,
    block_crcs,
    block_crcs_text,
    sampled_crc,
)


@pytest.mark.parametrize("start", [0, 1, 4095, 4096, 30_000, 61_439, 61_440, 500_000, 1_048_576 - 65_536])
def test_the_sampled_checksum_sees_any_64_kb_zeroed(start):
    body = bytes(np.random.default_rng(start).integers(1, 255, 1_048_576, dtype=np.uint8))
    damaged = body[:start] + bytes(65_536) + body[start + 65_536:]
    assert sampled_crc(damaged) != sampled_crc(body)


def test_sampled_crc_reads_the_first_bytes_of_each_stride():
    body = bytearray(3 * STRIDE + 10)
    crc = sampled_crc(bytes(body))
    body[STRIDE + SAMPLE - 1] = 1  # inside the second sample
    assert sampled_crc(bytes(body)) != crc
    body[STRIDE + SAMPLE - 1], body[STRIDE + SAMPLE] = 0, 1  # just past it
    assert sampled_crc(bytes(body)) == crc
    assert sampled_crc(b"") == 0


def test_block_crcs_are_the_crc_of_each_block():
    body = bytes(np.random.default_rng(1).integers(0, 256, 2 * BLOCK + 100, dtype=np.uint8))
    assert block_crcs(body).tolist() == [zlib.crc32(body[:BLOCK]), zlib.crc32(body[BLOCK:2 * BLOCK]),
                                         zlib.crc32(body[2 * BLOCK:])]
    assert len(block_crcs(b"")) == 0


@pytest.fixture
def body_file(tmp_path):
    """Return (an open handle, the body) of a file whose body starts at byte 64."""
    body = bytes(np.random.default_rng(2).integers(0, 256, 3 * BLOCK + 10, dtype=np.uint8))
    path = tmp_path / "body"
    path.write_bytes(bytes(64) + body)
    handle = open(path, "r+b")
    yield handle, body
    handle.close()


def test_blocks_read_checks_each_block_touched_once(body_file):
    handle, body = body_file
    header = {"body": len(body), "block": BLOCK, "block_crcs": block_crcs_text(body)}
    blocks = Blocks(header, 64)
    assert blocks.read(handle.fileno(), 64 + BLOCK - 2, 4) == body[BLOCK - 2:BLOCK + 2]  # two blocks checked
    assert list(blocks.checked) == [1, 1, 0, 0]
    assert blocks.read(handle.fileno(), 64 + 10, 4) is None  # checked: a plain read will do
    handle.seek(64 + 3 * BLOCK + 5)
    handle.write(b"\xff")  # in the last, short block
    handle.flush()
    with pytest.raises(DamagedBlock) as raised:
        blocks.read(handle.fileno(), 64 + 3 * BLOCK, 2)
    assert raised.value.block == 3 and not blocks.checked[3]


@pytest.mark.parametrize("change", [
    {"block": BLOCK * 2},  # another block size
    {"block_crcs": "AAAA"},  # one CRC for four blocks
    {"block_crcs": "no es base64!"},
])
def test_blocks_refuse_checksums_that_do_not_fit_the_body(change):
    body = bytes(3 * BLOCK + 10)
    header = {"body": len(body), "block": BLOCK, "block_crcs": block_crcs_text(body)} | change
    with pytest.raises(ValueError):
        Blocks(header, 64)
