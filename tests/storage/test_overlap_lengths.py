"""A compound's joined word, indexed beside its parts, is left out of the field's length for
BM25, as Lucene's discountOverlaps leaves out tokens at the place of others."""

import pytest

from search.retrieval import columnar
from search.retrieval.reader import open_index
from search.retrieval.searching import search
from search.storage.build import build_index
from search.storage.update import update_index
from tests.conftest import build_texts_index

# name -> text: the same words, a compound written each way
TEXTS = {
    "hyphen": "La campaña anti-COVID sigue en la región norte.",
    "apart": "La campaña anti COVID sigue en la región norte.",
    "elided": "La campaña de O'Donnell sigue en la región norte.",
    "plain": "La campaña de Donnell sigue en la región norte.",
    "two": "Hugo López-Gatell habló del COVID-19 en la región norte.",
    "none": "Hugo López Gatell habló del COVID 19 en la región norte.",
}


@pytest.fixture(scope="module")
def index_dir(tmp_path_factory):
    texts = {f"{name}.txt": f"Nota\n{text}\n" for name, text in TEXTS.items()}
    return build_texts_index(tmp_path_factory, "overlaps", texts, procs=1)


def lengths(index_dir, field="text"):
    """Return {(document, paragraph): the field's length}."""
    with open_index(index_dir) as index:
        searcher = index.searcher()
        paragraphs = searcher.reader().column_reader("paragraph")
        return {(name.removesuffix(".txt"), paragraphs[docnum]): searcher.reader().doc_field_length(docnum, field)
                for name in index.store.document_names() for term in index.store.document_terms([name])
                for docnum in searcher.document_numbers(doc=term)}


@pytest.mark.parametrize("field", ["text", "exact"])
@pytest.mark.parametrize("compound, apart", [("hyphen", "apart"), ("elided", "plain"), ("two", "none")])
def test_a_joined_word_is_no_part_of_the_length(index_dir, field, compound, apart):
    found = lengths(index_dir, field)
    assert {key[1:]: length for key, length in found.items() if key[0] == compound} == \
        {key[1:]: length for key, length in found.items() if key[0] == apart}


@pytest.mark.parametrize("cache", [True, False])
def test_a_word_scores_alike_in_either_spelling_on_both_paths(index_dir, monkeypatch, cache):
    """`campaña región`: the paragraph with «anti-COVID» is no longer than the one with
    «anti COVID», on the posting cache's path and on Whoosh's."""
    if not cache:
        monkeypatch.setattr(columnar, "postings_for", lambda searcher: None)
    with open_index(index_dir) as index:
        scores = {hit.doc.removesuffix(".txt"): hit.score for hit in search(index, "campaña región", limit=10).hits}
    assert scores["hyphen"] == pytest.approx(scores["apart"]) and scores["elided"] == pytest.approx(scores["plain"])


def test_an_update_writes_lengths_as_a_build_does(index_dir, tmp_path):
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "a.txt").write_text("Nota\nOtra campaña anti-COVID sigue.\n", encoding="utf-8")
    built = tmp_path / "ix"
    build_index([folder], built, procs=1)
    (folder / "b.txt").write_text("Nota\nOtra campaña anti COVID sigue.\n", encoding="utf-8")
    update_index([folder], built)
    found = lengths(built)
    assert found[("a", 2)] == found[("b", 2)]
