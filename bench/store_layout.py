"""The record store's layout: paragraphs per block, and the block codec.

    python -m bench.store_layout INDEX_DIR [--lookups 3000]

Reads every paragraph of a built index's store, packs them again in blocks of 16, 8, 4,
2 and 1 paragraphs, with zlib's defaults, with a small window (what store.py used before)
plain JSON with a CRC-32 (what store.py used next), and entries' offsets with a CRC-32
(what store.py uses now: a lookup decodes its own entry), and prints per layout the stored
size, the CPU time to pack all of them, and the CPU time of one record lookup for random
paragraphs.
"""

import argparse
import json
import random
import sqlite3
import time
import zlib

from search.layout import STORE_FILE
from search.storage.generations import live_generation
from search.storage.store import pack_block, unpack_block
from search.storage.store_blocks import packed_entries


def default_zlib(entries):
    return zlib.compress(json.dumps(entries, ensure_ascii=False).encode(), 6)


def small_window(entries):
    compressor = zlib.compressobj(6, zlib.DEFLATED, 13, 6)
    return compressor.compress(json.dumps(entries, ensure_ascii=False).encode()) + compressor.flush()


def plain_json(entries):
    data = json.dumps(entries, ensure_ascii=False).encode("utf-8")
    return data + zlib.crc32(data).to_bytes(4, "little")


CODECS = (("zlib default", default_zlib), ("zlib 8 KB", small_window), ("JSON+CRC", plain_json),
          ("offsets+CRC", pack_block))


def paragraphs_by_document(store_path):
    """Return {docno: [entries]} from a store's blocks."""
    documents = {}
    with sqlite3.connect(f"file:{store_path}?mode=ro", uri=True) as connection:
        for docno, data in connection.execute("SELECT docno, data FROM blocks ORDER BY docno, block"):
            documents.setdefault(docno, []).extend(unpack_block(data))
    return documents


def measure(documents, size, codec, sample):
    """Return (MB, pack CPU seconds, lookup CPU microseconds) of one layout."""
    started, blocks, total = time.process_time(), {}, 0
    for docno, entries in documents.items():
        for start in range(0, len(entries), size):
            packed = codec(entries[start:start + size])
            blocks[docno, start // size] = packed
            total += len(packed)
    packing = time.process_time() - started
    started = time.process_time()
    for docno, number in sample:
        packed_entries(blocks[docno, number // size])[number % size]
    return total / 1e6, packing, (time.process_time() - started) / len(sample) * 1e6


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("index_dir")
    parser.add_argument("--lookups", type=int, default=3000)
    args = parser.parse_args()
    generation = live_generation(args.index_dir)
    if generation is None:
        parser.error(f"no index in {args.index_dir}")
    documents = paragraphs_by_document(generation / STORE_FILE)
    places = [(docno, number) for docno, entries in documents.items() for number in range(len(entries))]
    sample = random.Random(7).sample(places, min(args.lookups, len(places)))
    print(f"{'paragraphs/block':<18}{'codec':<14}{'MB':>8}{'pack s':>9}{'lookup us':>11}")
    for size in (16, 8, 4, 2, 1):
        for name, codec in CODECS:
            megabytes, packing, lookup = measure(documents, size, codec, sample)
            print(f"{size:<18}{name:<14}{megabytes:>8.1f}{packing:>9.2f}{lookup:>11.1f}")
    print(f"({len(places)} paragraphs, {len(sample)} lookups)")


if __name__ == "__main__":
    main()
