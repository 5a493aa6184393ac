"""The checksums of a posting cache file's body: the CRC-32 of each block, and a sample.

A read checks the blocks it touches, each on its first read (Blocks), so that damage is
never used, and a search pays only for what it reads. The sampled CRC-32 (SAMPLE bytes of
every STRIDE: a fifteenth of the file) is written for the releases that check it on
opening (postcache_file); this one no longer does.
"""

import base64
import os
import zlib

import numpy as np

STRIDE, SAMPLE = 60 * 1024, 4 * 1024  # what sampled_crc reads
BLOCK = 16 * 1024  # a read checks the blocks it touches (their first read): at most 32 KB more for a term


def block_crcs_text(body):
    """Return the header's text of block_crcs(body): base64 of the little-endian CRC-32s."""
    return base64.b64encode(block_crcs(body).tobytes()).decode()


def sampled_crc(body):
    """Return the CRC-32 of the first SAMPLE bytes of every STRIDE bytes of a body.

    Every run of STRIDE + SAMPLE bytes holds a whole sample, so a truncated file, or one
    with 64 KB zeroed or overwritten anywhere, fails it; checking it reads a fifteenth of
    the file.
    """
    crc = 0
    with memoryview(body) as view:
        for start in range(0, len(view), STRIDE):
            crc = zlib.crc32(view[start:start + SAMPLE], crc)
    return crc


def block_crcs(body):
    """Return the CRC-32 of each BLOCK bytes of a body (the last block maybe shorter), as <u4."""
    with memoryview(body) as view:
        return np.array([zlib.crc32(view[start:start + BLOCK]) for start in range(0, len(view), BLOCK)],
                        dtype="<u4")


class DamagedBlock(ValueError):
    """A block whose bytes do not have its CRC-32 (postcache_file says so as a DamagedCache)."""

    def __init__(self, block):
        super().__init__(f"block {block}")
        self.block = block


class Blocks:
    """The blocks of an open cache file's body: their CRC-32s, and those checked already.

    `header` is the file's (postcache_file.write_cache), `start` the body's offset in the
    file; `checked` True when every byte was checked already. Raises ValueError (or
    KeyError, TypeError) for a header whose block checksums can't be used.
    """

    def __init__(self, header, start, checked=False):
        crcs = np.frombuffer(base64.b64decode(header["block_crcs"], validate=True), dtype="<u4")  # block_crcs_text
        if header["block"] != BLOCK or len(crcs) != -(-header["body"] // BLOCK):
            raise ValueError("block_crcs")
        self.start, self.end, self.crcs = start, start + header["body"], crcs
        # One byte a block, 1 once checked: a bytearray's find asks it in C, without
        # numpy's cost of a call (a term's read asks it twice).
        self.checked = bytearray([1 if checked else 0]) * len(crcs)

    def read(self, handle, offset, size):
        """Return `size` bytes at `offset`, reading and checking the whole blocks they lie in
        when some were not checked yet (else None: a plain read will do); raise DamagedBlock."""
        first, last = (offset - self.start) // BLOCK, (offset + size - 1 - self.start) // BLOCK
        if self.checked.find(0, first, last + 1) < 0:
            return None
        low = self.start + first * BLOCK
        data = os.pread(handle, min(self.start + (last + 1) * BLOCK, self.end) - low, low)
        with memoryview(data) as view:
            for block in range(first, last + 1):
                at = (block - first) * BLOCK
                if not self.checked[block] and zlib.crc32(view[at:at + BLOCK]) != self.crcs[block]:
                    raise DamagedBlock(block)
        self.checked[first:last + 1] = b"\1" * (last + 1 - first)
        return data[offset - low:offset - low + size]
