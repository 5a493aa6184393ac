"""An update's Whoosh side: its writer, and step 2 (update_steps.py), the one commit that
deletes the retired versions, adds the new ones and merges the small segments.
"""

from whoosh.query import Term
from whoosh.reading import SegmentReader
from whoosh.writing import NO_MERGE

from search.storage.forms import doc_term
from search.storage.workers import WRITER_LIMIT_MB
from search.whoosh_ext.writing import LengthCachingWriter

SMALL_SEGMENT_SHARE = 0.1


def open_writer(ix):
    """Return the Whoosh writer of an update: the build's, with field lengths in memory."""
    # Whoosh's own lock is left out: the writer lock is held, and Whoosh leaks its lock
    # if opening a writer fails. Whoosh's own writer asked the disk for each posting's
    # field length (a 300,000-line file: 5.5 million checks that a file exists).
    return LengthCachingWriter(ix, _lk=False, limitmb=WRITER_LIMIT_MB)


def write_whoosh(writer, plan, keyed=True):
    """Delete the retiring versions from Whoosh and commit the new ones, in one commit.

    `keyed`: the index's `doc` terms are document numbers (forms.doc_term); in an index built
    before they are names, which several versions share (their docno column tells them apart).
    """
    retiring = {}
    for docno, doc in plan.retiring:
        retiring.setdefault(doc_term(docno) if keyed else doc, set()).add(docno)
    if retiring:
        searcher = writer.searcher()  # the writer's own, over the segments before it; it closes it
        docnos = searcher.reader().column_reader("docno")
        for term, numbers in retiring.items():
            for docnum in searcher.docs_for_query(Term("doc", term), for_deletion=True):
                if docnos[docnum] in numbers:
                    writer.delete_document(docnum)
    writer.commit(mergetype=merge_small_segments)


def commit_nothing(ix):
    """Commit no change: a new table of contents, which readers take as a new state of the
    index (reader.per_state, the page's cache). An update that only renamed documents wrote
    their names in the store alone, and a server kept serving the old ones (trial19b)."""
    open_writer(ix).commit(mergetype=NO_MERGE)


def merge_small_segments(writer, segments):
    """Merge every segment under a tenth of the index into the new one; keep the others.

    A segment with no live document left is dropped: merged, it made a segment of none,
    which Whoosh still lists (and the posting cache of an index is read whole or not at all).

    Updates then leave a few large segments and one small one, and search stays as fast
    as on a merged index; Whoosh's MERGE_SMALL left ten after 200 updates (bench/).
    """
    total = sum(segment.doc_count_all() for segment in segments)
    kept = []
    for segment in segments:
        if segment.doc_count() == 0:
            continue  # every document deleted (or none): dropped, not merged into an empty segment
        if segment.doc_count_all() < total * SMALL_SEGMENT_SHARE:
            reader = SegmentReader(writer.storage, writer.schema, segment)
            writer.add_reader(reader)  # drops its deleted documents on the way
            reader.close()
        else:
            kept.append(segment)
    return kept
