"""A segment's postings written a term at a time, each block filled at once.

Whoosh's FieldWriter.add_postings turns the pool's sorted postings into a call a posting:
the document's field length looked up, W3PostingsWriter.add_posting with its type checks
and running minimum and maximum. Here the pool gives a term's postings together
(term_pool.TermPool.iter_terms), each block's buffers (document numbers, weights, values,
lengths) are filled from array slices and comprehensions, and the block is written by Whoosh's own _write_block and
finish_postings: the same blocks, term infos and bytes (tests/whoosh_ext/test_term_writing.py).
"""

from array import array

import numpy as np
from whoosh.codec.base import OutOfOrderError
from whoosh.codec.whoosh3 import LENGTHS_COLUMN, W3Codec, W3FieldWriter, _lenfield
from whoosh.formats import Existence
from whoosh.util.numeric import byte_to_length

from search.whoosh_ext.segments import FieldPostings, posting_starts
from search.whoosh_ext.term_pool import packed


def can_write(fieldwriter, perdoc) -> bool:
    """Tell whether write_terms can write for this field writer and per-document reader
    (Whoosh's W3 codec, its postings not by bytes), else Whoosh's add_postings must."""
    return (type(fieldwriter) is W3FieldWriter and type(fieldwriter._codec).postings_writer is W3Codec.postings_writer
            and perdoc is not None and hasattr(perdoc, "_cached_reader"))


def write_terms(fieldwriter, schema, perdoc, terms, written=None) -> None:
    """Write a pool's terms, (fieldname, term bytes, postings) sorted by field and term
    (term_pool.TermPool.iter_terms), as Whoosh's FieldWriter.add_postings(schema, perdoc,
    postings) writes the same postings one by one; raises OutOfOrderError on terms out of order.

    postings: an array('I') of docnum, frequency... of a counted field (Frequency or
    Existence format), or a list of (docnum, weight, value bytes), by document number. For a
    schema without spelling fields and a W3 codec (can_write).

    `written`, a dict, receives each field's segments.FieldPostings, the postings as
    segments.field_postings would read them back from the segment (the posting cache's).
    """
    lastfn = lasttext = None
    lengths = existence = None
    found = _Found()
    for fieldname, btext, postings in terms:
        if fieldname != lastfn:
            if lastfn is not None:
                if fieldname < lastfn:
                    raise OutOfOrderError(f"Field {lastfn!r} .. {fieldname!r}")
                fieldwriter.finish_field()
                if written is not None:
                    written[lastfn], found = found.postings(), _Found()
            fieldwriter.start_field(fieldname, schema[fieldname])
            lengths = perdoc._cached_reader(_lenfield(fieldname), LENGTHS_COLUMN)
            existence = type(schema[fieldname].format) is Existence
            lastfn, lasttext = fieldname, None
        elif btext <= lasttext:
            raise OutOfOrderError(f"Term {lastfn}:{lasttext!r} .. {fieldname}:{btext!r}")
        lasttext = btext
        fieldwriter.start_term(btext)
        writer = fieldwriter._postwriter
        if type(postings) is array:
            docnums = postings[::2]
            _add_counted(writer, docnums, postings[1::2], existence, lengths)
            if written is not None:
                found.add(btext, docnums, array("f", [1.0]) * len(docnums) if existence else array("f", postings[1::2]))
        else:
            _add_postings(writer, postings, lengths)
            if written is not None:
                found.add(btext, array("I", [posting[0] for posting in postings]),
                          array("f", [posting[1] for posting in postings]))
        fieldwriter.finish_term()
    if lastfn is not None:
        fieldwriter.finish_field()
        if written is not None:
            written[lastfn] = found.postings()


class _Found:
    """A field's terms and postings as they are written, for segments.FieldPostings."""

    def __init__(self):
        self.terms, self.counts, self.docs, self.weights = [], [], array("I"), array("f")

    def add(self, term, docnums, weights):
        self.terms.append(term)
        self.counts.append(len(docnums))
        self.docs.extend(docnums)
        self.weights.extend(weights)

    def postings(self):
        """Return the field's FieldPostings, its arrays over this object's buffers (no copy:
        it is not added to afterwards); document numbers, under 2**31, read as int32."""
        return FieldPostings(self.terms, posting_starts(self.counts),
                             np.frombuffer(self.docs, dtype=np.int32), np.frombuffer(self.weights, dtype=np.float32))


def _add_counted(writer, docnums, freqs, existence, lengths):
    """Buffer a counted term's postings (docnums, freqs: arrays) in writer's blocks as
    add_posting would: the weight the frequency as a float (1.0 for Existence), the value
    its packed bytes (none for Existence); each full block written when the next one comes
    (the last is left to finish_postings)."""
    limit = writer._blocklimit
    for start in range(0, len(docnums), limit):
        if start:
            writer._write_block()
        ids = docnums[start:start + limit]
        if existence:
            writer._weights = array("f", [1.0]) * len(ids)
            writer._values = []
            writer._maxweight = 1.0
        else:
            counts = freqs[start:start + limit]
            writer._weights = array("f", counts)
            writer._values = [packed(freq) for freq in counts]
            writer._maxweight = float(max(counts))
        _fill(writer, ids, lengths)


def _add_postings(writer, postings, lengths):
    """Buffer a term's (docnum, weight, value) postings in writer's blocks as add_posting
    would, each full block written when the next one comes (the last to finish_postings)."""
    limit = writer._blocklimit
    for start in range(0, len(postings), limit):
        if start:
            writer._write_block()
        block = postings[start:start + limit]
        weights = [posting[1] for posting in block]
        writer._weights = array("f", weights)
        writer._values = [posting[2] for posting in block if posting[2]]
        heaviest = max(weights)
        writer._maxweight = heaviest if heaviest > 0 else 0
        _fill(writer, array("I", [posting[0] for posting in block]), lengths)


def _fill(writer, ids, lengths):
    """Set a block's document numbers, and its shortest and longest field lengths."""
    writer._ids = ids
    # Whoosh reads a length byte per posting (0: none); the table is sorted, so the
    # shortest and longest lengths are those of the smallest and largest bytes.
    found = [lengths[docnum] for docnum in ids if lengths[docnum]] if lengths is not None else ()
    writer._minlength = byte_to_length(min(found)) if found else None
    writer._maxlength = byte_to_length(max(found)) if found else 0
