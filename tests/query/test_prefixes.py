"""Tests for search.query.prefixes: a prefix over written words, searched as their stems."""

import pytest

from search.query.prefixes import prefix_terms
from search.query.suggest import Vocabulary
from search.retrieval.reader import open_index
from search.storage.build import build_index

TEXT = ("Campaña de vacunación\n"
        "La vacuna llegó a Madrid. Las vacunas se guardan en el vacunatorio.\n"
        "El político habló de la política de 2020 y de los políticos.\n"
        "Ñandú y ñoño, año y ano.\n")


@pytest.fixture(scope="module")
def index(tmp_path_factory):
    folder = tmp_path_factory.mktemp("prefixes")
    (folder / "docs").mkdir()
    (folder / "docs" / "nota.txt").write_text(TEXT, encoding="utf-8")
    build_index([folder / "docs"], folder / "ix")
    with open_index(folder / "ix") as opened:
        yield opened


@pytest.fixture
def expand(index):
    """Return expand(prefix, words=True, limit=3200): prefix_terms over the text field."""
    searcher = index.searcher()
    vocabulary = Vocabulary(index.store.words())
    analyzer = searcher.schema["text"].analyzer

    def expand(prefix, words=True, limit=3200, fieldname="text"):
        return prefix_terms(searcher.reader(), fieldname, prefix, vocabulary if words else None,
                            lambda word: [token.text for token in analyzer(word)], limit)
    return expand


@pytest.mark.parametrize("prefix, expected", [
    ("vacunaci", {"vacun"}),  # vacunación's stem is shorter than the prefix
    ("vacuna", {"vacun", "vacunatori"}),
    ("vacunat", {"vacunatori"}),
    ("polit", {"polit"}),  # folded: político, política, políticos
    ("ñ", {"ñandu", "ñoñ"}),
    ("n", set()),  # ñ is a letter of its own
    ("an", {"ano"}),
    ("añ", {"año"}),
    ("20", {"2020"}),  # numbers are index terms, not vocabulary words
    ("zzz", set()),
])
def test_prefix_terms_are_the_stems_of_the_words_that_start_so(expand, prefix, expected):
    assert expand(prefix) == expected


@pytest.mark.parametrize("prefix, expected", [
    ("vacunaci", set()),
    ("vacuna", {"vacunatori"}),  # vacun is shorter than the prefix: only the vocabulary finds it
    ("vacun", {"vacun", "vacunatori"}),
])
def test_without_a_vocabulary_only_index_terms_count(expand, prefix, expected):
    assert expand(prefix, words=False) == expected


def test_the_limit_holds_for_each_source(expand):
    every = expand("")
    assert len(every) > 4
    assert len(expand("", words=False, limit=2)) == 2
    assert expand("", limit=1) == {"2020", "ano"}  # the first index term, the first word's stem


def test_terms_come_back_as_text(expand):
    assert all(isinstance(term, str) for term in expand("", words=False))


def test_a_field_without_a_vocabulary(index):
    reader = index.searcher().reader()
    assert prefix_terms(reader, "title", "campa") == {"campañ"}
    assert prefix_terms(reader, "title", "vacu") == {"vacun"}
    assert prefix_terms(reader, "title", "madr") == set()  # in the text, not the title
