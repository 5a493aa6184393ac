"""A Whoosh segment read whole: every posting list of a field, its field lengths, its columns.

Whoosh's W3 codec stores a term's postings as blocks of up to 128: a big-endian int (the
block's byte length, negative for the last block), a pickled info tuple, and the
zlib-compressed pickle of (delta-coded ids, weights, values). Its matchers decode them one
posting at a time through several method calls; here a field's blocks are decoded in one
pass into flat arrays (search/storage/postcache.py keeps them beside the segment).
Numeric columns (field lengths, docno, paragraph) are big-endian fixed-size values, read
here as one slice.

May import: whoosh, numpy, search.errors.
"""

import io
import os
import pickle
import zlib
from array import array
from dataclasses import dataclass

import numpy as np
from whoosh.codec.whoosh3 import W3Codec, W3TermInfo, _lenfield
from whoosh.reading import SegmentReader

BLOCK_MAGIC_BYTES = 4  # each posting list starts with Whoosh's 4-byte block tag


@dataclass
class FieldPostings:
    """A field's postings: terms in order, and for term i docs[starts[i]:starts[i + 1]].

    `terms` are the index's term bytes, sorted; `docs` (int32) ascend within a term;
    `weights` (float32) are Whoosh's posting weights, the term frequency in a document.
    """

    terms: list
    starts: np.ndarray
    docs: np.ndarray
    weights: np.ndarray


def field_postings(leaf, fieldname):
    """Return the FieldPostings of one field of a Whoosh segment reader.

    Raises ValueError when the postings are not in the W3 format this reads (a damaged
    file, or another codec).
    """
    terms_reader = leaf._terms
    postfile = terms_reader._postfile
    terms, counts = [], []
    deltas, weights = array("i"), array("f")
    block_sizes = array("i")
    try:
        for term, info_bytes in _field_items(terms_reader, fieldname):
            info = W3TermInfo.from_bytes(info_bytes)
            if info.is_inlined():
                ids, term_weights, _ = info.inlined_postings()
                ids = list(ids)
                deltas.extend([ids[0]] + [b - a for a, b in zip(ids, ids[1:])])
                weights.extend(term_weights)
                block_sizes.append(len(ids))
                count = len(ids)
            else:
                offset, length = info.extent()
                if isinstance(length, tuple):  # W3TermInfo.from_bytes leaves it unpacked
                    length = length[0]
                count = _read_blocks(postfile.get(offset, length), deltas, weights, block_sizes)
            terms.append(term)
            counts.append(count)
    except (pickle.UnpicklingError, zlib.error, EOFError, IndexError, TypeError) as error:
        raise ValueError(f"unreadable postings in field {fieldname!r} ({error})") from error
    return FieldPostings(terms, posting_starts(counts), _undelta(deltas, block_sizes),
                         np.frombuffer(weights, dtype=np.float32).copy())


def _field_items(terms_reader, fieldname):
    """Yield (term bytes, terminfo bytes) for one field, in term order."""
    number = terms_reader._fieldmap.get(fieldname)
    if number is None:
        return
    prefix = number.to_bytes(2, "big")
    for key, value in terms_reader._tindex.items_from(prefix):
        if key[:2] != prefix:
            break
        yield key[2:], value


def _read_blocks(raw, deltas, weights, block_sizes):
    """Append one posting list's blocks to the arrays; return its number of postings."""
    stream = io.BytesIO(raw)
    stream.seek(BLOCK_MAGIC_BYTES)
    total, last = 0, False
    while not last:
        length = int.from_bytes(stream.read(4), "big", signed=True)
        last = length < 0
        end = stream.tell() + abs(length)
        count, _, _, compression, _, _ = pickle.load(stream)
        data = raw[stream.tell():end]
        ids, block_weights, _ = pickle.loads(zlib.decompress(data) if compression else data)
        deltas.extend(ids)
        if block_weights is None:
            weights.extend(array("f", [1.0]) * count)
        elif isinstance(block_weights, float):
            weights.extend(array("f", [block_weights]) * count)
        else:
            weights.extend(block_weights)
        block_sizes.append(count)
        total += count
        stream.seek(end)
    return total


def posting_starts(counts):
    """Return where each term's postings start in a field's docs, and their end: counts' running sums from 0."""
    starts = np.zeros(len(counts) + 1, dtype=np.int64)
    np.cumsum(counts, out=starts[1:])
    return starts


def _undelta(deltas, block_sizes):
    """Return the ids from per-block delta codes (each block starts again from 0)."""
    steps = np.frombuffer(deltas, dtype=np.int32).astype(np.int64)
    running = np.cumsum(steps)
    sizes = np.frombuffer(block_sizes, dtype=np.int32)
    ends = np.cumsum(sizes)
    before = np.concatenate(([0], running[ends[:-1] - 1])) if len(sizes) else np.zeros(0, np.int64)
    return (running - np.repeat(before, sizes)).astype(np.int32)


def numeric_column(leaf, name, dtype, default=0):
    """Return a numeric column of a segment as an array of one value per document.

    Whoosh writes a NumericColumn as big-endian values up to the last document that has
    one; the rest take the default. Returns None when the segment has no such column.
    """
    perdoc = leaf._perdoc
    count = leaf.doc_count_all()
    if not perdoc.has_column(name):
        return None
    colfile, offset, length = perdoc._get_column_file(name)
    try:
        big = np.dtype(dtype).newbyteorder(">")
        found = np.frombuffer(colfile.get(offset, length), dtype=big)[:count]
    finally:
        colfile.close()
    values = np.full(count, default, dtype=dtype)
    values[:len(found)] = found
    return values


def length_bytes(leaf, fieldname):
    """Return a field's length byte per document (Whoosh's quantized lengths; 0: empty)."""
    found = numeric_column(leaf, _lenfield(fieldname), np.uint8)
    return found if found is not None else np.zeros(leaf.doc_count_all(), dtype=np.uint8)


def deleted_docs(leaf):
    """Return the sorted document numbers a segment has deleted (int32)."""
    return np.array(sorted(leaf.segment().deleted_docs()), dtype=np.int32)


def segment_folder(leaf):
    """Return the folder a segment reader's files are in, or None (an index in memory)."""
    storage = leaf.storage()
    storage = getattr(storage, "b", storage)  # a compound segment: OverlayStorage(its file, folder)
    return getattr(storage, "folder", None) or None  # RamStorage's folder is ""


def segment_gone(leaf):
    """Tell whether a segment reader's segment has left its folder since the reader opened it.

    A writer's merge (an update, `optimize`) deletes the files of the segments it merged,
    and a build removes the generation they were in; a reader opened before reads on from
    the files it holds open. Its own file (the compound `.seg`, or the term index `.trm` of
    a segment written apart: Whoosh's W3 codec) is then gone. False for an index in memory.
    """
    folder, segment = segment_folder(leaf), leaf.segment()
    if folder is None or segment is None:
        return False
    own = segment.COMPOUND_EXT if segment.is_compound() else W3Codec.TERMS_EXT
    return not os.path.exists(os.path.join(folder, segment.make_filename(own)))


def open_segment(ix, segment):
    """Return a reader of one segment of a Whoosh index (a writer's finished segment)."""
    return SegmentReader(ix.storage, ix.schema, segment)
