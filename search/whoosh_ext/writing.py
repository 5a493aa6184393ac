"""Writing segments: field lengths in memory, and the writer steps Whoosh keeps private.

The build's workers each finish a segment that the parent lists in one table of
contents, as Whoosh's own MpWriter does; an update that fails must give its writer up
even when the disk is full. Whoosh has no public call for either, so the private
methods are called here, and only here (the version check in __init__.py guards them).
"""

import os
import shutil

from whoosh.index import TOC, clean_files
from whoosh.writing import PostingPool, SegmentWriter

from search.whoosh_ext.indexing import counted_terms, field_counts
from search.whoosh_ext.lengths import load_lengths
from search.whoosh_ext.term_pool import TermPool, read_run, write_run
from search.whoosh_ext.term_writing import can_write, write_terms


class BlockPostingPool(PostingPool):
    """Whoosh's posting pool, its sorted runs written and read in blocks with marshal
    (term_pool.write_run, read_run).

    Whoosh pickles every posting of a run one call at a time: about 2 µs to write and
    1.5 to read each one, a tenth of a whole build's CPU. A block of postings is one
    marshal call, a sixth of that to write; runs are then merged as before, so the
    postings come out in the same order. It serves only a schema with term vectors or
    spelling fields (LengthCachingWriter), which search/schema.py never builds: kept so
    the writer stays Whoosh's for any schema.
    """

    def add(self, item):
        """Add (fieldname, term bytes, docnum, weight, value bytes or None), as Whoosh's add.

        The same size estimate (so the same runs), without Whoosh's type assertions.
        """
        self.fieldnames.add(item[0])
        self.currentsize += 150 + len(item[0]) + 2 * len(item[1]) + len(item[4] or "")
        if self.currentsize > self.limit:
            self.save()
        self.current.append(item)

    def _write_run(self, f, items):
        write_run(f, items)  # a sorted list, or the merge of other runs (reduce_to)

    def _read_run(self, path):
        try:
            yield from read_run(self._open_run(path))
        finally:
            self._remove_run(path)


class LengthCachingWriter(SegmentWriter):
    """A segment writer that reads field lengths from memory while it writes postings,
    pools them a term at a time (term_pool.TermPool), leaves the terms an analyzer gives
    at the place of others out of a field's length (discounting_overlaps), and makes the
    postings of the fields it can count in one pass (indexing.py).

    A schema with term vectors or spelling fields is written by Whoosh's own add_document,
    its postings sorted in runs of marshalled blocks (BlockPostingPool).
    """

    def __init__(self, ix, limitmb=128, **kwargs):
        super().__init__(ix, limitmb=limitmb, **kwargs)
        self._own = any(field.vector or field.separate_spelling() for _, field in self.schema.items())
        self.pool = (BlockPostingPool(self._tempstorage, self.newsegment, limitmb=limitmb) if self._own
                     else TermPool(self._tempstorage, self.schema, limitmb=limitmb))
        self.perdocwriter.add_field = discounting_overlaps(self.perdocwriter.add_field)
        self._counted = {name: counted_terms(field) for name, field in self.schema.items()}
        # {fieldname: segments.FieldPostings} of the segment written, when write_terms wrote it
        self.written_postings = None

    def add_document(self, **fields):
        """Add a document as Whoosh's SegmentWriter.add_document does, the same postings,
        lengths and columns, each countable field's postings made and pooled at once.

        A document with Whoosh's `_boost`, `_stored_…` or `_…_boost` arguments, or a schema
        with term vectors or spelling fields, goes through Whoosh's own method.
        """
        if self._own or any(name[0] == "_" for name in fields):
            return super().add_document(**fields)
        self._check_state()
        perdocwriter, schema, docnum, pool = self.perdocwriter, self.schema, self.docnum, self.pool
        fieldnames = sorted(fields)
        self._check_fields(schema, fieldnames)
        perdocwriter.start_doc(docnum)
        try:
            for fieldname in fieldnames:
                value = fields[fieldname]
                if value is None:
                    continue
                field = schema[fieldname]
                length = 0
                terms = self._counted[fieldname]
                if terms is not None and type(value) is str:  # a list is tokens given: Whoosh's way
                    counts, length = field_counts(field, terms(value))
                    pool.add_counts(fieldname, counts, docnum)
                elif field.indexed:
                    scorable = field.scorable
                    for tbytes, freq, weight, vbytes in field.index(value):
                        if scorable:
                            length += freq
                        # times the field's boost, 1.0, as Whoosh does (an int weight becomes a float)
                        pool.add((fieldname, tbytes, docnum, weight * 1.0, vbytes))
                perdocwriter.add_field(fieldname, field, value if field.stored else None, length)
                column = field.column_type
                if column:
                    perdocwriter.add_column_value(fieldname, column, field.to_column_value(value))
        except Exception:
            perdocwriter.cancel_doc()
            raise
        perdocwriter.finish_doc()
        self._added = True
        self.docnum += 1

    def _flush_segment(self):
        """Write the segment's postings a term at a time (term_writing.py), as Whoosh's
        _flush_segment does a posting at a time; Whoosh's add_postings when the schema has
        spelling fields or the codec is not W3."""
        self.perdocwriter.close()
        perdoc = self.per_document_reader() if self.codec.length_stats else None
        if self._own or not can_write(self.fieldwriter, perdoc):
            self.fieldwriter.add_postings(self.schema, perdoc, self.pool.iter_postings())
        else:
            self.written_postings = {}
            write_terms(self.fieldwriter, self.schema, perdoc, self.pool.iter_terms(), self.written_postings)
        self.fieldwriter.close()
        if perdoc:
            perdoc.close()

    def per_document_reader(self):
        """Return the segment's per-document reader with its field lengths loaded."""
        unscored = [name for name in self.schema.names() if not self.schema[name].scorable]
        return load_lengths(super().per_document_reader(), unscored)


