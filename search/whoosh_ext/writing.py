"""Writing segments: field lengths in memory, and the writer steps Whoosh keeps private.

The build's workers each finish a segment that the parent lists in one table of
contents, as Whoosh's own MpWriter does; an update that fails must give its writer up
even when the disk is full. Whoosh has no public call for either, so the private
methods are called here, and only here (the version check in __init__.py guards them).
"""

from whoosh.writing import SegmentWriter

from search.whoosh_ext.lengths import load_lengths


class LengthCachingWriter(SegmentWriter):
    """A segment writer that reads field lengths from memory while it writes postings."""

    def per_document_reader(self):
        """Return the segment's per-document reader with its field lengths loaded."""
        return load_lengths(super().per_document_reader())


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
