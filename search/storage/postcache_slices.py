"""A fresh process's few lookups in a posting cache file, from slices of its sections.

A fresh `hemeroteca search salud` looks up a few terms and shows ten documents. Reading
whole the sections it looked them up in (each large field's term keys, 100-800 KB a
segment at 165k paragraphs, and the docno and paragraph columns, 330 KB each) was 3.7 of
the 4.7 MB it read from the cache files, each byte copied from the kernel and its block's
CRC-32 computed (postcache_blocks.py). So the first lookups of a field or a segment
(postcache_read.SLICED_LOOKUPS) read slices: a key is found by bisection over the file,
one item a step while the range is wider than WINDOW keys, then the window; a document's
place is its two items. A process that goes on (a server) then reads the section whole
and looks up in memory, as before.
"""

import numpy as np

# Keys read at once once the bisection narrowed to that many: one block of the file's
# checksums (postcache_blocks.BLOCK, 16 KB of uint64), so about log2(terms / WINDOW) + 1
# blocks are read and checked for a lookup, 7 of the exact field's 48 at 165k paragraphs.
WINDOW = 2048


def searchsorted(read, count, value):
    """Return where `value` (an int) goes in a sorted uint64 section of `count` items, before
    those equal to it, as numpy's searchsorted would; `read(start, end)` returns items start
    to end of the section."""
    low, high = 0, count
    while high - low > WINDOW:
        middle = (low + high) // 2
        if int(read(middle, middle + 1)[0]) < value:  # a Python int: no cast of the key to float
            low = middle + 1
        else:
            high = middle
    return low + int(read(low, high).searchsorted(np.uint64(value)))


def key_range(read, count, key, last_key):
    """Return (low, high): the ordinals of the terms whose eight-byte key is `key`, from a
    sorted keys section (postcache_read.FieldCache); `last_key` has no next key."""
    low = searchsorted(read, count, key)
    return low, (searchsorted(read, count, key + 1) if key < last_key else count)
