"""A segment's postings written a term at a time, each block filled at once.

Whoosh's FieldWriter.add_postings turns the pool's sorted postings into a call a posting:
the document's field length looked up, W3PostingsWriter.add_posting with its type checks
and running minimum and maximum. Here a term's postings are taken together
(itertools.groupby), each block's buffers (document numbers, weights, values, lengths)
filled by comprehensions, and the block written by Whoosh's own _write_block and
finish_postings: the same blocks, term infos and bytes (tests/whoosh_ext/test_term_writing.py).
"""

from array import array
from itertools import groupby, islice
from operator import itemgetter

from whoosh.codec.base import OutOfOrderError
from whoosh.codec.whoosh3 import LENGTHS_COLUMN, W3Codec, W3FieldWriter, _lenfield
from whoosh.util.numeric import byte_to_length

_FIELD_TERM = itemgetter(0, 1)


def can_write(fieldwriter, perdoc) -> bool:
    """Tell whether write_postings can write for this field writer and per-document reader
    (Whoosh's W3 codec, its postings not by bytes), else Whoosh's add_postings must."""
    return (type(fieldwriter) is W3FieldWriter and type(fieldwriter._codec).postings_writer is W3Codec.postings_writer
            and perdoc is not None and hasattr(perdoc, "_cached_reader"))


def write_postings(fieldwriter, schema, perdoc, postings) -> None:
    """Write postings, (fieldname, term bytes, docnum, weight, value bytes or None) sorted
    by field, term and docnum, as Whoosh's FieldWriter.add_postings(schema, perdoc, postings)
    does; raises OutOfOrderError on postings out of order, as it does.

    For a schema without spelling fields (no docnum -1 among the postings: those go through
    Whoosh's own), and a W3 codec (can_write).
    """
    lastfn = lasttext = None
    lengths = None
    for (fieldname, btext), group in groupby(postings, _FIELD_TERM):
        if fieldname != lastfn:
            if lastfn is not None:
                if fieldname < lastfn:
                    raise OutOfOrderError(f"Field {lastfn!r} .. {fieldname!r}")
                fieldwriter.finish_field()
            fieldwriter.start_field(fieldname, schema[fieldname])
            lengths = perdoc._cached_reader(_lenfield(fieldname), LENGTHS_COLUMN)
            lastfn, lasttext = fieldname, None
        elif btext < lasttext:  # groupby joins equal neighbours: a repeat is out of order too
            raise OutOfOrderError(f"Term {lastfn}:{lasttext!r} .. {fieldname}:{btext!r}")
        lasttext = btext
        fieldwriter.start_term(btext)
        _add_term_postings(fieldwriter._postwriter, group, lengths)
        fieldwriter.finish_term()
    if lastfn is not None:
        fieldwriter.finish_field()


def _add_term_postings(writer, postings, lengths):
    """Buffer one term's postings in writer's blocks as add_posting would, writing each full
    block when the next posting comes (the last is left to finish_postings)."""
    limit = writer._blocklimit
    block = list(islice(postings, limit))
    while block:
        following = list(islice(postings, limit))
        docnums = [posting[2] for posting in block]
        weights = [posting[3] for posting in block]
        writer._ids = array("I", docnums)
        writer._weights = array("f", weights)
        writer._values = [posting[4] for posting in block if posting[4]]
        heaviest = max(weights)
        writer._maxweight = heaviest if heaviest > 0 else 0
        # Whoosh reads a length byte per posting (0: none); the table is sorted, so the
        # shortest and longest lengths are those of the smallest and largest bytes.
        found = [lengths[docnum] for docnum in docnums if lengths[docnum]] if lengths is not None else ()
        writer._minlength = byte_to_length(min(found)) if found else None
        writer._maxlength = byte_to_length(max(found)) if found else 0
        if following:
            writer._write_block()
        block = following
