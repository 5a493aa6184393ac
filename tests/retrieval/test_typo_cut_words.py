"""Trial 16b: a typo stage cut short by the time budget searches the words it had no time to
read with typos as typed, never without them: under load, «qué dijo el presidente sobre el
cubrebocas» showed 270 paragraphs as having «todas las palabras, tolerando errores», and
the first had no `cubrebocas` (it was dropped when time ran out)."""

import pytest

from search import budget as budgets
from search.retrieval import fallbacks
from search.retrieval.searching import search
from search.text.folding import fold
from tests.conftest import Countdown, build_texts_index

TEXTS = {"2020-05-28.txt": "Rueda de prensa\n\n" + "\n\n".join(
    ["El presidente dijo que saldrá de gira la próxima semana."] * 20
    + ["Use el cubrebocas en el transporte público."] * 20
    + ["El secretario dijo que el cubrebocas sirve."] * 5) + "\n"}
WORDS = ("presidente", "dijo", "cubrebocas")


@pytest.fixture(scope="module")
def index(tmp_path_factory):
    from search.retrieval.ranking import weighting
    from search.retrieval.reader import open_index
    with open_index(build_texts_index(tmp_path_factory, "typocut", TEXTS), weighting()) as opened:
        yield opened


@pytest.mark.parametrize("looks", range(8))
def test_every_hit_of_the_typo_stage_holds_every_word(index, monkeypatch, looks):
    real = fallbacks.build_query

    def typos_cut_after(*args, **kwargs):  # the clock looked at `looks` times, then time is up
        if not kwargs.get("fuzzy_all"):
            return real(*args, **kwargs)
        token = budgets._current.set(Countdown(looks))
        try:
            return real(*args, **kwargs)
        finally:
            budgets._current.reset(token)
    monkeypatch.setattr(fallbacks, "build_query", typos_cut_after)
    results = search(index, " ".join(WORDS), limit=50)
    assert results.total  # found: by the typo stage, or by the any-word one after it
    if results.mode == "typos":
        for hit in results.hits:
            assert all(fold(word) in fold(hit.snippet.lower()) for word in WORDS), (looks, hit.snippet)
    else:
        assert results.mode == "any"
