"""Tests for search.whoosh_ext.term_tables: a compound segment's term table opened on first use.

On segments written by Whoosh, compound and separate, the lazy table answers as Whoosh's
own: every term and its postings, `in`, a field's terms; a search the posting cache
answers never opens it; closing a reader that never asked it is quiet.
"""

import pytest
from whoosh import index as whoosh_index
from whoosh.fields import ID, TEXT, Schema

from search.retrieval.reader import open_index
from search.retrieval.searching import search
from search.storage.build import build_index
from search.whoosh_ext import term_tables
from search.whoosh_ext.term_tables import LazyTerms


def write(folder, compound):
    """Write a Whoosh index of a few documents into folder, its segment compound or not; return it."""
    ix = whoosh_index.create_in(folder, Schema(text=TEXT(), doc=ID()))
    writer = ix.writer(compound=compound)
    for number in range(40):
        writer.add_document(text=f"común palabra{number} " + "repetida " * (number % 3), doc=f"d{number}")
    writer.commit()
    return ix


def listing(reader):
    """Return what Whoosh's term table says of a reader's segment: terms, postings, lookups."""
    return ([(field, text, list(reader.postings(field, text).all_ids())) for field, text in reader.all_terms()],
            [("text", word) in reader for word in ("común", "repetida", "ausente")],
            list(reader.lexicon("doc")))


@pytest.fixture
def installed():
    term_tables.install()
    yield
    term_tables.uninstall()


@pytest.mark.parametrize("compound", [True, False], ids=["compound", "separate"])
def test_the_table_answers_as_whooshs_own(tmp_path, compound, installed):
    ix = write(tmp_path, compound)
    with ix.reader() as reader:
        assert isinstance(reader._terms, LazyTerms) == compound  # separate files: opened at once
        lazily = listing(reader)
    term_tables.uninstall()
    with ix.reader() as reader:
        assert lazily == listing(reader) and lazily[0]


def test_a_reader_closed_unasked_opens_nothing(tmp_path, installed):
    ix = write(tmp_path, compound=True)
    reader = ix.reader()
    reader.close()
    assert reader._terms._reader is None and reader.is_closed


def test_a_search_the_posting_cache_answers_opens_no_term_table(tmp_path):
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "a.txt").write_text("La salud pública y la vacuna.\n\nOtra salud.\n", encoding="utf-8")
    build_index([tmp_path / "docs"], tmp_path / "ix", procs=1)
    with open_index(tmp_path / "ix") as index:
        assert search(index, "salud").total == 2
        tables = [leaf._terms for leaf, _ in index.searcher().reader().leaf_readers()]
        assert tables and all(isinstance(table, LazyTerms) and table._reader is None for table in tables)
