"""Field lengths loaded into memory read the same as Whoosh reads them from disk."""

from array import array

from search.retrieval.reader import open_index
from search.storage.build import build_index
from search.whoosh_ext.lengths import LENGTH_FIELDS, preload_lengths


def test_loaded_lengths_are_the_lengths_on_disk(corpus, tmp_path):
    build_index([corpus], tmp_path / "ix", procs=1)
    with open_index(tmp_path / "ix") as index:
        searcher = preload_lengths(index.searcher())  # as Whoosh's search path loads them
        fresh = index.whoosh.searcher()  # Whoosh's own reader, from the file
        try:
            for (leaf, _), (plain, _) in zip(searcher.reader().leaf_readers(),
                                              fresh.reader().leaf_readers()):
                for field in LENGTH_FIELDS:
                    reader = leaf._perdoc._readers[f"_{field}_len"]
                    assert isinstance(reader, array)
                    assert len(reader) == leaf.doc_count_all()
                    lengths = [leaf.doc_field_length(n, field) for n in range(leaf.doc_count_all())]
                    assert lengths == [plain.doc_field_length(n, field)
                                       for n in range(plain.doc_count_all())]
                    assert any(lengths)
        finally:
            fresh.close()