def discounting_overlaps(add_field):
    """Return a per-document writer's add_field that counts a field's length without the
    terms its analyzer said were overlaps (`analyzer.overlaps` after the value was indexed:
    a compound's joined word beside its parts, text/analysis.SpanishAnalyzer).

    Lucene's BM25Similarity does so by default (discountOverlaps: the length is
    FieldInvertState's length less its numOverlap, the tokens of position increment 0): a
    paragraph that writes `anti-COVID` is no longer than one that writes `anti COVID`.
    Whoosh sums every term's frequency; merges copy the lengths as written.
    """
    def discounted(fieldname, fieldobj, value, length):
        analyzer = getattr(fieldobj, "analyzer", None)
        overlaps = getattr(analyzer, "overlaps", 0)
        if overlaps:
            analyzer.overlaps = 0  # read once: a field that did not call it again must not see it
            if fieldobj.scorable:  # an unscored field (made_title) has no length: not -overlaps
                length -= overlaps
        return add_field(fieldname, fieldobj, value, length)

    return discounted


def finish_segment(writer: SegmentWriter):
    """Close a worker's segment and return it, for the parent to list (as MpWriter does)."""
    return writer._finalize_segment()


def drop_segment(writer: SegmentWriter) -> None:
    """Close a worker's unfinished segment; the build directory goes with it.

    Not writer.cancel(): that deletes the temporary folder the other workers write in.
    """
    try:
        writer._close_segment()
    except OSError:
        pass  # a full disk: the parent reports the error that stopped the build


def abandon(writer: SegmentWriter) -> None:
    """Cancel a writer, releasing its lock even if its files can't be closed."""
    try:
        writer.cancel()
    except OSError:  # closing flushes, which fails again on a full disk
        writer._finish()  # Whoosh removes the half-written files at its next commit


def segment_count(ix) -> int:
    """Return how many segments an index has."""
    return len(ix._segments())


def index_file_names(ix) -> list[str]:
    """Return the names of the files of an index's latest generation: its TOC and segments."""
    generation = ix.latest_generation()
    names = {segment.segment_id() for segment in ix._segments()}
    pattern = TOC._segment_pattern(ix.indexname)
    files = [name for name in ix.storage.list()
             if (found := pattern.match(name)) and found.group(1) in names]
    return sorted(files) + [TOC._filename(ix.indexname, generation)]


def remove_abandoned_files(ix) -> None:
    """Delete the segment files that the index's latest generation doesn't list.

    What a writer that failed before its commit leaves (on a full disk, say), with the
    folder of its sorting runs; Whoosh itself removes them only at the next commit.
    """
    clean_files(ix.storage, ix.indexname, ix.latest_generation(), ix._segments())
    runs = os.path.join(ix.storage.folder, f"{ix.indexname}.tmp")  # SegmentWriter's tempstore
    shutil.rmtree(runs, ignore_errors=True)
