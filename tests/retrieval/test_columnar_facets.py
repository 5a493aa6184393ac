"""Tests for search.retrieval.columnar_facets: speaker and month counts from the posting cache.

They must agree with the per-segment tables of facets.py and with a count over the records,
whatever the matches: none, a few (a table of each document's speakers), many (a lookup
per posting), across segments and deletions.
"""

import random
from collections import Counter

import numpy as np
import pytest

from search.retrieval import columnar
from search.retrieval.columnar_facets import (
    array_counts,
    month_ordinals,
    speaker_counts,
    speakers_by_document,
    term_texts,
)
from search.retrieval.facets import table_counts
from search.retrieval.ranking import weighting
from search.retrieval.reader import open_index
from search.retrieval.results import hit_records
from search.storage.build import build_index
from tests.retrieval.test_columnar import segmented_index


@pytest.fixture(scope="module")
def index(tmp_path_factory):
    """Two built segments, then an update: a third segment, and deleted documents."""
    # random speakers and dates, as test_columnar.py's index
    index_dir = segmented_index(tmp_path_factory.mktemp("columnar-facets"), random.Random(7), 5)
    with open_index(index_dir, weighting()) as opened:
        yield opened


@pytest.fixture
def views(index):
    postings = columnar.postings_for(index.searcher())
    assert postings is not None and len(postings.segments) > 1
    return postings.segments


def live(view):
    docs = np.arange(view.size, dtype=np.int32)
    return view.live_docs(docs)[0]


def test_counts_over_every_live_document_agree_with_the_records(index, views):
    speakers, months = array_counts([(view, live(view)) for view in views])
    searcher = index.searcher()
    docnums = [view.offset + int(doc) for view in views for doc in live(view)]
    records = hit_records(searcher, index.store, docnums)
    names = index.store.speaker_names()
    assert {names[key]: count for key, count in speakers.items()} == \
        Counter(name for record in records for name in record.speakers)
    # the undated under None: the year facet's «sin fecha» bucket (facets.facets_from_counts)
    assert months == Counter(record.date.isoformat()[:7] if record.date else None for record in records)
    assert months[None]


@pytest.mark.parametrize("share", [0.0, 0.01, 0.1, 0.25, 0.5, 1.0])
def test_counts_agree_with_the_segment_tables_whatever_the_share_matched(views, share):
    rng = np.random.default_rng(int(share * 100))
    segments = []
    for view in views:
        docs = live(view)
        chosen = np.sort(rng.choice(docs, int(len(docs) * share), replace=False)).astype(np.int32)
        segments.append((view, chosen))
    assert array_counts(segments) == table_counts([(view.leaf, docs.tolist())
                                                   for view, docs in segments])


def test_no_matches_count_nothing(views):
    empty = np.zeros(0, dtype=np.int32)
    assert array_counts([(view, empty) for view in views]) == (Counter(), Counter())
    assert array_counts([]) == (Counter(), Counter())


def speakers_of(view, field, doc):
    return [term for ordinal, term in enumerate(term_texts(field))
            if doc in field.postings(ordinal)[0]]


def test_speakers_by_document_lists_each_documents_speakers_once_per_segment(views):
    view = views[0]
    field = view.cache.fields["speaker"]
    starts, ordinals = speakers_by_document(view.cache, field)
    assert len(starts) == view.size + 1 and starts[-1] == len(field.docs)
    texts = term_texts(field)
    for doc in range(view.size):
        assert sorted(texts[o] for o in ordinals[starts[doc]:starts[doc + 1]]) == \
            sorted(speakers_of(view, field, doc))
    assert speakers_by_document(view.cache, field) is view.cache.speakers_by_document


def test_month_ordinals_give_each_document_its_month(index, views):
    view = views[0]
    names, ordinals = month_ordinals(view.cache)
    assert names == sorted(names) and all(len(name) == 7 for name in names)
    dates = view.leaf.column_reader("date")
    for doc in range(view.size):
        month = dates[doc][:7]
        assert (names[ordinals[doc] - 1] if ordinals[doc] else "") == month
    assert month_ordinals(view.cache) is view.cache.month_ordinals  # made once per segment


def test_a_segment_without_months_or_speakers(tmp_path):
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "nota.txt").write_text("Sin fecha ni orador.\nOtro párrafo.\n")
    build_index([tmp_path / "docs"], tmp_path / "ix")
    with open_index(tmp_path / "ix", weighting()) as index:
        [view] = columnar.postings_for(index.searcher()).segments
        assert month_ordinals(view.cache)[0] == []
        assert array_counts([(view, live(view))]) == (Counter(), Counter({None: 2}))  # both undated


def test_speaker_counts_agree_whichever_way_they_are_counted(index):
    rng = np.random.default_rng(3)
    for view in columnar.postings_for(index.searcher()).segments:
        field = view.cache.fields["speaker"]
        for size in (0, 1, 5, view.size // 2, view.size):
            docs = np.sort(rng.choice(view.size, size, replace=False)).astype(np.int32)
            matched = np.zeros(view.size, dtype=bool)
            matched[docs] = True
            expected = np.add.reduceat(matched[field.docs], field.starts[:-1])
            assert speaker_counts(view, field, docs).tolist() == expected.tolist()


def test_speaker_dates_agree_with_whoosh_across_segments_and_deletions(index, monkeypatch):
    from search.retrieval import browse

    spans = browse.speaker_dates(index)  # from the posting cache
    monkeypatch.setattr(columnar, "postings_for", lambda searcher: None)
    assert spans and spans == browse.speaker_dates(index)  # each posting's date, read through Whoosh
