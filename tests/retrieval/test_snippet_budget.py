"""Snippets count in a search's time budget, and their work per hit is bounded: `a*`
(1,024 terms) over paragraphs of 1,000,000 characters once took 7-13 s, said complete."""

import pytest

from search import budget as budgets
from search.retrieval import snippets
from search.retrieval.reader import open_index
from search.retrieval.searching import search
from search.storage.build import build_index
from tests.conftest import Countdown


@pytest.fixture(scope="module")
def vaccines(tmp_path_factory):
    folder = tmp_path_factory.mktemp("vacunas")
    (folder / "notas.txt").write_text("".join(f"Nota {n}: llegó la vacuna al estado {n}.\n\n" for n in range(12)))
    index_dir = tmp_path_factory.mktemp("ix")
    build_index([folder], index_dir)
    return index_dir


class Counting(budgets.Budget):
    def __init__(self):
        super().__init__()
        self.looks = 0

    def spent(self):
        self.looks += 1
        return False


def run_with(monkeypatch, budget, index_dir):
    from search.retrieval import searching

    def within(seconds):
        class Scope:
            def __enter__(self):
                self.token = budgets._current.set(budget)
                return budget

            def __exit__(self, *_):
                budgets._current.reset(self.token)
        return Scope()
    monkeypatch.setattr(searching, "searching_within", within)
    with open_index(index_dir) as index:
        return search(index, "vacuna", limit=10)


def test_a_budget_spent_while_cutting_snippets_leaves_the_rest_unmarked_and_says_so(vaccines, monkeypatch):
    counting = Counting()
    whole = run_with(monkeypatch, counting, vaccines)
    assert whole.complete and all(hit.highlights for hit in whole.hits) and len(whole.hits) == 10
    # The last looks at the clock are the snippets', one a hit: spend the budget for the last 3.
    cut = run_with(monkeypatch, Countdown(counting.looks - 3), vaccines)
    assert [bool(hit.highlights) for hit in cut.hits] == [True] * 7 + [False] * 3
    assert [hit.id for hit in cut.hits] == [hit.id for hit in whole.hits]  # the same hits, in order
    assert all(hit.snippet.startswith("Nota") for hit in cut.hits[7:])  # the opening of the text
    assert not cut.complete and any("se detuvo al cumplir su tiempo máximo" in m for m in cut.messages)


@pytest.mark.parametrize("terms, scanned", [(1, snippets.SCAN_CHARS), (10, snippets.SCAN_WORK // 10),
                                            (1024, snippets.SCAN_WORK // 1024), (20_000, snippets.FRAGMENT_CHARS)])
def test_the_text_a_snippet_scans_shrinks_as_its_terms_grow(monkeypatch, terms, scanned):
    seen = []
    marked = snippets.marked_spans
    monkeypatch.setattr(snippets, "marked_spans", lambda text, *rest: seen.append(len(text)) or marked(text, *rest))
    text = "palabra " * 200_000  # 1,600,000 characters
    snippets.snippet_for(text, {f"termino{n}" for n in range(terms)})
    assert seen == [scanned]
