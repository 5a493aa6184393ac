"""The layout of a large field's postings in a posting cache file, shared by the writer
(postcache.py) and the reader (postcache_read.py).

A large field's postings are one int32 section in term order, each term's documents then its
weights' float32 bits (term_major), so that one slice reads a term whole; its term table is
searched first by each term's eight-byte prefix as a number (prefix_key), then in its terms'
bytes (TermTable).
"""

import numpy as np

LAST_KEY = (1 << 64) - 1  # the largest prefix_key


def split_postings(both):
    """Return (docs, weights) of a term's slice of a term_major section (int32, its docs then
    its weights' bits)."""
    count = len(both) // 2
    return both[:count], both[count:].view(np.float32)


def prefix_key(term: bytes) -> int:
    """Return a term's first eight bytes, zero-padded, as a big-endian number.

    Terms hold no NUL byte, so these keys ascend with the terms' byte order.
    """
    return int.from_bytes(term[:8].ljust(8, b"\0"), "big")


def term_major(starts, docs, weights):
    """Return a large field's postings section: each term's docs, then its weights' bits, as int32.

    `starts` are the terms' first postings (and the end), `docs` and `weights` every
    posting in term order: term t's docs are at 2 * starts[t], its weights right after.
    """
    doc_places, weight_places = term_major_places(starts)
    both = np.empty(2 * len(docs), dtype=np.int32)
    both[doc_places] = docs
    both[weight_places] = weights.astype(np.float32).view(np.int32)
    return both


def term_major_places(starts):
    """Return where each posting's document and weight lie in a term_major section (two int arrays)."""
    counts = np.diff(starts)
    # The i-th posting's document is at its term's start + i, its weight at its term's end + i.
    doc_places = np.arange(starts[-1]) + np.repeat(starts[:-1], counts)
    return doc_places, doc_places + np.repeat(counts, counts)


class TermTable:
    """The sorted term bytes of a field (its blob and ends sections), as a sequence for bisect
    (no list is made).

    Offsets are read through memoryviews, which index as Python ints, not numpy scalars.
    """

    def __init__(self, blob, ends):
        self.blob = memoryview(blob)
        self.ends = memoryview(ends)

    def __len__(self):
        return len(self.ends) - 1

    def __getitem__(self, index):
        return bytes(self.blob[self.ends[index]:self.ends[index + 1]])
