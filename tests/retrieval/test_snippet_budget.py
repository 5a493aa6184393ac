"""Snippets count in a search's time budget, and their work per hit is bounded: `a*`
(1,024 terms) over paragraphs of 1,000,000 characters once took 7-13 s, said complete."""

from contextlib import contextmanager

import pytest

from search import budget as budgets
from search.retrieval import snippets
from search.retrieval.reader import open_index
from search.retrieval.searching import search
from search.settings import SNIPPET_GRACE_SECONDS
from search.storage.build import build_index


@pytest.fixture(scope="module")
def vaccines(tmp_path_factory):
    folder = tmp_path_factory.mktemp("vacunas")
    (folder / "notas.txt").write_text("".join(f"Nota {n}: llegó la vacuna al estado {n}.\n\n" for n in range(12)))
    index_dir = tmp_path_factory.mktemp("ix")
    build_index([folder], index_dir)
    return index_dir


class OverdueAfter(budgets.Budget):
    """A budget whose grace for snippets is over after a number of looks (hits)."""

    def __init__(self, looks):
        super().__init__()
        self.looks = looks

    def overdue(self, grace):
        assert grace == SNIPPET_GRACE_SECONDS
        self.looks -= 1
        return self.looks < 0


def run_with(monkeypatch, budget, index_dir):
    from search.retrieval import searching

    @contextmanager
    def within(seconds):
        token = budgets._current.set(budget)
        try:
            yield budget
        finally:
            budgets._current.reset(token)
    monkeypatch.setattr(searching, "searching_within", within)
    with open_index(index_dir) as index:
        return search(index, "vacuna", limit=10)


def test_snippets_past_their_grace_are_left_unmarked_and_the_search_says_so(vaccines, monkeypatch):
    whole = run_with(monkeypatch, OverdueAfter(10), vaccines)
    assert whole.complete and all(hit.highlights for hit in whole.hits) and len(whole.hits) == 10
    cut = run_with(monkeypatch, OverdueAfter(7), vaccines)
    assert [bool(hit.highlights) for hit in cut.hits] == [True] * 7 + [False] * 3
    assert [hit.id for hit in cut.hits] == [hit.id for hit in whole.hits]  # the same hits, in order
    assert all(hit.snippet.startswith("Nota") for hit in cut.hits[7:])  # the opening of the text
    assert not cut.complete and any("se detuvo al cumplir su tiempo máximo" in m for m in cut.messages)


class Late(budgets.Budget):
    """A budget whose deadline passed a second ago, on the real clock, though the search
    itself never looks: what the snippets of a search that ran long would meet."""

    def __init__(self):
        super().__init__(-1.0)

    def spent(self):
        return False


@pytest.mark.parametrize("grace, marked", [(0.0, False), (3600.0, True)])
def test_on_the_real_clock_snippets_stop_once_their_grace_is_over(vaccines, monkeypatch, grace, marked):
    from search.retrieval import results

    monkeypatch.setattr(results, "SNIPPET_GRACE_SECONDS", grace)
    found = run_with(monkeypatch, Late(), vaccines)
    assert found.complete is marked and len(found.hits) == 10
    assert all(bool(hit.highlights) == marked for hit in found.hits)


@pytest.mark.parametrize("terms, scanned", [(1, snippets.SCAN_CHARS), (10, snippets.SCAN_WORK // 10),
                                            (1024, snippets.SCAN_WORK // 1024), (20_000, snippets.FRAGMENT_CHARS)])
def test_the_text_a_snippet_scans_shrinks_as_its_terms_grow(monkeypatch, terms, scanned):
    seen = []
    spans = snippets.page_spans
    monkeypatch.setattr(snippets, "page_spans",
                        lambda texts, *rest: seen.extend(map(len, texts)) or spans(texts, *rest))
    text = "palabra " * 200_000  # 1,600,000 characters
    snippets.snippet_for(text, {f"termino{n}" for n in range(terms)})
    assert seen == [scanned]
